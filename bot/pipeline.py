"""Stored inbound messages -> router -> handlers -> services, one transaction per message.

The claim (marking the record processed) commits together with every effect of
processing it, so a crash at any point leaves the message either untouched (and
processed again on restart) or fully processed, and two processes never both
process it. On PostgreSQL the claim skips rows another process holds (FOR UPDATE
SKIP LOCKED) and waits while an earlier message of the same chat is still
pending, so several processes share the work and each chat stays in order.
"""
from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import exists, func, update
from sqlalchemy import select as sa_select
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from bot import texts as T
from bot.context import Ctx
from bot.inbox import to_message
from bot.metrics import Metrics
from bot.router import Router
from bot.services.directory import Directory
from bot.services.tickets import TicketError, TicketService
from bot.settings import Settings
from bot.understanding import Understanding, build_vocabulary, default_vocabulary
from bot.understanding.commands import parse_command
from models import InboundRecord

log = logging.getLogger("linli.pipeline")
WINDOW = timedelta(seconds=60)


@dataclass(frozen=True, slots=True)
class Processed:
    record_id: int
    msg_id: str
    outcome: str
    ticket_no: int | None
    understanding: Understanding | None
    extra: dict


def _claim_statement(record_id: int, now: datetime):  # type: ignore[no-untyped-def]
    """UPDATE the record as processed if it is pending, not held by another transaction
    (SKIP LOCKED; ignored on SQLite, whose writers are serialised anyway) and no earlier
    message of its chat is still pending."""
    t = InboundRecord.__table__  # type: ignore[attr-defined]
    cand, earlier = t.alias("cand"), t.alias("earlier")
    earlier_pending = exists().where(earlier.c.chat_id == cand.c.chat_id, earlier.c.processed_at.is_(None),
                                     earlier.c.id < cand.c.id)
    pick = (sa_select(cand.c.id).where(cand.c.id == record_id, cand.c.processed_at.is_(None), ~earlier_pending)
            .with_for_update(skip_locked=True).scalar_subquery())
    return update(t).where(t.c.id == pick).values(processed_at=now)


class Pipeline:
    def __init__(self, engine: Engine, settings: Settings, router: Router, metrics: Metrics | None = None):
        self.engine = engine
        self.settings = settings
        self.router = router
        self.directory = Directory(settings)
        custom = settings.understanding.model_dump(exclude_defaults=True)
        self.vocab = build_vocabulary(settings.understanding) if custom else default_vocabulary()
        self.metrics = metrics

    def pending_ids(self, limit: int = 500) -> list[int]:
        with Session(self.engine) as s:
            q = (select(InboundRecord.id).where(InboundRecord.processed_at == None)  # noqa: E711
                 .order_by(col(InboundRecord.id)).limit(limit))
            return [i for i in s.exec(q).all() if i is not None]

    def process_pending(self, now: datetime, limit: int | None = None,
                        yield_to: threading.Event | None = None) -> list[Processed]:
        """Process pending records in id order; at most `limit` (None: until none is left).

        `yield_to` is set while no inbound message waits to be stored: before each message
        the processor waits for it (briefly), so storing — which the platform is waiting
        on — always gets the database first."""
        done: list[Processed] = []
        while ids := self.pending_ids(min(limit - len(done), 500) if limit else 500):
            batch = []
            for i in ids:
                if yield_to is not None:
                    yield_to.wait(timeout=0.2)
                if (p := self.process(i, now)) is not None:
                    batch.append(p)
            done += batch
            if not batch or (limit and len(done) >= limit):
                break
        return done

    def process(self, record_id: int, now: datetime) -> Processed | None:
        started = time.perf_counter()
        with Session(self.engine) as s:
            claimed = s.exec(_claim_statement(record_id, now))  # type: ignore[call-overload]
            if claimed.rowcount != 1:
                s.rollback()
                return None
            rec = s.get(InboundRecord, record_id)
            assert rec is not None
            msg = to_message(rec)
            ctx = Ctx(msg=msg, session=s, directory=self.directory, settings=self.settings, now=now,
                      command=parse_command(msg.text, msg.quote_text),
                      tickets=TicketService(s, self.directory, self.settings, now, self.vocab), vocab=self.vocab)
            if msg.chat_id is not None and not self.directory.is_served_chat(msg.chat_id):
                ctx.outcome = "unknown_chat"
                log.info("message from unknown chat ignored",
                         extra={"event": "unknown_chat", "chat": msg.chat_id, "msg_id": msg.msg_id})
            elif self._rate_limited(ctx, rec):
                ctx.outcome = "rate_limited"
            else:
                self._dispatch(ctx)
            rec.outcome, rec.ticket_no = ctx.outcome, ctx.ticket_no
            s.add(rec)
            s.commit()
        log.info("message processed", extra={"event": "processed", "msg_id": msg.msg_id, "chat": msg.chat_id,
                                             "outcome": ctx.outcome, "ticket": ctx.ticket_no})
        if self.metrics:
            color = ctx.understanding.color if ctx.understanding else None
            self.metrics.processed(ctx.outcome, color, time.perf_counter() - started)
        return Processed(record_id, msg.msg_id, ctx.outcome, ctx.ticket_no, ctx.understanding, ctx.extra)

    def _recent(self, s: Session, rec: InboundRecord, column, value) -> int:  # type: ignore[no-untyped-def]
        q = sa_select(func.count()).select_from(InboundRecord).where(
            column == value, col(InboundRecord.platform) == rec.platform,
            col(InboundRecord.received_at) > rec.received_at - WINDOW,
            col(InboundRecord.id) <= rec.id)
        return int(s.execute(q).scalar_one())

    def _rate_limited(self, ctx: Ctx, rec: InboundRecord) -> bool:
        """Over the per-sender or per-chat budget: stored, not understood, one notice at most."""
        lim = self.settings.limits
        if self.directory.is_responder(rec.sender_id):
            return False
        n_sender = self._recent(ctx.session, rec, col(InboundRecord.sender_id), rec.sender_id)
        if n_sender > lim.per_sender_per_minute:
            if n_sender == lim.per_sender_per_minute + 1:
                ctx.reply(T.RATE_LIMITED_SENDER, mentions=(rec.sender_id,))
            log.warning("sender over limit", extra={"event": "rate_limited", "scope": "sender",
                                                    "sender": rec.sender_id, "chat": rec.chat_id, "msg_id": rec.msg_id})
            return True
        if rec.chat_id is not None:
            n_chat = self._recent(ctx.session, rec, col(InboundRecord.chat_id), rec.chat_id)
            if n_chat > lim.per_chat_per_minute:
                if n_chat == lim.per_chat_per_minute + 1:
                    ctx.reply(T.RATE_LIMITED_CHAT)
                log.warning("chat over limit", extra={"event": "rate_limited", "scope": "chat",
                                                      "chat": rec.chat_id, "msg_id": rec.msg_id})
                return True
        return False

    def _dispatch(self, ctx: Ctx) -> None:
        savepoint = ctx.session.begin_nested()
        try:
            self.router.dispatch(ctx)
            savepoint.commit()
        except TicketError as e:
            savepoint.rollback()
            ctx.reply(str(e))
            ctx.outcome, ctx.ticket_no = "refused", None
        except Exception:
            savepoint.rollback()
            log.exception("handler failed", extra={"event": "handler_error", "msg_id": ctx.msg.msg_id,
                                                    "chat": ctx.msg.chat_id})
            ctx.outcome, ctx.ticket_no = "error", None
