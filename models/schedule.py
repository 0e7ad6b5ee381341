from datetime import datetime

from sqlalchemy import JSON, Column, Index, UniqueConstraint
from sqlmodel import Field, SQLModel


class Broadcast(SQLModel, table=True):
    """A scheduled message: from config.yaml, created in chat, or a built-in digest.

    `kind` is cron / every / at; `next_fire_at` is the next due time (None once done).
    Config and digest jobs are found again by (source, key) when the config is re-read.
    """

    __tablename__ = "broadcast"
    __table_args__ = (
        UniqueConstraint("source", "key", name="uq_broadcast_source_key"),
        Index("ix_broadcast_due", "active", "next_fire_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(max_length=16)               # config / chat / digest
    key: str | None = Field(default=None, max_length=128)  # config name or digest kind; None for chat
    name: str = Field(max_length=128)
    creator_id: str | None = Field(default=None, max_length=128)
    kind: str = Field(max_length=8)                  # cron / every / at
    cron: str | None = Field(default=None, max_length=128)
    every_minutes: int | None = None
    at: datetime | None = None
    anchor_at: datetime                              # interval jobs count from here
    start_at: datetime | None = None
    end_at: datetime | None = None
    targets: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    text: str
    next_fire_at: datetime | None = None
    last_fired_at: datetime | None = None
    active: bool = True
    created_at: datetime
    cancelled_at: datetime | None = None
    cancelled_by: str | None = Field(default=None, max_length=128)


class BroadcastFire(SQLModel, table=True):
    """One due time of one broadcast, claimed once: the unique key is the exactly-once guard."""

    __tablename__ = "broadcast_fire"
    __table_args__ = (UniqueConstraint("broadcast_id", "due_at", name="uq_broadcast_fire_due"),)

    id: int | None = Field(default=None, primary_key=True)
    broadcast_id: int = Field(foreign_key="broadcast.id", index=True)
    due_at: datetime
    fired_at: datetime
    outcome: str = Field(max_length=16)              # sent / empty / skipped
    messages: int = 0
    skipped: int = 0                                  # earlier due times missed and not sent
