"""The open tickets repeat detection compares a message with, as processing reads them: the
conversations of a claimed chunk in one statement, read again after a message changed them
(a ticket filed or merged in its chat, or any ticket by a command) within the same transaction.
Real SQLite file (or PostgreSQL), no mocks."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import event
from sqlmodel import Session, select

from bot import pipeline
from bot.db import init_schema, make_engine
from bot.inbox import store_batch
from bot.message import InboundMessage
from bot.pipeline import Pipeline
from handlers import build_router
from models import Ticket, TicketReport
from tests.support import make_settings

NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # a Tuesday, 10:00 in Shanghai


@pytest.fixture(autouse=True)
def _unhurried(monkeypatch: pytest.MonkeyPatch) -> None:
    """A slow shared machine must not split what a test expects in one transaction."""
    monkeypatch.setattr(pipeline, "TXN_SECONDS", 30.0)


def _pipeline(db_url: str) -> Pipeline:
    settings = make_settings(db_url, "http://127.0.0.1:9/send")
    engine = make_engine(settings.database)
    init_schema(engine)
    return Pipeline(engine, settings, build_router())


def _receive(p: Pipeline, first: int, *msgs: tuple[str | None, str, str]) -> list[tuple[str, int | None]]:
    """Store (chat, sender, text) messages and process them in one transaction: (outcome, ticket) each."""
    store_batch(p.engine, [InboundMessage(platform="generic", msg_id=f"m{first + i}", chat_id=chat, sender_id=sender,
                                          text=text, ts=NOW) for i, (chat, sender, text) in enumerate(msgs)], NOW)
    left, done = p.transaction(p.pending_ids(), NOW)
    assert left == []
    return [(d.outcome, d.ticket_no) for d in done]


def _candidate_reads(p: Pipeline) -> list[str]:
    seen: list[str] = []

    @event.listens_for(p.engine, "before_cursor_execute")
    def _count(conn, cursor, statement, params, context, many):  # type: ignore[no-untyped-def]
        if "open_" in statement:
            seen.append(statement)
    return seen


def test_the_open_tickets_of_a_chunks_chats_are_read_in_one_statement(db_url):
    p = _pipeline(db_url)
    assert _receive(p, 0, ("b3", "r1", "2单元电梯门关不上了"), ("b5", "r2", "1单元楼道灯不亮了"),
                    (None, "r9", "我家厨房水管漏水了")) == [("filed", 1), ("filed", 2), ("filed", 3)]
    reads = _candidate_reads(p)
    assert _receive(p, 3, ("b3", "r4", "我家这边也是，电梯门一直开着关不上"), ("b5", "r5", "1单元楼道灯也不亮"),
                    (None, "r9", "厨房水管还在漏水")) == [("merged", 1), ("merged", 2), ("follow_up", 3)]
    assert len(reads) == 1
    with Session(p.engine) as s:
        reports = {(r.ticket_id, r.msg_id) for r in s.exec(select(TicketReport)).all()}
    assert {(1, "m3"), (2, "m4"), (3, "m5")} <= reports


def test_a_ticket_a_command_closes_is_no_candidate_for_a_later_message_of_the_same_transaction(db_url):
    p = _pipeline(db_url)
    assert _receive(p, 0, ("b3", "r1", "2单元电梯门关不上了")) == [("filed", 1)]
    # the chunk's candidates are read before the command; it closes #1, so they are read again
    assert _receive(p, 1, (None, "l3", "已办结 #1 修好了"), ("b3", "r2", "我家这边也是，电梯门一直开着关不上")) == [
        ("resolved", 1), ("filed", 2)]
    with Session(p.engine) as s:
        assert [(t.no, t.state, t.reporters) for t in s.exec(select(Ticket).order_by(Ticket.no)).all()] == [
            (1, "resolved", 1), (2, "open", 1)]
