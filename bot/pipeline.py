"""Stored inbound messages -> router -> handlers -> services, in group-committed transactions.

A record is marked processed in the same transaction as every effect of processing it,
so a crash at any point leaves the message either untouched (and processed again on
restart) or fully processed, and two processes never both process it. The claim holds
the record (SQLite: by marking it, which takes the write lock; PostgreSQL: by locking its
row, FOR UPDATE SKIP LOCKED, and the outcome's UPDATE marks it), skips rows another
process holds, and leaves a message while an earlier one of its chat is still pending,
so several processes share the work and each chat stays in order.
"""
from __future__ import annotations

import logging
import threading
import time
import zlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.engine import Connection, Engine, RowMapping
from sqlmodel import Session, col, select

from bot import claims, deferred
from bot.ahead import Ahead, ReadAhead, claim_counts
from bot.context import Ctx
from bot.db import write_gate
from bot.dispatch import Redo, dispatch_bare, dispatch_careful, forget_changed, transient
from bot.flood import Flood
from bot.inbox import to_message
from bot.metrics import Metrics
from bot.router import Router
from bot.services.candidates import CandidateReader
from bot.services.directory import Directory
from bot.services.tickets import TicketService
from bot.settings import Settings
from bot.understanding import Understanding, build_vocabulary, default_vocabulary
from bot.understanding.commands import parse_command
from models import InboundRecord

log = logging.getLogger("linli.pipeline")
TXN_MESSAGES = 50       # messages per processing transaction at most
TXN_SECONDS = 0.02      # ... and this much work at most (replies wait for the commit)
TURN_SECONDS = 0.010    # ... and at least this much before giving way to a waiting webhook
GIVE_WAY_S = 0.001      # between transactions, how long storing may go first (never starve processing)
AHEAD = 4               # messages understood before a transaction at least (outside the write lock)
CLAIM = 4               # messages claimed by one statement


@dataclass(frozen=True, slots=True)
class Processed:
    record_id: int
    msg_id: str
    outcome: str
    ticket_no: int | None
    understanding: Understanding | None
    extra: dict


def _conversation(chat_id: str | None, platform: str, sender_id: str) -> tuple[str, ...]:
    """What a message's order is kept within: its chat, or for a private message its sender's."""
    return ("chat", chat_id) if chat_id is not None else ("private", platform, sender_id)


