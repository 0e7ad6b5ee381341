"""Tickets as rows: the Core statements that number and insert a ticket (and its first report), and
the plain attribute bag a new ticket is built as. Filing is the hot path of intake; these skip the
ORM's unit of work."""
from __future__ import annotations

import functools
from collections.abc import Callable
from types import SimpleNamespace
from typing import cast

from sqlalchemy import bindparam, literal, update
from sqlalchemy import select as sa_select

from models import Counter, Ticket, TicketReport


@functools.cache
def ticket_insert():  # type: ignore[no-untyped-def]
    t = Ticket.__table__  # type: ignore[attr-defined]
    return t.insert().returning(t.c.id)


def columns(t: Ticket) -> dict[str, object]:
    return {c.name: getattr(t, c.name) for c in Ticket.__table__.columns if c.name != "id"}  # type: ignore[attr-defined]


@functools.cache
def _ticket_defaults() -> tuple[tuple[str, object, Callable[[], object] | None], ...]:
    """(field, default, default factory) of every Ticket field that has a default."""
    return tuple((name, f.default, f.default_factory) for name, f in Ticket.model_fields.items()  # type: ignore[misc]
                 if not f.is_required())


def new_ticket(**values: object) -> Ticket:
    """A ticket about to be inserted, as plain attributes with the model's defaults. Building the
    SQLModel instance (SQLAlchemy's instrumentation of some fifty fields) cost more than its
    INSERT; the row is inserted by Core and later changes load it anew, so the instance would
    never be used as one. Never add it to a session. (Every default is immutable or comes from a
    factory, so tickets share no default object.)"""
    row = {name: factory() if factory else default for name, default, factory in _ticket_defaults()}
    row.update(values)
    return cast(Ticket, SimpleNamespace(**row))


@functools.cache
def next_no_statement():  # type: ignore[no-untyped-def]
    """Take the next ticket number (a plain UPDATE ... RETURNING: no ORM bookkeeping)."""
    c = Counter.__table__  # type: ignore[attr-defined]
    return update(c).where(c.c.name == "ticket").values(value=c.c.value + 1).returning(c.c.value)


@functools.cache
def file_statement():  # type: ignore[no-untyped-def]
    """(PostgreSQL) take the next ticket number, insert the ticket with it and its first
    report, in one statement: the counter's UPDATE ... RETURNING, the ticket's INSERT ...
    SELECT from it and the report's from that are data-modifying CTEs, and the statement
    returns the new ticket's (id, no): one round trip instead of three. No row: there is no
    counter yet (nothing was inserted). SQLite has no data-modifying CTEs (and no round trips)."""
    c = Counter.__table__  # type: ignore[attr-defined]
    t = Ticket.__table__  # type: ignore[attr-defined]
    r = TicketReport.__table__  # type: ignore[attr-defined]
    n = update(c).where(c.c.name == "ticket").values(value=c.c.value + 1).returning(c.c.value).cte("n")
    cols = [k for k in t.columns if k.name not in ("id", "no")]
    new = (t.insert().from_select([k.name for k in cols] + ["no"],
                                  sa_select(*[bindparam(k.name, type_=k.type) for k in cols], n.c.value))
           .returning(t.c.id, t.c.no, t.c.source_msg_id, t.c.reporter_id, t.c.text, t.c.created_at).cte("new"))
    first = r.insert().from_select(
        ["ticket_id", "msg_id", "sender_id", "kind", "text", "at"],
        sa_select(new.c.id, new.c.source_msg_id, new.c.reporter_id, literal("first"), new.c.text,
                  new.c.created_at)).cte("first")
    return sa_select(new.c.id, new.c.no).add_cte(first)
