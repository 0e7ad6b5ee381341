"""Filing a ticket: its number, its row and its first report are written together (on
PostgreSQL by one statement, on SQLite by three), in the caller's transaction."""
from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Session, col, select

from bot.db import init_schema, make_engine
from bot.message import InboundMessage
from bot.services.directory import Directory
from bot.services.tickets import TicketService
from bot.understanding import classify
from models import Counter, Ticket, TicketReport
from tests.support import make_settings

NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)


def _intake(engine, settings, items: list[tuple[str, str, str]], commit: bool = True) -> list[int | None]:  # type: ignore[no-untyped-def]
    with Session(engine) as s:
        svc = TicketService(s, Directory(settings), settings, NOW)
        nos = [svc.intake(InboundMessage(platform="generic", msg_id=mid, chat_id=chat, sender_id=f"s-{mid}",
                                         text=text, ts=NOW), classify(text)).ticket_no
               for mid, chat, text in items]
        if commit:
            s.commit()
    return nos


def test_each_filed_ticket_gets_the_next_number_and_its_first_report(db_url):
    settings = make_settings(db_url, "http://127.0.0.1:9/send")
    engine = make_engine(settings.database)
    init_schema(engine)
    assert _intake(engine, settings, [("a", "b3", "3单元楼道灯不亮了"), ("b", "b5", "5单元门口水管漏水")]) == [1, 2]
    # a transaction that rolls back takes its numbers with it: the next ticket is #3
    assert _intake(engine, settings, [("x", "b3", "7单元电梯坏了")], commit=False) == [3]
    assert _intake(engine, settings, [("c", "yard", "2号楼门口的路灯坏了")]) == [3]
    with Session(engine) as s:
        tickets = s.exec(select(Ticket).order_by(col(Ticket.no))).all()
        reports = s.exec(select(TicketReport).order_by(col(TicketReport.id))).all()
        counter = s.exec(select(Counter).where(Counter.name == "ticket")).one()
    assert [(t.no, t.source_msg_id, t.chat_id, t.reporter_id) for t in tickets] == [
        (1, "a", "b3", "s-a"), (2, "b", "b5", "s-b"), (3, "c", "yard", "s-c")]
    assert [(r.ticket_id, r.msg_id, r.sender_id, r.kind, r.text) for r in reports] == [
        (t.id, t.source_msg_id, t.reporter_id, "first", t.text) for t in tickets]
    assert all(r.at == NOW for r in reports) and all(t.created_at == NOW for t in tickets)
    assert counter.value == 3
