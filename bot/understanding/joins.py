"""What open ticket a message joins: `repeats.match_repeat`'s reading, between two mechanisms of its own.

- before it, a bystander's remark (bystander.py: a warning to neighbours, a near miss told) joins nothing;
- after it, a red report that finds no ticket may be the worsening of a milder one (worsened.py: the
  branch reported dry now split and hanging), one more report of that ticket, which the ticket service
  raises.
"""
from __future__ import annotations

from collections.abc import Sequence

from .bystander import bystander_remark
from .repeats import match_repeat
from .types import RepeatMatch, TicketView, Understanding
from .vocabulary import Vocabulary, default_vocabulary, normalise_words
from .worsened import worsened


def join_ticket(u: Understanding, text: str, sender_id: str, building: str | None,
                candidates: Sequence[TicketView], vocab: Vocabulary | None = None) -> RepeatMatch | None:
    """The open ticket this message repeats or follows up, if any (module doc)."""
    vocab = vocab or default_vocabulary()
    words = normalise_words(text)
    if bystander_remark(u, words) is not None:
        return None
    m = match_repeat(u, text, sender_id, building, candidates, vocab)
    return m if m is not None else worsened(u, words, building, candidates, vocab)
