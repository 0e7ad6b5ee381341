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
