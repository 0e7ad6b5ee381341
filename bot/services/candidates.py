"""The open tickets a new message may join, read for repeat detection.

Intake reads them for most messages, so the read is cheap: prepared statements, plain
rows instead of ORM objects, and a bounded per-process cache of the parts of a ticket
that never change once it is filed (number, chat, first reporter, building, text,
written place, keywords), checked against the ticket's source message (a rolled-back
insert may leave its id to another ticket). What can change — colour, category, last
report time, reporters — is read fresh every time, so the cache is safe with several
processes.

Within one processing transaction the reader may also keep the rows it read per
conversation (`begin_pass`): the pipeline reads the candidates of a claimed chunk's
conversations in one statement (`prefetch`, one round trip instead of one per message)
and says which conversations a message changed (`forget`, `forget_all`), so a later message
of the same chat reads again and sees a ticket filed or merged before it."""
from __future__ import annotations

import functools
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Integer, bindparam, literal_column, union_all
from sqlalchemy import select as sa_select
from sqlalchemy.orm import Session

from bot.clock import aware
from bot.message import InboundMessage
from bot.understanding import Location, TicketView
from models import Ticket, TicketReport

ACTIVE = ("open", "acknowledged")
CANDIDATES = 30


@dataclass(frozen=True, slots=True)
class _Filed:
    """What a ticket was filed with; never updated afterwards."""
    source_msg_id: str      # tells this ticket from another that reused its id (a rolled-back insert)
    no: int
    chat_id: str | None
    reporter_id: str
    building: str | None
    text: str
    location: Location | None
    keywords: tuple[str, ...]

    @classmethod
    def of(cls, t: Any) -> _Filed:
        """From a ticket row or a Ticket: what it was filed with."""
        return cls(t.source_msg_id, t.no, t.chat_id, t.reporter_id, t.building, t.text,
                   Location(**t.written_location) if t.written_location else None, tuple(t.keywords or ()))


Key = tuple[str, str]


def conversation(msg: InboundMessage) -> Key:
    """Whose open tickets a message reads: its chat's, or (a private message) its sender's private ones."""
    return ("chat", msg.chat_id) if msg.chat_id else ("private", msg.sender_id)


def _open_of(key: Key, k: int = 0):  # type: ignore[no-untyped-def]
    """The newest :n open, not-reported-fixed tickets of one conversation (:chat{k} / :reporter{k})."""
    t = Ticket.__table__  # type: ignore[attr-defined]
    where = [t.c.state.in_(ACTIVE), t.c.fixed_reported_at.is_(None)]
    where += ([t.c.chat_id == bindparam(f"chat{k}")] if key[0] == "chat"
              else [t.c.chat_id.is_(None), t.c.reporter_id == bindparam(f"reporter{k}")])
    return (sa_select(literal_column(str(k), Integer).label("k"), t.c.id, t.c.source_msg_id, t.c.category,
                      t.c.color, t.c.updated_at)
            .where(*where).order_by(t.c.id.desc()).limit(bindparam("n")))


@functools.cache
def _open_statement(kinds: tuple[str, ...]):  # type: ignore[no-untyped-def]
    """Open, not-reported-fixed tickets of each conversation of `kinds` ("chat": of :chat{k};
    "private": private ones of :reporter{k}), newest first, each with its reports (sender,
    time; oldest first; none: one row of nulls), in one statement (a UNION ALL of one
    bounded index range per conversation, the same on SQLite and PostgreSQL); `k` tells the
    conversation of a row."""
    r = TicketReport.__table__  # type: ignore[attr-defined]
    parts = [_open_of((kind, ""), k) for k, kind in enumerate(kinds)]
    open_ = (parts[0] if len(parts) == 1
             else union_all(*[sa_select(p.subquery()) for p in parts])).subquery("open_")
    return (sa_select(open_, r.c.sender_id, r.c.at)
            .outerjoin(r, r.c.ticket_id == open_.c.id).order_by(open_.c.k, open_.c.id.desc(), r.c.id))


@functools.cache
def _filed_statement():  # type: ignore[no-untyped-def]
    t = Ticket.__table__  # type: ignore[attr-defined]
    return sa_select(t.c.id, t.c.source_msg_id, t.c.no, t.c.chat_id, t.c.reporter_id, t.c.building, t.c.text, t.c.written_location,
                     t.c.keywords).where(t.c.id.in_(bindparam("ids", expanding=True)))


