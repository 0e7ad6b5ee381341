"""Flood limits: a sender's and a chat's messages in the sliding minute up to a message,
counted from the stored records (so several processes agree), and what happens to a
message over a limit: stored, not understood, and one notice in the group at most."""
from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy.engine import Connection
from sqlmodel import Session

from bot import claims
from bot import texts as T
from bot.context import Ctx
from bot.message import InboundMessage
from bot.services.directory import Directory
from bot.settings import Limits

log = logging.getLogger("linli.pipeline")
WINDOW = timedelta(seconds=60)
COUNT_MANY = 16         # messages whose recent traffic is counted by one statement


class Flood:
    def __init__(self, limits: Limits, directory: Directory) -> None:
        self.limits = limits
        self.directory = directory

    def count_recent(self, c: Connection | Session,
                      items: list[tuple[InboundMessage, int, datetime]]) -> list[tuple[int, int]]:
        """For each (message, record id, received at): its sender's and its chat's messages in
        the minute up to it (counted no further than two past its limit), in one statement."""
        out: list[tuple[int, int]] = []
        caps = {k: v for k, v in self.claim_params().items() if k != "window"}
        for part in (items[i:i + COUNT_MANY] for i in range(0, len(items), COUNT_MANY)):
            params: dict[str, object] = dict(caps)
            for k, (msg, record_id, received_at) in enumerate(part):
                params |= {f"sender_id{k}": msg.sender_id, f"chat_id{k}": msg.chat_id, f"platform{k}": msg.platform,
                           f"since{k}": received_at - WINDOW, f"upto{k}": record_id}
            row = c.execute(claims.recent_statement(len(part)), params).one()
            out += [(int(row[2 * k]), int(row[2 * k + 1])) for k in range(len(part))]
        return out

    def claim_params(self) -> dict[str, object]:
        """The window and caps of the counts PostgreSQL's claim makes (bot.claims._recent_of)."""
        return {"window": WINDOW, "cap_sender": self.limits.per_sender_per_minute + 2,
                "cap_chat": self.limits.per_chat_per_minute + 2}

    def over_limit(self, msg: InboundMessage, recent: tuple[int, int]) -> str | None:
        """Which budget the message is over ("sender" / "chat"), given its recent counts."""
        lim = self.limits
        if recent[0] > lim.per_sender_per_minute:
            return "sender"
        if msg.chat_id is not None and recent[1] > lim.per_chat_per_minute:
            return "chat"
        return None

    def stopped(self, ctx: Ctx, record_id: int, received_at: datetime,
                      recent: tuple[int, int] | None) -> bool:
        """Over the per-sender or per-chat budget: stored, not understood, one notice at most."""
        lim, msg = self.limits, ctx.msg
        if self.directory.is_responder(msg.sender_id):
            return False
        recent = recent or self.count_recent(ctx.session, [(msg, record_id, received_at)])[0]
        scope = self.over_limit(msg, recent)
        if scope == "sender":
            if recent[0] == lim.per_sender_per_minute + 1:
                ctx.reply(T.RATE_LIMITED_SENDER, mentions=(msg.sender_id,))
            log.warning("sender over limit", extra={"event": "rate_limited", "scope": "sender",
                                                    "sender": msg.sender_id, "chat": msg.chat_id, "msg_id": msg.msg_id})
        elif scope == "chat":
            if recent[1] == lim.per_chat_per_minute + 1:
                ctx.reply(T.RATE_LIMITED_CHAT)
            log.warning("chat over limit", extra={"event": "rate_limited", "scope": "chat",
                                                  "chat": msg.chat_id, "msg_id": msg.msg_id})
        return scope is not None
