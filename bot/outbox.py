"""The outbox: services write rows in their transaction; a worker delivers them.

Delivery is at-least-once with a claim lease, in id order per destination
(a failed head-of-line message holds back later ones to the same chat or
person, so a conversation never arrives out of order), with exponential
backoff for transient failures and parking for permanent ones.
"""
from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Mapping
from datetime import datetime, timedelta

from sqlalchemy import func, or_, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from bot.adapters.base import Adapter, DeliveryError, Pace
from bot.clock import Clock, utcnow
from bot.message import OutboundMessage
from bot.settings import OutboxSettings
from bot import deferred, pacing
from bot.db import write_gate
from bot.metrics import Metrics
from models import OutboxRow

log = logging.getLogger("linli.outbox")

BATCH = 500


def enqueue(session: Session, now: datetime, *, platform: str, text: str, chat_id: str | None = None,
            user_id: str | None = None, mentions: tuple[str, ...] | list[str] = (),
            quote_msg_id: str | None = None, reply_token: str | None = None,
            ticket_no: int | None = None) -> None:
    """Add an owed message to the caller's transaction (in call order, so rows of one
    destination are delivered in the order they were owed; inserted now, or with the
    transaction's other rows before it commits when the session defers them: bot.deferred)."""
    if (chat_id is None) == (user_id is None):
        raise ValueError("exactly one of chat_id / user_id")
    deferred.insert(session, OutboxRow, dict(
        platform=platform, chat_id=chat_id, user_id=user_id, text=text, mentions=list(mentions),
        quote_msg_id=quote_msg_id, reply_token=reply_token, ticket_no=ticket_no, status="pending", attempts=0,
        next_attempt_at=now, created_at=now))


RECORD_S = 0.05  # how often finished sends of a pass are recorded
RELEASE_S = 10.0  # how often a platform that answers releases rows another process backed off
UNREACHABLE = "unreachable: "  # last_error prefix of a send the platform never answered


def backoff_s(attempts: int, cap: float = 300) -> float:
    return float(min(2 ** max(attempts - 1, 0), cap))


def _to_message(r: OutboxRow) -> OutboundMessage:
    return OutboundMessage(id=r.id or 0, platform=r.platform, text=r.text, chat_id=r.chat_id,
                           user_id=r.user_id, mentions=tuple(r.mentions or ()),
                           quote_msg_id=r.quote_msg_id, reply_token=r.reply_token, ticket_no=r.ticket_no)


