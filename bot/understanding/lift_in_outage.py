"""The lift stopped by a power cut: "35楼也停了，电梯也不动了" minutes after a neighbour's "停电了" is one
more report of the outage, though the rules read the lift (lift_out, elevator) in it.

`lift_in_outage` links such a message to the chat's latest open power-outage ticket when all of:

- the ticket is a power cut (no_power) last reported within `MINUTES`, by another resident;
- the message reads as the lift out (lift_out) and says both "here too" (也 before the lift is named:
  "35楼也停了", "1702 也是") and the lift too (电梯也 / 梯也): the lift stopped with the rest;
- no one is stranded or inside (下不来, 关在里面: a care or lift emergency of its own, stuck.py), and no
  building or unit is written that the ticket's report does not share ("我们一单元也停了，电梯也不动了" is
  another unit's outage); floors and rooms do not split a building's power cut.
Pure functions.
"""
from __future__ import annotations

from collections.abc import Sequence

from .flat_fault import ONE_FLAT  # one flat's trip switch, not the building's power
from .likeness import split_keywords, ticket_keywords
from .stuck import trapped_in_lift
from .types import RepeatMatch, TicketView, Understanding
from .vocab_topic import HELP_ASK, IN_LIFT, STRANDED
from .vocabulary import Vocabulary

MINUTES = 30.0
_LIFT_TOO = ("电梯也", "梯也")
# someone in the lift or in need beside it: a lift emergency or a care request of its own
_SOMEONE = ("电梯里", "在电梯", "梯里", "还在里", "腿不好", "走不了", "爬不了", "药", "老人", "我爸", "我妈", "老爷子",
            "老太太", "孩子", "上不去", "下不去")


def _lift_too_at(text: str) -> int:
    return min((i for i in (text.find(w) for w in _LIFT_TOO) if i >= 0), default=-1)


def lift_in_outage(u: Understanding, fam: str | None, text: str, sender_id: str, building: str | None,
                   candidates: Sequence[TicketView], vocab: Vocabulary) -> RepeatMatch | None:
    """The latest open power-cut ticket this "the power here too, and the lift with it" joins, else None."""
    at = _lift_too_at(text)
    if fam != "lift_out" or at < 0 or "也" not in text[:at] or (u.request and u.color == "blue"):
        return None
    if trapped_in_lift(text) or any(w in text for w in (*STRANDED, *IN_LIFT, *HELP_ASK, *_SOMEONE)):
        return None   # someone stranded or inside: an emergency or a care request of its own
    recent = [t for t in candidates if t.minutes_since_last_report <= MINUTES and t.color != "blue"
              and not t.reported_by(sender_id)]
    if not recent:
        return None
    t = min(recent, key=lambda c: c.minutes_since_last_report)
    if split_keywords(ticket_keywords(t, vocab))[0] != "no_power" or any(w in t.text for w in ONE_FLAT):
        return None
    loc, tloc = u.location, t.location
    if building and t.building and building != t.building:
        return None   # `building`: the message's own (written, else its chat's)
    if loc and loc.unit and (tloc is None or tloc.unit != loc.unit):
        return None   # another unit's power (and its lift): another report
    return RepeatMatch(t.no, "repeat", (f"the lift stopped with the power cut of #{t.no}, "
                                        f"{t.minutes_since_last_report:.0f} min after it",))
