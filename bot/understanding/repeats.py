"""Repeat and follow-up detection against the open tickets of a chat.

A *repeat* is another report of the same problem at the same place: the same
problem family (topic) or, failing that, the same category with a "me too /
again" marker or very similar text; places must not contradict (different
building, or different unit / floor / room when both are written; different
building parts such as 地下室 vs 家里). A more urgent repeat still matches (the
ticket's colour is raised by the ticket service).

A *follow-up* is a message from the ticket's reporter adding detail shortly
after ("2单元 左边那部"), possibly not a request itself, and not a new problem
of another kind.
"""
from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz

from .types import Location, RepeatMatch, TicketView, Understanding

# Problems that are about a whole building's supply: inner places do not split them.
_BUILDING_WIDE = {"heating_cold", "no_water", "no_power", "no_gas", "generic_outage", "utility_q", "noise_square",
                  "parking"}
_FOLLOW_UP_MINUTES = 60.0
_REPEAT_MINUTES = 7 * 24 * 60.0
_SHORT = 40


def _topics(keywords: Sequence[str]) -> set[str]:
    return {k for k in keywords if not k.startswith("@")}


def _places(keywords: Sequence[str]) -> set[str]:
    return {k[1:] for k in keywords if k.startswith("@")}


def _ticket_keywords(t: TicketView) -> tuple[str, ...]:
    if t.keywords:
        return t.keywords
    from .classifier import classify  # fallback: understand the ticket's first report again

    return classify(t.text).keywords


def _place_conflict(a: Location | None, b: Location | None, building_a: str | None, building_b: str | None,
                    wide: bool) -> str | None:
    if building_a and building_b and building_a != building_b:
        return f"different building ({building_a} vs {building_b})"
    if a is None or b is None or wide:
        return None
    for part in ("unit", "floor", "room"):
        x, y = getattr(a, part), getattr(b, part)
        if x and y and x != y:
            return f"different {part} ({x} vs {y})"
    return None


def _has_repeat_marker(text: str) -> bool:
    from .vocabulary import default_vocabulary

    return any(m in text for m in default_vocabulary().words.get("repeat", ()))


def match_repeat(u: Understanding, text: str, sender_id: str, building: str | None,
                 candidates: Sequence[TicketView]) -> RepeatMatch | None:
    """The open ticket (most recent first) this message repeats or follows up, if any."""
    topics = _topics(u.keywords)
    places = _places(u.keywords)
    if u.fixed_report:
        return None
    for t in candidates:
        tkw = _ticket_keywords(t)
        ttopics, tplaces = _topics(tkw), _places(tkw)
        shared = topics & ttopics
        wide = bool(shared) and shared <= _BUILDING_WIDE
        conflict = _place_conflict(u.location, t.location, building, t.building, wide)
        if conflict:
            continue
        same_sender = sender_id == t.reporter_id or sender_id in t.reporter_ids
        # follow-up: same reporter, soon after, adds detail without naming another kind of problem
        if same_sender and t.minutes_since_last_report <= _FOLLOW_UP_MINUTES and len(text) <= _SHORT * 2:
            other_problem = u.request and u.category and u.category != t.category and not shared
            if not other_problem and (shared or u.location or u.request or (not topics and len(text) <= _SHORT)):
                if u.request or u.location or shared:
                    return RepeatMatch(t.no, "follow_up", (f"same reporter adds detail to #{t.no}",))
        if not u.request or t.minutes_since_last_report > _REPEAT_MINUTES:
            continue
        if places and tplaces and not (places & tplaces) and not wide:
            continue
        if shared:
            return RepeatMatch(t.no, "repeat", (f"same problem ({', '.join(sorted(shared))}) as #{t.no}",))
        if u.category and u.category == t.category and not (topics and ttopics):
            if _has_repeat_marker(text) or fuzz.partial_ratio(text, t.text) >= 70:
                return RepeatMatch(t.no, "repeat", (f"same category {u.category}, says it again, as #{t.no}",))
    return None
