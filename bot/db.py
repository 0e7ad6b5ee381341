"""Engine creation and schema set-up; the same code serves SQLite and PostgreSQL."""
from __future__ import annotations

import contextlib
import fcntl
import functools
import os
from collections.abc import Iterator

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import create_engine

import models  # noqa: F401  (registers the tables)


def make_engine(url: str, timeout_s: float = 5.0) -> Engine:
    """`timeout_s`: how long a statement waits for a lock or a connection before it fails
    (an inbound webhook then answers 503 and the platform retries)."""
    busy_ms = int(timeout_s * 1000)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": timeout_s})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")  # durable across process crashes in WAL mode
            cur.execute(f"PRAGMA busy_timeout={busy_ms}")
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
    db = engine.url.database
    if engine.dialect.name != "sqlite" or not db or db == ":memory:":
        yield
        return
    fd = os.open(db + "-gate", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock
