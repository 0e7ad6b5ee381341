"""Where a clause begins and ends: the separators between clauses and the stretch around a position.
A leaf module (no imports of the package), so that the scan and the readings it calls can share it."""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache

SEPARATORS = frozenset(" \t\n，,。.!！?？；;~～、…")


def clause_bounds(t: str, at: int, ends: Iterable[str] = SEPARATORS) -> tuple[int, int]:
    """Start and end of the stretch of `t` around position `at` between two of `ends` (a clause, by default)."""
    if ends is SEPARATORS and 0 <= at <= len(t):   # the usual clause: from the separators' places, found once
        seps = separators_in(t)
        i = bisect_left(seps, at)
        return (seps[i - 1] + 1 if i else 0), (seps[i] if i < len(seps) else len(t))
    start = max(t.rfind(b, 0, at) for b in ends) + 1
    return start, min((e for e in (t.find(b, at) for b in ends) if e >= 0), default=len(t))


# the readings of one message ask for the clause around many places of the same text: its separators are
# found once (the last few texts kept, so memory stays flat)
@lru_cache(maxsize=16)
def separators_in(t: str) -> tuple[int, ...]:
    """The positions of the separators in `t`, in order."""
    return tuple(i for i, c in enumerate(t) if c in SEPARATORS)