class Pipeline:
    def __init__(self, engine: Engine, settings: Settings, router: Router, metrics: Metrics | None = None,
                 share: tuple[int, int] | None = None):
        self.engine = engine
        self.share = share   # (k, n): worker k of n processing workers (pending_ids)
        self.settings = settings
        self.router = router
        self.directory = Directory(settings)
        self.flood = Flood(settings.limits, self.directory)
        custom = settings.understanding.model_dump(exclude_defaults=True)
        self.vocab = build_vocabulary(settings.understanding) if custom else default_vocabulary()
        self.metrics = metrics
        self.candidates = CandidateReader()  # caches what never changes on a filed ticket
        self.ahead = ReadAhead(self.directory, self.flood, self.vocab, self.candidates,
                               counted_by_claim=engine.dialect.name != "sqlite")
        # SQLite has one writer at a time: the claim marks (it must take the write lock), and a
        # transaction gives way to a webhook waiting to be stored. PostgreSQL's writers lock
        # rows: the claim only locks them, and storing never waits behind processing.
        self._serialised = engine.dialect.name == "sqlite"
        self._claim, self._finish = claims.claim_statement(self._serialised), claims.finish_statement()
        self._held, self._unclaim = claims.held_statement(self._serialised), claims.unclaim_statement()
        self._conn: Connection | None = None   # held by process_pending for its transactions
        self._claim_counts = {} if self._serialised else self.flood.claim_params()  # PostgreSQL's claim counts too

    def pending_ids(self, limit: int = 500) -> list[int]:
        """The oldest pending records, in id order; with a `share` (this is worker k of n), the
        conversations that fall to this worker first, then the others: several workers then
        mostly claim different chats instead of all reaching for the same oldest records,
        and any of them still takes what another leaves (a chat stays in id order either way)."""
        with Session(self._bind()) as s:
            q = (select(InboundRecord.id, InboundRecord.chat_id, InboundRecord.platform, InboundRecord.sender_id)
                 .where(InboundRecord.processed_at == None)  # noqa: E711
                 .order_by(col(InboundRecord.id)).limit(limit))
            rows = [(i, "\x1f".join(_conversation(chat, platform, sender)))
                    for i, chat, platform, sender in s.exec(q).all() if i is not None]
        if self.share is None:
            return [i for i, _ in rows]
        k, n = self.share
        mine = [zlib.crc32(key.encode()) % n == k for _, key in rows]
        return [i for (i, _), m in zip(rows, mine) if m] + [i for (i, _), m in zip(rows, mine) if not m]

    def process_pending(self, now: datetime, limit: int | None = None,
                        yield_to: threading.Event | None = None) -> list[Processed]:
        """Process pending records, each chat's in id order (with a worker `share`, this worker's
        chats first); at most `limit` (None: until none is left).

        Consecutive messages share one transaction (group commit: at most TXN_MESSAGES or
        TXN_SECONDS of work), which ends early (after TURN_SECONDS) when `yield_to` is
        cleared — an inbound message waits to be stored, and storing, which the platform
        is waiting on, gets the database next: before the next transaction the processor
        waits up to GIVE_WAY_S for the writer. Both bounds keep a steady stream of webhooks
        from starving processing, and processing from holding a webhook for long. On PostgreSQL
        nothing waits for processing's transaction, and `yield_to` is ignored: full transactions,
        fewer commits."""
        if not self._serialised:
            yield_to = None
        done: list[Processed] = []
        try:
            self._conn = self.engine.connect()
            while ids := self.pending_ids(500 if self.share or not limit else min(limit - len(done), 500)):
                # (sharing with other workers: a window of 500 to share out, whatever the limit)
                batch: list[Processed] = []
                got: list[Processed] = []
                while ids and not (limit and len(done) + len(batch) >= limit):
                    if self._serialised:   # PostgreSQL: no lock to keep short; the claim brings the counts
                        self.ahead.before(self.engine, ids[:max(AHEAD, len(got))])
                    if yield_to is not None:
                        yield_to.wait(timeout=GIVE_WAY_S)
                    room = limit - len(done) - len(batch) if limit else len(ids)
                    left, got = self.transaction(ids[:room], now, yield_to)
                    ids = left + ids[room:]
                    batch += got
                done += batch
                if not batch or (limit and len(done) >= limit):
                    break
        finally:
            self.ahead.entries.clear()  # what another process took meanwhile
            if self._conn is not None:
                self._conn.close()
                self._conn = None
        return done

    def _bind(self) -> Engine | Connection:
        """What a pass's sessions run on: one connection for all of process_pending's transactions
        (a connection taken from the pool is pinged first: on PostgreSQL a round trip per
        transaction, a tenth of a message's statements), else the engine."""
        return self._conn if self._conn is not None else self.engine

    def process(self, record_id: int, now: datetime) -> Processed | None:
        """Process one record in a transaction of its own (None: not claimable now)."""
        return next(iter(self.transaction([record_id], now)[1]), None)

    def transaction(self, ids: list[int], now: datetime, yield_to: threading.Event | None = None,
                    careful: bool = False) -> tuple[list[int], list[Processed]]:
        """Process a prefix of `ids` in one transaction; return the ids left and what was done.
        Any failure outside a handler rolls the whole transaction back; the messages stay
        pending and are processed again. A handler's failure costs only its own message:
        commands run in a savepoint each; other messages run without one (it is rare for
        them to fail, and a savepoint per message is a tenth of the work), and when one
        does fail — or the database refuses an outbox row or event collected for the commit
        (bot.deferred) — the transaction is rolled back and done again with a savepoint each,
        each message writing its rows at once."""
        started = time.perf_counter()
        done: list[tuple[Ctx, int, float]] = []
        finished: list[dict] = []
        taken: dict[int, Ahead] = {}   # read-ahead entries used, put back if this is done again
        todo = ids
        try:
            self.candidates.begin_pass()   # candidates kept for this transaction only
            with write_gate(self.engine), Session(self._bind()) as s:
                if not careful:   # outbox rows and ticket events: written together before the commit
                    deferred.defer(s)
                while (todo and time.perf_counter() - started < TXN_SECONDS
                       and not (done and self._turn_over(started, yield_to, len(done)))):
                    chunk, todo = todo[:CLAIM], todo[CLAIM:]
                    claimed = self._claim_chunk(s, chunk, now, [f["rid"] for f in finished])
                    self.ahead.claimed(s, claimed)
                    turned = False   # (SQLite) the turn ended inside this chunk: its rest goes back unclaimed
                    for k, rec in enumerate(claimed):
                        # SQLite: give way inside a chunk (storing waits for this lock); on
                        # PostgreSQL a claimed chunk is finished (releasing wasted its claim),
                        # so a transaction may pass TXN_MESSAGES by up to CLAIM - 1
                        if self._serialised and done and self._turn_over(started, yield_to, len(done)):
                            rest = [r["id"] for r in claimed[k:]]
                            self._release(s, rest)
                            todo, turned = rest + todo, True
                            break
                        done.append(self._one(s, rec, now, careful, taken))
                        ctx = done[-1][0]
                        finished.append({"rid": rec["id"], "out": ctx.outcome, "tno": ctx.ticket_no, "claim_at": now})
                    if turned:
                        break
                self._flush_deferred(s)
                if finished:  # marked processed (PostgreSQL) with their outcomes, together
                    s.execute(self._finish, finished)
                s.commit()
        except Redo as e:
            self.ahead.entries.update(taken)
            log.warning("a message failed; its transaction is done again, each message in a savepoint",
                        extra={"event": "redo_careful", "msg_id": e.msg_id}, exc_info=e.__cause__)
            return self.transaction(ids, now, yield_to, careful=True)
        finally:
            self.candidates.end_pass()
        out = []
        for ctx, record_id, took in done:
            msg = ctx.msg
            log.info("message processed", extra={"event": "processed", "msg_id": msg.msg_id, "chat": msg.chat_id,
                                                 "outcome": ctx.outcome, "ticket": ctx.ticket_no})
            if self.metrics:
                self.metrics.processed(ctx.outcome, ctx.understanding.color if ctx.understanding else None, took)
            out.append(Processed(record_id, msg.msg_id, ctx.outcome, ctx.ticket_no, ctx.understanding, ctx.extra))
        return todo, out

    @staticmethod
    def _flush_deferred(s: Session) -> None:
        """Write the collected rows. A row the database refuses is some message's fault, but
        which one's is unknown here: the transaction is done again carefully, where each
        message writes its own rows inside its own savepoint."""
        try:
            deferred.flush(s)
        except Exception as e:
            if transient(e):
                raise
            raise Redo("(rows written at commit)") from e

    def _one(self, s: Session, rec: RowMapping, now: datetime, careful: bool,
             taken: dict[int, Ahead]) -> tuple[Ctx, int, float]:
        """Process one claimed record: (its context, its id, seconds spent on it, read-ahead included)."""
        if (a := self.ahead.entries.pop(rec["id"], None)) is not None:
            taken[rec["id"]] = a
        t0 = time.perf_counter() - (a.seconds if a else 0.0)
        ctx = self._process_in(s, rec, a, now, careful)
        return ctx, rec["id"], time.perf_counter() - t0

    def _turn_over(self, started: float, yield_to: threading.Event | None, n: int) -> bool:
        """This transaction has done its share: full, out of time, or a webhook waits after the minimum turn."""
        took = time.perf_counter() - started
        return (n >= TXN_MESSAGES or took >= TXN_SECONDS
                or (yield_to is not None and not yield_to.is_set() and took >= TURN_SECONDS))

    def _claim_chunk(self, s: Session, rids: list[int], now: datetime, mine: list[int]) -> list[RowMapping]:
        """Claim what can be claimed of `rids`, in id order. A record another transaction holds
        (PostgreSQL) keeps the later messages of its conversation unclaimed, so each chat (and
        each sender's private messages) stays in order."""
        got = sorted(s.execute(self._claim, {"rids": rids, "skip": rids + mine, "claim_at": now,
                                             **self._claim_counts}).mappings().all(),
                     key=lambda r: r["id"])
        if len(got) < len(rids):
            claimed = {r["id"] for r in got}
            held = s.execute(self._held, {"rids": [i for i in rids if i not in claimed]}).all()
            first_held: dict[tuple[str, ...], int] = {}
            for rid, chat, platform, sender in held:
                key = _conversation(chat, platform, sender)
                first_held[key] = min(rid, first_held.get(key, rid))
            behind = [r["id"] for r in got
                      if (k := _conversation(r["chat_id"], r["platform"], r["sender_id"])) in first_held
                      and r["id"] > first_held[k]]
            if behind:
                self._release(s, behind)
                got = [r for r in got if r["id"] not in set(behind)]
        return got

    def _recent(self, rec: RowMapping) -> tuple[int, int] | None:
        """The flood counts PostgreSQL's claim brought (None on SQLite: counted when read ahead)."""
        return None if self._serialised else claim_counts(rec)

    def _release(self, s: Session, rids: list[int]) -> None:
        """Give claimed records back: unmark them (SQLite); on PostgreSQL they were never marked,
        and their row locks go with the transaction."""
        if self._serialised:
            s.execute(self._unclaim, {"rids": rids})

    def _process_in(self, s: Session, rec: RowMapping, ahead: Ahead | None, now: datetime, careful: bool) -> Ctx:
        msg = to_message(rec)
        ctx = Ctx(msg=msg, session=s, directory=self.directory, settings=self.settings, now=now,
                  command=parse_command(msg.text, msg.quote_text),
                  tickets=TicketService(s, self.directory, self.settings, now, self.vocab, self.candidates),
                  vocab=self.vocab, ahead=ahead.understanding if ahead else None)
        if self.ahead.unknown_chat(msg):
            ctx.outcome = "unknown_chat"
            log.info("message from unknown chat ignored",
                     extra={"event": "unknown_chat", "chat": msg.chat_id, "msg_id": msg.msg_id})
        elif self.flood.stopped(ctx, rec["id"], rec["received_at"], ahead.recent if ahead else self._recent(rec)):
            ctx.outcome = "rate_limited"
        elif careful or ctx.command is not None:
            dispatch_careful(self.router, ctx)
        else:
            dispatch_bare(self.router, ctx)
        forget_changed(self.candidates, ctx, command=parse_command(msg.text, msg.quote_text) is not None)
        s.flush()  # the next message of this transaction reads these effects (some reads are Core)
        return ctx
