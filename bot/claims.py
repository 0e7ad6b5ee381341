"""The statements with which processing claims stored records, gives them back, records
their outcomes and counts recent traffic (bot.pipeline runs them). Each is built once,
with bind parameters, so it is compiled once; on PostgreSQL id lists are array parameters,
so a statement's text is the same for every length and the driver prepares it."""
from __future__ import annotations

import functools

from sqlalchemy import ARRAY, Integer, Interval, all_, and_, any_, bindparam, func, true, update
from sqlalchemy import select as sa_select
from sqlalchemy.sql.elements import ColumnElement

from models import InboundRecord


def claim_statement(sqlite: bool):  # type: ignore[no-untyped-def]
    """The records :rids that are pending, not held by another transaction (SKIP LOCKED) and
    have no earlier message of their conversation (their chat; a private message: its
    sender's private messages) still pending, but for :skip (:rids and what this transaction
    claimed before); all their columns.

    `sqlite`: an UPDATE marking them processed at :claim_at, RETURNING them. SQLite
    ignores FOR UPDATE; the UPDATE takes its write lock first, so a second process waits and
    then finds them processed. Otherwise (PostgreSQL): the SELECT ... FOR UPDATE SKIP LOCKED
    alone holds them, and the one UPDATE that records their outcome marks them processed:
    one row version per message instead of two (every version is an entry in each of the
    table's indexes, which the flood counts and the next claims walk). There the id lists
    are array parameters, so the statement's text never changes and the driver prepares it,
    and each record comes with its flood counts (`_recent_of`: no statement of their own).

    Written for PostgreSQL's planner, which must not walk a backlog: the pending test is
    `(processed_at IS NULL) IS TRUE`, so the candidates are found by primary key (matched
    against the partial indexes' predicate, with the statistics of a quiet table, it chose to
    scan every pending record and filter by id); and the first pending message of its chat
    (or of its sender's private messages) is a correlated min(): an EXISTS became an anti-join
    that, the table thought empty, read every pending record for each candidate, while the
    min() is always the first entries of one index range (chat, id). Built once, with bind
    parameters, so the statement is compiled once."""
    t = InboundRecord.__table__  # type: ignore[attr-defined]
    cand, earlier = t.alias("cand"), t.alias("earlier")

    def first_pending(*same):  # type: ignore[no-untyped-def]
        return (sa_select(func.min(earlier.c.id))
                .where(*same, earlier.c.processed_at.is_(None), _outside(earlier.c.id, "skip", sqlite)).scalar_subquery())
    earlier_in_chat = func.coalesce(first_pending(earlier.c.chat_id == cand.c.chat_id), cand.c.id) < cand.c.id
    earlier_private = and_(cand.c.chat_id.is_(None), func.coalesce(first_pending(
        earlier.c.chat_id.is_(None), earlier.c.platform == cand.c.platform, earlier.c.sender_id == cand.c.sender_id),
        cand.c.id) < cand.c.id)
    free = and_(_among(cand.c.id, "rids", sqlite), cand.c.processed_at.is_(None).is_(true()),
                ~earlier_in_chat, ~earlier_private)
    if not sqlite:
        return sa_select(*cand.c, *_recent_of(cand)).where(free).with_for_update(skip_locked=True)
    pick = sa_select(cand.c.id).where(free).with_for_update(skip_locked=True)
    return update(t).where(t.c.id.in_(pick)).values(processed_at=bindparam("claim_at")).returning(*t.c)


def _recent_of(cand):  # type: ignore[no-untyped-def]
    """(PostgreSQL's claim) each claimed record's flood counts, `recent_sender` and
    `recent_chat`: its sender's and its chat's messages in the :window up to it, counted up to
    :cap_sender / :cap_chat, the same counts as `recent_statement`, correlated with the claimed
    row, so the claim brings them and no statement of their own is a round trip. (SQLite
    counts while reading ahead, outside its write lock; datetime arithmetic differs there.)"""
    t = InboundRecord.__table__  # type: ignore[attr-defined]
    w = t.alias("w")

    def count(column: str, cap: str):  # type: ignore[no-untyped-def]
        rows = (sa_select(w.c.id)
                .where(w.c[column] == cand.c[column], w.c.platform == cand.c.platform,
                       w.c.received_at > cand.c.received_at - bindparam("window", type_=Interval()),
                       w.c.id <= cand.c.id)
                # the order is the window index's (backwards): with a new table's statistics the
                # planner otherwise read the platform's every row through uq_inbound_platform_msg
                .correlate(cand).order_by(w.c.received_at.desc()).limit(bindparam(cap)).subquery())
        return sa_select(func.count()).select_from(rows).scalar_subquery()
    return count("sender_id", "cap_sender").label("recent_sender"), count("chat_id", "cap_chat").label("recent_chat")


def _among(column: ColumnElement[int], name: str, sqlite: bool) -> ColumnElement[bool]:
    """`column` IN the list :name: an expanding IN (SQLite), or = ANY of one array parameter
    (PostgreSQL: the statement's text is the same for every length, so it is prepared once)."""
    return (column.in_(bindparam(name, expanding=True)) if sqlite
            else column == any_(bindparam(name, type_=ARRAY(Integer))))


def _outside(column: ColumnElement[int], name: str, sqlite: bool) -> ColumnElement[bool]:
    """`column` NOT IN the list :name (the same two forms as `_among`)."""
    return (column.not_in(bindparam(name, expanding=True)) if sqlite
            else column != all_(bindparam(name, type_=ARRAY(Integer))))


def held_statement(sqlite: bool):  # type: ignore[no-untyped-def]
    """Which of :rids are still pending (another transaction holds them), with their conversations."""
    t = InboundRecord.__table__  # type: ignore[attr-defined]
    return sa_select(t.c.id, t.c.chat_id, t.c.platform, t.c.sender_id).where(
        _among(t.c.id, "rids", sqlite), t.c.processed_at.is_(None))


def unclaim_statement():  # type: ignore[no-untyped-def]
    t = InboundRecord.__table__  # type: ignore[attr-defined]
    return update(t).where(t.c.id.in_(bindparam("rids", expanding=True))).values(processed_at=None)


@functools.cache
def recent_statement(n: int = 1):  # type: ignore[no-untyped-def]
    """How many messages of each of `n` senders, and of their chats, arrived in the minute up
    to their message, counted up to :cap_sender / :cap_chat (one past the limit and one more:
    whether it is over, and whether this is the first one over, is all that is asked, and a
    flood's count stops there instead of walking the whole minute): two counts each, every
    one a range of one covering index (ix_inbound_sender_window / _chat_window), all in one
    statement."""
    t = InboundRecord.__table__  # type: ignore[attr-defined]

    def count(column, k: int, cap: str):  # type: ignore[no-untyped-def]
        rows = (sa_select(t.c.id)
                .where(t.c.platform == bindparam(f"platform{k}"), column == bindparam(f"{column.name}{k}"),
                       t.c.received_at > bindparam(f"since{k}"), t.c.id <= bindparam(f"upto{k}"))
                .limit(bindparam(cap)).subquery())
        return sa_select(func.count()).select_from(rows).scalar_subquery()
    return sa_select(*[c for k in range(n)
                       for c in (count(t.c.sender_id, k, "cap_sender"), count(t.c.chat_id, k, "cap_chat"))])


def finish_statement():  # type: ignore[no-untyped-def]
    t = InboundRecord.__table__  # type: ignore[attr-defined]
    return update(t).where(t.c.id == bindparam("rid")).values(
        processed_at=bindparam("claim_at"), outcome=bindparam("out"), ticket_no=bindparam("tno"))
