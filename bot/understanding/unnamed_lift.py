"""A lift told without its name: something stuck at a floor with someone inside or its doors shut.

"里面有人！！卡在六楼 门打不开", "停在九楼不动了 里面好像没人": only a lift stops between or at floors with
people inside; the door or cry-for-help cue reads facility or care, what must be dealt with is the lift
(GUIDELINES: "lift stuck with a person inside" is elevator). Not when a vehicle, a wheelchair or a garage
is named (a car stuck at a garage exit, a car parked at a floor of a car park), nor a home, a room or the stairs
(an old person unable to walk down from the sixth floor is care; a child locked in a flat is not a lift). Pure function.
"""
from __future__ import annotations

import re

from .matter import Matter, first_of
from .vocab_sources import NOT_A_LIFT, SOMEONE_INSIDE, STUCK_AT_FLOOR, VEHICLES

_STUCK = re.compile(STUCK_AT_FLOOR)


def unnamed_lift(t: str, category: str | None) -> Matter | None:
    """Elevator when a reading other than the lift's tells something stuck at a floor with someone inside or
    its doors shut, and no vehicle (`t`: normalised)."""
    if category in (None, "elevator", "safety") or first_of(VEHICLES, t) or first_of(NOT_A_LIFT, t):
        return None
    stuck = _STUCK.search(t)
    inside = first_of(SOMEONE_INSIDE, t) if stuck else None
    if not inside:
        return None
    return Matter("elevator", f"stuck at a floor ('{stuck.group(0)}') with someone inside or shut in ('{inside}'): "
                              "a lift → elevator")
