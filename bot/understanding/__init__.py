"""Pure, deterministic understanding of chat messages: no I/O, no clock of its own."""
from .classifier import classify as classify_rules
from .classifier import explain, normalise, parse_location
from .hybrid import classify
from .config import UnderstandingConfig
from .fixed_match import match_fixed
from .repeats import could_match, match_repeat
from .types import COLOR_RANK, Context, Location, RepeatMatch, TicketView, Understanding, more_urgent
from .vocabulary import Vocabulary, build_vocabulary, default_vocabulary

__all__ = ["classify", "classify_rules", "explain", "normalise", "parse_location", "match_repeat", "match_fixed", "could_match", "build_vocabulary",
           "default_vocabulary", "Vocabulary", "UnderstandingConfig", "COLOR_RANK", "Context", "Location",
           "RepeatMatch", "TicketView", "Understanding", "more_urgent"]
