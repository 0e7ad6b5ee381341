"""Someone who cannot get away while a danger is still unfolding in the chat is in that danger: red.

Minutes after a fire, a gas leak or an explosion is reported in a building's group, a neighbour writes
"六楼那位老人腿脚不好 自己下不来 谁去帮一下". On its own that is a care request (orange: a vulnerable person
needs help today); while the fire is still open it is a person stranded in it, a danger to life now
(GUIDELINES: red). `stranded_in_danger` raises such a request to red when all of:

- an open red ticket of the chat tells of a danger people must get away from (DANGER_FAMILIES), and a
  resident reported it within `DANGER_MINUTES`;
- the message is a request of its own (not red already) telling of a person who cannot get away by
  themselves (vocab_topic.CANNOT_GET_AWAY) or still inside (STILL_INSIDE);
- it names no building other than the ticket's.

The ticket is not changed and the message is not merged into it: the person is labelled apart (a care
request of their own), only their colour comes from the danger around them. Pure; `views` are the chat's
open tickets as the repeat search sees them.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .likeness import families, ticket_keywords
from .types import TicketView, Understanding
from .vocabulary import Vocabulary, normalise_words
from .vocab_topic import CANNOT_GET_AWAY, STILL_INSIDE

DANGER_MINUTES = 30.0   # as stuck.STUCK_MINUTES: the minutes a building's emergency stays the chat's topic
# The red families of a danger that spreads through a building (its people must get out); water at the
# switchgear is not one: a parent stranded upstairs by the power cut it brings is a care need (orange).
DANGER_FAMILIES = frozenset({"fire", "gas_leak", "explosion"})


def stranded_in_danger(u: Understanding, text: str, building: str | None,
                       views: Sequence[TicketView], vocab: Vocabulary) -> Understanding | None:
    """`u` raised to red when it tells of a person who cannot get away from a danger still open in the chat
    (module doc); None when it does not."""
    if not u.request or u.color == "red" or u.fixed_report:
        return None
    said = normalise_words(text)   # dialect and traditional script folded, as every other reading sees it
    who = next((w for w in (*CANNOT_GET_AWAY, *STILL_INSIDE) if w in said), None)
    if who is None:
        return None
    for t in sorted(views, key=lambda v: v.minutes_since_reported()):
        if t.minutes_since_reported() > DANGER_MINUTES:
            break
        if t.color != "red" or DANGER_FAMILIES.isdisjoint(families(ticket_keywords(t, vocab))):
            continue
        if building and t.building and building != t.building:
            continue
        reason = (f"red: a person who cannot get away ('{who}') while #{t.no}'s danger is still open "
                  f"({t.minutes_since_reported():.0f} min ago)")
        return replace(u, color="red", reasons=u.reasons + (reason,))
    return None
