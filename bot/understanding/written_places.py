"""Whether two written places (a Location's building, unit, floor, room) contradict, coincide, or lie one
right above the other; and whether a message names any place of a category-wide report's.

A room's leading digits give its floor (1403 is on the 14th). Pure functions.
"""
from __future__ import annotations

from .home_or_shared import HOME
from .types import Location, TicketView, Understanding
from .vocabulary import Vocabulary


def floor_of(loc: Location) -> str | None:
    if loc.floor:
        return loc.floor
    if loc.room and len(loc.room) >= 3:
        return loc.room[:-2]
    return None


def place_conflict(a: Location | None, b: Location | None, building_a: str | None, building_b: str | None,
                   supply: bool, across_units: bool = False) -> str | None:
    if building_a and building_b and building_a != building_b:
        return f"different building ({building_a} vs {building_b})"
    if a is None or b is None:
        return None
    if supply:   # a building-wide supply problem: floors and rooms do not split it, another unit's outage does
        split = a.unit and b.unit and a.unit != b.unit and not across_units
        return f"different unit ({a.unit} vs {b.unit})" if split else None
    pairs = [("unit", a.unit, b.unit), ("floor", floor_of(a), floor_of(b)), ("room", a.room, b.room)]
    for part, x, y in pairs:
        if x and y and x != y:
            return f"different {part} ({x} vs {y})"
    return None


def specific_place_match(a: Location | None, b: Location | None) -> bool:
    """Both texts name the same spot precisely: the same room, or the same unit and floor."""
    if a is None or b is None:
        return False
    if a.room and a.room == b.room:
        return True
    return bool(a.unit and a.unit == b.unit and floor_of(a) and floor_of(a) == floor_of(b))


def same_written_place(a: Location, b: Location | None) -> bool:
    """Every inner place part `a` writes is written the same in `b`."""
    return b is not None and all(getattr(b, p) == getattr(a, p) for p in ("unit", "floor", "room") if getattr(a, p))


def same_inner_place(a: Location | None, b: Location | None) -> bool:
    """`a` writes an inner place (a unit, a floor or a room) and `b` writes it the same."""
    return bool(a and (a.unit or a.floor or a.room) and same_written_place(a, b))


def one_place(a: Location | None, b: Location | None) -> bool:
    """Both write an inner place and one's is within the other's ("三单元四楼" and "四楼"): with no place
    conflict, the same spot told more or less precisely."""
    return same_inner_place(a, b) or same_inner_place(b, a)


def adds_place(a: Location, b: Location | None) -> bool:
    """`a` writes a place part `b` does not imply (a floor `b`'s room does give: 101 is on the first floor)."""
    if b is None:
        return any((a.building, a.unit, a.floor, a.room))
    implied = {"building": b.building, "unit": b.unit, "floor": b.floor or floor_of(b), "room": b.room}
    return any(getattr(a, p) and getattr(a, p) != v for p, v in implied.items())


def leak_from_above(a: Location | None, b: Location | None) -> bool:
    """`a` (the new report's place) is the floor right below `b` (the leaking ticket's): 1403 under 1503."""
    fa, fb = (floor_of(a), floor_of(b)) if a is not None and b is not None else (None, None)
    return bool(fa and fb and fa.isdigit() and fb.isdigit() and int(fb) - int(fa) == 1)


def leak_stack(a: Location | None, b: Location | None, text: str) -> bool:
    """The new report (`a`, `text`) and a leak ticket (`b`) are flats right above one another in one unit: the
    flat below whose ceiling drips, or the flat above finding the source in its own home ("我家卫生间水管在漏",
    "603厨房下面那根水管漏了"). Not another unit, and not "the pipe one floor up leaks too" (也: a second
    spot) or a pipe at no flat ("4楼楼道水管在漏": no home, no room written)."""
    if a is None or b is None or (a.unit and b.unit and a.unit != b.unit):
        return False
    if leak_from_above(a, b):
        return True
    own_home = any(w in text for w in HOME) or bool(a.room)
    return leak_from_above(b, a) and own_home and "也" not in text


_HOMES = ("家里", "屋里", "进屋")   # "in my home" in both is no shared place


def broad_elsewhere(u: Understanding, text: str, t: TicketView, tfam: str | None, vocab: Vocabulary) -> bool:
    """The ticket's problem is of a category-wide family (parking, garbage...) and the message names no
    place of the report's (the same floor written, or a shared place word such as 大堂, 门口). A report
    only the model read (no family) is weighed by its category: parking, noise... have broad families only."""
    if tfam is None:
        kinds = [f.broad for f in vocab.families.values() if f.category == t.category]
        if not (kinds and all(kinds)):
            return False
    elif not (tfam in vocab.families and vocab.families[tfam].broad):
        return False
    if same_inner_place(u.location, t.location):
        return False
    return not any(w in text and w in t.text for w in vocab.words.get("place", ()) if w not in _HOMES)
