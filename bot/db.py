"""Engine creation and schema set-up; the same code serves SQLite and PostgreSQL."""
from __future__ import annotations

import contextlib
import fcntl
import functools
import os
import threading
from collections.abc import Iterator

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import create_engine

import models  # noqa: F401  (registers the tables)


FALLBACK_CHECKPOINT_PAGES = 10_000  # inline checkpoints only if the background ones fall this far behind


def make_engine(url: str, timeout_s: float = 5.0, background_checkpoints: bool = False) -> Engine:
    """`timeout_s`: how long a statement waits for a lock or a connection before it fails
    (an inbound webhook then answers 503 and the platform retries). `background_checkpoints`
    (SQLite): the serving process copies the write-ahead log into the database from a
    thread of its own (`Checkpoints`), not inside whichever commit crosses the log's
    threshold — that copy and its fsync stalled a commit, and every writer queued behind it."""
    busy_ms = int(timeout_s * 1000)
    autocheckpoint = FALLBACK_CHECKPOINT_PAGES if background_checkpoints else 1000
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": timeout_s})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")  # durable across process crashes in WAL mode
            cur.execute(f"PRAGMA busy_timeout={busy_ms}")
            cur.execute(f"PRAGMA wal_autocheckpoint={autocheckpoint}")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()
            # let SQLAlchemy, not pysqlite, open transactions (needed for SAVEPOINT). Write
            # transactions start with their write (claim UPDATE / INSERT), so they take the
            # write lock first and never fail on a read-to-write lock upgrade.
            dbapi_conn.isolation_level = None

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn):  # type: ignore[no-untyped-def]
            conn.exec_driver_sql("BEGIN")

        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10, pool_timeout=timeout_s,
                         connect_args={"connect_timeout": max(int(timeout_s), 1),
                                       "options": f"-c lock_timeout={busy_ms}"})


def is_sqlite_file(engine: Engine) -> bool:
    db = engine.url.database
    return engine.dialect.name == "sqlite" and bool(db) and db != ":memory:"


class Checkpoints:
    """Copies SQLite's write-ahead log into the database every `every_s`, outside the write
    gate (a PASSIVE checkpoint waits for no writer and makes none wait)."""

    def __init__(self, engine: Engine, every_s: float = 1.0) -> None:
        self.engine, self.every_s, self.runs = engine, every_s, 0
        self._running = threading.Lock()

    def run_once(self) -> tuple[int, int, int]:
        """(busy, frames in the log, frames copied) as SQLite reports them."""
        with self._running, self.engine.connect() as c:
            busy, log_frames, copied = c.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").one()
        self.runs += 1
        return int(busy), int(log_frames), int(copied)

    def idle(self) -> None:
        """Return once no checkpoint is running (before the engine is disposed)."""
        with self._running:
            pass


@functools.cache
def plain_insert(model: type):  # type: ignore[no-untyped-def]
    """A Core INSERT for an append-only table (outbox rows, ticket reports and events),
    built once: no ORM object per row on the hot path."""
    return model.__table__.insert()  # type: ignore[attr-defined]


def init_schema(engine: Engine) -> None:
    """Create an empty database at the newest revision; raise SchemaOutOfDate when behind."""
    from bot.migrations import ensure_schema
    ensure_schema(engine)


@contextlib.contextmanager
def write_gate(engine: Engine) -> Iterator[None]:
    """SQLite admits one writer at a time, and a writer that finds it busy sleeps in growing
    steps (up to 100 ms) before it looks again, so two busy writers — storing webhooks and
    processing them — starve each other. The busy writers pass this gate first: a file lock
    beside the database, so they queue in the kernel and the next one is woken the moment
    the last is done, across threads and processes. Nothing on PostgreSQL (whose writers
    lock rows, not the database). Never nested."""
    if not is_sqlite_file(engine):
        yield
        return
    fd = os.open(str(engine.url.database) + "-gate", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock
