"""Processing stored messages: several share one transaction, each sees the effects of
the ones before it, a handler failure costs only its own message, and storing inbound
messages always gets the database first. Real SQLite file (or PostgreSQL), no mocks."""
from __future__ import annotations

import os
import threading
from datetime import UTC, datetime

import pytest
from sqlalchemy.exc import OperationalError

from sqlmodel import Session, select

from bot.db import init_schema, make_engine
from bot.inbox import store_batch, to_message
from bot.message import InboundMessage
from bot import ahead, flood, pipeline
from bot.pipeline import Pipeline
from bot.router import Router
from bot.context import Ctx, understand
from handlers import build_router
from models import InboundRecord, OutboxRow, Ticket, TicketReport
from tests.support import make_settings

NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # a Tuesday, 10:00 in Shanghai


@pytest.fixture(autouse=True)
def _unhurried(monkeypatch: pytest.MonkeyPatch) -> None:
    """A slow shared machine must not split what a test expects in one transaction."""
    monkeypatch.setattr(pipeline, "TXN_SECONDS", 30.0)


def _pipeline(db_url: str, router: Router | None = None) -> Pipeline:
    settings = make_settings(db_url, "http://127.0.0.1:9/send")
    engine = make_engine(settings.database)
    init_schema(engine)
    return Pipeline(engine, settings, router or build_router())


def _store(p: Pipeline, *texts: tuple[str, str]) -> None:
    msgs = [InboundMessage(platform="generic", msg_id=f"m{i}", chat_id="b3", sender_id=sender, text=text, ts=NOW)
            for i, (sender, text) in enumerate(texts)]
    store_batch(p.engine, msgs, NOW)


def _outcomes(p: Pipeline) -> list[tuple[str, str | None, int | None]]:
    with Session(p.engine) as s:
        return [(r.msg_id, r.outcome, r.ticket_no)
                for r in s.exec(select(InboundRecord).order_by(InboundRecord.id)).all()]


def test_messages_processed_in_one_pass_see_each_others_tickets(db_url):
    p = _pipeline(db_url)
    _store(p, ("r1", "2单元电梯门关不上了"), ("r2", "我家这边也是，电梯门一直开着关不上"),
           ("r3", "谢谢楼长"), ("r1", "在2单元左边那部"))
    left, done = p.transaction(p.pending_ids(), NOW)
    assert left == []   # one transaction
    assert [d.outcome for d in done] == ["filed", "merged", "ignored", "follow_up"]
    assert _outcomes(p) == [("m0", "filed", 1), ("m1", "merged", 1), ("m2", "ignored", None),
                            ("m3", "follow_up", 1)]
    with Session(p.engine) as s:
        assert len(s.exec(select(Ticket)).all()) == 1
        assert sorted({r.sender_id for r in s.exec(select(TicketReport)).all()}) == ["r1", "r2"]


def test_a_failing_handler_costs_only_its_own_message(db_url):
    real = build_router()
    flaky = Router("flaky")

    @flaky.message()
    def on_text(ctx: Ctx) -> None:
        if "boom" in ctx.msg.text:
            ctx.reply("half a reply that must not be sent")
            raise RuntimeError("handler bug")
        real.message_handlers()[0](ctx)
    flaky.include_router(real)

    p = _pipeline(db_url, flaky)
    _store(p, ("r1", "3单元楼道灯不亮了"), ("r2", "boom"), ("r4", "5单元门口水管爆了 在喷水"))
    assert [d.outcome for d in p.process_pending(NOW)] == ["filed", "error", "filed"]
    with Session(p.engine) as s:
        texts = [m.text for m in s.exec(select(OutboxRow)).all()]
        assert len(s.exec(select(Ticket)).all()) == 2
    assert texts and not any("half a reply" in t for t in texts)
    assert [o for _, o, _ in _outcomes(p)] == ["filed", "error", "filed"]


@pytest.mark.skipif(bool(os.environ.get("LINLI_TEST_PG_URL")),
                    reason="storing waits behind processing only on SQLite (one writer); PostgreSQL never gives way")
