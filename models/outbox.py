from datetime import datetime

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field, SQLModel


class OutboxRow(SQLModel, table=True):
    """A message the bot owes; written in the transaction of the change that caused it."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_due", "status", "next_attempt_at", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=32)
    chat_id: str | None = Field(default=None, max_length=128)
    user_id: str | None = Field(default=None, max_length=128)
    text: str
    mentions: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    quote_msg_id: str | None = Field(default=None, max_length=128)
    reply_token: str | None = None
    ticket_no: int | None = None
    status: str = Field(default="pending", max_length=16)   # pending / sent / parked
    attempts: int = 0
    next_attempt_at: datetime
    claimed_until: datetime | None = None
    last_error: str | None = None
    created_at: datetime
    sent_at: datetime | None = None
