"""Which open tickets a message may repeat at all: those its words do not set apart.

`repeats.match_repeat` narrows the chat's open tickets in turn before weighing each: a danger told apart
from a smell ticket, a flat's own fault beside the building's outage, someone vulnerable left in need or
caught in a lift (an emergency, not the outage), an emergency of its own that names the outage in passing,
a ticket the message names first, another home's door. Pure functions; the caller has normalised the text.
"""
from __future__ import annotations

from collections.abc import Sequence

from .care_apart import hands_for, keeps
from .flat_fault import flat_fault
from .home_door import another_homes_door
from .likeness import own_emergency
from .me_too import new_place_too
from .named_first import named_tickets_first
from .smell_apart import danger_apart, danger_denied
from .stuck import trapped_in_lift
from .ticket_reach import outage
from .types import TicketView, Understanding
from .vocabulary import Vocabulary

# someone held inside (the lift a power cut stopped): 困, 关在, 出不来, 里面
_HELD_INSIDE = ("困", "关在", "出不来", "里面")


def told_apart(text: str, candidates: Sequence[TicketView], vocab: Vocabulary) -> list[TicketView]:
    """The tickets left once a danger told apart and a flat's own fault are set aside."""
    # gas or burning smelled after a sewage smell: a danger of its own, not one more report of the smell
    # ...nor a smell said not to be the ticket's gas ("不是煤气那种 是垃圾"): another smell
    candidates = [t for t in candidates if not danger_apart(text, t, vocab) and not danger_denied(text, t, vocab)]
    if flat_fault(text) is not None:   # "我家跳闸了 别人家都有电": the flat's own fault, not the building's outage
        candidates = [t for t in candidates if not outage(t, vocab)]
    return candidates


def emergency_apart(u: Understanding, text: str, candidates: list[TicketView],
                    vocab: Vocabulary) -> list[TicketView]:
    """The tickets left once someone in need is set apart from the outage that leaves them so."""
    if hands_for(text, vocab) is not None:
        # someone vulnerable the problem leaves in need, hands asked for: not the building's outage
        candidates = [t for t in candidates if keeps(t)]
    if trapped_in_lift(text):
        # someone caught in a lift a power cut stopped: the lift's emergency, not one more report of the outage
        candidates = [t for t in candidates if not outage(t, vocab)]
    elif u.category == "utilities" and "梯" not in text and not any(w in text for w in _HELD_INSIDE):
        # ...and the outage told after it ("电到底什么时候来") is not that emergency either (unless someone is
        # still held: "停电了，我老公还困在里面出不来" is the emergency's own follow-up)
        candidates = [t for t in candidates if not trapped_in_lift(t.text)]
    return candidates


def in_turn(u: Understanding, text: str, fam: str | None, sender_id: str, candidates: Sequence[TicketView],
            vocab: Vocabulary) -> list[TicketView]:
    """The tickets to weigh one by one, in the order weighed (`u` as the rules read it: a request only the
    model saw is none)."""
    # (nor the ticket an emergency of another kind only passes by: "我家也没水 刚才厨房水管爆了")
    candidates = [t for t in candidates if new_place_too(u, text, t, fam) is None and not own_emergency(u, t, vocab)]
    candidates = named_tickets_first(fam, sender_id, candidates, vocab)   # "地下室那灯咋还没修": the light's ticket
    return [t for t in candidates if not another_homes_door(u, text, t)]   # "俺家门也是 2单元501"
