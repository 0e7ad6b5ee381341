"""The same problem told again at the same written spot by someone only the model reads as reporting.

"@干事 3栋一单元三楼窗户玻璃碎了 得换一块" half an hour after a resident's "一单元三楼那个窗户玻璃碎了 风往里灌":
the building leader passes the report on to the office, or a neighbour tells it once more, in the rules' own cue
words (窗户+碎) and at the same written place. The model alone calls it a request (it asks nothing new), so
repeats.match_repeat weighs it only as a "me too", which it is not. It is one more report of the ticket:

- the model reads a request, the rules do not, and no "already fixed";
- one cue word of its main family is a cue word of the ticket's report (of its main family or another it names);
- both write an inner place (unit, floor, room) and one is within the other, no place or place qualifier
  contradicts;
- the ticket is no consultation, last reported within `MINUTES`, and the message adds no other thing;
- a message read red is not hidden in a milder ticket (an emergency is a ticket of its own).

Pure functions; the caller (repeats.match_repeat) has normalised the text.
"""
from __future__ import annotations

from collections.abc import Sequence

from .likeness import split_keywords, ticket_keywords
from .written_places import one_place, place_conflict
from .topic import another_thing, qualifier_conflict
from .types import RepeatMatch, TicketView, Understanding
from .vocabulary import Vocabulary, normalise_words

MINUTES = 24 * 60.0


def told_again(u: Understanding, text: str, building: str | None, candidates: Sequence[TicketView],
               vocab: Vocabulary) -> RepeatMatch | None:
    """The open ticket whose problem this message tells again at the same spot (module doc), else None."""
    if not (u.request and u.model_only) or u.fixed_report or u.location is None:
        return None
    cues = split_keywords(u.keywords)[1]
    if not cues:
        return None
    for t in candidates:
        if t.color == "blue" or t.minutes_since_last_report > MINUTES or (u.color == "red" and t.color != "red"):
            continue
        tkw = ticket_keywords(t, vocab)
        theirs = {k[1:] for k in tkw if k.startswith(("~", "%"))}
        shared = sorted(c for c in cues if "+" in c and c in theirs)
        if (not shared or not one_place(u.location, t.location)
                or place_conflict(u.location, t.location, building, t.building, supply=False)
                or qualifier_conflict(text, normalise_words(t.text))
                or another_thing(text, t.text, vocab.words.get("object", ()))):
            continue
        return RepeatMatch(t.no, "repeat", (f"tells #{t.no}'s '{shared[0]}' again at the same place",))
    return None
