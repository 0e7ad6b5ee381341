"""Two red hazards decided by what is around them: a retaining wall or slope giving way right over where people
pass (red, not orange), and water reaching electrics that only buzzes (the supply's, utilities) rather than
sparking or burning (a fire risk, safety). Pure functions over the text and the rule hits (adjust.py calls them)."""
from __future__ import annotations

import re

from .scan import SEPARATORS, Hit
from .vocab_hazards import HOMES_BELOW, PEOPLE_PASS, RIGHT_BELOW, STILL_FALLING, WIDER_SINCE


def giving_way_over_people(best: Hit, color: str, t: str, reasons: list[str]) -> str:
    """A retaining wall or slope giving way (a crack, a bulge) right over where people pass is about
    to fall on them: red. Without people passing below it is a hazard that will grow (orange)."""
    if best.family.name not in ("retaining_wall", "slope_sliding") or color != "orange":
        return color
    below = next((w for w in RIGHT_BELOW if w in t), None)
    people = _passing_below(t, below) if below else None
    if not people:
        return _widening_now(best, color, t, reasons)
    reasons.append(f"red: giving way ('{best.cue}') right over where people pass ('{below}', '{people}')")
    return "red"


def _widening_now(best: Hit, color: str, t: str, reasons: list[str]) -> str:
    """A crack wider than a few hours ago (比早上宽多了) and earth still falling from it: giving way now, red."""
    since = next((w for w in WIDER_SINCE if (i := t.find(w)) >= 0 and any(c in t[i + len(w):i + len(w) + 5]
                                                                          for c in "宽大")), None)
    falling = since and next((w for w in STILL_FALLING if w in t), None)
    if not falling:
        return color
    wider = f"wider than {since[1:]}" if since.startswith("比") else "widening"
    reasons.append(f"red: giving way ('{best.cue}'), {wider} ('{since}') and still falling ('{falling}')")
    return "red"


# Not passing there: 没人走, 不让人走, 不走人.
_NOT_PASSING = re.compile(r"(?:没有?|不让|不|别)$")


def _passing_below(t: str, below: str) -> str | None:
    """The people-passing word in the clause that says what is below or the next one (下面就是小路，天天有人走),
    not denied."""
    start = t.find(below) + len(below)
    end = next((i for i in range(start, len(t)) if t[i] in SEPARATORS), len(t))
    after = next((i for i in range(end + 1, len(t)) if t[i] in SEPARATORS), len(t))
    # the next clause only by passing itself (天天有人走), not by children named (小孩的滑板车堆在那)
    for clause, words in ((t[start:end], PEOPLE_PASS + HOMES_BELOW),
                          (t[end:after], [w for w in PEOPLE_PASS if w not in _WHO_ONLY])):
        for w in words:
            i = clause.find(w)
            if i >= 0 and not _NOT_PASSING.search(clause[max(0, i - 2):i]):
                return w
    return None


_WHO_ONLY = frozenset({"娃儿", "孩子", "小孩", "小朋友", "幼儿园"})


# Fire at the electrics: a fire hit (火光, 冒烟, 焦糊味), or a spark hit whose arcing is seen or heard
# crackling (火花, 冒火, 噼啪), not the buzz (滋滋) that water in a meter box makes.
_SPARK_MARKS = ("火", "烟", "焦", "糊", "噼", "劈", "啪啪", "蓝光")


def _fire_seen(hits: list[Hit]) -> str | None:
    return next((h.cue for h in hits if h.family.name == "fire"
                 or (h.family.name == "live_wire" and any(m in h.cue for m in _SPARK_MARKS))), None)


def water_heard_in_electrics(best: Hit, hits: list[Hit], category: str, t: str, reasons: list[str]) -> str:
    """Water reaching a meter box that only buzzes (滋滋), no fire seen: what must be dealt with is the
    water in the supply (utilities); sparks, smoke, a burning smell or crackling arcs make it a fire
    risk (safety)."""
    if best.family.name != "live_wire" or not any(h.family.name == "flood_electric" for h in hits):
        return category
    if _fire_seen(hits):
        return category
    reasons.append("water reaching the electrics, a buzz but no fire or arcing → utilities")
    return "utilities"