def test_a_transaction_ends_early_while_a_message_waits_to_be_stored(db_url, monkeypatch):
    monkeypatch.setattr(pipeline, "TURN_SECONDS", 0.0)   # its minimum turn already used
    p = _pipeline(db_url)
    _store(p, ("r1", "今天降温了"), ("r2", "大家注意保暖"), ("r3", "谢谢提醒"))
    ids = p.pending_ids()
    storing = threading.Event()      # cleared: the inbound writer has a message waiting
    left, done = p.transaction(ids, NOW, storing)
    assert len(done) == 1 and left == ids[1:]   # one message, then commit and give way
    storing.set()                    # stored: the rest go together
    left, done = p.transaction(left, NOW, storing)
    assert len(done) == 2 and left == []
    assert all(o == "ignored" for _, o, _ in _outcomes(p))


def test_processing_keeps_its_minimum_turn_under_a_steady_stream_of_webhooks(db_url, monkeypatch):
    monkeypatch.setattr(pipeline, "TURN_SECONDS", 30.0)
    p = _pipeline(db_url)
    _store(p, ("r1", "今天降温了"), ("r2", "大家注意保暖"), ("r3", "谢谢提醒"))
    left, done = p.transaction(p.pending_ids(), NOW, threading.Event())   # a webhook always waiting
    assert len(done) == 3 and left == []


def test_a_message_not_yet_claimable_is_left_for_later(db_url):
    p = _pipeline(db_url)
    _store(p, ("r1", "1单元楼道灯坏了"), ("r2", "2单元楼道灯也坏了"))
    with Session(p.engine) as s:
        second = s.exec(select(InboundRecord).where(InboundRecord.msg_id == "m1")).one().id
    # the chat's earlier message is still pending: the later one must wait its turn
    assert p.process(second, NOW) is None
    assert [d.outcome for d in p.process_pending(NOW)] == ["filed", "filed"]


def test_a_database_error_in_a_handler_leaves_the_messages_pending_for_a_retry(db_url):
    real = build_router()
    busy = Router("busy")
    locked = [True]

    @busy.message()
    def on_text(ctx: Ctx) -> None:
        if locked[0] and "停水" in ctx.msg.text:
            raise OperationalError("UPDATE ticket ...", {}, Exception("database is locked"))
        real.message_handlers()[0](ctx)
    busy.include_router(real)

    p = _pipeline(db_url, busy)
    _store(p, ("r1", "3单元楼道灯不亮了"), ("r2", "5单元停水了"))
    with pytest.raises(OperationalError):
        p.process_pending(NOW)
    assert [o for _, o, _ in _outcomes(p)] == [None, None]   # nothing committed, nothing lost
    locked[0] = False
    assert [d.outcome for d in p.process_pending(NOW)] == ["filed", "filed"]


def test_messages_understood_before_their_transaction_are_understood_as_their_handler_would(db_url):
    """Understanding is pure, so the pipeline reads messages before it takes the write lock;
    each message must still get its own reading, in its own chat and for its own sender."""
    p = _pipeline(db_url)
    sent = [("b3", "r1", "2单元电梯困人了 快来"), ("b3", "l3", "明天上午停水，请大家提前储水"),
            ("yard", "r2", "5号楼门口的路灯坏了"), ("b5", "r3", "查询 #1"), ("b5", "r4", "谢谢大家")]
    store_batch(p.engine, [InboundMessage(platform="generic", msg_id=f"m{i}", chat_id=chat, sender_id=who,
                                          text=text, ts=NOW) for i, (chat, who, text) in enumerate(sent)], NOW)
    done = p.process_pending(NOW)
    assert [d.msg_id for d in done] == ["m0", "m1", "m2", "m3", "m4"]
    with Session(p.engine) as s:
        records = {r.msg_id: r for r in s.exec(select(InboundRecord)).all()}
    for d in done:
        expected = None if d.msg_id == "m3" else understand(to_message(records[d.msg_id]), p.directory, p.vocab)
        assert d.understanding == expected, d.msg_id
    assert done[0].understanding.color == "red" and not done[1].understanding.request
    assert p.ahead.entries == {}   # nothing kept for messages another process may take


