"""Deadlines on the running app: a fake send endpoint and a clock moved by hand."""
from datetime import UTC, datetime

from bot import appkeys as K
from bot.clock import ManualClock
from tests.support import message, post

TUESDAY_10 = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)   # 10:00 Asia/Shanghai
TUESDAY_21 = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)  # 21:00
RED = "3号楼二单元电梯卡住了 里面有人"
YELLOW = "3号楼楼道灯坏了好几天了 晚上黑乎乎的"


async def say(bot, text, sender="r1", chat="b3", **kw):  # type: ignore[no-untyped-def]
    assert (await post(bot.client, message(chat, sender, text, **kw))).status == 200


def sweep(bot, clock: ManualClock) -> int:  # type: ignore[no-untyped-def]
    n = bot.app[K.SWEEPER].sweep(clock.now())
    bot.app[K.WAKE_OUTBOX].set()
    return n


async def settle(bot) -> None:  # type: ignore[no-untyped-def]
    """Wait until the outbox has delivered everything (before the test clock jumps past leases)."""
    import asyncio

    from sqlmodel import Session, select

    from models import OutboxRow
    for _ in range(100):
        with Session(bot.app[K.ENGINE]) as s:
            if not s.exec(select(OutboxRow.id).where(OutboxRow.status == "pending")).first():
                return
        bot.app[K.WAKE_OUTBOX].set()
        await asyncio.sleep(0.05)
    raise AssertionError("outbox did not drain")


def texts(sent, **dest):  # type: ignore[no-untyped-def]
    key, val = next(iter(dest.items()))
    return [m["text"] for m in sent if m.get(key) == val]


async def test_unacknowledged_red_climbs_leader_chief_office_at_the_configured_minutes(bot_factory):
    clock = ManualClock(TUESDAY_10)
    bot = await bot_factory(clock=clock, sla={"red": {"ack": 10, "resolve": 120}})
    await say(bot, RED)
    await bot.platform.wait_count(2)
    clock.advance(minutes=9)
    assert sweep(bot, clock) == 0
    clock.advance(minutes=1)
    assert sweep(bot, clock) == 1
    await bot.platform.wait_count(4)
    t = bot.ticket(1)
    assert (t.holder_id, t.holder_level, t.state) == ("g1", 1, "open")
    assert any("#1" in x and "收到 #1" in x for x in texts(bot.platform.sent, user_id="g1"))
    assert texts(bot.platform.sent, chat_id="b3")[-1] == "#1 已升级至网格长"
    clock.advance(minutes=10)
    assert sweep(bot, clock) == 1
    await bot.platform.wait_count(6)
    t = bot.ticket(1)
    assert (t.holder_id, t.holder_level) == (None, 2)
    assert any("#1" in x for x in texts(bot.platform.sent, chat_id="office"))
    assert texts(bot.platform.sent, chat_id="b3")[-1] == "#1 已升级至社区"
    # nothing further until the resolve deadline (120 min after filing)
    clock.advance(minutes=60)
    assert sweep(bot, clock) == 0


async def test_group_lines_never_carry_room_or_text(bot_factory):
    clock = ManualClock(TUESDAY_10)
    bot = await bot_factory(clock=clock)
    await say(bot, "3号楼2单元302室电梯卡住了 里面有人 电话13812345678")
    await bot.platform.wait_count(2)
    clock.advance(minutes=10)
    sweep(bot, clock)
    await bot.platform.wait_count(4)
    for m in bot.platform.sent:
        if m.get("chat_id"):
            assert "302" not in m["text"] and "1381234" not in m["text"]
    assert any("302" in x for x in texts(bot.platform.sent, user_id="g1"))  # the new holder gets details


async def test_acknowledging_stops_the_ack_clock_not_the_resolve_clock(bot_factory):
    clock = ManualClock(TUESDAY_10)
    bot = await bot_factory(clock=clock, escalation={"overdue_max_per_level": 2})
    await say(bot, RED)
    await bot.platform.wait_count(2)
    clock.advance(minutes=5)
    await say(bot, "收到", sender="l3")
    await bot.platform.wait_count(3)
    clock.advance(minutes=30)
    assert sweep(bot, clock) == 0
    assert bot.ticket(1).holder_id == "l3"
    clock.set(TUESDAY_10.replace(hour=4))  # 120 minutes: resolve deadline
    assert sweep(bot, clock) == 1
    await bot.platform.wait_count(5)
    assert "督办" in texts(bot.platform.sent, user_id="l3")[-1]
    assert "督办" in texts(bot.platform.sent, user_id="g1")[-1]
    # repeats every ack interval (10 min), at most 2 per level, then the next level (office group)
    counts = []
    for _ in range(8):
        clock.advance(minutes=10)
        counts.append(sweep(bot, clock))
    assert counts == [1, 1, 1, 0, 0, 0, 0, 0]
    await bot.platform.wait_for(lambda s: len(texts(s, chat_id="office")) == 2
                                and len(texts(s, user_id="l3")) == 1 + 4)  # filing notice, 4 督办
    assert len([x for x in texts(bot.platform.sent, user_id="g1") if "督办" in x]) == 2



