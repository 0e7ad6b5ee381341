"""Water reaching the electrics minutes after a burst or leaking pipe was reported: the same water, spreading.

"四单元那管子还喷呢 水都漫到电表箱底下了" a few minutes after "我家暖气管子爆了 水哗哗往外喷" shares no cue
word with the report and names a shared place (the meter box) where the report named a home, yet it is
the same leak getting worse: one more report of it, and the ticket service raises its colour to red.
The water runs down and along: floors and homes do not split it; another building or unit does (the
caller's place check). Pure functions.
"""
from __future__ import annotations

from collections.abc import Iterable

from .likeness import LEAK_FAMILIES
from .types import TicketView

MINUTES = 30.0
_REACHES = "flood_electric"


def water_reached(fam: str | None, ticket_families: Iterable[str], t: TicketView) -> bool:
    """This report (main family `fam`) is water reaching the electrics and the ticket (`ticket_families`:
    every problem family its report names; a cry for help may come first) is the burst or leaking pipe it
    comes from, last reported within `MINUTES`. Not a flood of the street or the garage: the electric room
    it reaches is labelled an emergency of its own."""
    return (fam == _REACHES and t.minutes_since_last_report <= MINUTES and t.color != "blue"
            and any(f in LEAK_FAMILIES for f in ticket_families))
