"""Running the schedules in the app: an APScheduler AsyncIOScheduler drives `fire_due`.

The sweep runs once on start (sending what was missed within the grace time), every
`SWEEP_S` seconds, and at the exact next due time. All firing is `fire_due(engine, settings,
now)` with the app's clock, so tests and replay fire the same way by moving a clock.
"""
from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy.engine import Engine

from bot.clock import Clock, utcnow
from bot.services.broadcasts import Fired, fire_due, next_fire_at, sync_jobs
from bot.settings import Settings

log = logging.getLogger("linli.schedules")
SWEEP_S = 30


class ScheduleRunner:
    def __init__(self, engine: Engine, settings: Settings, clock: Clock, wake_outbox: asyncio.Event):
        self.engine = engine
        self.settings = settings
        self.clock = clock
        self.wake_outbox = wake_outbox
        self.scheduler: AsyncIOScheduler | None = None
        self._ticking = asyncio.Lock()

    def sync(self) -> None:
        sync_jobs(self.engine, self.settings, self.clock.now())

    def sweep(self) -> list[Fired]:
        """Fire everything due by the clock's now; wake the outbox if anything was queued."""
        fired, nxt = self._due_work()
        self._after(fired, nxt)
        return fired

    async def _tick(self) -> None:
        """The scheduled sweep: the database work in a thread (its writes wait for the database,
        the event loop must not), the outbox and the next wake-up back on the loop."""
        try:
            async with self._ticking:  # the interval and the next-due job never sweep at once
                fired, nxt = await asyncio.to_thread(self._due_work)
            self._after(fired, nxt)
        except Exception:
            log.exception("schedule sweep failed")

    def _due_work(self) -> tuple[list[Fired], datetime | None]:
        return fire_due(self.engine, self.settings, self.clock.now()), next_fire_at(self.engine)

    def _after(self, fired: list[Fired], nxt: datetime | None) -> None:
        """On the event loop: wake the outbox if anything was queued, plan the next wake-up."""
        if any(f.messages for f in fired):
            self.wake_outbox.set()
        self._plan_next(nxt)

    def _plan_next(self, nxt: datetime | None) -> None:
        """Also wake at the next due time, so a 9:00 notice goes out at 9:00, not up to SWEEP_S later."""
        if self.scheduler is None or not self.scheduler.running:
            return
        if nxt is None:
            return
        delay = max((nxt - self.clock.now()).total_seconds(), 0.0)
        if delay >= SWEEP_S:
            return
        self.scheduler.add_job(self._tick, DateTrigger(run_date=utcnow() + timedelta(seconds=delay + 0.05)),
                               id="schedules-next", replace_existing=True, misfire_grace_time=None)

    def start(self, scheduler: AsyncIOScheduler) -> None:
        """Add the sweep jobs to the app's (running) scheduler."""
        self.scheduler = scheduler
        scheduler.add_job(self._tick, IntervalTrigger(seconds=SWEEP_S), id="schedules-sweep",
                          coalesce=True, max_instances=1, misfire_grace_time=None)
        self._plan_next(next_fire_at(self.engine))