def test_a_message_that_cannot_be_read_ahead_costs_only_itself(db_url, monkeypatch):
    def fragile(msg, directory, vocab):  # type: ignore[no-untyped-def]
        if "乱码" in msg.text:
            raise ValueError("a reading bug")
        return understand(msg, directory, vocab)
    monkeypatch.setattr(ahead, "understand", fragile)
    p = _pipeline(db_url)
    _store(p, ("r1", "乱码乱码"), ("r2", "5单元门口水管爆了 在喷水"))
    assert [d.outcome for d in p.process_pending(NOW, yield_to=threading.Event())] == ["ignored", "filed"]
    assert [o for _, o, _ in _outcomes(p)] == ["ignored", "filed"]


def test_a_failure_among_many_redoes_the_transaction_and_keeps_every_other_effect_once(db_url):
    """Text messages run without a savepoint each; one failing has the whole transaction done
    again, carefully: the others' tickets and replies exist once, the failed one's not at all."""
    real = build_router()
    flaky = Router("flaky")
    calls: list[str] = []

    @flaky.message()
    def on_text(ctx: Ctx) -> None:
        calls.append(ctx.msg.msg_id)
        if "boom" in ctx.msg.text:
            ctx.tickets.intake(ctx.msg, understand(ctx.msg, ctx.directory, ctx.vocab))  # writes, then fails
            raise RuntimeError("handler bug")
        real.message_handlers()[0](ctx)
    flaky.include_router(real)

    p = _pipeline(db_url, flaky)
    _store(p, ("r1", "3单元楼道灯不亮了"), ("r2", "5单元门口水管爆了 boom"), ("r3", "谢谢"),
           ("r4", "7单元电梯坏了"))
    left, done = p.transaction(p.pending_ids(), NOW)
    assert left == [] and [d.outcome for d in done] == ["filed", "error", "ignored", "filed"]
    assert calls == ["m0", "m1", "m0", "m1", "m2", "m3"]   # done again from the start, once
    with Session(p.engine) as s:
        tickets = s.exec(select(Ticket).order_by(Ticket.no)).all()
        rows = s.exec(select(OutboxRow)).all()
    assert [(t.no, t.source_msg_id) for t in tickets] == [(1, "m0"), (2, "m3")]
    assert sorted({r.ticket_no for r in rows if r.ticket_no}) == [1, 2]
    assert not any("5单元门口水管" in r.text for r in rows)


def test_a_row_the_database_refuses_at_commit_costs_only_the_message_that_wrote_it(db_url):
    """Outbox rows are written together before the commit; one the database refuses is
    found again in the careful redo, where each message writes its own inside its savepoint."""
    from bot import deferred
    real = build_router()
    flaky = Router("flaky")

    @flaky.message()
    def on_text(ctx: Ctx) -> None:
        if "boom" in ctx.msg.text:
            deferred.insert(ctx.session, OutboxRow, {"platform": "generic", "chat_id": "b3"})  # no text: refused
            return
        real.message_handlers()[0](ctx)
    flaky.include_router(real)

    p = _pipeline(db_url, flaky)
    _store(p, ("r1", "3单元楼道灯不亮了"), ("r2", "boom"), ("r4", "7单元电梯坏了"))
    left, done = p.transaction(p.pending_ids(), NOW)
    assert left == [] and [d.outcome for d in done] == ["filed", "error", "filed"]
    with Session(p.engine) as s:
        rows = s.exec(select(OutboxRow)).all()
    assert sorted({r.ticket_no for r in rows if r.ticket_no}) == [1, 2] and all(r.text for r in rows)


