"""A neighbour on the same floor: "我们家也不热 四单元502" after "暖气不热 四单元五楼".

Some problems are labelled per floor rather than per home: a cold radiator (per unit and floor:
likeness.PER_FLAT). A neighbour's short "here too" (me_too.here_too) from another flat of the floor the report
wrote is one more report of it, though it writes a room (which `repeats` reads as another home's own problem
when the report was about a home). Sewage backing up at the next flat of the floor ("102也是 地漏往外冒" after
101) is labelled a report of its own in most corpora, so it is left out. `floor_too` links it when all of:

- the message is a request whose rules read the problem (its family is one of `FLOOR_WIDE`) and says
  "here too" (也, 一样...);
- an open ticket of the chat, last reported within `MINUTES`, names that family (as its main problem or
  another one: "暖气...老人冻得直抖" reads as care first);
- both write a floor (a room gives its floor: 502 is on the fifth) and it is the same; no building or unit
  differs.

Pure functions; the caller (repeats.match_repeat) has normalised the text.
"""
from __future__ import annotations

from collections.abc import Sequence

from .likeness import families, ticket_keywords
from .written_places import floor_of, place_conflict
from .me_too import here_too
from .types import RepeatMatch, TicketView, Understanding
from .vocab_topic import OTHER_THING
from .vocabulary import Vocabulary

# Problems the labels count once per floor: its heating loop.
FLOOR_WIDE = frozenset({"heating_cold"})
MINUTES = 120.0


def floor_too(u: Understanding, fam: str | None, text: str, building: str | None,
              candidates: Sequence[TicketView], vocab: Vocabulary) -> RepeatMatch | None:
    """The open ticket of a floor-wide problem a neighbour of that floor says they have too (module doc)."""
    if not u.request or fam not in FLOOR_WIDE or u.location is None or not here_too(text):
        return None
    if u.color == "red" or u.category not in (None, "other", "utilities") or any(w in text for w in OTHER_THING):
        return None   # a danger, or another problem read first or added ("另外电梯坏了"): not only the cold floor
    floor = floor_of(u.location)
    if not floor:
        return None
    for t in sorted(candidates, key=lambda c: c.minutes_since_last_report):
        if t.minutes_since_last_report > MINUTES or t.color == "blue" or t.location is None:
            continue
        if fam not in families(ticket_keywords(t, vocab)) or floor_of(t.location) != floor:
            continue
        if place_conflict(u.location, t.location, building, t.building, supply=True):
            continue   # another building or unit
        return RepeatMatch(t.no, "repeat", (f"'here too' of the {fam} of #{t.no} from another flat of floor {floor}",))
    return None
