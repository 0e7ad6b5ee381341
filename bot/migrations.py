"""Schema versions with Alembic: apply (`run_bot.py migrate`), check on start, create when empty.

Policy: an empty database (a fresh SQLite file, a new PostgreSQL database) is created
from the models and stamped at the newest revision, so `serve` works out of the box.
A database with tables must be at the newest revision, or `serve` refuses to start
and says to run `python run_bot.py migrate`.
"""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import Connection, Engine
from sqlmodel import SQLModel

import models  # noqa: F401  (registers the tables)

ROOT = Path(__file__).resolve().parents[1]
BASE_REVISION = "0001"


class SchemaOutOfDate(RuntimeError):
    pass


def _config(conn: Connection) -> Config:
    cfg = Config(str(ROOT / "alembic.ini"))
    cfg.set_main_option("script_location", str(ROOT / "alembic"))
    cfg.attributes["connection"] = conn
    return cfg


def head() -> str:
    return ScriptDirectory(str(ROOT / "alembic")).get_current_head() or ""


def current(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def migrate(engine: Engine) -> tuple[str | None, str]:
    """Bring the database to the newest revision; returns (before, after)."""
    with engine.begin() as conn:
        before = current(conn)
        if before is None and inspect(conn).has_table("inbound"):
            command.stamp(_config(conn), BASE_REVISION)  # made by create_all before Alembic
        command.upgrade(_config(conn), "head")
        return before, current(conn) or ""


def ensure_schema(engine: Engine) -> None:
    """Create an empty database at head; refuse one that is behind."""
    with engine.begin() as conn:
        rev = current(conn)
        if rev is None and not inspect(conn).has_table("inbound"):
            SQLModel.metadata.create_all(conn)
            command.stamp(_config(conn), "head")
            return
    want = head()
    if rev != want:
        raise SchemaOutOfDate(f"database schema is at revision {rev or '(none)'}, this code needs {want}: "
                              "run `python run_bot.py migrate`")
