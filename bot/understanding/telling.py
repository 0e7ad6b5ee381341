"""How a danger word is told: about another place, about the law, as a near risk, as a past near miss,
or as a live update while responders are on the scene (word lists in vocab_telling.py).

Pure functions over a Scan; each answers with the word that decided, for the reasons. A story of another place
(elsewhere_span) is also handed on whole (story_of: its marker and the words said of here), for the model to read.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from . import vocab_telling as T
from .clauses import clause_bounds
from .location import parse_location
from .scan import SEPARATORS, Hit, Scan
from .types import Story
from .vocab_dangers import AT_ITS_WORST, DIN, EXCLAIMED, HYPERBOLE, IF_BEFORE, LIGHT_THINGS, WET_BEFORE

_QUESTION_AFTER = ("吗", "没", "么", "嘛", "了吗", "了没")


_LOCAL_PLACE = re.compile(r"[0-9０-９一二三四五六七八九十两]+\s*(?:号楼|号院|栋|幢|座|单元|楼\d|室)")


def elsewhere_span(scan: Scan) -> tuple[int, int, str] | None:
    """(start, end, marker) of text about another place: a forwarded message (from its start) or a
    story from elsewhere (from its marker), up to where the text turns back here ("咱们小区")."""
    # a forward or a rumour that names a building, unit or room, and no other place, is about here
    # ("转发：5号楼2单元有人被困电梯", "朋友圈里都在说8号楼着火了"; not "网上看到外地一个小区3号楼…")
    forwarded, hearsay = scan.kinds.get("forwarded", ()), scan.kinds.get("hearsay", ())
    if not forwarded and not hearsay:
        return None
    here = not any(w in scan.text for w in T.OTHER_PLACE) and _LOCAL_PLACE.search(scan.text) is not None
    marks = [(s, w) for s, _e, w in forwarded if s <= T.FORWARDED_WITHIN and not here]
    marks += [(s, w) for s, _e, w in hearsay if not (here and _LOCAL_PLACE.search(scan.text, s))]
    if not marks:
        return None
    start, word = min(marks)
    end = min((s for s, _e, _w in scan.kinds.get("here", ()) if s > start), default=len(scan.text))
    return start, end, word


def story_of(scan: Scan, away: tuple[int, int, str]) -> Story:
    """The story `away` (elsewhere_span) with the words said of this place beside it: before the story, and after it
    turns back here; a story that runs to the end of the text turns back here, in words no list knows, at the first
    clause after its opening one that says "now" or names a place of this community (a building, a unit, a floor)
    and names no other place nor another story ("网上说外省有人被困电梯 这会儿二单元电梯里头关着个人"). The
    news' own clauses stay out ("…起火 烧死三人 大家千万注意": no place here, no now)."""
    start, end, marker = away
    t = scan.text
    back = end if end < len(t) else _turned_here(scan, start)
    return Story(marker, (t[:start] + " " + t[back:]).strip(), closed=end < len(t), back=back)


def _turned_here(scan: Scan, start: int) -> int:
    """Where the text turns back here in a story from `start` that runs to its end (story_of), else its end."""
    t = scan.text
    stories = [s for kind in ("hearsay", "forwarded") for s, _e, _w in scan.kinds.get(kind, ())]
    first = scan.clause(start)
    ends = [s for s in scan.seps if scan.clause(s) > first] + [len(t)]   # (a separator ends the clause before it)
    for lo, hi in pairwise(ends):
        clause = t[lo + 1:hi]
        if not clause.strip() or any(w in clause for w in T.OTHER_PLACE) or any(lo < s < hi for s in stories):
            continue
        if any(w in clause for w in T.NOW_HERE) or parse_location(clause) is not None:
            return lo + 1
    return len(t)


def about_the_law(scan: Scan, h: Hit) -> str | None:
    """A law marker in the cue's clause: before it, or after it with no "了" between (an offence named,
    not an event told: "砸到人要坐牢", but not "砸到人了 这是犯法的" in one breath)."""
    c = scan.clause(h.start)
    t = scan.text
    for s, _e, w in scan.kinds.get("law", ()):
        if scan.clause(s) != c:
            continue
        if s < h.start or "了" not in t[h.start + len(h.cue.split("+")[0]):s]:
            return w
    return None


def risk_near(scan: Scan, starts: list[int]) -> str | None:
    """A near / as-good-as-certain risk word before the cue in its clause ("快挨着电线", "这不得着火")."""
    return next((w for st in starts if (w := scan.preceded_in_clause("risk_near", st, 10))), None)


def waited_for(scan: Scan, starts: list[int]) -> str | None:
    """"要等烧起来才管?": a wait word before the danger in its clause and an "only then" after it: the danger
    is what the speaker says the office waits for, a stated risk (vocab_telling WAIT_BEFORE / ONLY_THEN)."""
    t, first, last = scan.text, min(starts), max(starts)
    c = scan.clause(first)
    lo = scan.seps[c - 1] + 1 if c > 0 else 0
    hi = scan.seps[c] if c < len(scan.seps) else len(t)
    wait = next((w for w in T.WAIT_BEFORE if 0 <= t.find(w, lo, first) < first), None)
    then = next((w for w in T.ONLY_THEN if t.find(w, last, hi) >= 0), None) if wait else None
    return f"{wait}…{then}" if then else None


