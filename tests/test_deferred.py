"""Outbox rows and ticket events collected by a processing transaction: written in order
just before it commits, forgotten with a savepoint that rolls back."""
from sqlmodel import Session, col, func, select

from bot import deferred
from bot.clock import utcnow
from bot.db import init_schema, make_engine
from bot.outbox import enqueue
from models import OutboxRow


def _texts(engine) -> list[str]:  # type: ignore[no-untyped-def]
    with Session(engine) as s:
        return list(s.exec(select(OutboxRow.text).order_by(col(OutboxRow.id))).all())


def test_collected_rows_are_written_in_order_before_the_commit_and_a_rolled_back_savepoint_loses_its_own(db_url):
    engine = make_engine(db_url)
    init_schema(engine)
    now = utcnow()
    with Session(engine) as s:
        deferred.defer(s)
        enqueue(s, now, platform="generic", chat_id="b3", text="第一条")
        enqueue(s, now, platform="generic", chat_id="b3", text="第二条")
        assert s.exec(select(func.count()).select_from(OutboxRow)).one() == 0   # not written yet
        savepoint, n = s.begin_nested(), deferred.mark(s)
        enqueue(s, now, platform="generic", chat_id="b3", text="失败的那条")
        savepoint.rollback()
        deferred.drop_after(s, n)
        enqueue(s, now, platform="generic", user_id="l3", text="第三条")
        assert deferred.flush(s) == 3
        s.commit()
    assert _texts(engine) == ["第一条", "第二条", "第三条"]


def test_a_session_that_does_not_defer_writes_at_once_and_a_rollback_leaves_nothing(db_url):
    engine = make_engine(db_url)
    init_schema(engine)
    with Session(engine) as s:
        enqueue(s, utcnow(), platform="generic", chat_id="b3", text="立即写入")
        assert s.exec(select(func.count()).select_from(OutboxRow)).one() == 1
        s.rollback()
    with Session(engine) as s:
        deferred.defer(s)
        enqueue(s, utcnow(), platform="generic", chat_id="b3", text="随事务回滚")
        s.rollback()
    assert _texts(engine) == []
