from datetime import datetime

from sqlalchemy import JSON, Column, Index, UniqueConstraint, text
from sqlmodel import Field, SQLModel


class InboundRecord(SQLModel, table=True):
    """Every message acknowledged to a platform, stored before the 200."""

    __tablename__ = "inbound"
    __table_args__ = (
        UniqueConstraint("platform", "msg_id", name="uq_inbound_platform_msg"),
        # pending records only (partial): finding the next ones, and an earlier pending message of
        # a chat, never walks past the processed (nor, on PostgreSQL, their dead index entries)
        Index("ix_inbound_pending_id", "id", sqlite_where=text("processed_at IS NULL"),
              postgresql_where=text("processed_at IS NULL")),
        Index("ix_inbound_pending_chat", "chat_id", "id", sqlite_where=text("processed_at IS NULL"),
              postgresql_where=text("processed_at IS NULL")),
        # the flood limits count a sender's and a chat's messages of the last minute from these
        # alone (index-only: every column the count reads is in the index); each leads with its
        # own column, so neither can serve the other's count (migration 0005)
        Index("ix_inbound_sender_window", "sender_id", "platform", "received_at", "id"),
        Index("ix_inbound_chat_window", "chat_id", "platform", "received_at", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=32)
    msg_id: str = Field(max_length=128)
    chat_id: str | None = Field(default=None, max_length=128)
    sender_id: str = Field(max_length=128)
    sender_name: str | None = Field(default=None, max_length=128)
    text: str
    ts: datetime
    mentions: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    quote_msg_id: str | None = Field(default=None, max_length=128)
    quote_text: str | None = None
    reply_token: str | None = None
    received_at: datetime
    processed_at: datetime | None = None
    ticket_no: int | None = None      # the ticket this message was filed under or merged into
    outcome: str | None = Field(default=None, max_length=32)  # filed / merged / command / ignored / ...
