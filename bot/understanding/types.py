"""Value types of understanding: what a message is, where, how urgent, and why."""
from __future__ import annotations

from dataclasses import dataclass, field

from .marks import Mark

COLOR_RANK = {"red": 0, "orange": 1, "yellow": 2, "blue": 3}


@dataclass(frozen=True, slots=True)
class Location:
    """A place as written in the text, each part a string of Arabic digits or None."""

    building: str | None = None
    unit: str | None = None
    floor: str | None = None
    room: str | None = None

    def is_empty(self) -> bool:
        return not (self.building or self.unit or self.floor or self.room)

    def as_dict(self) -> dict[str, str | None]:
        return {"building": self.building, "unit": self.unit, "floor": self.floor, "room": self.room}


@dataclass(frozen=True, slots=True)
class Context:
    """What is known around a message besides its text."""

    sender_role: str = "resident"            # resident / leader / chief / staff
    chat_building: str | None = None          # building id of the chat, if it is a building's group
    known_buildings: frozenset[str] = frozenset()
    addressed_bot: bool = False               # the message @-mentions the bot


@dataclass(frozen=True, slots=True)
class Story:
    """A story of another place told in a message (a forward, news, hearsay: telling.elsewhere_span), as the rules
    read it: the model may be asked about the words said of this place (news_elsewhere.py)."""

    marker: str                               # the word that opens the story (网上说, 转发, 外省…)
    here: str                                 # the words about this place beside it (telling.story_of), normalised
    closed: bool                              # it turns back here in a known word (咱们小区); else it runs to the end
    back: int                                 # where the text turns back here (its length when it never does)


@dataclass(frozen=True, slots=True)
class Understanding:
    request: bool
    color: str | None
    category: str | None
    location: Location | None
    reasons: tuple[str, ...] = ()
    fixed_report: bool = False                # says a problem is already fixed / over
    keywords: tuple[str, ...] = field(default=())  # the problem's salient terms, for repeat detection
    model_only: bool = False                  # a request only the statistical model saw (no rule cue)
    category_guessed: bool = False            # the model's category in place of 'other' (no cue named one)
    marks: frozenset[Mark] = frozenset()      # named facts later steps decide on (marks.py); reasons are for people
    story: Story | None = None                # a story of another place the rules set its words aside for


def more_urgent(a: str | None, b: str | None) -> str | None:
    """The more urgent of two colours (None counts as least urgent)."""
    if a is None:
        return b
    if b is None:
        return a
    return a if COLOR_RANK[a] <= COLOR_RANK[b] else b


@dataclass(frozen=True, slots=True)
class TicketView:
    """What repeat and follow-up detection may know of an open ticket."""

    no: int
    chat_id: str | None
    reporter_id: str
    category: str | None
    color: str | None
    location: Location | None                 # as written in its first report
    building: str | None                      # effective building (text, else the chat's)
    text: str
    minutes_since_last_report: float = 0.0
    reporter_ids: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()            # Understanding.keywords of its first report (else re-derived from text)
    minutes_since_report: float | None = None  # since its latest report (None: unknown, use the field above)

    def minutes_since_reported(self) -> float:
        """Minutes since a resident last reported it (not since a deadline or a responder moved it)."""
        return self.minutes_since_last_report if self.minutes_since_report is None else self.minutes_since_report

    def reported_by(self, sender_id: str) -> bool:
        """Whether this sender filed it or already reported it."""
        return sender_id == self.reporter_id or sender_id in self.reporter_ids


@dataclass(frozen=True, slots=True)
class RepeatMatch:
    ticket_no: int
    kind: str                                  # "repeat" (another report) or "follow_up" (same sender adds detail)
    reasons: tuple[str, ...] = ()
