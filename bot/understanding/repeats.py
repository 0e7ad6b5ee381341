"""Repeat and follow-up detection (first version); the understanding issue deepens it."""
from __future__ import annotations

from collections.abc import Sequence

from .types import RepeatMatch, TicketView, Understanding


def match_repeat(u: Understanding, text: str, sender_id: str, building: str | None,
                 candidates: Sequence[TicketView]) -> RepeatMatch | None:
    """The open ticket in the same chat this message repeats or follows up, if any."""
    for t in candidates:
        if u.request and t.category == u.category and t.building == building:
            return RepeatMatch(t.no, "repeat", (f"same category {u.category} at building {building}",))
    return None
