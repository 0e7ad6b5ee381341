"""The chat's latest open ticket, when the conversation is still about it (repeats.match_repeat's last
resort): a neighbour's report minutes after it, a reporter back to say it is still there. Here the
families and the written places of the two are weighed; topic.same_topic and topic.still_unfixed decide."""
from __future__ import annotations

from collections.abc import Sequence

from .home_or_shared import home_vs_shared
from .likeness import escalates, is_broad, same_family, split_keywords, ticket_keywords
from .written_places import broad_elsewhere, place_conflict, same_written_place
from .me_too import deliberately_no_request
from .topic import agreement, echo, same_topic, still_there, still_unfixed
from .types import RepeatMatch, TicketView, Understanding
from .vocabulary import Vocabulary


def latest_topic(u: Understanding, fam: str | None, text: str, sender_id: str, building: str | None,
           candidates: Sequence[TicketView], vocab: Vocabulary) -> RepeatMatch | None:
    """The chat's latest open ticket, when the conversation is still about it (topic.same_topic):
    here the families and the written places of the two are weighed."""
    if not candidates:
        return None
    t = min(candidates, key=lambda c: c.minutes_since_reported())
    tfam, tcues, _ = split_keywords(ticket_keywords(t, vocab))
    echoed = echo(text, t.text, bool(fam and same_family(fam, tfam)))
    short_reply = echoed is not None or (agreement(text, vocab) is not None and echo(text) is not None)
    if not short_reply and deliberately_no_request(u):
        return None   # a notice, a reply between neighbours, someone handling it: no report
    own = [c for c in candidates if c.reported_by(sender_id)]
    if own and (u.request or u.location):
        mine = min(own, key=lambda c: c.minutes_since_reported())
        clash = place_conflict(u.location, mine.location, building, mine.building, supply=False)
        if (m := still_there(u, text, mine, clash, vocab)) is not None:
            return m
    cues = split_keywords(u.keywords)[1]
    related = (not fam or not tfam or same_family(fam, tfam) or escalates(fam, tfam) or escalates(tfam, fam)
               or fam.startswith(("fault_", "generic")) or tfam.startswith(("fault_", "generic")))
    if not tfam and fam and u.request and not u.model_only and agreement(t.text.lstrip(" @"), vocab) is not None:
        related = False   # "就是，物业费还涨了" filed on the model's word: a full report of a problem is its own
    if fam == tfam and is_broad(fam, vocab) and cues and tcues:
        related = False   # a category-wide family naming its own thing (dog vs drill): matched above if shared
    # without a shared cue, only a lift is one thing whatever floor the neighbour waits on; another
    # floor's or home's outage is labelled apart by most corpora
    supply = u.category == "elevator" and not u.category_guessed and t.category == "elevator"
    conflict = place_conflict(u.location, t.location, building, t.building, supply)
    if conflict is None and not supply and u.location and "也" in text \
            and not same_written_place(u.location, t.location):
        conflict = "names a place the report did not, 'too'"
    if conflict is None and not supply and home_vs_shared(text, t.text):
        conflict = "a home and a shared area"
    broad = broad_elsewhere(u, text, t, tfam, vocab)
    return (same_topic(u, text, sender_id, t, related, conflict, vocab, echoed, broad)
            or still_unfixed(u, text, sender_id, t, related, conflict, vocab, broad))
