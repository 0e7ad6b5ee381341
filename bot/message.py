"""The one normalised message every part past the adapters sees."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class InboundMessage:
    """A chat message, flattened from whatever platform payload carried it.

    `chat_id` is None for a private message to the bot. `reply_token` is an
    opaque, adapter-owned handle (e.g. a WeCom smart-robot response_url) that
    the same adapter may use when answering; nothing else interprets it.
    """

    platform: str
    msg_id: str
    chat_id: str | None
    sender_id: str
    text: str
    ts: datetime
    sender_name: str | None = None
    mentions: tuple[str, ...] = ()
    quote_msg_id: str | None = None
    quote_text: str | None = None
    reply_token: str | None = None


@dataclass(frozen=True, slots=True)
class OutboundMessage:
    """A message the bot owes, as the outbox hands it to an adapter.

    Exactly one of `chat_id` / `user_id` is set.
    """

    id: int
    platform: str
    text: str
    chat_id: str | None = None
    user_id: str | None = None
    mentions: tuple[str, ...] = ()
    quote_msg_id: str | None = None
    reply_token: str | None = None
    ticket_no: int | None = None
    meta: dict = field(default_factory=dict)
