"""Repeat and follow-up detection against the open tickets of a chat.

A *repeat* is another report of the same problem at the same place:

- the same main problem family (``Understanding.keywords[0]``, e.g. ``lift_out``);
  for category-wide families (noise, parking, garbage...) also a shared cue word
  (狗+叫, 垃圾桶, 车位) or very similar text;
- places must not contradict: different building, or different unit / floor /
  room when both are written (a room's leading digits give its floor), or
  different building parts (地下室 vs 家里) — except for building-wide supply
  problems (no water / power / heating), where inner places do not split;
- consultations (blue) are answered one by one: never merged across senders;
- a more urgent repeat still matches (the ticket service raises the colour).

A short "me too" (我也闻到了, +1) soon after a ticket is a repeat even when the
message alone is not a request: the ticket service should count it as another
report of that ticket (me_too.py: "here too" and the chat's current topic).

A *follow-up* is a message from one of the ticket's reporters within the hour
that adds detail ("2单元 左边那部") and names no other kind of problem.
"""
from __future__ import annotations

from collections.abc import Sequence

from .between_floors import between_floors, mentions_floors
from .care_apart import hands_for
from .dark_still import dark_still
from .latest_topic import latest_topic
from .lift_in_outage import lift_in_outage
from .main_stack import main_stack
from .marks import Mark
from .me_too import also, here_too, nearby
from .neighbour_back import neighbour_back
from .noise_chorus import heard_too
from .nuisance_back import noise_back
from .outage_wait import asks_supply, awaits_outage
from .place_answer import place_answer
from .points_back import points_back
from .repeat_candidates import emergency_apart, in_turn, told_apart
from .repeat_kinship import kept_apart, kinship
from .repeat_reading import MessageReading, read_message
from .repeat_verdict import verdict
from .reporter_again import returns_to
from .reporter_unnamed import returns_unnamed
from .same_floor import floor_too
from .smelled_from import smelled_from
from .spaced_words import join_spaced_words
from .status_ask import asks_after
from .stuck import stuck
from .ticket_reach import another_home, outage, outage_too, shared_stack
from .told_again import told_again
from .topic import agreement, echo, roll_call
from .types import RepeatMatch, TicketView, Understanding
from .vocab_topic import SYSTEMIC
from .vocabulary import Vocabulary, default_vocabulary, normalise_words
from .water_spread import spreads_on

# Supply problems (OUTAGE_FAMILIES) are a whole building's: inner places do not split them; a generic
# outage matches any. Cold radiators are the exception (PER_FLAT): each unit's and each floor's is
# labelled a ticket of its own (hours later, the building's heating still cold is one: still_same.same_spot).
# The steps, in turn: the tickets the message's words set apart (repeat_candidates), what the message says
# (repeat_reading), then for each ticket how it stands to the message (repeat_kinship) and the verdict
# (repeat_verdict); when none matches, the conversation's matchers below.


def could_match(u: Understanding, text: str, vocab: Vocabulary | None = None) -> bool:
    """Whether `match_repeat` can link this message to any ticket at all: a request, a
    place, a smell, or a "me too". Cheap, and needs no candidates, so chatter costs no
    ticket lookup; `match_repeat` itself starts with this test."""
    if u.fixed_report:
        return False
    if u.request or u.location:   # a model-only request may still be the chat's current topic (me_too.nearby)
        return True
    text = normalise_words(text)
    vocab = vocab or default_vocabulary()
    return ("味" in text or here_too(text) or mentions_floors(text) or agreement(text, vocab) is not None
            or echo(text) is not None
            or vocab.first_in("corroborate", text) is not None)


