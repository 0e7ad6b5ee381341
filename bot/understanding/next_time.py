"""A threat for next time, then the fault there now: "以后谁再在楼道里充电我就报警 现在5楼楼道就有人在充电".

The threat words of vocab_talk_styles (以后谁再, 再让我看到 ...) make what follows them in their clause only
hypothetical. A combo cue ("楼道+充电") is anchored on the first place each of its words is written, so when the
same words are told again in a later clause with no hypothetical word of its own, that later clause tells the
fault as a fact and the cue stands.
"""
from __future__ import annotations

from .scan import Scan
from .vocab_talk_styles import HYPOTHETICAL as _THREATS


def told_again_as_fact(scan: Scan, t: str, cue: str, hyp: str) -> bool:
    """True when `hyp` is a threat for next time and every word of `cue` is told again in a later clause
    that holds no hypothetical word."""
    if hyp not in _THREATS:
        return False
    at = t.find(hyp)
    if at < 0:
        return False
    parts = cue.split("+")
    hyps = [s for s, _e, _w in scan.kinds.get("hypothetical", ())]
    bounds = [0] + [p + 1 for p in scan.seps] + [len(t) + 1]
    for k in range(scan.clause(at) + 1, len(bounds) - 1):
        lo, hi = bounds[k], bounds[k + 1] - 1
        if all(p in t[lo:hi] for p in parts) and not any(lo <= s < hi for s in hyps):
            return True
    return False
