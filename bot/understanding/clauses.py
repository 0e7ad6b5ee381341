"""Where a clause begins and ends: the separators between clauses and the stretch around a position.
A leaf module (no imports of the package), so that the scan and the readings it calls can share it."""
from __future__ import annotations

from collections.abc import Iterable

SEPARATORS = frozenset(" \t\n，,。.!！?？；;~～、…")


def clause_bounds(t: str, at: int, ends: Iterable[str] = SEPARATORS) -> tuple[int, int]:
    """Start and end of the stretch of `t` around position `at` between two of `ends` (a clause, by default)."""
    start = max(t.rfind(b, 0, at) for b in ends) + 1
    return start, min((e for e in (t.find(b, at) for b in ends) if e >= 0), default=len(t))
