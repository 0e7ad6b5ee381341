"""SQLModel tables only. Importing this package registers every table on SQLModel.metadata."""
from .inbound import InboundRecord
from .outbox import OutboxRow
from .schedule import Broadcast, BroadcastFire
from .ticket import Counter, Ticket, TicketEvent, TicketReport

__all__ = ["InboundRecord", "OutboxRow", "Counter", "Ticket", "TicketEvent", "TicketReport", "Broadcast", "BroadcastFire"]
