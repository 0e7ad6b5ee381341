"""What a handler gets: the message, its parsed command, and bound services."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlmodel import Session

from bot.message import InboundMessage
from bot.outbox import enqueue
from bot.services.directory import Directory
from bot.services.tickets import TicketService
from bot.settings import Settings
from bot.understanding import Context, Understanding, Vocabulary, classify
from bot.understanding.commands import Command


@dataclass
class Ctx:
    msg: InboundMessage
    session: Session
    directory: Directory
    settings: Settings
    now: datetime
    command: Command | None
    tickets: TicketService
    vocab: Vocabulary | None = None
    # filled by handlers for the caller (replay predictions, logs)
    understanding: Understanding | None = None
    ahead: Understanding | None = None  # understood before the transaction (it is pure, so it may be)
    outcome: str = "ignored"
    ticket_no: int | None = None
    extra: dict = field(default_factory=dict)

    @property
    def sender(self) -> str:
        return self.msg.sender_id

    @property
    def role(self) -> str:
        return self.directory.role_of(self.msg.sender_id)

    def reply(self, text: str, *, quote: bool = False, mentions: tuple[str, ...] = ()) -> None:
        """Answer where the message came from: its group, or the sender privately."""
        m = self.msg
        if m.chat_id is not None:
            enqueue(self.session, self.now, platform=m.platform, chat_id=m.chat_id, text=text,
                    mentions=mentions, quote_msg_id=m.msg_id if quote else None, reply_token=m.reply_token)
        else:
            enqueue(self.session, self.now, platform=m.platform, user_id=m.sender_id, text=text,
                    reply_token=m.reply_token)

    def understand(self) -> Understanding:
        self.understanding = self.ahead if self.ahead is not None else understand(self.msg, self.directory, self.vocab)
        return self.understanding


def understand(msg: InboundMessage, d: Directory, vocab: Vocabulary | None) -> Understanding:
    """What a message says, read in its chat's context (pure: the directory is configuration)."""
    context = Context(sender_role=d.role_of(msg.sender_id), chat_building=d.building_of_chat(msg.chat_id),
                      known_buildings=frozenset(d.buildings))
    return classify(msg.text, context, vocab)
