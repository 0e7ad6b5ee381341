"""How far an open ticket's problem reaches: a building's supply outage, a stack shared by the homes on it,
or one home's own problem.

`repeats.match_repeat` and its steps weigh these: another household's "me too" joins a supply outage or a
sewage stack (one for the building, one for the homes above one another), never one home's damp wall. Pure
functions over the ticket and the message's Understanding; the caller has normalised the text.
"""
from __future__ import annotations

from .likeness import PER_FLAT, split_keywords, ticket_keywords
from .me_too import here_too
from .types import TicketView, Understanding
from .vocab_data import OUTAGE_FAMILIES
from .vocab_topic import STILL
from .vocabulary import Vocabulary, normalise_words
from .written_places import adds_place
from .home_or_shared import at_home

# a sewage stack or a leak from the flat above is shared by the homes on it (not a damp wall: 外墙渗水)
_FROM_ABOVE = ("楼上", "上面漏", "上边漏", "上层")


def outage_too(u: Understanding, text: str) -> bool:
    """A second household's "here too" of a supply outage ("我家也停水了 物业得给个说法"): the explanation
    it demands is the outage's, one more report of it, not a question of how the building is looked after; so is
    the outage still not over ("到现在还是没水 谁能给个说法")."""
    fam, text = split_keywords(u.keywords)[0], normalise_words(text)
    return fam in OUTAGE_FAMILIES and fam not in PER_FLAT and (here_too(text) or any(w in text for w in STILL))


def another_home(u: Understanding, t: TicketView) -> bool:
    """"我家也是, 4楼那间墙上全是水" after a report about one home: another home's own problem (a place the
    report's does not imply; "一楼也返了" after "101返水" is the same)."""
    return bool(u.location) and adds_place(u.location, t.location) and at_home(t.text)


def shared_stack(t: TicketView, vocab: Vocabulary) -> bool:
    """The ticket is sewage backing up or a leak from above: one stack shared by the homes on it."""
    fam = split_keywords(ticket_keywords(t, vocab))[0]
    return fam == "sewage" or (fam == "burst_pipe" and any(w in t.text for w in _FROM_ABOVE))


def outage(t: TicketView, vocab: Vocabulary) -> bool:
    """The ticket is a supply outage (no power, no water...), not a lift's."""
    return t.category != "elevator" and split_keywords(ticket_keywords(t, vocab))[0] in OUTAGE_FAMILIES
