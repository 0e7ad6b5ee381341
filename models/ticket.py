from datetime import datetime

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field, SQLModel


class Counter(SQLModel, table=True):
    """Named monotonic counters (ticket numbers are never reused)."""

    name: str = Field(primary_key=True, max_length=64)
    value: int = 0


class Ticket(SQLModel, table=True):
    __table_args__ = (
        Index("ix_ticket_next_due", "next_due_at"),
        Index("ix_ticket_chat_state", "chat_id", "state"),
        Index("ix_ticket_holder_state", "holder_id", "state"),
    )

    id: int | None = Field(default=None, primary_key=True)
    no: int = Field(unique=True)
    state: str = Field(default="open", max_length=16)  # open / acknowledged / resolved / closed / returned
    color: str = Field(max_length=8)
    category: str = Field(max_length=32)
    text: str
    building: str | None = Field(default=None, max_length=32)
    unit: str | None = Field(default=None, max_length=16)
    floor: str | None = Field(default=None, max_length=16)
    room: str | None = Field(default=None, max_length=16)
    written_location: dict | None = Field(default=None, sa_column=Column(JSON))
    platform: str = Field(max_length=32)
    chat_id: str | None = Field(default=None, max_length=128)
    source_msg_id: str = Field(max_length=128)
    reporter_id: str = Field(max_length=128)
    reporter_name: str | None = Field(default=None, max_length=128)
    reporters: int = 1
    holder_id: str | None = Field(default=None, max_length=128)
    holder_level: int = 0  # index into chain
    chain: list[dict] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    ack_due_at: datetime | None = None
    resolve_due_at: datetime | None = None
    next_due_at: datetime | None = None  # earliest pending deadline step, for the sweeper
    created_at: datetime
    updated_at: datetime
    acknowledged_at: datetime | None = None
    resolved_at: datetime | None = None
    closed_at: datetime | None = None
    reasons: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    keywords: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    fixed_reported_at: datetime | None = None  # a resident said it is fixed: offered to the holder to close
    # deadlines (escalation): minutes copied from config when the clocks start, and step state
    ack_minutes: int = 0
    resolve_minutes: int = 0
    step_seq: int = 0  # bumped by every sweeper step: the compare-and-set that claims a step
    overdue_level: int | None = None  # chain index of the superior last sent an overdue notice
    overdue_count: int = 0
    last_notice_at: datetime | None = None
    escalations: int = 0
    # closing the loop with the resident
    rating: int | None = None  # 1 满意 / 2 基本满意 / 3 不满意
    rated_at: datetime | None = None
    reopened: int = 0


class TicketReport(SQLModel, table=True):
    """Each message filed under or merged into a ticket, with its sender."""

    __tablename__ = "ticket_report"
    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int = Field(foreign_key="ticket.id", index=True)
    msg_id: str = Field(max_length=128, index=True)
    sender_id: str = Field(max_length=128, index=True)
    kind: str = Field(max_length=16)  # first / repeat / follow_up
    text: str
    at: datetime


class TicketEvent(SQLModel, table=True):
    """Append-only log: who did what to a ticket, when, and why."""

    __tablename__ = "ticket_event"
    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int = Field(foreign_key="ticket.id", index=True)
    at: datetime
    actor_id: str | None = Field(default=None, max_length=128)
    action: str = Field(max_length=32)
    detail: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
