"""Stored inbound messages -> router -> handlers -> services, one transaction per message.

The claim (marking the record processed) commits together with every effect of
processing it, so a crash at any point leaves the message either untouched (and
processed again on restart) or fully processed, and two processes never both
process it.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from bot.context import Ctx
from bot.inbox import to_message
from bot.router import Router
from bot.services.directory import Directory
from bot.services.tickets import TicketError, TicketService
from bot.settings import Settings
from bot.understanding import Understanding, build_vocabulary, default_vocabulary
from bot.understanding.commands import parse_command
from models import InboundRecord

log = logging.getLogger("linli.pipeline")


@dataclass(frozen=True, slots=True)
class Processed:
    record_id: int
    msg_id: str
    outcome: str
    ticket_no: int | None
    understanding: Understanding | None
    extra: dict


class Pipeline:
    def __init__(self, engine: Engine, settings: Settings, router: Router):
        self.engine = engine
        self.settings = settings
        self.router = router
        self.directory = Directory(settings)
        custom = settings.understanding.model_dump(exclude_defaults=True)
        self.vocab = build_vocabulary(settings.understanding) if custom else default_vocabulary()

    def pending_ids(self, limit: int = 500) -> list[int]:
        with Session(self.engine) as s:
            q = (select(InboundRecord.id).where(InboundRecord.processed_at == None)  # noqa: E711
                 .order_by(col(InboundRecord.id)).limit(limit))
            return [i for i in s.exec(q).all() if i is not None]

    def process_pending(self, now: datetime) -> list[Processed]:
        done: list[Processed] = []
        while ids := self.pending_ids():
            batch = [p for i in ids if (p := self.process(i, now)) is not None]
            done += batch
            if not batch:
                break
        return done

    def process(self, record_id: int, now: datetime) -> Processed | None:
        with Session(self.engine) as s:
            claimed = s.exec(update(InboundRecord)  # type: ignore[call-overload]
                             .where(InboundRecord.id == record_id, InboundRecord.processed_at == None)  # noqa: E711
                             .values(processed_at=now))
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
            else:
                self._dispatch(ctx)
            rec.outcome, rec.ticket_no = ctx.outcome, ctx.ticket_no
            s.add(rec)
            s.commit()
            return Processed(record_id, msg.msg_id, ctx.outcome, ctx.ticket_no, ctx.understanding, ctx.extra)

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
            log.exception("handler failed", extra={"event": "handler_error", "msg_id": ctx.msg.msg_id})
            ctx.outcome, ctx.ticket_no = "error", None
