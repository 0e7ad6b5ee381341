from datetime import datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel


class PaceMark(SQLModel, table=True):
    """One send counted against a platform's rate budget (a WeCom group robot's 20 a minute),
    written by whichever process chose the send, so every process on the database draws on
    the same budget (migration 0007)."""

    __tablename__ = "pace_mark"
    __table_args__ = (Index("ix_pace_mark_key_at", "key", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=160)
    at: datetime             # when the send was chosen; moved to when the platform answered
    cost: int = 1            # sends it takes (a long text split into parts)
    outbox_id: int = Field(index=True)
