"""A message that names its problem goes to the open ticket of that problem, not to one the rules read nothing in.

"地下室那灯咋还没修呢" after two open tickets, the basement light's (light_out) and a later one the rules
read no problem family in (an old woman's snowed-up balcony, a request only the model saw): the status
question is about the light. repeats.match_repeat weighs the candidates most recent first, and a ticket of
no family is of any problem its category allows; so when the message names a specific problem family
(no object's generic fault, no category-wide family) and an open ticket of that very family is there (no
consultation: a question whether the power will be cut is no power cut), the tickets of no family other
residents filed are left out. Not for a supply outage: the building's current outage is often a ticket only
the model read ("咋还木来电"), and an older one of the family is another day's. Pure functions.
"""
from __future__ import annotations

from collections.abc import Sequence

from .likeness import is_broad, same_family, split_keywords, ticket_keywords
from .types import TicketView
from .vocab_data import OUTAGE_FAMILIES
from .vocabulary import Vocabulary


def named_tickets_first(fam: str | None, sender_id: str, candidates: Sequence[TicketView],
                        vocab: Vocabulary) -> list[TicketView]:
    """`candidates` without the other residents' tickets of no problem family, when the message names a specific
    family (`fam`) an open ticket has too (module doc); else all of them."""
    if not fam or fam.startswith(("fault_", "generic")) or is_broad(fam, vocab) or fam in OUTAGE_FAMILIES:
        return list(candidates)
    fams = {t.no: split_keywords(ticket_keywords(t, vocab))[0] for t in candidates}
    if not any(same_family(fam, fams[t.no]) and t.color != "blue" for t in candidates):
        return list(candidates)
    return [t for t in candidates if fams[t.no] is not None or t.reported_by(sender_id)]
