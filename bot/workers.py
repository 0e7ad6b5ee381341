"""Processing in separate OS processes (`processing.workers: N`).

Understanding and filing are CPU work in Python; in the web process they share one
interpreter lock with answering webhooks and delivering replies. With workers, the web
process stores messages and delivers the outbox, and N child processes claim and process
stored messages (the claim already makes several processes safe: each message once, in
order per chat). The web process lowers a shared flag while a webhook waits to be stored; a worker
commits and gives way (on SQLite, storing must never wait behind processing).
Workers poll for new messages every `poll_ms`; they are stopped with the app."""
from __future__ import annotations

import logging
import multiprocessing as mp
import os
import threading
import time
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

from bot.settings import Settings
from bot.worker_metrics import MetricsRelay, drain

if TYPE_CHECKING:
    from bot.metrics import Metrics

log = logging.getLogger("linli.workers")
BATCH = 50


class SharedFlag:
    """A set/clear flag shared with worker processes, in the Event interface the pipeline uses.
    One byte of shared memory and no lock: a process killed at any moment (even while
    waiting) cannot leave it held, so setting it never blocks the event loop."""

    def __init__(self, ctx: Any, value: bool) -> None:
        self._v = ctx.RawValue("b", 1 if value else 0)

    def set(self) -> None:
        self._v.value = 1

    def clear(self) -> None:
        self._v.value = 0

    def is_set(self) -> bool:
        return bool(self._v.value)

    def wait(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while not self._v.value:
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            time.sleep(min(0.001, left))
        return True


def _exit_when_orphaned(parent: int, every_s: float = 0.2) -> None:
    """Leave at once when the web process is gone (killed: its pid is no longer our parent), even in the
    middle of a long processing pass; what was not committed is processed on the next start."""
    while os.getppid() == parent:
        time.sleep(every_s)
    os._exit(1)


def work(settings: Settings, idle: SharedFlag, stop: SharedFlag, secrets: list[str], parent: int,
         metrics_out: Connection | None = None, log_level: str = "INFO", index: int = 0) -> None:
    """A worker process: process stored messages until `stop` is set or the web process is
    gone (killed: nothing is lost, the next start processes what is left)."""
    if settings.processing.nice:
        os.nice(settings.processing.nice)  # a webhook the platform waits on outranks a reply that can queue
    from bot.clock import Clock
    from bot.db import make_engine
    from bot.logs import setup_logging
    from bot.pipeline import Pipeline
    from handlers import build_router

    setup_logging(log_level, secrets)
    threading.Thread(target=_exit_when_orphaned, args=(parent,), name="orphan-watch", daemon=True).start()
    engine = make_engine(settings.database, settings.database_timeout_s, background_checkpoints=True)  # the web process checkpoints
    relay = MetricsRelay(metrics_out) if metrics_out is not None else None
    share = (index, settings.processing.workers) if settings.processing.workers > 1 else None
    pipeline = Pipeline(engine, settings, build_router(), relay, share)  # type: ignore[arg-type]
    clock, pause = Clock(), settings.processing.poll_ms / 1000
    log.info("processing worker started", extra={"event": "worker_started"})
    try:
        while not stop.is_set() and os.getppid() == parent:
            try:
                done = pipeline.process_pending(clock.now(), BATCH, yield_to=idle)  # type: ignore[arg-type]
            except Exception:
                log.exception("processing pass failed")
                done = []
            if relay is not None:
                relay.flush()
            if not done:
                stop.wait(pause)
    finally:
        if relay is not None:
            relay.flush(force=True)
        engine.dispose()


class Workers:
    """The child processes of one app; `idle` is the web process's "nothing waits to be stored" flag."""

    def __init__(self, settings: Settings, secrets: list[str], sink: Metrics | None = None) -> None:
        self.ctx = mp.get_context("spawn")  # a clean interpreter: no event loop or threads inherited
        self.settings, self.secrets = settings, secrets
        self.idle, self.stop = SharedFlag(self.ctx, True), SharedFlag(self.ctx, False)
        self.lock = threading.Lock()  # revive and close never interleave
        self.sink = sink  # where the workers' processing metrics are added (the web process's)
        self.metrics_in: list[Connection | None] = [None] * settings.processing.workers
        self._writers: dict[int, Connection] = {}
        self.procs = [self._process(i) for i in range(settings.processing.workers)]

    def _process(self, i: int):  # type: ignore[no-untyped-def]
        """Worker i's process, and a fresh pipe for its metrics (read end kept here)."""
        reader, writer = self.ctx.Pipe(duplex=False)
        self.metrics_in[i], self._writers[i] = reader, writer
        return self.ctx.Process(target=work, args=(self.settings, self.idle, self.stop, self.secrets, os.getpid(),
                                                   writer), kwargs={"index": i}, name=f"linli-worker-{i}", daemon=True)

    def _start(self, i: int) -> None:
        self.procs[i].start()
        self._writers.pop(i).close()  # the worker holds the write end now

    def start(self) -> None:
        for i in range(len(self.procs)):
            self._start(i)

    def relay_metrics(self) -> None:
        """Add what the workers counted since the last call to the web process's metrics
        (called on the event loop: it never waits, not even for a revive in progress)."""
        if self.sink is None or not self.lock.acquire(blocking=False):
            return
        try:
            for conn in self.metrics_in:
                if conn is not None:
                    drain(conn, self.sink)
        finally:
            self.lock.release()

    def revive(self) -> int:
        """Start a new process for each worker that died (a crash must not stop processing)."""
        revived = 0
        with self.lock:
            for i, p in enumerate(self.procs):
                if not p.is_alive() and not self.stop.is_set():
                    log.error("worker died; restarted", extra={"event": "worker_restarted", "pid": p.pid,
                                                               "exitcode": p.exitcode})
                    old = self.metrics_in[i]
                    if old is not None:
                        if self.sink is not None:
                            drain(old, self.sink)  # what it sent before it died
                        old.close()
                    self.procs[i] = self._process(i)
                    self._start(i)
                    revived += 1
        return revived

    def alive(self) -> int:
        return sum(p.is_alive() for p in self.procs)

    def close(self, timeout_s: float = 10.0) -> None:
        """Ask every worker to stop after its current transaction; kill what does not; take
        their last metrics and close their pipes."""
        with self.lock:
            self.stop.set()
        deadline = time.monotonic() + timeout_s
        for p in self.procs:
            p.join(max(0.0, deadline - time.monotonic()))
            if p.is_alive():
                log.warning("worker did not stop; killed", extra={"event": "worker_killed", "pid": p.pid})
                p.kill()
                p.join(1)
        self.relay_metrics()  # the last counts the workers sent as they stopped
        for conn in [*self.metrics_in, *self._writers.values()]:
            if conn is not None:
                conn.close()
        self.metrics_in, self._writers = [None] * len(self.procs), {}
