"""Receive a neighbour's report of the same problem in other words minutes after the first, expect it
merged into that ticket (one ticket, "已并入"); receive the same symptom about another lift, expect a
ticket of its own. Through the running bot; sentences are our own."""
from tests.support import message, post


async def say(bot, sender, text, chat="b3"):  # type: ignore[no-untyped-def]
    resp = await post(bot.client, message(chat, sender, text))
    assert resp.status == 200


async def test_an_agreeing_neighbour_in_other_words_joins_the_ticket(bot):
    await say(bot, "r1", "3号楼单元门的门禁坏了 刷卡没反应 麻烦物业修一下")
    await bot.platform.wait_count(2)
    await say(bot, "r2", "是的，门一推就开，关都关不上")
    sent = await bot.platform.wait_count(3)
    [t] = bot.tickets()
    assert t.reporters == 2
    assert "已并入 #1" in sent[-1]["text"]


async def test_the_same_symptom_on_another_lift_is_its_own_ticket(bot):
    await say(bot, "r1", "2号电梯又停了 按哪层都没反应 麻烦物业叫维保")
    await bot.platform.wait_count(2)
    await say(bot, "r2", "1号梯也停了 按哪层都没反应")
    await bot.platform.wait_count(4)
    assert [t.no for t in bot.tickets()] == [1, 2]
    assert all("已并入" not in m["text"] for m in bot.platform.sent)
