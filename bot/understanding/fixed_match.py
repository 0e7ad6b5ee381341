"""An "already fixed" report matched to the open ticket it is about (the ticket service offers it to the
holder to close)."""
from __future__ import annotations

from collections.abc import Sequence

from .likeness import PER_FLAT, split_keywords, ticket_keywords
from .written_places import place_conflict
from .outage_wait import SUPPLY
from .types import RepeatMatch, TicketView, Understanding
from .vocab_back import SUPPLY_BACK
from .vocabulary import Vocabulary, default_vocabulary, normalise_words


def match_fixed(u: Understanding, candidates: Sequence[TicketView],
                vocab: Vocabulary | None = None, text: str = "", sender_id: str = "") -> RepeatMatch | None:
    """The open ticket (most recent first) an "already fixed" report is about, if any:
    one that shares a problem word and whose place does not contradict the report's.
    An emergency (red) is only taken as over on a shared problem, never on a shared place
    alone ("电梯修好了" is about the broken lift, not the person who was trapped in it).
    Its own reporter naming the thing mended ("锁换了 谢谢楼长": `text`, `sender_id`) needs no problem word:
    an object word both texts name is enough. The supply told back ("来水了 谢谢物业", "来电了") is its outage's
    (`supply_back`): a new outage later the same day is then a ticket of its own."""
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
    return supply_back(u, said, candidates, vocab) if said else None


def supply_back(u: Understanding, text: str, candidates: Sequence[TicketView], vocab: Vocabulary) -> RepeatMatch | None:
    """The latest open outage ticket of the supply `text` tells back ("来水了": water), else None."""
    word = next((w for w in SUPPLY_BACK if w in text), None)
    supply = next((SUPPLY[c] for c in word or "" if c in SUPPLY), None)
    if supply is None:
        return None
    written = u.location.building if u.location else None   # "22号楼那边已经来水了": another building's supply
    outages = [t for t in candidates if t.color != "blue"
               and (tfam := split_keywords(ticket_keywords(t, vocab))[0]) in (supply, "generic_outage")
               and tfam not in PER_FLAT and not place_conflict(u.location, t.location, written, t.building, supply=True)]
    if not outages:
        return None
    t = min(outages, key=lambda c: c.minutes_since_last_report)
    return RepeatMatch(t.no, "fixed", (f"says the supply of #{t.no} is back ('{word}')",))
