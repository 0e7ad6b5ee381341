"""Inbound messages are stored (deduplicated) before the platform gets its 200.

Webhook handlers hand each message to one `InboundWriter`, which commits whatever has
queued up meanwhile in one transaction, off the event loop (group commit): one lock and
one fsync for many messages, and a webhook never blocks the loop waiting for the
database. Each handler still answers only after its message is committed.
"""
from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Mapping, Sequence
from typing import Any

from aiohttp import web
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError
from sqlmodel import Session, col, select

from bot import appkeys as K
from bot.db import plain_insert, write_gate
from bot.message import InboundMessage
from models import InboundRecord

log = logging.getLogger("linli.inbox")


def store_inbound(engine: Engine, msg: InboundMessage, now) -> bool:  # type: ignore[no-untyped-def]
    """Store a message; False when the same platform message id was stored before."""
    try:
        with write_gate(engine), engine.begin() as c:
            c.execute(plain_insert(InboundRecord), _row(msg, now))
    except IntegrityError:
        return False
    return True


def _row(msg: InboundMessage, now) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    return dict(platform=msg.platform, msg_id=msg.msg_id, chat_id=msg.chat_id, sender_id=msg.sender_id,
                sender_name=msg.sender_name, text=msg.text, ts=msg.ts, mentions=list(msg.mentions),
                quote_msg_id=msg.quote_msg_id, quote_text=msg.quote_text, reply_token=msg.reply_token,
                received_at=now, processed_at=None, ticket_no=None, outcome=None)


def store_batch(engine: Engine, msgs: Sequence[InboundMessage], now) -> list[bool]:  # type: ignore[no-untyped-def]
    """Store many messages in one transaction; per message, False when it was stored before.
    Rows are built before the write lock is taken, and inserted in one statement."""
    keys = {(m.platform, m.msg_id) for m in msgs}
    ids_by_platform: dict[str, set[str]] = {}
    for platform, mid in keys:
        ids_by_platform.setdefault(platform, set()).add(mid)
    known: set[tuple[str, str]] = set()
    with Session(engine) as session:  # a read of its own: the write below starts with its write
        for platform, mids in ids_by_platform.items():
            q = select(InboundRecord.platform, InboundRecord.msg_id).where(
                InboundRecord.platform == platform, col(InboundRecord.msg_id).in_(mids))
            known |= {(p, m) for p, m in session.exec(q).all()}
    out, rows = [], []
    for m in msgs:
        key = (m.platform, m.msg_id)
        out.append(key not in known)
        if key not in known:
            known.add(key)  # a second copy in the same batch is a duplicate too
            rows.append(_row(m, now))
    if not rows:
        return out
    try:
        with write_gate(engine), engine.begin() as c:
            c.execute(plain_insert(InboundRecord), rows)
    except IntegrityError:  # another process stored one of them meanwhile: one at a time
        return [store_inbound(engine, m, now) if new else False for m, new in zip(msgs, out)]
    return out


class InboundWriter:
    """Group commit for webhooks: `await accept(msg)` returns once `msg` is durably stored."""

    def __init__(self, engine: Engine, clock, wake: asyncio.Event, max_batch: int = 256):  # type: ignore[no-untyped-def]
        self.engine, self.clock, self.wake, self.max_batch = engine, clock, wake, max_batch
        self.queue: asyncio.Queue[tuple[InboundMessage, asyncio.Future[bool]]] = asyncio.Queue()
        # set while nothing waits to be stored (processing yields to us); a bot.workers.SharedFlag
        # instead when processing runs in worker processes
        self.idle: threading.Event | Any = threading.Event()
        self.idle.set()

    async def accept(self, msg: InboundMessage) -> bool:
        fut: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self.idle.clear()
        self.queue.put_nowait((msg, fut))
        return await fut

    async def run(self) -> None:
        while True:
            batch = [await self.queue.get()]
            while len(batch) < self.max_batch and not self.queue.empty():
                batch.append(self.queue.get_nowait())
            try:
                results = await asyncio.to_thread(store_batch, self.engine, [m for m, _ in batch], self.clock.now())
            except Exception as e:  # storage down: every waiting webhook answers 503
                if self.queue.empty():
                    self.idle.set()
                for _, fut in batch:
                    if not fut.done():
                        fut.set_exception(e)
                continue
            for (_, fut), new in zip(batch, results):
                if not fut.done():
                    fut.set_result(new)
            if self.queue.empty():
                self.idle.set()
            if any(results):
                self.wake.set()


def to_message(rec: InboundRecord | Mapping[str, Any]) -> InboundMessage:
    """The message of a stored record: the model, or a row of the inbound table read by Core."""
    r = rec.__getitem__ if isinstance(rec, Mapping) else rec.__getattribute__
    return InboundMessage(
        platform=r("platform"), msg_id=r("msg_id"), chat_id=r("chat_id"), sender_id=r("sender_id"),
        text=r("text"), ts=r("ts"), sender_name=r("sender_name"), mentions=tuple(r("mentions") or ()),
        quote_msg_id=r("quote_msg_id"), quote_text=r("quote_text"), reply_token=r("reply_token"),
    )


async def accept(app: web.Application, msg: InboundMessage) -> bool:
    """Durably store `msg` and wake the processor. Raises 503 when storage is unavailable,
    so the platform retries instead of losing the message."""
    try:
        new = await app[K.INBOX].accept(msg)
    except (OperationalError, SQLAlchemyError) as e:
        log.error("inbound store failed", extra={"event": "store_failed", "error": type(e).__name__,
                                                 "detail": str(e).splitlines()[0][:200]})
        raise web.HTTPServiceUnavailable(text="storage unavailable, retry later") from None
    app[K.METRICS].messages_in.labels(msg.platform, str(not new).lower()).inc()
    if not new:
        log.info("duplicate inbound", extra={"event": "duplicate", "msg_id": msg.msg_id})
    return new