def test_a_command_refused_costs_only_itself_without_a_redo(db_url, caplog):
    p = _pipeline(db_url)
    _store(p, ("r1", "3单元楼道灯不亮了"), ("r2", "办结 #99"), ("r3", "7单元电梯坏了"))
    left, done = p.transaction(p.pending_ids(), NOW)
    assert [d.outcome for d in done][0::2] == ["filed", "filed"] and done[1].outcome != "filed"
    assert [n for _, _, n in _outcomes(p)] == [1, None, 2]
    assert not [r for r in caplog.records if getattr(r, "event", None) == "redo_careful"]   # its own savepoint


@pytest.mark.skipif(not os.environ.get("LINLI_TEST_PG_URL"), reason="a row held by another transaction: PostgreSQL")
def test_a_record_another_process_holds_keeps_the_later_messages_of_its_chat_waiting(db_url):
    p = _pipeline(db_url)
    msgs = [InboundMessage(platform="generic", msg_id=f"m{i}", chat_id=chat, sender_id="r1", text=text, ts=NOW)
            for i, (chat, text) in enumerate([("b3", "今天降温了"), ("b3", "大家注意保暖"), ("b5", "谢谢提醒")])]
    store_batch(p.engine, msgs, NOW)
    ids = p.pending_ids()
    with p.engine.connect() as other:   # another process is processing the chat's first message
        other.execute(select(InboundRecord).where(InboundRecord.id == ids[0]).with_for_update())
        left, done = p.transaction(ids, NOW)
        assert [d.msg_id for d in done] == ["m2"]          # the other chat goes on
        assert _outcomes(p)[1] == ("m1", None, None)       # b3's second waits, unclaimed
        other.rollback()
    assert [d.msg_id for d in p.process_pending(NOW)] == ["m0", "m1"]


def test_recent_traffic_is_counted_per_sender_and_chat_for_many_messages_at_once(db_url, monkeypatch):
    """The flood limits' counts: a sender's and a chat's messages in the minute up to each
    message (not after it, not older), for a whole read-ahead in one statement."""
    monkeypatch.setattr(flood, "COUNT_MANY", 3)   # several statements' worth
    p = _pipeline(db_url)
    from datetime import timedelta
    plan = [("b3", "r1", 0), ("b3", "r1", 70), ("b3", "r2", 80), ("b5", "r1", 90), ("b3", "r1", 100),
            ("b5", "r3", 100), ("b3", "r2", 200)]
    for i, (chat, sender, at) in enumerate(plan):
        store_batch(p.engine, [InboundMessage(platform="generic", msg_id=f"m{i}", chat_id=chat, sender_id=sender,
                                              text="hi", ts=NOW)], NOW + timedelta(seconds=at))
    with Session(p.engine) as s:
        recs = s.exec(select(InboundRecord).order_by(InboundRecord.id)).all()
        items = [(to_message(r), r.id, r.received_at) for r in recs]
        got = p.flood.count_recent(s, items)
    assert got == [(1, 1), (1, 1), (1, 2), (2, 1), (3, 3), (1, 2), (1, 1)]


def test_the_flood_limits_count_the_minute_up_to_each_message_when_processing(db_url):
    """Whoever counts (reading ahead on SQLite, the claim on PostgreSQL): a sender's third
    message in a minute is over a budget of two and gets the one notice, the fourth is
    stopped silently, and a message after the minute has passed counts only from there; the
    chat's budget counts other senders too."""
    from datetime import timedelta
    settings = make_settings(db_url, "http://127.0.0.1:9/send",
                             limits={"per_sender_per_minute": 2, "per_chat_per_minute": 4})
    engine = make_engine(settings.database)
    init_schema(engine)
    p = Pipeline(engine, settings, build_router())
    plan = [("b3", "r1", 0), ("b3", "r1", 10), ("b3", "r1", 20), ("b3", "r1", 30), ("b3", "r1", 95),
            ("b5", "r2", 100), ("b5", "r3", 101), ("b5", "r4", 102), ("b5", "r5", 103), ("b5", "r6", 104),
            ("b5", "r7", 105)]
    for i, (chat, sender, at) in enumerate(plan):
        store_batch(engine, [InboundMessage(platform="generic", msg_id=f"m{i}", chat_id=chat, sender_id=sender,
                                            text="谢谢大家", ts=NOW)], NOW + timedelta(seconds=at))
    done = p.process_pending(NOW + timedelta(seconds=110))
    assert [d.outcome for d in done] == ["ignored", "ignored", "rate_limited", "rate_limited", "ignored",
                                         "ignored", "ignored", "ignored", "ignored", "rate_limited",
                                         "rate_limited"]
    with Session(engine) as s:
        texts = [(r.chat_id, r.text) for r in s.exec(select(OutboxRow).order_by(OutboxRow.id)).all()]
    assert [chat for chat, _ in texts] == ["b3", "b5"]   # one notice per budget, at its first message over


