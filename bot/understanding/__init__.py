"""Pure, deterministic understanding of chat messages: no I/O, no clock of its own."""
from .classifier import classify, parse_location
from .repeats import match_repeat
from .types import COLOR_RANK, Context, Location, RepeatMatch, TicketView, Understanding, more_urgent

__all__ = ["classify", "parse_location", "match_repeat", "COLOR_RANK", "Context", "Location",
           "RepeatMatch", "TicketView", "Understanding", "more_urgent"]
