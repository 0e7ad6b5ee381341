"""Deadlines on the running app: a fake send endpoint and a clock moved by hand."""
from datetime import UTC, datetime

from aiohttp.test_utils import TestClient, TestServer

from bot import appkeys as K
from bot.app import create_app
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

