"""Receive a report of the same kind of fault hours after the first: expect a ticket of its own, unless
the resident says the first is still not fixed (then it is merged, "已并入"). Through the running bot on
a hand-moved clock; sentences are our own."""
from __future__ import annotations

from datetime import UTC, datetime

from bot.clock import ManualClock
from tests.support import message, post

TUE_10 = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)     # Tuesday 10:00 Asia/Shanghai
NO_DIGESTS = {"morning": None, "weekly": None}


async def say(bot, sender, text, chat="b3"):  # type: ignore[no-untyped-def]
    resp = await post(bot.client, message(chat, sender, text))
    assert resp.status == 200


async def test_the_same_fault_hours_later_is_a_new_ticket(bot_factory):
    clock = ManualClock(TUE_10)
    bot = await bot_factory(clock=clock, digests=NO_DIGESTS)
    await say(bot, "r1", "1单元的门禁坏了 门关不上 麻烦物业修一下")
    await bot.platform.wait_count(2)
    clock.advance(minutes=300)
    await say(bot, "r2", "单元门的门禁又坏了 一推就开 麻烦看看")
    await bot.platform.wait_for(lambda sent: len(bot.tickets()) == 2)
    assert [t.reporters for t in bot.tickets()] == [1, 1]
    assert all("已并入" not in m["text"] for m in bot.platform.sent)


async def test_still_not_fixed_hours_later_joins_the_ticket(bot_factory):
    clock = ManualClock(TUE_10)
    bot = await bot_factory(clock=clock, digests=NO_DIGESTS)
    await say(bot, "r1", "1单元的门禁坏了 门关不上 麻烦物业修一下")
    await bot.platform.wait_count(2)
    clock.advance(minutes=300)
    n = len(bot.platform.sent)
    await say(bot, "r2", "门禁还没修好 门还是关不上 麻烦快点")
    sent = await bot.platform.wait_count(n + 1)
    [t] = bot.tickets()
    assert t.reporters == 2
    assert any("已并入 #1" in m["text"] for m in sent[n:])