def match_repeat(u: Understanding, text: str, sender_id: str, building: str | None,
                 candidates: Sequence[TicketView], vocab: Vocabulary | None = None) -> RepeatMatch | None:
    """The open ticket (most recent first) this message repeats or follows up, if any.

    `vocab` is the community's compiled vocabulary (its corroboration / repeat words
    and family breadth); the shipped defaults when not given. A request only the model saw
    is judged on the rules' reading: a "me too" is no request of its own."""
    vocab = vocab or default_vocabulary()
    text = join_spaced_words(text) or text   # written word by word: read joined, as the classifier did
    if not could_match(u, text, vocab):
        return None
    if any(w in text for w in SYSTEMIC) and not outage_too(u, text):
        return None   # "能不能好好查查": how the lift is looked after, a request of its own
    if Mark.CHATTER in u.marks:
        return None   # "我也看到了 我上去敲门", a joke about the smell: chatter, not one more report
    text = normalise_words(text)
    candidates = told_apart(text, candidates, vocab)
    if (u.category == "care" or hands_for(text, vocab) is not None or asks_supply(u)) and (
            waited := awaits_outage(u, text, building, candidates, vocab)) is not None:
        return waited   # "水还没来啊？家里有卧床的老人...", "几点来电啊": still waiting on the outage, one more report of it
    candidates = emergency_apart(u, text, candidates, vocab)
    r = read_message(u, text, vocab)
    everywhere = candidates   # people stuck by a problem, a leak between floors: weighed on all
    candidates = in_turn(r.u, text, r.fam, sender_id, candidates, vocab)
    deferred: RepeatMatch | None = None   # a me-too of the same kind: taken if no ticket shares more
    for t in candidates:
        k = kinship(r, t, vocab)
        same_sender = t.reported_by(sender_id)
        if kept_apart(r, t, k, same_sender, building):
            continue
        found, me_too = verdict(r, t, k, same_sender, building, vocab)
        if found is not None:
            return found
        if deferred is None:
            deferred = me_too
    if deferred is not None:
        return deferred
    return _in_conversation(r, sender_id, building, candidates, everywhere, vocab)


def _in_conversation(r: MessageReading, sender_id: str, building: str | None, candidates: list[TicketView],
                     everywhere: list[TicketView], vocab: Vocabulary) -> RepeatMatch | None:
    """No ticket matched on its own: the conversation's matchers (an answer to where, the floor above, the
    reporter back, a "me too" of the chat's topic...)."""
    asked, fam, text = r.asked, r.fam, r.text
    if not r.claim and not r.another:   # "我就是楼上的" reads as a contrast ('就是')
        if (m := place_answer(asked, text, sender_id, candidates)
                or between_floors(asked, fam, text, sender_id, building, everywhere)
                or spreads_on(asked, fam, text, sender_id, building, everywhere, vocab)
                or stuck(asked, fam, text, sender_id, building, everywhere)
                or floor_too(asked, fam, text, building, everywhere, vocab)
                or returns_to(asked, fam, text, sender_id, building, candidates, vocab)
                or returns_unnamed(asked, fam, text, sender_id, building, candidates, vocab)
                or told_again(asked, text, building, candidates, vocab)
                or points_back(asked, fam, text, sender_id, building, candidates, vocab)
                or main_stack(asked, fam, text, building, candidates, vocab)
                or neighbour_back(asked, fam, text, sender_id, building, candidates, vocab)
                or dark_still(asked, fam, text, building, candidates, vocab)
                or noise_back(asked, fam, text, sender_id, building, candidates)
                or smelled_from(asked, fam, text, sender_id, candidates, vocab)) is not None:
            return m   # (the reporter's 还是 is "still", no contrast)
    if r.differs:
        return None
    # "我家也是, 6楼那间..." after one home's damp wall: another home's (a supply outage is the building's)
    # (nor a sewage stack shared by the homes above one another, nor a leak from the flat above)
    homes = [t for t in candidates if not (another_home(asked, t) and not outage(t, vocab)
                                           and not shared_stack(t, vocab))]
    return (lift_in_outage(asked, fam, text, sender_id, building, candidates, vocab)
            or nearby(asked, fam, text, building, homes, vocab)
            or roll_call(asked, text, sender_id, everywhere)
            or also(asked, fam, text, building, homes, vocab)
            or latest_topic(asked, fam, text, sender_id, building, candidates, vocab)
            or (asks_after(asked, fam, text, building, candidates, vocab) if asked.request else None)
            or heard_too(asked, text, sender_id, building, everywhere))
