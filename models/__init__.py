"""SQLModel tables only. Importing this package registers every table on SQLModel.metadata."""
from .inbound import InboundRecord
from .outbox import OutboxRow
from .pace import PaceMark
from .schedule import Broadcast, BroadcastFire
from .ticket import Counter, Ticket, TicketEvent, TicketReport

__all__ = ["InboundRecord", "OutboxRow", "PaceMark", "Counter", "Ticket", "TicketEvent", "TicketReport", "Broadcast", "BroadcastFire"]