async def test_quiet_hours_hold_a_yellow_reminder_until_morning(bot_factory):
    clock = ManualClock(TUESDAY_21)
    bot = await bot_factory(clock=clock, sla={"yellow": {"ack": 60, "resolve": 4320}})
    await say(bot, YELLOW)
    await bot.platform.wait_count(2)
    assert bot.ticket(1).color == "yellow"
    clock.set(datetime(2026, 11, 24, 22, 30, tzinfo=UTC))  # 06:30 local next day: still quiet
    assert sweep(bot, clock) == 0
    clock.set(datetime(2026, 11, 24, 23, 0, tzinfo=UTC))   # 07:00 local
    assert sweep(bot, clock) == 1
    assert bot.ticket(1).holder_id == "g1"


async def test_quiet_hours_never_hold_a_red(bot_factory):
    clock = ManualClock(datetime(2026, 11, 24, 15, 0, tzinfo=UTC))  # 23:00 local
    bot = await bot_factory(clock=clock)
    await say(bot, RED)
    await bot.platform.wait_count(2)
    clock.advance(minutes=10)
    assert sweep(bot, clock) == 1
    await bot.platform.wait_count(4)
    assert texts(bot.platform.sent, chat_id="b3")[-1] == "#1 已升级至网格长"


async def test_two_app_instances_on_one_database_send_each_escalation_once(bot_factory):
    import asyncio
    clock = ManualClock(TUESDAY_10)
    one = await bot_factory(clock=clock)
    two = await bot_factory(clock=clock)
    await say(one, RED)
    await say(two, "5号楼电梯困人了 快来", chat="b5", sender="r5")
    await one.platform.wait_count(4)
    for expected in (2, 2, 0):
        await settle(one)
        clock.advance(minutes=10)
        now = clock.now()
        taken = await asyncio.gather(*(asyncio.to_thread(b.app[K.SWEEPER].sweep, now)
                                       for b in (one, two, one, two)))
        assert sum(taken) == expected  # one step per ticket, whoever took it
        one.app[K.WAKE_OUTBOX].set()
        two.app[K.WAKE_OUTBOX].set()
    await one.platform.wait_for(lambda s: len(texts(s, chat_id="b3")) == 3 and len(texts(s, chat_id="b5")) == 3)
    await asyncio.sleep(0.3)
    assert texts(one.platform.sent, chat_id="b3")[1:] == ["#1 已升级至网格长", "#1 已升级至社区"]
    assert texts(one.platform.sent, chat_id="b5")[1:] == ["#2 已升级至网格长", "#2 已升级至社区"]
    assert len(texts(one.platform.sent, chat_id="office")) == 2


async def test_a_restart_in_the_middle_resumes_every_clock(bot_factory):
    clock = ManualClock(TUESDAY_10)
    first = await bot_factory(clock=clock)
    await say(first, RED)
    await first.platform.wait_count(2)
    clock.advance(minutes=10)
    assert sweep(first, clock) == 1
    await first.platform.wait_count(4)
    await first.client.close()  # the process stops; the chief's clock is running in the database
    clock.advance(minutes=25)
    second = await bot_factory(clock=clock)
    assert sweep(second, clock) == 1   # the missed office escalation, once
    assert sweep(second, clock) == 0
    await second.platform.wait_count(6)
    assert texts(second.platform.sent, chat_id="b3")[-1] == "#1 已升级至社区"
    assert second.ticket(1).holder_level == 2


async def test_resolved_ticket_closes_itself_after_the_configured_days_and_rating_window_ends(bot_factory):
    clock = ManualClock(TUESDAY_10)
    bot = await bot_factory(clock=clock, escalation={"auto_close_days": 2})
    await say(bot, RED)
    await bot.platform.wait_count(2)
    await say(bot, "办结 #1", sender="l3")
    await bot.platform.wait_count(4)
    clock.advance(minutes=2 * 1440 - 1)
    assert sweep(bot, clock) == 0
    clock.advance(minutes=1)
    assert sweep(bot, clock) == 1
    t = bot.ticket(1)
    assert t.state == "closed" and t.next_due_at is None
    await settle(bot)
    clock.advance(minutes=1)
    await say(bot, "评价 #1 1", sender="r1")
    await bot.platform.wait_count(5)
    assert "评价期已过" in bot.platform.sent[-1]["text"] and bot.ticket(1).rating is None


async def test_a_sweep_waiting_for_the_database_never_holds_up_webhooks(bot_factory, db_url):
    """The scheduled sweep's writes wait for the database in a thread: while another writer holds
    SQLite's write gate, the bot still answers at once, and the step is taken once the gate opens."""
    import asyncio
    import threading
    import time

    import pytest

    from bot.db import is_sqlite_file, write_gate
    clock = ManualClock(TUESDAY_10)
    bot = await bot_factory(clock=clock, sla={"red": {"ack": 10, "resolve": 120}})
    if not is_sqlite_file(bot.app[K.ENGINE]):
        pytest.skip("SQLite's write gate")
    await say(bot, RED)
    await bot.platform.wait_count(2)
    clock.advance(minutes=10)
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with write_gate(bot.app[K.ENGINE]):
            held.set()
            release.wait(5)
    holder = threading.Thread(target=hold)
    holder.start()
    held.wait(5)
    job = bot.app[K.SCHEDULER].get_job("deadlines")
    sweeping = asyncio.create_task(job.func())      # the job as the scheduler runs it
    await asyncio.sleep(0.1)
    t0 = time.perf_counter()
    assert (await bot.client.get("/healthz")).status == 200
    assert time.perf_counter() - t0 < 0.5 and not sweeping.done()   # answered while the sweep waits
    release.set()
    await sweeping
    holder.join()
    assert bot.ticket(1).holder_level == 1                  # the step was taken after the gate opened
