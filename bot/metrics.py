"""Prometheus metrics (one registry per app) and the health figures both endpoints share."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.registry import Collector
from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlmodel import Session, col

from bot.clock import Clock
from models import OutboxRow, Ticket, TicketEvent


@dataclass(frozen=True, slots=True)
class Health:
    outbox_backlog: int
    outbox_parked: int
    oldest_undelivered_s: float | None


def health(engine: Engine, now: datetime) -> Health:
    """Outbox figures; raises SQLAlchemyError when the database is unreachable."""
    with Session(engine) as s:
        backlog, oldest = s.execute(select(func.count(), func.min(OutboxRow.created_at))
                                    .where(col(OutboxRow.status) == "pending")).one()
        parked = s.execute(select(func.count()).where(col(OutboxRow.status) == "parked")).scalar_one()
    if oldest is not None and oldest.tzinfo is None:  # SQLite hands back naive UTC
        oldest = oldest.replace(tzinfo=now.tzinfo)
    age = max((now - oldest).total_seconds(), 0.0) if oldest is not None else None
    return Health(int(backlog), int(parked), age)


class _DatabaseCollector(Collector):
    """Figures read from the database at scrape time (so every process reports the same)."""

    def __init__(self, engine: Engine, clock: Clock):
        self.engine, self.clock = engine, clock

    def collect(self) -> Iterator[GaugeMetricFamily | CounterMetricFamily]:
        h = health(self.engine, self.clock.now())
        yield GaugeMetricFamily("linli_outbox_backlog", "Outbound messages not yet delivered", value=h.outbox_backlog)
        yield GaugeMetricFamily("linli_outbox_parked", "Outbound messages parked after a permanent failure",
                                value=h.outbox_parked)
        yield GaugeMetricFamily("linli_outbox_oldest_undelivered_seconds", "Age of the oldest undelivered message",
                                value=h.oldest_undelivered_s or 0.0)
        tickets = GaugeMetricFamily("linli_tickets", "Tickets by colour and state", labels=["color", "state"])
        with Session(self.engine) as s:
            rows = s.execute(select(Ticket.color, Ticket.state, func.count())
                             .group_by(Ticket.color, Ticket.state)).all()
            escalations = s.execute(select(func.count()).where(
                col(TicketEvent.action).like("escalat%"))).scalar_one()
        for color, state, n in rows:
            tickets.add_metric([color, state], n)
        yield tickets
        yield CounterMetricFamily("linli_escalations", "Escalation steps taken", value=escalations)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.messages_in = Counter("linli_messages_in", "Inbound messages acknowledged", ["platform", "duplicate"],
                                   registry=r)
        self.processed_total = Counter("linli_messages_processed", "Messages processed, by outcome", ["outcome"],
                                       registry=r)
        self.tickets_filed = Counter("linli_tickets_filed", "Tickets filed by this process, by colour", ["color"],
                                     registry=r)
        self.delivery_failures = Counter("linli_delivery_failures", "Failed sends", ["permanent"], registry=r)
        self.handler_seconds = Histogram("linli_handler_seconds", "Time to process one inbound message",
                                         registry=r, buckets=(.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5))

    def watch_database(self, engine: Engine, clock: Clock) -> None:
        self.registry.register(_DatabaseCollector(engine, clock))

    def processed(self, outcome: str, color: str | None, seconds: float) -> None:
        self.processed_total.labels(outcome).inc()
        if outcome == "filed" and color:
            self.tickets_filed.labels(color).inc()
        self.handler_seconds.observe(seconds)