def past_near_miss(scan: Scan, now: Sequence[str]) -> str | None:
    """"前天…好在没砸着人": a past event that harmed no one, with nothing said to be there now
    (`now`: present-tense markers such as 现在 / 还在)."""
    lucky = scan.first("lucky")
    past = lucky and scan.first("past_day")
    if past and not any(n in scan.text for n in now):
        return f"{past}…{lucky}"
    return None


def responders_on_scene(scan: Scan, resident: bool = False) -> str | None:
    """Responders already there ("消防车到了") and no help asked: a live update, not a new request. Told by a
    `resident`, responders on their way ("120在路上") count only beside the person told reached or tended."""
    t = scan.text
    for _s, e, w in scan.kinds.get("on_scene", ()):
        if resident and T.ON_WAY in w and not any(x in t for x in T.TENDED):
            continue
        goes_on = any(s >= e for s, _e, _w in scan.kinds.get("goes_on", ()))
        if not t.startswith(_QUESTION_AFTER, e) and not scan.has("still_asks") and not scan.has("distress") \
                and not goes_on:
            return w
    return None


def warned_after(scan: Scan, starts: list[int]) -> str | None:
    """A serious consequence said after the danger in the clause of its last word ("掉下去可不是开玩笑的")."""
    last = max(starts)
    c = scan.clause(last)
    return next((w for s, _e, w in scan.kinds.get("warning_after", ()) if s > last and scan.clause(s) == c), None)


def recovering(scan: Scan, h: Hit) -> str | None:
    """An injury told of a person back home recovering ("刚出院 腿骨折"): care today, not an emergency."""
    return scan.first("recovering") if h.family.name == "person_down" else None


def told_as_done(t: str, start: int, at: int, w: str) -> bool:
    """An exclamation (不得了, 都完了, at `at`) right after a danger told as done ("着火了都完了", "有人晕倒了
    不得了"), no condition before the danger (starting at `start`) in its clause ("哪天掉下去了就不得了")."""
    if w not in EXCLAIMED or not t[start:at].rstrip("就可真也都啊呀").endswith("了"):
        return False
    clause_start = max((t.rfind(sep, 0, start) for sep in SEPARATORS), default=-1) + 1
    return not any(x in t[clause_start:start] for x in IF_BEFORE)


# a clause naming only a place (1单元3楼, 502): skipped when looking for the clause before a cry
_PLACE_ONLY = re.compile(r"[\d一二三四五六七八九十两\-#号栋幢座单元楼层室门这边那边]+")


def hyperbole_beside(scan: Scan, at: int, cry: str) -> str | None:
    """A nuisance at its worst (HYPERBOLE: 臭到, 吵死) in the cry's clause or the clause before it (a place
    alone skipped): the bare cry (救命, 快来人; never 快打120 or 报警) is hyperbole."""
    if any(c.isdigit() for c in cry) or "报警" in cry or "救护车" in cry:
        return None
    t = scan.text
    bounds = [-1] + [i for i in scan.seps] + [len(t)]
    clauses = [t[a + 1:b] for a, b in zip(bounds, bounds[1:])]
    c = scan.clause(at)
    near = [clauses[c]]
    k = c - 1
    while k >= 0 and (not clauses[k] or _PLACE_ONLY.fullmatch(clauses[k])):
        k -= 1
    if k >= 0:
        near.append(clauses[k])
    return next((w for w in HYPERBOLE for cl in near if w in cl), None)


def din_at_its_worst(scan: Scan, at: int) -> str | None:
    """A collapse told in a noise complaint at its worst ("楼上咚咚咚的 楼板都要塌下来了"): the noise named in the
    message, the collapse in a clause that says 都要 / 都快 (vocab_dangers.DIN): hyperbole, no ceiling giving way."""
    din = next((w for w in DIN if w in scan.text), None)
    if din is None:
        return None
    start, end = clause_bounds(scan.text, at)
    return din if any(w in scan.text[start:end] for w in AT_ITS_WORST) else None


def light_thing_fell(scan: Scan, starts: Sequence[int]) -> str | None:
    """A pair cue of a building part and a fall whose fall is told of a light thing in a clause of its own
    ("换玻璃的几点来啊 纸壳子让风刮掉了": the cardboard over the pane blew off, no glass falls)."""
    if len(starts) < 2 or scan.clause(min(starts)) == scan.clause(max(starts)):
        return None
    at = max(starts)
    start, _end = clause_bounds(scan.text, at)
    return next((w for w in LIGHT_THINGS if w in scan.text[start:at]), None)


def wet_before(text: str) -> str | None:
    """Water at the electrics told as over ("泡过水以后"): the fault it left is what is asked about."""
    m = WET_BEFORE.search(text)
    return m.group(0) if m else None
