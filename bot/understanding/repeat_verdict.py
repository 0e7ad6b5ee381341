"""Whether a message repeats or follows up one open ticket, given how the ticket stands to it.

In turn: the reporter adding detail within the hour (a follow-up); a smell that grows after a gas or smoke
report; a message that is no request of its own (only a short "me too" soon after, or the thing the model
read still there); a family that handles whatever hazard was just reported; a ticket too old, or hours old
and not told as still there; places that differ; and the same problem by a shared cue, the same place
still, a repeat word with similar text. A "me too" of a category-wide kind soon after is kept aside
(`me_too`): taken only if no ticket shares more. Pure functions over `repeat_reading.MessageReading`,
`repeat_kinship.Kinship` and the ticket.
"""
from __future__ import annotations

from rapidfuzz import fuzz

from .home_or_shared import as_place
from .likeness import cue_parts, families, is_broad
from .me_too import other_thing_seen
from .own_thing import names_own_thing
from .repeat_kinship import CORROBORATE_MINUTES, REPEAT_MINUTES, Kinship
from .repeat_reading import BY_THE_WAY, MessageReading
from .still_same import same_spot
from .ticket_reach import another_home, outage
from .topic import another_thing, shared_object, still_reported
from .types import RepeatMatch, TicketView
from .vocab_data import OUTAGE_FAMILIES
from .vocab_topic import OTHER_THING
from .vocabulary import Vocabulary
from .written_places import one_place, specific_place_match

_FOLLOW_UP_MINUTES = 60.0
_SHORT = 40
_ME_TOO_MINUTES = 120.0
# Beyond this, a report of the same kind joins a ticket only when it says the problem is still there.
_STALE_MINUTES = 120.0

Verdict = tuple[RepeatMatch | None, RepeatMatch | None]   # (the match, a "me too" kept aside)


def verdict(r: MessageReading, t: TicketView, k: Kinship, same_sender: bool, building: str | None,
            vocab: Vocabulary) -> Verdict:
    """The match with this ticket, if any, and a "me too" to keep aside (module doc)."""
    u = r.u
    if (m := _follow_up(r, t, k, same_sender)) is not None:
        return m, None
    if k.smell_link:
        return RepeatMatch(t.no, "repeat", (f"the smell reported in #{t.no}",)), None
    if not u.request:
        return _unasked(r, t, vocab), None
    if r.attaches:
        # "cordon it off": about the urgent hazard just reported, whatever its kind
        if t.color in ("red", "orange") and t.minutes_since_last_report <= CORROBORATE_MINUTES:
            return RepeatMatch(t.no, "repeat", (f"'{r.fam}' handles the hazard of #{t.no}",)), None
        return None, None
    if t.minutes_since_last_report > REPEAT_MINUTES or u.color == "blue" or t.color == "blue":
        return None, None
    if _stale(r, t, k, building, vocab):
        return None, None
    if r.places and k.tplaces and not (r.places & k.tplaces) and not (k.supply or k.stack):
        return None, None
    if k.link:
        return RepeatMatch(t.no, "repeat", (k.link,)), None
    if k.same and k.compatible:
        return _same_problem(r, t, k, vocab)
    if r.generic and not r.fam and t.minutes_since_last_report <= CORROBORATE_MINUTES and r.corroborates:
        return RepeatMatch(t.no, "repeat", (f"'{r.corroborates}' about #{t.no}",)), None
    return None, None


def _follow_up(r: MessageReading, t: TicketView, k: Kinship, same_sender: bool) -> RepeatMatch | None:
    """The ticket's reporter adding detail within the hour, naming no other problem."""
    u, asked, text, fam = r.u, r.asked, r.text, r.fam
    # a consultation's asker asking again is another question, answered on its own
    consult_again = t.color == "blue" and asked.request
    # a reply only the model reads: "又跳了" is the problem once more, "顺便..." another thing
    own_words = u.request or u.location or (asked.request and "又" not in text and BY_THE_WAY not in text)
    if (same_sender and t.minutes_since_last_report <= _FOLLOW_UP_MINUTES and len(text) <= 2 * _SHORT
            and not consult_again):
        # ...naming the ticket's main problem, or another its report named too (老鼠 after 垃圾房...老鼠)
        # (a category only the model read, with a place and no problem the rules read, names no other thing:
        # "补一句 我是2单元1602 那机器就在窗户对面" is where the reporter lives; "还有..." tells another thing)
        if ((k.compatible or (u.model_only and not fam and u.location and another_thing(text, t.text, ()) is None))
                and own_words and (not fam or k.same or r.generic or fam in families(k.tkw))):
            return RepeatMatch(t.no, "follow_up", (f"same reporter adds detail to #{t.no}",))
    return None


