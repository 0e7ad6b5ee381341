"""Shared by the repeat-linking tests: an open ticket filed from a resident's words in building
4's group, a reply only the model reads as a request, and the link a message makes to one ticket."""
from __future__ import annotations

from dataclasses import replace

from bot.understanding import Context, RepeatMatch, TicketView, Understanding, match_repeat
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.marks import Mark
from bot.understanding.vocabulary import normalise_words

RESIDENT = Context(sender_role="resident", chat_building="4")


def open_ticket(text: str, minutes: float = 5.0, reporter: str = "r1", no: int = 9) -> TicketView:
    """The open ticket `text` filed in building 4's group, last reported `minutes` ago."""
    u = classify_rules(text, RESIDENT)
    return TicketView(no=no, chat_id="b4", reporter_id=reporter, category=u.category, color=u.color,
                      location=u.location, building="4", text=text, minutes_since_last_report=minutes,
                      reporter_ids=(reporter,), keywords=u.keywords, minutes_since_report=minutes)


def model_request(text: str, category: str | None = None) -> Understanding:
    """What the rules read of `text`, made a request only the model saw (as the short replies mostly are)."""
    u = classify_rules(text, RESIDENT)
    return replace(u, request=True, color=u.color or "yellow", category=category or u.category,
                   model_only=True, reasons=("not request: no problem or ask cue", "model: request p=0.80"),
                   marks=frozenset({Mark.NO_CUE}))


def link(text: str, t: TicketView, sender: str = "r5", u: Understanding | None = None,
         building: str | None = "4") -> RepeatMatch | None:
    """What `text` from `sender` in building 4's group makes of the open ticket `t` (read by the rules
    unless `u` is given)."""
    u = u or classify_rules(text, RESIDENT)
    return match_repeat(u, normalise_words(text), sender, building, [t])
