"""Red cues whose words are there but whose danger is not: the readings red.py sets aside.

- a thing struck and broken: "健身器材被树枝砸坏了" — what a tree struck is a thing, damaged (砸坏, 砸烂),
  nobody named below: a repair, not something about to fall on people;
- a condition of long standing: "中风在床上三年了", "心脏病好多年了" — an illness counted in years is the
  person's state, not an emergency now;
- a knock and no answer told the wrong way round: "刷卡没反应 ... 卖保健品的挨家挨户敲门" — the no-answer
  word before any knock belongs to something else (a card reader); a person not answering is knocked on
  first;
- animals fighting: "流浪狗…半夜还打架" — a fight word whose fighters are animals named before it, no person hurt;
- a condition named: "他有心脏病" — an illness the person has (有…), nothing acute told: the risk stays;
- a car struck: "车被树砸了 保险咋报" — what a tree struck is a vehicle, nobody named below;
- a thing thrown down that missed: "有人从窗口扔下来个酒瓶 差点砸到人" — someone throwing, a near miss and
  nothing told still hanging up there: a behaviour to stop (orange), not a part about to fall;
- something hanging with nobody below: "枯枝子挂在半空 谁给锯锯" — no person, path or car named under it: the
  risk stays.
Falls told as no person down now are fall_readings.py's; the order all readings are tried in is
red_set_aside.py's. Pure functions over a Scan.
"""
from __future__ import annotations

import re

from .scan import Hit, Scan, clause_bounds
from .vocab_dangers import NEAR_STRIKE
from .vocab_harm import BY_MISTAKE_ONLY, HARMFUL, PETS, SWALLOW_GAP, SWALLOWED
from .vocab_readings import (ACUTE_NOW, ANIMAL_FIGHTS, ANIMALS, CONDITION_HAS, FALL_HURT, HANGING, HURT_BY_ANIMAL,
                             ILLNESS, IN_OR_STILL, KNOCKS, NOT_ANIMALS, PEOPLE_FIGHTING, SOMEONE_BELOW, STILL_UP,
                             STRUCK_THING, STRUCK_VEHICLES, THROWN, UNDER_IT, URGED, VEHICLE_WITH_PERSON)

_YEARS = re.compile(r"(?:(?<![0-9])[0-9]{1,2}|[一二两三四五六七八九十几多]+|好几|好多|很多)年(?:了|多了|多)?")


def struck_a_thing(scan: Scan, h: Hit) -> str | None:
    """The word of a thing struck and broken by a tree ("砸坏"), nobody named below, or None."""
    if h.family.name != "tree_falling" or "砸" not in h.cue:
        return None
    t = scan.text
    hits = [w for w in STRUCK_THING if w in t]
    if not hits or any(p in t for p in SOMEONE_BELOW):
        return None
    if t.count("砸") != sum(t.count(w) for w in hits):   # every 砸 is one that broke a thing
        return None
    return hits[0]


def long_standing(scan: Scan, h: Hit) -> str | None:
    """The count of years the illness named by the cue has lasted, in the cue's own clause ("中风在床上三年了";
    not "心梗倒地上了 他心脏病好多年了", where the years are another illness's), nothing acute said, or None."""
    if h.family.name != "person_down" or not any(i in h.cue for i in ILLNESS):
        return None
    t = scan.text
    if any(n in t for n in ACUTE_NOW):
        return None
    m = _YEARS.search(t, h.start, clause_bounds(t, h.start + len(h.cue))[1])
    return m.group(0) if m else None


def knock_after_answer(scan: Scan, h: Hit) -> str | None:
    """A knock-and-no-answer combo whose no-answer words all come before every knock, or None."""
    if h.family.name != "alone_silent" or "+" not in h.cue:
        return None
    first, *rest = h.cue.split("+")
    if first not in KNOCKS or not rest:
        return None
    knock = scan.atoms[first][0]
    if any(any(s > knock for s in scan.atoms.get(p, ())) for p in rest):
        return None
    return first


