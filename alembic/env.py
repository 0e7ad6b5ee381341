"""Alembic environment: the tables are SQLModel.metadata; the database is the caller's
connection (run_bot.py migrate) or config.yaml's `database:` (or `alembic -x db=URL ...`)."""
from alembic import context
from sqlmodel import SQLModel

import models  # noqa: F401  (registers the tables)
from bot.db import make_engine

config = context.config
target_metadata = SQLModel.metadata


def _url() -> str:
    x = context.get_x_argument(as_dictionary=True)
    if "db" in x:
        return x["db"]
    from bot.settings import load_settings
    return load_settings(x.get("config", "config.yaml")).database


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=connection.dialect.name == "sqlite", compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = make_engine(_url())
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()