@pytest.mark.skipif(not os.environ.get("LINLI_TEST_PG_URL"), reason="a row held by another transaction: PostgreSQL")
def test_a_private_message_another_process_holds_keeps_its_senders_later_ones_waiting(db_url):
    """Private messages (no chat) keep their order per sender: "收到 #1" then "办结 #1" from one
    responder are never processed the wrong way round by two processes."""
    p = _pipeline(db_url)
    msgs = [InboundMessage(platform="generic", msg_id=f"m{i}", chat_id=None, sender_id=sender, text=text, ts=NOW)
            for i, (sender, text) in enumerate([("r1", "收到 #1"), ("r1", "办结 #1"), ("r2", "待办")])]
    store_batch(p.engine, msgs, NOW)
    ids = p.pending_ids()
    with p.engine.connect() as other:   # another process is processing r1's first private message
        other.execute(select(InboundRecord).where(InboundRecord.id == ids[0]).with_for_update())
        left, done = p.transaction(ids, NOW)
        assert [d.msg_id for d in done] == ["m2"]          # another sender goes on
        assert _outcomes(p)[1] == ("m1", None, None)       # r1's second waits, unclaimed
        other.rollback()
    assert [d.msg_id for d in p.process_pending(NOW)] == ["m0", "m1"]


def test_private_messages_of_one_sender_wait_for_its_earlier_pending_one(db_url):
    """On any database: a sender's later private message is not claimable while its earlier one
    is pending; another sender's is."""
    p = _pipeline(db_url)
    msgs = [InboundMessage(platform="generic", msg_id=f"m{i}", chat_id=None, sender_id=sender, text="待办", ts=NOW)
            for i, sender in enumerate(["r1", "r1", "r2"])]
    store_batch(p.engine, msgs, NOW)
    first, second, third = p.pending_ids()
    assert p.process(second, NOW) is None
    assert p.process(third, NOW) is not None
    assert [d.msg_id for d in p.process_pending(NOW)] == ["m0", "m1"]


def test_two_workers_reach_first_for_different_chats_and_each_chat_stays_in_order(db_url):
    """Worker k of n lists the chats that fall to it first (then the rest, which it takes when
    the other leaves them), so two workers seldom reach for the same records."""
    first = _pipeline(db_url)
    chats = [f"b{c}" for c in range(1, 9)]
    store_batch(first.engine, [InboundMessage(platform="generic", msg_id=f"m{i}", chat_id=chats[i % 8],
                                              sender_id="r1", text="今天降温了", ts=NOW) for i in range(40)], NOW)
    chat_of = {r.id: r.chat_id for r in Session(first.engine).exec(select(InboundRecord)).all()}
    lists = []
    for k in (0, 1):
        p = Pipeline(first.engine, first.settings, build_router(), share=(k, 2))
        ids = p.pending_ids()
        assert sorted(ids) == sorted(chat_of)                              # nothing left out
        for chat in chats:                                                   # each chat in id order
            mine = [i for i in ids if chat_of[i] == chat]
            assert mine == sorted(mine)
        lists.append(ids)
    heads = [{chat_of[i] for i in ids[:10]} for ids in lists]
    assert heads[0] and heads[1] and not heads[0] & heads[1]                # different chats first
    assert lists[0][0] != lists[1][0]
