"""Send budgets shared by every process on the database.

A platform limits some senders (a WeCom group robot: 20 messages a minute). Each `serve`
process has an outbox worker choosing sends, so a budget must count the sends of every
process: the count lives in the database, one `PaceMark` per chosen send, written in the
transaction that leases its outbox row. A send counts from when it is chosen until the
platform answers, and from then on at the time of that answer (the platform counts it on
arrival, no later than the answer), for the pace's window. It also survives a restart: a
restarted bot does not spend a robot's budget a second time.

Deciding is serialised per budget: an advisory lock per key on PostgreSQL (held to the end of
the transaction); on SQLite the write gate and the database's single writer already do it.
Pacing runs on the wall clock, not the bot's (tests and replays move that one by hand): the
platform's window is real time.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from sqlalchemy import delete, func, insert, select, tuple_, update
from sqlalchemy.engine import Connection

from bot.adapters.base import Pace
from bot.clock import aware
from models import PaceMark

_T = PaceMark.__table__  # type: ignore[attr-defined]
Marks = dict[str, list[tuple[float, int]]]  # per key: (seconds ago, cost) of the sends in its window


def wait_s(marks: Sequence[tuple[float, int]], pace: Pace) -> float:
    """Seconds until a send of `pace.cost` fits in the budget, given the sends in the window."""
    ages = sorted((age for age, cost in marks for _ in range(cost)), reverse=True)  # oldest first
    over = len(ages) + min(pace.cost, pace.per_minute) - pace.per_minute
    return 0.0 if over <= 0 else max(pace.window_s - ages[over - 1], 0.0)


def choose(candidates: Iterable[tuple[int, Pace | None]], marks: Marks) -> tuple[list[int], float]:
    """The candidates (outbox id, pace) that fit their budgets now, in order, counting each one
    chosen; and seconds until the first one left out could fit (inf when none was)."""
    chosen: list[int] = []
    next_in = float("inf")
    for outbox_id, pace in candidates:
        if pace is not None:
            wait = wait_s(marks.setdefault(pace.key, []), pace)
            if wait > 0:  # this budget is spent: the message waits its turn, never dropped
                next_in = min(next_in, wait)
                continue
            marks[pace.key].append((0.0, pace.cost))
        chosen.append(outbox_id)
    return chosen, next_in


def count(conn: Connection, paces: Iterable[Pace], now: datetime) -> Marks:
    """Lock each budget and read its sends in the window (in the caller's transaction; on SQLite
    the first statement writes, so the transaction holds the write lock from its start)."""
    windows: dict[str, float] = {}
    for p in paces:
        windows[p.key] = max(windows.get(p.key, 0.0), p.window_s)
    marks: Marks = {}
    for key in sorted(windows):  # one order everywhere: two processes never wait on each other in a cycle
        if conn.dialect.name == "postgresql":
            conn.execute(select(func.pg_advisory_xact_lock(func.hashtext("linli-pace:" + key))))
        since = now - timedelta(seconds=windows[key])
        conn.execute(delete(_T).where(_T.c.key == key, _T.c.at <= since))
        marks[key] = [((now - aware(at)).total_seconds(), cost)
                      for at, cost in conn.execute(select(_T.c.at, _T.c.cost).where(_T.c.key == key))]
    return marks


def record(conn: Connection, chosen: Iterable[tuple[int, Pace]], now: datetime) -> None:
    """Count the chosen sends (their rows leased in the same transaction)."""
    rows = [{"key": p.key, "at": now, "cost": p.cost, "outbox_id": i} for i, p in chosen]
    if rows:
        conn.execute(insert(_T), rows)


def answered(conn: Connection, sends: Sequence[tuple[int, datetime]], now: datetime) -> None:
    """The platform answered these sends ((outbox id, when chosen)): from now on they count from now.
    Only the mark of this attempt moves: an earlier attempt of the same row (a retry) keeps its own
    time and leaves the window when its minute is up."""
    if sends:
        conn.execute(update(_T).where(tuple_(_T.c.outbox_id, _T.c.at).in_(list(sends))).values(at=now))
