"""A home inside the area a report named: a room number's leading digits are its floor.

A first report often names an area ("一单元一楼下水道返水", "7楼楼道有煤气味", "3楼走廊在漏水"), and the
neighbour who answers minutes later names their own home in it ("我家101也冒了", "702门口也闻到了"): 101 is on
the first floor and 702 on the seventh, so the two places do not differ, the neighbour's is only more precise.
A home on another floor ("我家502也冒了" after "一楼") is still another place; so is a home on the floor of a report
about the writer's own home ("六楼我家天花板漏水" then "对门602也漏"): that floor is one flat's, not an area, and the
flat opposite or next door (对门, 隔壁) is another home. Nor when the home tells a danger of its own the report did
not (water at its sockets, sparks, someone who cannot get out: `HOME_DANGER`): that is a ticket of its own, never
hidden inside the area's milder one.
"""
from __future__ import annotations

from .written_places import floor_of
from .types import Location
from .vocab_back import HOME_DANGER


# The writer's own home (我家, Shanghainese 阿拉, northern 俺家...), and the homes beside another's.
_OWN_HOME = ("我家", "我们家", "我屋", "我房间", "我的房间", "阿拉", "俺家", "俺们家", "咱家", "自己家", "家里", "屋里")
_NEXT_HOME = ("对门", "隔壁", "对面那家", "对面人家")


def home_in_area(a: Location | None, b: Location | None, text: str = "", report: str = "") -> bool:
    """`a` (written in `text`) names a home (a room number) on the floor `b` names as an area (a floor, no room),
    in no other unit or building than `b`'s; not when the `report` is about its writer's own home, nor when `text`
    names the home opposite or next door."""
    if a is None or b is None or not a.room or b.room or not b.floor:
        return False
    if any(w in report for w in _OWN_HOME) or any(w in text for w in _NEXT_HOME):
        return False
    if any(w in text and w not in report for w in HOME_DANGER):
        return False   # a danger of the home's own
    if a.floor and a.floor != b.floor:
        return False
    if (a.unit and b.unit and a.unit != b.unit) or (a.building and b.building and a.building != b.building):
        return False
    return floor_of(a) == b.floor
