"""Falls told as no person down now: red cues of a fall whose danger the text does not state (red_set_aside.py
tries these among the red readings).

- a fall only wondered about: "扶手松了 摔下去咋个办" — a fall verb with its direction (摔下去, 跌下来) and
  no 了, then "what would we do" in its clause: a stated risk (orange by GUIDELINES: a loose railing), not
  a person down now; so too a person falling into a pit told with no 了 ("掉进坑里怎么办");
- a fall said to have done no harm, plainly (not asked, not hedged, nothing after it telling otherwise): the
  place that made them fall is the matter;
- a fall that only grazed someone, told as what a fault did: "地垫翘起来没修 孙子又绊了一跤 膝盖磕破了皮" — a
  scrape (磕破了皮) and the repair asked for, nothing worse told: the fault is the request, its risk stated
  (orange), not a person down now.
Reads the cue hit, the text around it and vocab_readings' fall words. Pure functions over a Scan. Split out of
red_readings.py.
"""
from __future__ import annotations

import re

from .scan import Hit, Scan, clause_bounds
from .vocab_calm import GRAZE_WORSE, GRAZES
from .vocab_readings import FALL_DIRECTIONS, FALL_HURT, FALL_NOW, FALL_VERBS, GRAZED, HEDGES, REPAIR_ASKED, UNHARMED
from .vocab_vulnerable import WHAT_TO_DO

# An unharmed word said plainly: not asked (人没事吧, 摔没摔坏), and nothing after it telling otherwise (但是 / 可 /
# 不过 / 还 ... : 说没什么大事 但是嘴唇发白, 没大碍吧 可他一直躺着)
_ASKED_AFTER = re.compile(r"^[吧吗嘛么呢?？]|^[^，,。！!？?；;\s]{0,4}[吧吗嘛么?？]")
_OTHERWISE = re.compile(r"(?:但是?|可是?|不过|只是|然而)(?!以|能)[^。！!？?；;]{0,6}?"
                        r"(?:他|她|人|一直|有点|还|脸|嘴|手|腿|身|头|说|总|老是)|还(?:躺|坐|没醒|起不|站不|不醒|不说|不吭)")


def fall_wondered(scan: Scan, h: Hit) -> str | None:
    """The what-to-do word after a fall verb with its direction and no 了 ("摔下去咋个办"), nothing telling
    the fall happened now (a now-word before it in its clause, the person hurt, crying, not answering), or None."""
    if h.family.name != "person_down" or "+" in h.cue:
        return None
    t = scan.text
    if any(w in t[clause_bounds(t, h.start)[0]:h.start] for w in FALL_NOW) or any(w in t for w in FALL_HURT):
        return None
    end = h.start + len(h.cue)
    if not t.startswith(FALL_DIRECTIONS, end) or t.startswith("了", end + 1):
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


def fall_unharmed(scan: Scan, h: Hit) -> str | None:
    """The word saying a fall did no harm, after the fall and nothing telling the person hurt, or None."""
    if h.family.name != "person_down" or not any(v in h.cue for v in FALL_VERBS):
        return None
    t = scan.text
    if any(w in t for w in FALL_HURT) or any(w in t for w in ("住院", "骨折", "送医", "医院")):
        return None
    return next((w for w in UNHARMED if (at := t.find(w, h.start)) >= 0 and said_plainly(t, at, w)), None)


def said_plainly(t: str, at: int, word: str) -> bool:
    """Whether the unharmed `word` at `at` is a plain statement: no question on it (人没事吧, 摔没摔坏), no
    hedge before it in its clause (看着没大碍), and nothing after it turning it round (但是 / 可 / 还 ...)."""
    end = at + len(word)
    if _ASKED_AFTER.search(t[end:]) or (word.startswith("没") and at > 0 and t[at - 1] == t[at + 1:at + 2]):
        return False
    if any(w in t[clause_bounds(t, at)[0]:at] for w in HEDGES):
        return False
    return not _OTHERWISE.search(t, end)


def grazed(t: str) -> str | None:
    """The word telling a person only grazed or cut (膝盖磕破了皮, 手被划破了), nothing worse told, or None."""
    graze = next((w for w in GRAZES if w in t), None)
    return graze if graze and not any(w in t for w in GRAZE_WORSE) else None


def grazed_only(scan: Scan, h: Hit) -> str | None:
    """The scrape word when a fall cue is told with only a graze (磕破了皮, 擦破) and a repair asked, nothing
    worse (bleeding, a head, not getting up, an ambulance), or None."""
    if h.family.name != "person_down" or not any(v in h.cue for v in FALL_VERBS + GRAZED):
        return None
    t = scan.text
    graze = grazed(t)
    if not graze or not any(w in t for w in REPAIR_ASKED):
        return None
    return graze


def pit_wondered(scan: Scan, h: Hit) -> str | None:
    """The what-to-do word after a person falling into a pit told with no 了 ("老人掉进坑里怎么办 坑赶紧填上"), or None."""
    if h.family.name != "fell_into":
        return None
    pit = h.cue.split("+")[-1]
    t = scan.text
    end = scan.atoms[pit][0] + len(pit)
    if t.startswith("了", end) or any(w in t for w in FALL_HURT):
        return None
    return _asked_what_to_do(t, end)
