"""The Alembic revisions build exactly the schema the models describe, on SQLite and PostgreSQL."""
import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from bot.db import make_engine
from bot.migrations import SchemaOutOfDate, ensure_schema, head, migrate


def test_migrating_an_empty_database_to_head_matches_the_models(db_url):
    engine = make_engine(db_url)
    before, after = migrate(engine)
    assert before is None and after == head()
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": False}), SQLModel.metadata)
    engine.dispose()
    assert diff == [], f"models and alembic/versions differ; add a revision: {diff}"


def test_every_migrated_datetime_keeps_its_time_zone(db_url):
    """(PostgreSQL) a revision's datetime columns are `timestamp with time zone` like the models':
    a naive column would shift every stored instant by the server's offset (pacing read a send
    of a minute ago as hours old)."""
    from sqlalchemy import inspect
    engine = make_engine(db_url)
    migrate(engine)
    if engine.dialect.name != "postgresql":
        engine.dispose()
        pytest.skip("SQLite stores datetimes as text either way")
    naive = [(table, c["name"]) for table in inspect(engine).get_table_names()
             for c in inspect(engine).get_columns(table)
             if "TIMESTAMP" in str(c["type"]).upper() and not getattr(c["type"], "timezone", False)]
    engine.dispose()
    assert naive == []


def test_a_database_behind_head_is_refused_with_the_fix(db_url):
    from alembic import command

    from bot.migrations import _config
    engine = make_engine(db_url)
    with engine.begin() as conn:
        command.upgrade(_config(conn), "0001")
    with pytest.raises(SchemaOutOfDate, match="run_bot.py migrate"):
        ensure_schema(engine)
    migrate(engine)
    ensure_schema(engine)  # at head now: accepted
    engine.dispose()


def test_upgrading_keeps_the_messages_waiting_and_they_are_processed(db_url):
    """A bot stopped at revision 0002 with a message stored, not yet processed: after
    `migrate` the message is still pending, found through the new indexes, and filed."""
    from datetime import UTC, datetime

    from alembic import command

    from bot.inbox import store_inbound
    from bot.message import InboundMessage
    from bot.migrations import _config
    from bot.pipeline import Pipeline
    from handlers import build_router
    from tests.support import make_settings
    now = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)
    engine = make_engine(db_url)
    with engine.begin() as conn:
        command.upgrade(_config(conn), "0002")
    assert store_inbound(engine, InboundMessage(platform="generic", msg_id="m1", chat_id="b3", sender_id="r1",
                                                text="2单元电梯坏了，停在6楼", ts=now), now)
    migrate(engine)
    p = Pipeline(engine, make_settings(db_url, "http://127.0.0.1:9/send"), build_router())
    assert len(p.pending_ids()) == 1
    assert [d.outcome for d in p.process_pending(now)] == ["filed"]
    engine.dispose()
