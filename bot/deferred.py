"""Append-only rows written at the end of a processing transaction.

The outbox rows and ticket events a batch of messages causes are never read back inside
the transaction that writes them, so a session may opt in (`defer`) to collect them and
write each table's rows with one multi-row statement just before it commits (`flush`),
instead of one statement per row: on PostgreSQL every statement is a round trip. Rows
keep their order within a table (an outbox's ids stay in the order its messages were
owed). A savepoint that rolls back drops what was collected inside it (`mark` /
`drop_after`); a transaction that rolls back drops the session and its rows with it.
Sessions that did not opt in write each row at once, as before."""
from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from bot.db import plain_insert

_KEY = "linli.deferred_rows"


def defer(session: Session) -> None:
    """Collect this session's append-only rows until `flush`."""
    session.info[_KEY] = []


def insert(session: Session, model: type, row: dict[str, Any]) -> None:
    rows = session.info.get(_KEY)
    if rows is None:
        session.execute(plain_insert(model), row)
    else:
        rows.append((model, row))


def mark(session: Session) -> int:
    return len(session.info.get(_KEY) or ())


def drop_after(session: Session, n: int) -> None:
    """Forget what was collected after `mark` returned n (its savepoint rolled back)."""
    if (rows := session.info.get(_KEY)) is not None:
        del rows[n:]


def flush(session: Session) -> int:
    """Write what was collected, one statement per table; how many rows."""
    rows = session.info.get(_KEY)
    if not rows:
        return 0
    by_model: dict[type, list[dict[str, Any]]] = {}
    for model, row in rows:
        by_model.setdefault(model, []).append(row)
    for model, batch in by_model.items():
        session.execute(plain_insert(model), batch)
    n = len(rows)
    rows.clear()
    return n
