"""Inbound messages are stored (deduplicated) before the platform gets its 200."""
from __future__ import annotations

import logging

from aiohttp import web
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError
from sqlmodel import Session

from bot import appkeys as K
from bot.message import InboundMessage
from models import InboundRecord

log = logging.getLogger("linli.inbox")


def store_inbound(engine: Engine, msg: InboundMessage, now) -> bool:  # type: ignore[no-untyped-def]
    """Store a message; False when the same platform message id was stored before."""
    rec = InboundRecord(
        platform=msg.platform, msg_id=msg.msg_id, chat_id=msg.chat_id, sender_id=msg.sender_id,
        sender_name=msg.sender_name, text=msg.text, ts=msg.ts, mentions=list(msg.mentions),
        quote_msg_id=msg.quote_msg_id, quote_text=msg.quote_text, reply_token=msg.reply_token,
        received_at=now,
    )
    with Session(engine) as session:
        session.add(rec)
        try:
            session.commit()
        except IntegrityError:
            session.rollback()
            return False
    return True


def to_message(rec: InboundRecord) -> InboundMessage:
    return InboundMessage(
        platform=rec.platform, msg_id=rec.msg_id, chat_id=rec.chat_id, sender_id=rec.sender_id,
        text=rec.text, ts=rec.ts, sender_name=rec.sender_name, mentions=tuple(rec.mentions or ()),
        quote_msg_id=rec.quote_msg_id, quote_text=rec.quote_text, reply_token=rec.reply_token,
    )


async def accept(app: web.Application, msg: InboundMessage) -> bool:
    """Durably store `msg` and wake the processor. Raises 503 when storage is unavailable,
    so the platform retries instead of losing the message."""
    try:
        new = store_inbound(app[K.ENGINE], msg, app[K.CLOCK].now())
    except (OperationalError, SQLAlchemyError) as e:
        log.error("inbound store failed", extra={"event": "store_failed", "error": type(e).__name__})
        raise web.HTTPServiceUnavailable(text="storage unavailable, retry later") from None
    app[K.METRICS].messages_in.labels(msg.platform, str(not new).lower()).inc()
    if new:
        app[K.WAKE_PROCESSOR].set()
    else:
        log.info("duplicate inbound", extra={"event": "duplicate", "msg_id": msg.msg_id})
    return new
