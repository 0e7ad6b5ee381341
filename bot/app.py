"""The one app factory: create_app(settings) with a cleanup context for every resource."""
from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from aiohttp import ClientSession, ClientTimeout, web
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot import appkeys as K
from bot.adapters import build_adapters
from bot.clock import Clock
from bot.db import Checkpoints, init_schema, is_sqlite_file, make_engine
from bot.metrics import Metrics
from bot.worker_metrics import RELAY_S
from bot.ops import add_ops_routes
from bot.inbox import InboundWriter
from bot.logs import known_secrets
from bot.outbox import OutboxWorker
from bot.pipeline import Pipeline
from bot.schedules.runtime import ScheduleRunner
from bot.services.deadlines import Sweeper
from bot.settings import Settings
from bot.workers import Workers
from handlers import build_router

log = logging.getLogger("linli.app")
PROCESS_BATCH = 20


async def _database(app: web.Application) -> AsyncIterator[None]:
    engine = make_engine(app[K.SETTINGS].database, app[K.SETTINGS].database_timeout_s, background_checkpoints=True)
    init_schema(engine)
    app[K.ENGINE] = engine
    app[K.METRICS].watch_database(engine, app[K.CLOCK])
    task = None
    if is_sqlite_file(engine):
        checkpoints = app[K.CHECKPOINTS] = Checkpoints(engine)

        async def checkpoint() -> None:
            failing = False
            while True:
                await asyncio.sleep(checkpoints.every_s)
                try:
                    await asyncio.to_thread(checkpoints.run_once)
                    failing = False
                except Exception as e:  # the fallback inline checkpoints still bound the log
                    if not failing:   # once per failing spell, not every second
                        log.warning("checkpoint failed", extra={"event": "checkpoint_failed", "error": type(e).__name__})
                    failing = True

        task = asyncio.create_task(checkpoint(), name="checkpoints")
    yield
    if task is not None:
        await _cancel(task)
        await asyncio.to_thread(checkpoints.idle)  # a checkpoint already running in its thread ends first
    engine.dispose()


async def _http(app: web.Application) -> AsyncIterator[None]:
    async with ClientSession(timeout=ClientTimeout(total=15)) as session:
        app[K.HTTP] = session
        for adapter in app[K.ADAPTERS].values():
            adapter.http = session
        yield


async def _cancel(task: asyncio.Task[None]) -> None:
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task


async def _inbox(app: web.Application) -> AsyncIterator[None]:
    writer = InboundWriter(app[K.ENGINE], app[K.CLOCK], app[K.WAKE_PROCESSOR])
    app[K.INBOX] = writer
    task = asyncio.create_task(writer.run(), name="inbox")
    yield
    await _cancel(task)


async def _processor(app: web.Application) -> AsyncIterator[None]:
    settings = app[K.SETTINGS]
    if settings.processing.workers:
        workers = Workers(settings, known_secrets(settings), app[K.METRICS])
        app[K.INBOX].idle = workers.idle  # the writer lowers it while a webhook waits; workers give way
        workers.start()
        app[K.WORKERS] = workers

        async def watch() -> None:
            ticks = 0
            while True:
                await asyncio.sleep(RELAY_S)
                workers.relay_metrics()  # never blocks: reads only what is already in the pipes
                ticks += 1
                if ticks % 4 == 0:
                    await asyncio.to_thread(workers.revive)

        task = asyncio.create_task(watch(), name="workers")
        yield
        await _cancel(task)
        await asyncio.to_thread(workers.close)
        return
    pipeline = Pipeline(app[K.ENGINE], settings, build_router(), app[K.METRICS])
    app[K.PIPELINE] = pipeline
    wake, clock = app[K.WAKE_PROCESSOR], app[K.CLOCK]

    async def loop() -> None:
        while True:
            wake.clear()
            try:
                # bounded batches in a worker thread, so webhooks are answered meanwhile
                while done := await asyncio.to_thread(pipeline.process_pending, clock.now(), PROCESS_BATCH,
                                                      app[K.INBOX].idle):
                    app[K.WAKE_OUTBOX].set()
                    await asyncio.sleep(0)
                    if len(done) < PROCESS_BATCH:
                        break
            except Exception:
                log.exception("processing pass failed")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(wake.wait(), timeout=1.0)

    task = asyncio.create_task(loop(), name="processor")
    yield
    await _cancel(task)


async def _outbox(app: web.Application) -> AsyncIterator[None]:
    settings = app[K.SETTINGS]
    # replies owed by worker processes are found by looking, not by a wake-up from this process
    poll_s = settings.processing.poll_ms / 1000 if settings.processing.workers else 5.0
    worker = OutboxWorker(app[K.ENGINE], app[K.ADAPTERS], app[K.CLOCK], app[K.WAKE_OUTBOX],
                          settings.outbox, metrics=app[K.METRICS], poll_s=poll_s)
    task = asyncio.create_task(worker.run(), name="outbox")
    yield
    await _cancel(task)


async def _scheduler(app: web.Application) -> AsyncIterator[None]:
    """The one APScheduler instance; broadcasts and deadlines add their jobs to it."""
    scheduler = AsyncIOScheduler(timezone=app[K.SETTINGS].tz)
    scheduler.start()
    app[K.SCHEDULER] = scheduler
    yield
    scheduler.shutdown(wait=False)


async def _schedules(app: web.Application) -> AsyncIterator[None]:
    runner = ScheduleRunner(app[K.ENGINE], app[K.SETTINGS], app[K.CLOCK], app[K.WAKE_OUTBOX])
    app[K.SCHEDULES] = runner
    runner.sync()
    try:
        runner.sweep()  # what was missed while down: sent if within the grace time, else skipped
    except Exception:  # never keep the bot from starting; the interval job tries again
        log.exception("startup schedule sweep failed")
    runner.start(app[K.SCHEDULER])
    yield


async def _deadlines(app: web.Application) -> AsyncIterator[None]:
    """The deadline sweeper as an APScheduler interval job (tests call app[K.SWEEPER] directly)."""
    sweeper = Sweeper(app[K.ENGINE], app[K.SETTINGS])
    app[K.SWEEPER] = sweeper

    async def sweep() -> None:
        try:  # in a thread: its writes wait for the database, the event loop must not
            if await asyncio.to_thread(sweeper.sweep, app[K.CLOCK].now()):
                app[K.WAKE_OUTBOX].set()
        except Exception:
            log.exception("deadline sweep failed")

    app[K.SCHEDULER].add_job(sweep, "interval", seconds=app[K.SETTINGS].escalation.sweep_seconds,
                             id="deadlines", max_instances=1, coalesce=True)
    yield


def create_app(settings: Settings, clock: Clock | None = None) -> web.Application:
    app = web.Application(client_max_size=64 * 1024)
    app[K.SETTINGS] = settings
    app[K.CLOCK] = clock or Clock()
    app[K.WAKE_PROCESSOR] = asyncio.Event()
    app[K.WAKE_OUTBOX] = asyncio.Event()
    app[K.METRICS] = Metrics()
    app[K.ADAPTERS] = build_adapters(settings)
    add_ops_routes(app)
    for adapter in app[K.ADAPTERS].values():
        adapter.add_routes(app)
    app.cleanup_ctx.extend([_database, _http, _inbox, _processor, _outbox, _scheduler, _schedules, _deadlines])
    return app
