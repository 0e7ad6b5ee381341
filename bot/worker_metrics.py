"""Processing metrics from worker processes, relayed to the web process's /metrics.

A worker counts what it processed (outcome, colour of what it filed, time per message)
in memory and sends what it has counted since its last send through a one-way pipe every
RELAY_S. Sends never block processing: the pipe's write end is non-blocking, and each
send is smaller than PIPE_BUF, so it is written whole or not at all — when the pipe is
full, the counts stay and go with the next send. The web process reads the pipes from
its event loop and adds the counts to its own metrics. A worker killed with unsent
counts loses only those (the messages themselves are safe in the database)."""
from __future__ import annotations

import json
import logging
import os
import time
from array import array
from collections import Counter
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from bot.metrics import Metrics

log = logging.getLogger("linli.workers")
RELAY_S = 0.5
CHUNK = 300  # handler timings per send: 2,400 bytes, with the counts well under PIPE_BUF (4,096)


class ProcessedSink(Protocol):
    def processed(self, outcome: str, color: str | None, seconds: float) -> None: ...


class MetricsRelay:
    """The worker's side: a `ProcessedSink` for the pipeline that relays to the web process."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        os.set_blocking(conn.fileno(), False)
        self.outcomes: Counter[str] = Counter()
        self.filed: Counter[str] = Counter()
        self.seconds = array("d")
        self.last = time.monotonic()

    def processed(self, outcome: str, color: str | None, seconds: float) -> None:
        self.outcomes[outcome] += 1
        if outcome == "filed" and color:
            self.filed[color] += 1
        if len(self.seconds) < 100 * CHUNK:  # a web process that stopped reading: bounded memory
            self.seconds.append(seconds)

    def flush(self, force: bool = False) -> None:
        """Send what was counted, at most every RELAY_S unless `force`d."""
        if not force and time.monotonic() - self.last < RELAY_S:
            return
        self.last = time.monotonic()
        while self.outcomes or self.seconds:
            chunk = self.seconds[:CHUNK]
            data = _encode(dict(self.outcomes), dict(self.filed), chunk)
            if len(data) > 4000:  # a pathological number of outcome names: counts only
                chunk, data = array("d"), _encode(dict(self.outcomes), dict(self.filed), array("d"))
                if len(data) > 4000:  # still too long to be written whole: dropped, never a torn send
                    log.warning("worker metrics too large to relay; dropped")
                    self.outcomes.clear()
                    self.filed.clear()
                    continue
            try:
                self.conn.send_bytes(data)
            except (BlockingIOError, BrokenPipeError, OSError):
                return  # full (or the web process is gone): kept for the next send
            self.outcomes.clear()
            self.filed.clear()
            del self.seconds[:len(chunk)]


def _encode(outcomes: dict[str, int], filed: dict[str, int], seconds: array) -> bytes:
    head = json.dumps([outcomes, filed], separators=(",", ":")).encode()
    return len(head).to_bytes(2, "big") + head + seconds.tobytes()


def apply(data: bytes, sink: Metrics) -> None:
    """Add one relayed send to the web process's metrics."""
    n = int.from_bytes(data[:2], "big")
    outcomes, filed = json.loads(data[2:2 + n])
    for outcome, count in outcomes.items():
        sink.processed_total.labels(outcome).inc(count)
    for color, count in filed.items():
        sink.tickets_filed.labels(color).inc(count)
    seconds = array("d")
    body = data[2 + n:]
    seconds.frombytes(body[:len(body) - len(body) % 8])
    for s in seconds:
        sink.handler_seconds.observe(s)


def drain(conn: Connection, sink: Metrics) -> bool:
    """Apply every send waiting in the pipe; False once the worker's end is closed."""
    try:
        while conn.poll():
            apply(conn.recv_bytes(), sink)
    except (EOFError, OSError):
        return False
    except ValueError:  # not ours (sends are written whole, so a kill cannot cut one short)
        log.warning("unreadable metrics from a worker dropped")
        return False
    return True
