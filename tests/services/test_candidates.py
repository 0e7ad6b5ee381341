"""Open-ticket candidates for repeat detection: what never changes is cached, what can
change (colour, category, last report, reporters) is always read fresh."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import update
from sqlmodel import Session

from bot.db import init_schema, make_engine
from bot.message import InboundMessage
from bot.services.candidates import CandidateReader
from bot.services.directory import Directory
from bot.services.tickets import TicketService
from bot.understanding import classify
from models import Ticket
from tests.support import make_settings

NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)


def _msg(i: int, text: str, sender: str = "r1") -> InboundMessage:
    return InboundMessage(platform="generic", msg_id=f"m{i}", chat_id="b3", sender_id=sender, text=text, ts=NOW)


def _file(db_url: str, texts: list[str]):  # type: ignore[no-untyped-def]
    settings = make_settings(db_url, "http://127.0.0.1:9/send")
    engine = make_engine(settings.database)
    init_schema(engine)
    with Session(engine) as s:
        svc = TicketService(s, Directory(settings), settings, NOW)
        for i, text in enumerate(texts):
            assert svc.intake(_msg(i, text, f"r{i}"), classify(text)).outcome == "filed"
        s.commit()
    return engine


def test_changes_to_a_cached_ticket_are_seen(db_url):
    engine = _file(db_url, ["3单元楼道灯不亮了", "5单元门口水管漏水"])
    reader = CandidateReader()
    probe = _msg(9, "我家也是")
    with Session(engine) as s:
        first = {v.no: v for v in reader.read(s, probe, NOW)}
        assert list(first) == [2, 1] and first[1].color != "red"
        s.execute(update(Ticket).where(Ticket.no == 1).values(color="red", category="safety",
                                                              updated_at=NOW + timedelta(minutes=5)))
        again = {v.no: v for v in reader.read(s, probe, NOW + timedelta(minutes=10))}
    assert again[1].color == "red" and again[1].category == "safety"
    assert again[1].minutes_since_last_report == 5
    assert again[1].text == "3单元楼道灯不亮了" and again[1].reporter_ids == ("r0",)


def test_the_cache_stays_bounded_and_answers_stay_complete(db_url):
    engine = _file(db_url, ["1单元楼道灯不亮了", "2单元门禁坏了", "4单元垃圾没人收"])
    reader = CandidateReader(cache_size=2)
    with Session(engine) as s:
        for _ in range(3):
            views = reader.read(s, _msg(9, "我家也是"), NOW)
            assert [v.no for v in views] == [3, 2, 1]
    assert len(reader._filed) == 2


def test_a_resolved_or_reported_fixed_ticket_is_no_candidate(db_url):
    engine = _file(db_url, ["1单元楼道灯不亮了", "2单元门禁坏了", "4单元垃圾没人收"])
    reader = CandidateReader()
    with Session(engine) as s:
        reader.read(s, _msg(9, "我家也是"), NOW)
        s.execute(update(Ticket).where(Ticket.no == 1).values(state="resolved"))
        s.execute(update(Ticket).where(Ticket.no == 2).values(fixed_reported_at=NOW))
        assert [v.no for v in reader.read(s, _msg(9, "我家也是"), NOW)] == [3]


def test_a_cached_ticket_whose_id_was_reused_after_a_rollback_is_read_again(db_url):
    engine = _file(db_url, ["1单元楼道灯不亮了"])
    reader = CandidateReader()
    with Session(engine) as s:
        [first] = reader.read(s, _msg(9, "我家也是"), NOW)
        # as if that insert had been rolled back and the id taken by another ticket
        s.execute(update(Ticket).where(Ticket.no == 1).values(source_msg_id="other", text="5单元门禁坏了"))
        [again] = reader.read(s, _msg(9, "我家也是"), NOW)
    assert first.text == "1单元楼道灯不亮了" and again.text == "5单元门禁坏了"


def test_a_pass_reads_several_conversations_at_once_and_keeps_them_until_forgotten(db_url):
    engine = _file(db_url, ["3单元楼道灯不亮了", "5单元门口水管漏水"])
    private = InboundMessage(platform="generic", msg_id="p1", chat_id=None, sender_id="r1", text="我家也是", ts=NOW)
    reader = CandidateReader()
    with Session(engine) as s:
        alone = [v.no for v in reader.read(s, _msg(9, "我家也是"), NOW)]
        reader.begin_pass()
        reader.prefetch(s, [_msg(9, "我家也是"), private])
        s.execute(update(Ticket).where(Ticket.no == 1).values(state="resolved"))
        kept = [v.no for v in reader.read(s, _msg(10, "我家也是"), NOW)]   # as read before the change
        assert reader.read(s, private, NOW) == []
        reader.forget(_msg(10, "我家也是"))
        again = [v.no for v in reader.read(s, _msg(11, "我家也是"), NOW)]
        reader.end_pass()
    assert alone == kept == [2, 1] and again == [2]
