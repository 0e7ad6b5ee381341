"""An "already fixed" report matched to the open ticket it is about (the ticket service offers it to the
holder to close)."""
from __future__ import annotations

from collections.abc import Sequence

from .likeness import place_conflict, ticket_keywords
from .types import RepeatMatch, TicketView, Understanding
from .vocabulary import Vocabulary, default_vocabulary, normalise_words


def match_fixed(u: Understanding, candidates: Sequence[TicketView],
                vocab: Vocabulary | None = None, text: str = "", sender_id: str = "") -> RepeatMatch | None:
    """The open ticket (most recent first) an "already fixed" report is about, if any:
    one that shares a problem word and whose place does not contradict the report's.
    An emergency (red) is only taken as over on a shared problem, never on a shared place
    alone ("电梯修好了" is about the broken lift, not the person who was trapped in it).
    Its own reporter naming the thing mended ("锁换了 谢谢楼长": `text`, `sender_id`) needs no problem word:
    an object word both texts name is enough."""
    if not u.fixed_report:
        return None
    vocab = vocab or default_vocabulary()
    topics = set(u.keywords)
    said = normalise_words(text) if text else ""
    for t in candidates:
        shared = topics & set(ticket_keywords(t, vocab))
        if t.color == "red":
            shared = {k for k in shared if not k.startswith("@")}
        elif not shared and said and sender_id and t.reported_by(sender_id):
            shared = {w for w in vocab.words.get("object", ()) if w in said and w in t.text}
        if shared and not place_conflict(u.location, t.location, None, None, supply=False):
            return RepeatMatch(t.no, "fixed", (f"says #{t.no} is fixed ('{sorted(shared)[0]}')",))
    return None
