"""Reading messages before their handler does: understanding them (it is pure) and counting
their recent traffic, so that (SQLite) it happens outside the write lock, and so that the
open tickets of a claimed chunk's conversations can be read in one statement before its
messages are processed (bot.pipeline runs it)."""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from sqlalchemy import select as sa_select
from sqlalchemy.engine import Engine, RowMapping
from sqlmodel import Session

from bot.context import understand
from bot.flood import Flood
from bot.inbox import to_message
from bot.message import InboundMessage
from bot.services.candidates import CandidateReader
from bot.services.directory import Directory
from bot.understanding import Understanding, Vocabulary, could_match
from bot.understanding.commands import parse_command
from models import InboundRecord

log = logging.getLogger("linli.pipeline")


@dataclass(frozen=True, slots=True)
class Ahead:
    """What is read of a message before its handler runs."""
    understanding: Understanding | None    # None: not read ahead (a command, an unknown chat, over a limit)
    recent: tuple[int, int] | None         # messages of its sender and its chat in the minute up to it
    seconds: float                         # time spent reading it (counted with its processing)


def claim_counts(rec: RowMapping) -> tuple[int, int]:
    """The flood counts PostgreSQL's claim brought with a record (bot.claims._recent_of)."""
    return int(rec["recent_sender"]), int(rec["recent_chat"])


class ReadAhead:
    def __init__(self, directory: Directory, flood: Flood, vocab: Vocabulary | None,
                 candidates: CandidateReader, counted_by_claim: bool) -> None:
        self.directory, self.flood, self.vocab, self.candidates = directory, flood, vocab, candidates
        self.counted_by_claim = counted_by_claim   # PostgreSQL: the claim returns each record's counts
        self.entries: dict[int, Ahead] = {}  # record id -> read before its handler

    def unknown_chat(self, msg: InboundMessage) -> bool:
        return msg.chat_id is not None and not self.directory.is_served_chat(msg.chat_id)

    def before(self, engine: Engine, ids: list[int]) -> None:
        """Read the next messages before their transaction: understanding them and counting
        their sender's and chat's recent messages then happen outside the write lock (on
        SQLite, storing waits for that lock). Both are reads of stored, immutable rows. SQLite
        only: on PostgreSQL nothing waits for processing's row locks, and the read would be a
        round trip of its own per chunk (the claim returns the rows and their counts instead)."""
        todo = [i for i in ids if i not in self.entries]
        if not todo:
            return
        t = InboundRecord.__table__  # type: ignore[attr-defined]
        with engine.connect() as c:
            rows = c.execute(sa_select(t).where(t.c.id.in_(todo), t.c.processed_at.is_(None))).mappings().all()
            t0 = time.perf_counter()
            msgs = [to_message(row) for row in rows]
            counted = [(m, row["id"], row["received_at"]) for m, row in zip(msgs, rows)
                       if not self.directory.is_responder(m.sender_id)]
            recents = dict(zip((rid for _, rid, _ in counted), self.flood.count_recent(c, counted)))
            share = (time.perf_counter() - t0) / max(len(rows), 1)
        for msg, row in zip(msgs, rows):
            self._read_one(row["id"], msg, recents.get(row["id"]), share)

    def claimed(self, s: Session, claimed: list[RowMapping]) -> None:
        """Before a claimed chunk is processed: understand what was not read ahead (PostgreSQL:
        all of it; the claim brought the flood counts), and read the open tickets of the
        conversations whose messages repeat detection will compare with them, in one
        statement instead of one per message."""
        msgs = {rec["id"]: to_message(rec) for rec in claimed}
        unread = [(msgs[rec["id"]], rec) for rec in claimed if rec["id"] not in self.entries]
        counted = [(m, rec) for m, rec in unread if not self.directory.is_responder(m.sender_id)]
        if self.counted_by_claim:
            recents = {rec["id"]: claim_counts(rec) for _, rec in counted}
        else:   # SQLite's claim brings no counts: all of the chunk's in one statement
            got = self.flood.count_recent(s, [(m, rec["id"], rec["received_at"]) for m, rec in counted]) if counted else []
            recents = {rec["id"]: n for (_, rec), n in zip(counted, got)}
        for m, rec in unread:
            self._read_one(rec["id"], m, recents.get(rec["id"]))
        self.candidates.prefetch(s, [m for rid, m in msgs.items()
                                     if (a := self.entries.get(rid)) and (u := a.understanding) is not None
                                     and (u.fixed_report or could_match(u, m.text, self.vocab))])

    def _read_one(self, record_id: int, msg: InboundMessage, recent: tuple[int, int] | None,
                  share: float = 0.0) -> None:
        """Understand one message before its handler would: not a command, an unknown chat's
        or one over a limit (`recent`: its counts, None for a responder)."""
        t0 = time.perf_counter() - share
        u = None
        if (parse_command(msg.text, msg.quote_text) is None and not self.unknown_chat(msg)
                and not (recent and self.flood.over_limit(msg, recent))):
            try:
                u = understand(msg, self.directory, self.vocab)
            except Exception:  # the handler meets it again, inside its savepoint: outcome "error"
                log.exception("reading ahead failed", extra={"event": "ahead_error", "msg_id": msg.msg_id})
        self.entries[record_id] = Ahead(u, recent, time.perf_counter() - t0)
