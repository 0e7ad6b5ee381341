"""Each home's own front door is a problem of its own: "俺家门也是 关不上 2单元501" after "入户门关不严".

A handover defect of the flats' front doors (入户门, 防盗门) is reported home by home: a neighbour's "my door
too", writing a home (a unit, a floor, a room) the report did not, is that home's door, another ticket (as
each flat's cold radiator is: likeness.PER_FLAT). The building's entrance door (单元门, 门禁) is one for all and
is left alone, as is a doorway (门口) named as a place. Pure functions.
"""
from __future__ import annotations

import re

from .written_places import adds_place
from .types import TicketView, Understanding

# A flat's own front door, as a report names it.
FRONT_DOORS = ("入户门", "防盗门", "户门")
# "My door": a home, then its door (我家门, 俺家的门, 我屋那个门), not its doorway (我家门口).
_MY_DOOR = re.compile(r"(?:我|俺|咱|我们|俺们)(?:家|屋)(?:的|那个|那扇|这个)?门(?!口|前|外|边)")


def another_homes_door(u: Understanding, text: str, t: TicketView) -> bool:
    """The ticket is about a flat's front door and the message about the sender's own door at a home it writes
    and the ticket does not: another home's door (module doc)."""
    return (u.location is not None and any(w in t.text for w in FRONT_DOORS) and _MY_DOOR.search(text) is not None
            and adds_place(u.location, t.location))
