"""A heat or cold word said of a named person tells what that person suffers now, not the writer's
hyperbole: "家里老人热得喘不上气", "孩子冻得嘴唇发紫". The danger word after it is no supposition (red.py
reads 热得 / 冻得 before a danger as "so hot that…", which of the writer is mostly a figure of speech)."""
from __future__ import annotations

from .vocab_harm import NAMED_PEOPLE

_SUFFERED = ("热得", "热到", "晒得", "冻得", "烫得")
_GAP = 4   # characters between the person and the word (老人都热得, 我妈这两天热得)


def suffered_by_person(t: str, hyp: str) -> str | None:
    """The named person just before the heat or cold word `hyp` in `t`, or None."""
    if hyp not in _SUFFERED:
        return None
    i = t.find(hyp)
    while i >= 0:
        before = t[max(0, i - _GAP - 4):i]
        who = next((p for p in NAMED_PEOPLE if p in before and len(before) - before.rfind(p) - len(p) <= _GAP), None)
        if who:
            return who
        i = t.find(hyp, i + 1)
    return None
