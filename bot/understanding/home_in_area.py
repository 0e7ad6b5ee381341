"""A home inside the area a report named: a room number's leading digits are its floor.

A first report often names an area ("一单元一楼下水道返水", "7楼楼道有煤气味", "3楼走廊在漏水"), and the
neighbour who answers minutes later names their own home in it ("我家101也冒了", "702门口也闻到了"): 101 is on
the first floor and 702 on the seventh, so the two places do not differ, the neighbour's is only more precise.
A home on another floor ("我家502也冒了" after "一楼") is still another place.
"""
from __future__ import annotations

from .likeness import floor_of
from .types import Location


def home_in_area(a: Location | None, b: Location | None) -> bool:
    """`a` names a home (a room number) on the floor `b` names as an area (a floor, no room), in no other
    unit or building than `b`'s."""
    if a is None or b is None or not a.room or b.room or not b.floor:
        return False
    if a.floor and a.floor != b.floor:
        return False
    if (a.unit and b.unit and a.unit != b.unit) or (a.building and b.building and a.building != b.building):
        return False
    return floor_of(a) == b.floor
