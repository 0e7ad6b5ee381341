"""Red cues whose words are there but whose danger is not: the readings red.py sets aside.

- a fall only wondered about: "扶手松了 摔下去咋个办" — a fall verb with its direction (摔下去, 跌下来) and
  no 了, then "what would we do" in its clause: a stated risk (orange by GUIDELINES: a loose railing), not
  a person down now;
- a thing struck and broken: "健身器材被树枝砸坏了" — what a tree struck is a thing, damaged (砸坏, 砸烂),
  nobody named below: a repair, not something about to fall on people;
- a condition of long standing: "中风在床上三年了", "心脏病好多年了" — an illness counted in years is the
  person's state, not an emergency now;
- a fall that only grazed someone, told as what a fault did: "地垫翘起来没修 孙子又绊了一跤 膝盖磕破了皮" — a
  scrape (磕破了皮) and the repair asked for, nothing worse told: the fault is the request, its risk stated
  (orange), not a person down now;
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
Pure functions over a Scan.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .red_readings_more import (after_effects, banging_habit, crush_feared, gap_left, grit_falling, head_exploding,
                                hung_down, plant_drooping, smoke_left)
from .red_readings_late import anyone_asked, car_under_tree, nobody_passes, past_spark
from .scan import Hit, Scan, clause_bounds
from .vocab_calm import FALLEN_WORSE, GRAZE_WORSE, GRAZES
from .vocab_dangers import NEAR_STRIKE
from .vocab_harm import BY_MISTAKE_ONLY, HARMFUL, PETS, SWALLOW_GAP, SWALLOWED
from .vocab_readings import (ANIMAL_FIGHTS, ANIMALS, CONDITION_HAS, HANGING, HURT_BY_ANIMAL, ILLNESS, IN_OR_STILL,
                             NOT_ANIMALS, PEOPLE_FIGHTING, STILL_UP, STRUCK_VEHICLES, THROWN, UNDER_IT, URGED,
                             VEHICLE_WITH_PERSON)
from .vocab_vulnerable import WHAT_TO_DO

# fmt: off
_DIRECTIONS = ("去", "来")
_STRUCK_THING = ("砸坏", "砸烂", "砸扁", "砸弯", "砸歪", "砸瘪", "砸变形", "砸出", "砸破")
_SOMEONE_BELOW = ("有人", "行人", "路过", "孩子", "小孩", "娃", "老人", "底下", "下面", "下头", "差点", "险些")
_YEARS = re.compile(r"(?:(?<![0-9])[0-9]{1,2}|[一二两三四五六七八九十几多]+|好几|好多|很多)年(?:了|多了|多)?")
_NOW = ("刚", "突然", "现在", "正在", "又犯", "犯了", "发作", "倒在", "起不来", "叫不醒", "没反应", "救命", "120",
        # acute words: a collapse, a person failing, a call for people, an attack itself (a heart attack is an
        # event, never a condition of years)
        "倒地", "不行了", "快不行", "来人", "晕倒", "晕过去", "昏过去", "中风了", "心梗")
# a fall told as just happened: a now-word before the fall verb in its clause ("刚刚从楼梯上摔下来")...
_FALL_NOW = ("刚", "现在", "这会", "突然")
# ...or the fallen person told hurt, crying or not answering, anywhere in the message
_FALL_HURT = ("哭", "没反应", "冇反应", "莫反应", "不答应", "叫不应", "喊不应", "也不应", "叫不醒", "喊不醒", "没声", "血", "疼", "痛", "肿",
              "起了个包", "动不了", "起不来", "爬不起", "站不起", "晕", "昏", "救命", "快来人", "120") + FALLEN_WORSE
_KNOCKS = ("敲门", "敲了", "叫门", "喊门")
# a fall said after it to have done no harm ("摔了一跤 没啥大事 就是路太滑"): the slippery place is the matter
_FALL_VERBS = ("摔", "跌", "跶", "绊", "栽", "滑倒", "滑了")
_UNHARMED = ("没啥大事", "没什么大事", "没大事", "没大碍", "没什么大碍", "无大碍", "人没事", "人倒没事", "人倒是没事", "没受伤", "没伤着",
             "没摔坏", "没摔着", "没摔伤", "问题不大", "好在没事", "还好没事", "幸好没事", "没啥事", "没什么事")
# ...said plainly: not asked (人没事吧, 摔没摔坏), not hedged (看着, 应该, 不知道), and nothing after it telling
# otherwise (但是 / 可 / 不过 / 还 ... : 说没什么大事 但是嘴唇发白, 没大碍吧 可他一直躺着)
_ASKED_AFTER = re.compile(r"^[吧吗嘛么呢?？]|^[^，,。！!？?；;\s]{0,4}[吧吗嘛么?？]")
_HEDGES = ("看着", "看起来", "看样子", "应该", "好像", "估计", "大概", "可能", "不知道", "不知", "不晓得", "也许", "说不定")
_OTHERWISE = re.compile(r"(?:但是?|可是?|不过|只是|然而)(?!以|能)[^。！!？?；;]{0,6}?"
                        r"(?:他|她|人|一直|有点|还|脸|嘴|手|腿|身|头|说|总|老是)|还(?:躺|坐|没醒|起不|站不|不醒|不说|不吭)")
# ...or that only grazed someone, with a repair asked ("膝盖磕破了皮 地垫赶紧换了")
_GRAZED = ("磕破", "擦破", "蹭破", "划破")
_REPAIR_ASKED = ("修", "换", "处理", "管管", "有没有人管", "有人管", "弄一下", "弄弄")
# fmt: on


def fall_wondered(scan: Scan, h: Hit) -> str | None:
    """The what-to-do word after a fall verb with its direction and no 了 ("摔下去咋个办"), nothing telling
    the fall happened now (a now-word before it in its clause, the person hurt, crying, not answering), or None."""
    if h.family.name != "person_down" or "+" in h.cue:
        return None
    t = scan.text
    if any(w in t[clause_bounds(t, h.start)[0]:h.start] for w in _FALL_NOW) or any(w in t for w in _FALL_HURT):
        return None
    end = h.start + len(h.cue)
    if not t.startswith(_DIRECTIONS, end) or t.startswith("了", end + 1):
        return None
    return _asked_what_to_do(t, end + 1)


def _asked_what_to_do(t: str, at: int) -> str | None:
    """The what-to-do word in the rest of the clause from `at`, or in the next clause when nothing follows
    in this one ("摔下去 咋办"), or None."""
    rest = t[at:clause_bounds(t, at)[1]]
    if not rest.strip():
        nxt = at + len(rest) + 1
        rest = t[nxt:clause_bounds(t, nxt)[1]]
    return next((w for w in WHAT_TO_DO if w in rest), None)


def struck_a_thing(scan: Scan, h: Hit) -> str | None:
    """The word of a thing struck and broken by a tree ("砸坏"), nobody named below, or None."""
    if h.family.name != "tree_falling" or "砸" not in h.cue:
        return None
    t = scan.text
    hits = [w for w in _STRUCK_THING if w in t]
    if not hits or any(p in t for p in _SOMEONE_BELOW):
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
    if any(n in t for n in _NOW):
        return None
    m = _YEARS.search(t, h.start, clause_bounds(t, h.start + len(h.cue))[1])
    return m.group(0) if m else None


def knock_after_answer(scan: Scan, h: Hit) -> str | None:
    """A knock-and-no-answer combo whose no-answer words all come before every knock, or None."""
    if h.family.name != "alone_silent" or "+" not in h.cue:
        return None
    first, *rest = h.cue.split("+")
    if first not in _KNOCKS or not rest:
        return None
    knock = scan.atoms[first][0]
    if any(any(s > knock for s in scan.atoms.get(p, ())) for p in rest):
        return None
    return first


def fall_unharmed(scan: Scan, h: Hit) -> str | None:
    """The word saying a fall did no harm, after the fall and nothing telling the person hurt, or None."""
    if h.family.name != "person_down" or not any(v in h.cue for v in _FALL_VERBS):
        return None
    t = scan.text
    if any(w in t for w in _FALL_HURT) or any(w in t for w in ("住院", "骨折", "送医", "医院")):
        return None
    return next((w for w in _UNHARMED if (at := t.find(w, h.start)) >= 0 and said_plainly(t, at, w)), None)


def said_plainly(t: str, at: int, word: str) -> bool:
    """Whether the unharmed `word` at `at` is a plain statement: no question on it (人没事吧, 摔没摔坏), no
    hedge before it in its clause (看着没大碍), and nothing after it turning it round (但是 / 可 / 还 ...)."""
    end = at + len(word)
    if _ASKED_AFTER.search(t[end:]) or (word.startswith("没") and at > 0 and t[at - 1] == t[at + 1:at + 2]):
        return False
    if any(w in t[clause_bounds(t, at)[0]:at] for w in _HEDGES):
        return False
    return not _OTHERWISE.search(t, end)


def grazed(t: str) -> str | None:
    """The word telling a person only grazed or cut (膝盖磕破了皮, 手被划破了), nothing worse told, or None."""
    graze = next((w for w in GRAZES if w in t), None)
    return graze if graze and not any(w in t for w in GRAZE_WORSE) else None


def grazed_only(scan: Scan, h: Hit) -> str | None:
    """The scrape word when a fall cue is told with only a graze (磕破了皮, 擦破) and a repair asked, nothing
    worse (bleeding, a head, not getting up, an ambulance), or None."""
    if h.family.name != "person_down" or not any(v in h.cue for v in _FALL_VERBS + _GRAZED):
        return None
    t = scan.text
    graze = grazed(t)
    if not graze or not any(w in t for w in _REPAIR_ASKED):
        return None
    return graze


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


def pit_wondered(scan: Scan, h: Hit) -> str | None:
    """The what-to-do word after a person falling into a pit told with no 了 ("老人掉进坑里怎么办 坑赶紧填上"), or None."""
    if h.family.name != "fell_into":
        return None
    pit = h.cue.split("+")[-1]
    t = scan.text
    end = scan.atoms[pit][0] + len(pit)
    if t.startswith("了", end) or any(w in t for w in _FALL_HURT):
        return None
    return _asked_what_to_do(t, end)


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
    if has is None or any(n in t for n in _NOW + URGED) or any(w in t for w in _FALL_HURT):
        return None
    return has + h.cue


def vehicle_struck(scan: Scan, h: Hit) -> str | None:
    """The vehicle a tree struck (车被树砸了), nobody named below, or None."""
    if h.family.name != "tree_falling" or "砸" not in h.cue:
        return None
    t = scan.text
    if any(p in t for p in _SOMEONE_BELOW + VEHICLE_WITH_PERSON + IN_OR_STILL):
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
    return None if any(w in t for w in UNDER_IT + _SOMEONE_BELOW) else h.cue


# Each reading (this module's, then red_readings_more's), in the order tried: the words it reports, what it says,
# whether the risk it names stays stated.
_READINGS: tuple[tuple[Callable[[Scan, Hit], str | None], str, bool], ...] = (
    (fall_wondered, "a fall only wondered about ('{}'): the risk it shows stays", True),
    (struck_a_thing, "a thing struck and broken ('{}'), nobody below", False),
    (long_standing, "an illness of long standing ('{}'), nothing happening now", False),
    (fall_unharmed, "a fall that did no harm ('{}'): the risk it shows stays", True),
    (grazed_only, "a fall that only grazed someone ('{}'), a repair asked: the risk it shows stays", True),
    (swallowed_apart, "no poisoning: {}", False),
    (pit_wondered, "a fall into a pit only wondered about ('{}'): the risk it shows stays", True),
    (knock_after_answer, "the no-answer said of something before the knock ('{}')", False),
    (animals_fighting, "animals fighting ('{}'), nobody hurt", False),
    (condition_named, "a condition the person has ('{}'), nothing acute told: the risk it shows stays", True),
    (vehicle_struck, "a vehicle struck ('{}'), nobody below", False),
    (thrown_missed, "something thrown down that missed ('{}'): the behaviour is the matter, its risk stays", True),
    (nobody_under, "hanging with nobody named below ('{}'): the risk it shows stays", True),
    # (red_readings_more's)
    (crush_feared, "a collapse under a load feared ('{}'): the risk it shows stays", True),
    (head_exploding, "a head 'exploding' ('{}'): a nuisance told at its worst, no blast", False),
    (hung_down, "a thing hung down ('{}'), not self-harm", False),
    (after_effects, "an illness's after-effects ('{}'), nothing acute now: the care it needs stays", True),
    (banging_habit, "door-banging told as a habit ('{}'), no blow or threat: a dispute", False),
    (grit_falling, "grit or dust crumbling off ('{}'), no part falling", False),
    (gap_left, "a part already fallen, its bare patch to mend ('{}')", False),
    (plant_drooping, "branches reaching the roof ('{}'), nothing breaking", False),
    (smoke_left, "a smell left from a burning on a past day ('{}'), nothing burning now", False),
    # (red_readings_late's)
    (anyone_asked, "someone asked for ('{}'), nobody named below", False),
    (car_under_tree, "a tree's fruit or twigs striking a vehicle ('{}'), nobody below", False),
    (past_spark, "a spark told of a past time ('{}'), nothing arcing now", False),
    (nobody_passes, "over a place nobody goes ('{}'): a repair, nobody below", False),
)


def set_aside(scan: Scan, h: Hit) -> tuple[str, bool] | None:
    """Why a red cue hit is no danger now, and whether the risk it names stays stated (a fall wondered
    about), or None."""
    for reading, says, risk_stays in _READINGS:
        if found := reading(scan, h):
            return f"'{h.cue}' " + says.format(found), risk_stays
    return None