def swallowed_apart(scan: Scan, h: Hit) -> str | None:
    """Why a (person +) swallowed + harmful-thing combo is no poisoning: the thing not right after the verb (孩子吃了饭
    …电池在充电), a pet before the verb (狗误食了), a pill taken as prescribed (吃了降压药), or None."""
    if h.family.name != "person_down" or "+" not in h.cue:
        return None
    *_who, verb, thing = h.cue.split("+")
    if verb not in SWALLOWED or thing not in HARMFUL:
        return None
    t = scan.text
    v, th = scan.atoms[verb][0], scan.atoms[thing][0]
    if not 0 <= th - (v + len(verb)) <= SWALLOW_GAP:
        return f"'{thing}' not what was swallowed"
    if thing in BY_MISTAKE_ONLY and not verb.startswith("误"):
        return f"'{verb}{thing}' a medicine taken"
    if any(p in t[clause_bounds(t, v)[0]:v] for p in PETS):
        return "a pet swallowed it"
    return None


def animals_fighting(scan: Scan, h: Hit) -> str | None:
    """The animal named before a fight word (流浪狗…半夜还打架; not 牛肉面馆老板跟顾客打起来了), no person named in
    the fight's clause and none set upon, or None."""
    if h.family.name != "violence" or h.cue not in ANIMAL_FIGHTS:
        return None
    t = scan.text
    before = t[:h.start]
    for word in NOT_ANIMALS:
        before = before.replace(word, "_" * len(word))
    clause = before[clause_bounds(t, h.start)[0]:]
    # the fighters named in the fight's clause, or the animal told of before it (its subject left out)
    animal = next((a for a in ANIMALS if a in clause), None) or next((a for a in ANIMALS if a in before), None)
    if animal is None or any(p in clause for p in PEOPLE_FIGHTING) or any(w in t for w in HURT_BY_ANIMAL):
        return None
    return animal


def condition_named(scan: Scan, h: Hit) -> str | None:
    """The words naming an illness the person has (他有心脏病), nothing acute told, or None."""
    if h.family.name != "person_down" or h.cue not in ILLNESS:
        return None
    t = scan.text
    before = t[max(0, h.start - 3):h.start]
    has = next((w for w in CONDITION_HAS if before.endswith(w)), None)
    if has is None or any(n in t for n in ACUTE_NOW + URGED) or any(w in t for w in FALL_HURT):
        return None
    return has + h.cue


def vehicle_struck(scan: Scan, h: Hit) -> str | None:
    """The vehicle a tree struck (车被树砸了), nobody named below, or None."""
    if h.family.name != "tree_falling" or "砸" not in h.cue:
        return None
    t = scan.text
    if any(p in t for p in SOMEONE_BELOW + VEHICLE_WITH_PERSON + IN_OR_STILL):
        return None
    at = scan.atoms["砸"][0]
    return next((v for v in STRUCK_VEHICLES if 0 <= t.rfind(v + "被", 0, at)), None)


def thrown_missed(scan: Scan, h: Hit) -> str | None:
    """The throwing word when something thrown down missed a person (有人扔下来…差点砸到人), nothing told still
    hanging or being thrown, or None."""
    if h.family.name != "falling_object":
        return None
    t = scan.text
    thrown = next((w for w in THROWN if w in t), None)
    if thrown is None or not any(w in t for w in NEAR_STRIKE) or any(w in t for w in STILL_UP):
        return None
    return thrown


def nobody_under(scan: Scan, h: Hit) -> str | None:
    """The hanging word of something hanging in the air (挂在半空) with no person, path or car named under it,
    or None."""
    if h.cue not in HANGING:
        return None
    t = scan.text
    return None if any(w in t for w in UNDER_IT + SOMEONE_BELOW) else h.cue