def _unasked(r: MessageReading, t: TicketView, vocab: Vocabulary) -> RepeatMatch | None:
    """A message that is no request of its own: the thing the model read still there, or a short "me too"."""
    u, text = r.u, r.text
    if r.asked.request and (m := still_reported(u, text, t, vocab)) is not None:
        return m   # "那个扶手还是没修", "102还在冒": only the model reads a request, the thing is the ticket's
    if (r.corroborates and not r.fam and len(text) <= _SHORT
            and t.minutes_since_last_report <= CORROBORATE_MINUTES
            and not (another_home(u, t) and not outage(t, vocab))
            and other_thing_seen(text, t, vocab) is None):
        return RepeatMatch(t.no, "repeat", (f"'{r.corroborates}': corroborates #{t.no}",))
    return None


def _stale(r: MessageReading, t: TicketView, k: Kinship, building: str | None, vocab: Vocabulary) -> bool:
    """Hours after the report, a report of the same kind not told as that thing still there."""
    u, text, fam, cues = r.u, r.text, r.fam, r.cues
    if t.minutes_since_reported() > _STALE_MINUTES and not same_spot(u, text, t, fam, k.tfam, building):
        if not r.waits or (u.location and u.location.building and not t.building):
            return True   # hours later the same kind is another one unless "still" (and no building not the report's)
        # (an outage still out is the outage's, not a fault of no named kind: "堵了" hours before "还没来水")
        if not ((fam in OUTAGE_FAMILIES and k.tfam != "generic_fault") or r.status_ask
                or cue_parts(cues) & cue_parts(k.tcues) or cues & k.tcues
                or shared_object(text, t.text, vocab.words.get("object", ()))
                or (k.same and one_place(u.location, t.location))):
            return True   # ...and the "still" is about that thing: a word of it shared, not only the family
    return False


def _same_problem(r: MessageReading, t: TicketView, k: Kinship, vocab: Vocabulary) -> Verdict:
    """The same problem: a specific family, or a category-wide one with a cue, a place or similar text shared."""
    u, text, fam, cues, tcues = r.u, r.text, r.fam, r.cues, k.tcues
    fam_broad = is_broad(fam, vocab) and not k.escalated
    if (r.another or any(w in text for w in OTHER_THING)) and (fam_broad or BY_THE_WAY in text):
        return None, None   # "another household is at it too", "顺便消个杀": a second source, another thing
    if not fam_broad:
        return RepeatMatch(t.no, "repeat", (f"same problem ({fam}) as #{t.no}",)), None
    shared = cues & tcues or {c for c in cues for d in tcues | cue_parts(tcues) if c != d and (c in d or d in c)}
    real = {c for c in shared if not (c in r.place_words and (as_place(c, text) or as_place(c, t.text)))}
    if shared and not real and (cues - shared) and (tcues - shared):
        return None, None   # only the place is shared (草坪上...): each names its own, different problem
    if shared:
        return RepeatMatch(t.no, "repeat", (f"same {fam}, same cue '{sorted(shared)[0]}' as #{t.no}",)), None
    if (r.waits and not r.another and one_place(u.location, t.location)
            and names_own_thing(text, cues, t.text, tcues, vocab.words.get("object", ()), r.place_words) is None):
        return RepeatMatch(t.no, "repeat", (f"same {fam} still there at the same place as #{t.no}",)), None
    me_too = None
    if r.corroborates and not r.differs and t.minutes_since_last_report <= _ME_TOO_MINUTES:
        me_too = RepeatMatch(t.no, "repeat", (f"'{r.corroborates}': the same {fam} soon after #{t.no}",))
    if r.marker and fuzz.partial_ratio(text, t.text) >= 60:
        return RepeatMatch(t.no, "repeat", (f"'{r.marker}' and similar text to #{t.no}",)), me_too
    if "generic_fault" in (fam, k.tfam) and specific_place_match(u.location, t.location):
        return RepeatMatch(t.no, "repeat", (f"same {u.category} fault at the same spot as #{t.no}",)), me_too
    return None, me_too
