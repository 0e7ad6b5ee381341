"""Receive a fire report, then a neighbour telling of someone who cannot get down by themselves: expect the
second ticket red (the person is in the fire's danger), not the orange of a care request. Without the
danger, or long after it, the same words stay a care request. Through the running bot on a hand-moved
clock; sentences are our own."""
from __future__ import annotations

from datetime import UTC, datetime

from bot.clock import ManualClock
from tests.support import message, post

TUE_10 = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)     # Tuesday 10:00 Asia/Shanghai
NO_DIGESTS = {"morning": None, "weekly": None}
FIRE = "四楼楼道里冒黑烟了 好像是谁家电瓶车烧起来了 大家快下楼"
STRANDED = "五楼的刘爷爷腿脚不好 自己下不来 谁能上去帮一把"


async def say(bot, sender, text, chat="b3"):  # type: ignore[no-untyped-def]
    resp = await post(bot.client, message(chat, sender, text))
    assert resp.status == 200


async def test_someone_who_cannot_get_down_during_a_fire_is_red(bot_factory):
    clock = ManualClock(TUE_10)
    bot = await bot_factory(clock=clock, digests=NO_DIGESTS)
    await say(bot, "r1", FIRE)
    await bot.platform.wait_for(lambda sent: len(bot.tickets()) == 1)
    clock.advance(minutes=3)
    await say(bot, "r2", STRANDED)
    await bot.platform.wait_for(lambda sent: len(bot.tickets()) == 2)
    fire, person = bot.tickets()
    assert (fire.color, person.color, person.category) == ("red", "red", "care")
    assert person.reporters == 1 and fire.reporters == 1          # labelled apart, not merged
    assert any("#1" in r and "cannot get away" in r for r in person.reasons)


async def test_the_same_words_with_no_danger_open_are_a_care_request(bot_factory):
    clock = ManualClock(TUE_10)
    bot = await bot_factory(clock=clock, digests=NO_DIGESTS)
    await say(bot, "r2", STRANDED)
    await bot.platform.wait_for(lambda sent: len(bot.tickets()) == 1)
    [person] = bot.tickets()
    assert (person.color, person.category) == ("orange", "care")


async def test_the_same_words_hours_after_the_fire_are_a_care_request(bot_factory):
    clock = ManualClock(TUE_10)
    bot = await bot_factory(clock=clock, digests=NO_DIGESTS)
    await say(bot, "r1", FIRE)
    await bot.platform.wait_for(lambda sent: len(bot.tickets()) == 1)
    clock.advance(minutes=180)
    await say(bot, "r2", STRANDED)
    await bot.platform.wait_for(lambda sent: len(bot.tickets()) == 2)
    assert [t.color for t in bot.tickets()] == ["red", "orange"]


async def test_a_broken_lift_is_no_danger_to_get_away_from(bot_factory):
    clock = ManualClock(TUE_10)
    bot = await bot_factory(clock=clock, digests=NO_DIGESTS)
    await say(bot, "r1", "一单元电梯坏了 停在三楼不动了")
    await bot.platform.wait_for(lambda sent: len(bot.tickets()) == 1)
    clock.advance(minutes=3)
    await say(bot, "r2", "二单元的刘爷爷腿脚不好 这两天下不来 谁能帮着买点菜")
    await bot.platform.wait_for(lambda sent: len(bot.tickets()) == 2)
    assert bot.tickets()[1].color != "red"