class CandidateReader:
    def __init__(self, cache_size: int = 20_000) -> None:
        self.cache_size = cache_size
        self._filed: OrderedDict[int, _Filed] = OrderedDict()
        self._pass: dict[Key, list[Any]] | None = None   # within a transaction: rows read per conversation

    def begin_pass(self) -> None:
        """Keep the rows read from now on, until `end_pass`; the caller must `forget` what it changes."""
        self._pass = {}

    def end_pass(self) -> None:
        self._pass = None

    def forget(self, msg: InboundMessage) -> None:
        """The message may have changed its conversation's tickets: read them again."""
        if self._pass is not None:
            self._pass.pop(conversation(msg), None)

    def forget_all(self) -> None:
        if self._pass is not None:
            self._pass.clear()

    def prefetch(self, s: Session, msgs: list[InboundMessage]) -> None:
        """Read the candidates of the conversations of `msgs` not kept yet, in one statement (in a pass)."""
        if self._pass is None:
            return
        keys = list(dict.fromkeys(k for m in msgs if (k := conversation(m)) not in self._pass))
        if not keys:
            return
        params: dict[str, object] = {"n": CANDIDATES}
        for k, (kind, who) in enumerate(keys):
            params[f"chat{k}" if kind == "chat" else f"reporter{k}"] = who
        rows = s.execute(_open_statement(tuple(kind for kind, _ in keys)), params).all()
        for key in keys:
            self._pass[key] = []
        for r in rows:
            self._pass[keys[r.k]].append(r)
        self._lookup(s, {r.id: r.source_msg_id for r in rows})   # what is not cached yet, in one statement too

    def _rows(self, s: Session, msg: InboundMessage, limit: int) -> list[Any]:
        key = conversation(msg)
        kept = self._pass.get(key) if self._pass is not None and limit == CANDIDATES else None
        if kept is not None:
            return kept
        params = {"chat0" if key[0] == "chat" else "reporter0": key[1], "n": limit}
        rows = list(s.execute(_open_statement((key[0],)), params).all())
        if self._pass is not None and limit == CANDIDATES:
            self._pass[key] = rows
        return rows

    def read(self, s: Session, msg: InboundMessage, now: datetime, limit: int = CANDIDATES) -> list[TicketView]:
        """Its chat's open tickets (a private message: its sender's private ones), most recent
        first, not already reported fixed, as the views repeat detection takes."""
        rows = self._rows(s, msg, limit)
        if not rows:
            return []
        tickets = {r.id: r for r in rows}  # in order, newest first
        reporters: dict[int, list[str]] = {}
        reported: dict[int, datetime] = {}   # when each was last reported (updated_at also moves on escalation)
        for r in rows:
            if r.sender_id is not None:
                reporters.setdefault(r.id, []).append(r.sender_id)
                at = aware(r.at)
                reported[r.id] = max(reported.get(r.id, at), at)
        filed = self._lookup(s, {i: r.source_msg_id for i, r in tickets.items()})
        return [TicketView(no=f.no, chat_id=f.chat_id, reporter_id=f.reporter_id, category=r.category,
                           color=r.color, building=f.building, text=f.text, location=f.location,
                           minutes_since_last_report=(now - r.updated_at).total_seconds() / 60,
                           reporter_ids=tuple(dict.fromkeys(reporters.get(i, []))), keywords=f.keywords,
                           minutes_since_report=((now - reported[i]).total_seconds() / 60
                                                 if i in reported else None))
                for i, r in tickets.items() if (f := filed[i])]

    def remember(self, t: Ticket) -> None:
        """A ticket just filed: what never changes on it, so the next read need not fetch it."""
        if t.id is not None and t.source_msg_id is not None:
            self._put(t.id, _Filed.of(t))

    def _lookup(self, s: Session, sources: dict[int, str]) -> dict[int, _Filed]:
        """`sources`: ticket id -> the message it was filed from (a cached entry must match)."""
        out = {i: f for i, src in sources.items() if (f := self._filed.get(i)) is not None and f.source_msg_id == src}
        if missing := [i for i in sources if i not in out]:
            for r in s.execute(_filed_statement(), {"ids": missing}).all():
                out[r.id] = _Filed.of(r)
                self._put(r.id, out[r.id])
        for i in sources:
            if i in self._filed:
                self._filed.move_to_end(i)
        return out

    def _put(self, ticket_id: int, filed: _Filed) -> None:
        self._filed[ticket_id] = filed
        self._filed.move_to_end(ticket_id)
        while len(self._filed) > self.cache_size:
            self._filed.popitem(last=False)
