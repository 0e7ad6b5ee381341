"""A fresh PostgreSQL database per test, on the server LINLI_TEST_PG_URL names."""
from __future__ import annotations

import atexit
import itertools
import os
import uuid

import psycopg
from psycopg import sql

_PREFIX = f"linli_t{os.getpid()}_{uuid.uuid4().hex[:6]}_"
_counter = itertools.count(1)
_made: list[str] = []


def _admin(pg_url: str) -> psycopg.Connection:
    return psycopg.connect(pg_url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True)


def with_database(pg_url: str, name: str) -> str:
    base, _, _ = pg_url.rpartition("/")
    return f"{base}/{name}"


def fresh_database(pg_url: str) -> str:
    """CREATE an empty database (from template0: a few tens of ms) and return its URL."""
    name = f"{_PREFIX}{next(_counter)}"
    with _admin(pg_url) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0").format(sql.Identifier(name)))
    if not _made:
        atexit.register(_drop_all, pg_url)
    _made.append(name)
    return with_database(pg_url, name)


def _drop_all(pg_url: str) -> None:
    try:
        with _admin(pg_url) as conn:
            for name in _made:
                conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
    except psycopg.Error:
        pass
