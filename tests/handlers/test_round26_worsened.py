"""Receive a report of a dry branch, then, an hour later, a neighbour's report that it has split and
hangs over the path: expect one ticket, raised to red with its clocks restarted, and the group told.
Receive a fire in the building with a lift ticket open: expect a ticket of its own. Through the running
bot; sentences are our own."""
from datetime import UTC, datetime, timedelta

from bot.clock import ManualClock
from tests.support import message, post


async def say(bot, sender, text, chat="b3"):  # type: ignore[no-untyped-def]
    assert (await post(bot.client, message(chat, sender, text))).status == 200


async def test_a_worsening_joins_raises_and_restarts_the_clocks(bot_factory):
    clock = ManualClock(datetime(2026, 11, 24, 2, 0, tzinfo=UTC))
    bot = await bot_factory(clock=clock)
    # (the first report an ordinary repair: the model retrained in round 29 reads "风一吹就晃" over a doorway as a
    # hazard that will grow, orange, which a worsening to red raises just the same)
    await say(bot, "r1", "3单元门口那棵杨树有根树枝枯了 好久了 能不能找人剪掉")
    await bot.platform.wait_count(2)
    [t] = bot.tickets()
    assert t.color == "yellow"
    yellow_due = t.ack_due_at
    clock.advance(minutes=60)
    await say(bot, "r2", "3单元门口那根枯树枝断了一半 挂在半空晃 底下天天有人走 快来人")
    await bot.platform.wait_for(lambda sent: any("升为红色" in m["text"] for m in sent))
    sent = bot.platform.sent
    [t] = bot.tickets()
    assert t.color == "red" and t.reporters == 2
    assert t.ack_due_at is not None and t.ack_due_at != yellow_due
    assert t.ack_due_at - clock.now() <= timedelta(minutes=10)   # the red colour's clock, from now
    assert any("已并入 #1" in m["text"] and "升为红色" in m["text"] for m in sent if m.get("chat_id") == "b3")


async def test_a_fire_beside_an_open_lift_ticket_is_its_own(bot):
    await say(bot, "r1", "3号楼2单元电梯坏了 一直停在8楼 麻烦叫维保")
    await bot.platform.wait_count(2)
    await say(bot, "r2", "2单元楼道着火了 好大的烟 快打119")
    await bot.platform.wait_for(lambda sent: len(bot.tickets()) == 2)
    lift, fire = bot.tickets()
    assert lift.color != "red" and fire.color == "red"
