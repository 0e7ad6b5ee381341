"""Whether a cue word is denied: a negation word right before it (不是着火, 没有困人; 是不是着火 / 有没有煤气味 are
questions), unless the denial is asked back (难道…不是, 不是…吗); and a drill or lesson word not denied.

Reads the scan's negation and drill words and atom positions, and the clause around a cue (vocab_smoke: words
asking a denial back, burning smells). Split out of red.py.
"""
from __future__ import annotations

import re

from .scan import SEPARATORS, Hit, Scan, clause_bounds
from .vocab_smoke import ASKED_BACK_AFTER, ASKED_BACK_BEFORE, BURNING_SMELL


# a strength said of a smell or a smoke, then 的: what follows is the thing smelt, not a denial
_NOUN_SLOT = re.compile(r".?[大浓重冲呛]的$")


def negated_at(scan: Scan, t: str, start: int, word: str) -> str | None:
    """The negation word ending right before `word` at `start` (a separator between them aside), or None."""
    for s, e, w in scan.kinds.get("negation", ()):
        if _NOUN_SLOT.match(t, max(0, s - 3), s) or t[max(0, s - 1):s] == "股":
            continue   # 好大的没气味, 一股没气味: a noun is said there (煤气味 misheard), nothing is denied
        if e == start or (e == start - 1 and t[e] not in SEPARATORS):
            # 是不是着火 / 有没有煤气味 are questions, not denials
            if not word.startswith(w) and not (0 < s < len(t) - 1 and t[s - 1] == t[s + 1]):
                return w
    return None


def negation(scan: Scan, t: str, h: Hit) -> str | None:
    """The negation word denying the cue hit `h`, or None."""
    if "+" not in h.cue:
        neg = negated_at(scan, t, h.start, h.cue)
        return None if neg and h.family.color == "red" and _rhetorical(scan, t, h.start) else neg
    parts = h.cue.split("+")
    if t.startswith(parts[0], h.start):   # a combo is negated through its first word...
        neg = negated_at(scan, t, h.start, parts[0])
        if neg:
            return neg
    # ...or, for a danger, through any of its words said only once ("电梯…没有困人"; "一股味 不是煤气那种", where
    # the combo starts at its later word)
    for p in (parts if h.family.color == "red" else ()):
        if len(scan.atoms.get(p, ())) == 1 and (neg := negated_at(scan, t, scan.atoms[p][0], p)) \
                and not _rhetorical(scan, t, scan.atoms[p][0]) \
                and not (p == parts[0] and any(w in t for w in BURNING_SMELL)):
            return neg
    return None


def _rhetorical(scan: Scan, t: str, at: int) -> bool:
    """The negation before the word at `at` is asked back (难道…不是, 不是…吗 / 是什么 in the same clause)."""
    lo, hi = clause_bounds(t, at)
    return any(w in t[lo:at] for w in ASKED_BACK_BEFORE) or any(w in t[at:hi] for w in ASKED_BACK_AFTER)


def real_drill(scan: Scan, t: str) -> str | None:
    """A drill or lesson word that is not denied ("不是演练！真的在冒烟" is a real fire)."""
    return next((w for s, _, w in scan.kinds.get("drill", ()) if not negated_at(scan, t, s, w)), None)
