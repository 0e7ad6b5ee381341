"""The reporter comes back in words the rules cannot read: still waiting on their own ticket.

"开着呢 还是凉 麻烦来人看看", "还渗呢 盆都接满了 咋还不开门", "说好的本周来弄 到现在也没见人影": the one
who reported a problem writes again, naming no problem family the rules read (only the model calls it a
request), and says it is still there or still waited on. reporter_again.py ties such a return to the
ticket by a thing both texts name; here the message names no thing at all, and the reporter's own latest
open ticket is what the "still" is about:

- the message is a request (the model's word is enough), no consultation the rules read, no "already
  fixed", not mended in between and broken anew ("前天刚整好的 又..." is a new ticket);
- the rules read no problem family in it (a family of its own is weighed by reporter_again and the
  candidates' loop);
- it says still or told before in vain (`RETURNS`: 还是, 还在, 咋还, 到现在...; `TOLD_BEFORE`: 说好的...);
- the sender's latest own open ticket (no consultation, last reported within a week), whose written place
  and place qualifiers the message does not contradict, and to which the message adds no other thing
  (另外, 灯也...) and names no object the ticket does not; an emergency (red) only for a message read red
  too (neighbour_back.py weighs it so), and a message read red never to a milder ticket, nor one the model
  files under a matter of its own (care, affairs...) another category than the ticket's.

Pure functions; the caller (repeats.match_repeat) has normalised the text.
"""
from __future__ import annotations

from collections.abc import Sequence

from .written_places import place_conflict
from .reporter_again import MINUTES, own_thing, still_word
from .reporter_again import _broken_anew as broken_anew
from .topic import another_thing, qualifier_conflict
from .types import RepeatMatch, TicketView, Understanding
from .vocab_back import TOLD_BEFORE
from .vocab_topic import NUISANCE_THINGS
from .vocabulary import Vocabulary, normalise_words

# Categories the model gives a message that name a matter of their own (a person's care, an office affair, a
# wish, a quarrel, a noise, a car), never a "still" about another category's ticket.
_OWN_MATTERS = frozenset({"care", "affairs", "suggestion", "dispute", "noise", "parking"})


# a supply told back (beside the fixed words: 来水了, 来电了): 有水了 / 有电了 after an outage of one's own
_SUPPLY_BACK = ("有水了", "有电了", "有气了", "有暖气了", "暖气热了")


def _waits_word(text: str) -> str | None:
    """The word saying the problem is still there (`RETURNS`) or was told before in vain (`TOLD_BEFORE`)."""
    return still_word(text) or next((w for w in TOLD_BEFORE if w in text), None)


def returns_unnamed(u: Understanding, fam: str | None, text: str, sender_id: str, building: str | None,
                    candidates: Sequence[TicketView], vocab: Vocabulary) -> RepeatMatch | None:
    """The sender's latest own open ticket, when this message names no problem and says it is still
    waited on (module doc), else None."""
    if (fam is not None or not u.request or u.fixed_report or (u.color == "blue" and not u.model_only)
            or broken_anew(text)):
        return None
    word = _waits_word(text)
    if word is None or vocab.first_in("fixed", text) or any(w in text for w in _SUPPLY_BACK):
        return None   # "有水了 但水压还是小": the ticket's matter is over, what is still there is another
    own = sorted((t for t in candidates if t.reported_by(sender_id) and t.color != "blue"
                  and t.minutes_since_last_report <= MINUTES), key=lambda c: c.minutes_since_reported())
    if not own:
        return None
    t = own[0]
    if u.category in _OWN_MATTERS and u.category != t.category:
        return None   # "社区啥时候发米面油 到现在还没领到" after a cold radiator: a matter of its own, read so
    if (t.color == "red") != (u.color == "red"):
        # an emergency only for an emergency: a milder word merged into it would be read red, and an emergency
        # the rules cannot name ("孩子到现在还没找到") is no "still" of the reporter's milder ticket: its own red
        return None
    said = normalise_words(t.text)
    objects = (*vocab.words.get("object", ()), *NUISANCE_THINGS)
    if (place_conflict(u.location, t.location, building, t.building, supply=False)
            or qualifier_conflict(text, said) or another_thing(text, t.text, objects)
            or own_thing(text, said, vocab) is not None):
        return None
    return RepeatMatch(t.no, "repeat", (f"the reporter of #{t.no} comes back naming no other problem: still "
                                        f"('{word}'), {t.minutes_since_reported():.0f} min later",))