class OutboxWorker:
    def __init__(self, engine: Engine, adapters: Mapping[str, Adapter], clock: Clock,
                 wake: asyncio.Event, settings: OutboxSettings = OutboxSettings(),
                 metrics: Metrics | None = None, poll_s: float = 5.0):
        self.engine = engine
        self.poll_s = poll_s  # longest wait without a wake-up
        self.adapters = adapters
        self.clock = clock
        self.wake = wake
        self.lease = timedelta(seconds=settings.lease_seconds)
        self.max_backoff = settings.max_backoff_seconds
        self.sem = asyncio.Semaphore(settings.concurrency)
        self.metrics = metrics
        # per platform, when a send it answers next releases its backed-off "unreachable" rows:
        # at once after a start and after an outage this process saw, else RELEASE_S after the
        # last release (rows another process backed off)
        self._release_at: dict[str, float] = {}
        self._paced: dict[int, datetime] = {}  # rows held whose sends count against a budget: when chosen

    def _eligible(self, now: datetime) -> tuple[list[tuple[OutboxRow, Pace | None]], float]:
        """Head-of-line due rows, one per destination, each with the send budget it draws on;
        and seconds until the next could be due."""
        # the oldest pending row of each destination: a backlog in one chat never hides the others
        heads = (select(func.min(OutboxRow.id)).where(OutboxRow.status == "pending")
                 .group_by(OutboxRow.platform, OutboxRow.chat_id, OutboxRow.user_id))
        with Session(self.engine) as s:
            rows = s.exec(select(OutboxRow).where(col(OutboxRow.id).in_(heads))
                          .order_by(col(OutboxRow.id)).limit(BATCH)).all()
        seen: set[tuple] = set()
        out: list[tuple[OutboxRow, Pace | None]] = []
        next_in = 5.0
        for r in rows:
            dest = (r.platform, r.chat_id, r.user_id)
            if dest in seen:
                continue
            seen.add(dest)
            if r.next_attempt_at > now:
                next_in = min(next_in, (r.next_attempt_at - now).total_seconds())
                continue
            if r.claimed_until is not None and r.claimed_until > now:
                next_in = min(next_in, (r.claimed_until - now).total_seconds())
                continue
            adapter = self.adapters.get(r.platform)
            out.append((r, adapter.pace(_to_message(r)) if adapter else None))
        return out, next_in

    def _claim_all(self, rows: list[tuple[OutboxRow, Pace | None]], now: datetime) -> tuple[set[int], float]:
        """Lease the rows that fit their send budgets, counting them against the budgets, in one
        transaction; the ids this worker now holds, and seconds until a budget lets another go."""
        t = OutboxRow.__table__  # type: ignore[attr-defined]
        paced = {r.id or 0: pace for r, pace in rows if pace is not None}
        with write_gate(self.engine), self.engine.begin() as c:
            wall = utcnow()   # (after the gate: a mark is dated when this process may decide)
            marks = pacing.count(c, paced.values(), wall)  # (locks the budgets first)
            ids, wait = pacing.choose(((r.id or 0, pace) for r, pace in rows), marks)
            if not ids:
                return set(), wait
            claim = (update(t).where(t.c.id.in_(ids), t.c.status == "pending",
                                     or_(t.c.claimed_until.is_(None), t.c.claimed_until < now))
                     .values(claimed_until=now + self.lease).returning(t.c.id))
            held = set(c.execute(claim).scalars())
            counted = [(i, paced[i]) for i in ids if i in held and i in paced]
            pacing.record(c, counted, wall)
        self._paced.update((i, wall) for i, _ in counted)
        return held, wait

    def _finish_all(self, outcomes: list[tuple[OutboxRow, DeliveryError | None]], now: datetime) -> None:
        """Record every attempt of a pass in one transaction: sent, retried later, or parked."""
        t = OutboxRow.__table__  # type: ignore[attr-defined]
        sent = [row.id for row, error in outcomes if error is None]
        failed: list[tuple[int | None, dict[str, object]]] = []
        for row, error in outcomes:
            if error is None:
                continue
            reason = (UNREACHABLE if error.unreachable else "") + error.reason
            values: dict[str, object] = {"claimed_until": None, "attempts": t.c.attempts + 1,
                                         "last_error": reason[:500]}
            if error.unreachable:
                self._release_at[row.platform] = -math.inf
            if error.permanent:
                values["status"] = "parked"
                log.error("outbox message parked", extra={"event": "parked", "outbox_id": row.id,
                                                          "reason": error.reason[:200]})
            else:
                delay = (error.retry_after if error.retry_after is not None
                         else backoff_s((row.attempts or 0) + 1, self.max_backoff))
                values["next_attempt_at"] = now + timedelta(seconds=delay)
            failed.append((row.id, values))
        # the platform answers again: what waited out its outage is due now, not at its backoff
        answered = {row.platform for row, error in outcomes
                    if error is None and time.monotonic() >= self._release_at.get(row.platform, -math.inf)}
        with write_gate(self.engine), self.engine.begin() as c:
            pacing.answered(c, [(row.id, self._paced[row.id]) for row, _ in outcomes
                                if row.id is not None and row.id in self._paced], utcnow())
            if sent:
                c.execute(update(t).where(t.c.id.in_(sent)).values(
                    status="sent", sent_at=now, last_error=None, claimed_until=None))
            for row_id, values in failed:
                c.execute(update(t).where(t.c.id == row_id).values(**values))
            for platform in answered:
                c.execute(update(t).where(
                    t.c.platform == platform, t.c.status == "pending", t.c.next_attempt_at > now,
                    t.c.last_error.startswith(UNREACHABLE)).values(next_attempt_at=now))
        self._release_at.update(dict.fromkeys(answered, time.monotonic() + RELEASE_S))
        for row, _ in outcomes:
            self._paced.pop(row.id or 0, None)
        if self.metrics:  # counted once recorded: a pass that fails to record is retried, not counted twice
            for _, error in outcomes:
                if error is not None:
                    self.metrics.delivery_failures.labels(str(error.permanent).lower()).inc()

    async def _send(self, row: OutboxRow) -> tuple[OutboxRow, DeliveryError | None]:
        adapter = self.adapters.get(row.platform)
        msg = _to_message(row)
        async with self.sem:
            if adapter is None:
                return row, DeliveryError(f"no adapter for platform {row.platform}", permanent=True)
            try:
                await adapter.send(msg)
            except DeliveryError as e:
                log.warning("delivery failed", extra={"event": "delivery_failed", "outbox_id": msg.id,
                                                      "reason": e.reason[:200], "permanent": e.permanent})
                return row, e
            except Exception as e:  # an adapter bug must not kill the worker
                log.exception("adapter crashed")
                return row, DeliveryError(f"{type(e).__name__}: {e}")
            return row, None

    async def deliver_due(self) -> float:
        """Deliver every head-of-line due message; returns seconds until more may be due.
        The database work runs in a worker thread, so the event loop (answering webhooks)
        never waits on a lock: a pass's claims in one transaction, and results recorded as
        sends finish (every RECORD_S), so a slow send does not hold back the record of the
        fast ones; on shutdown what was sent is recorded before the worker stops."""
        while True:
            now = self.clock.now()
            candidates, next_in = await asyncio.to_thread(self._eligible, now)
            held, wait = (await asyncio.to_thread(self._claim_all, candidates, now) if candidates
                          else (set(), next_in))
            rows = [r for r, _ in candidates if r.id in held]
            if not rows:
                return max(min(next_in, wait), 0.05)
            await self._deliver_and_record(rows)

    async def _deliver_and_record(self, rows: list[OutboxRow]) -> None:
        tasks = {asyncio.create_task(self._send(r)) for r in rows}
        pending, recorded = set(tasks), set()
        try:
            while pending:
                done, pending = await asyncio.wait(pending, timeout=RECORD_S)
                if done:
                    recorded |= done  # (if recording fails, the lease brings them back: at least once)
                    await asyncio.to_thread(self._finish_all, [t.result() for t in done], self.clock.now())
        except BaseException:
            for t in pending:
                t.cancel()
            # sends that completed are on the platform: record them now, or they go out twice
            self._finish_all([t.result() for t in tasks - recorded
                              if t.done() and not t.cancelled() and t.exception() is None], self.clock.now())
            raise

    async def run(self) -> None:
        while True:
            self.wake.clear()  # before the pass: a row owed while it runs wakes the next one
            try:
                next_in = await self.deliver_due()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("outbox pass failed")
                next_in = 1.0
            try:
                await asyncio.wait_for(self.wake.wait(), timeout=min(next_in, self.poll_s))
            except TimeoutError:
                pass
