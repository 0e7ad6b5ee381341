"""Receive a quarrel where someone fetches a knife, a joke about a fire, a stopped breathing machine:
expect a red ticket answered in the group, or no ticket at all. Through the running bot; sentences
are our own."""
from __future__ import annotations

from tests.support import message, post


async def say(bot, sender, text, chat="b3"):  # type: ignore[no-untyped-def]
    resp = await post(bot.client, message(chat, sender, text))
    assert resp.status == 200


async def test_a_knife_fetched_in_a_quarrel_is_a_red_safety_ticket(bot):
    await say(bot, "r1", "楼下两口子吵得厉害 男的回屋拎了把菜刀出来 在楼道里比划")
    sent = await bot.platform.wait_count(2)
    [t] = bot.tickets()
    assert (t.color, t.category) == ("red", "safety")
    group = [m["text"] for m in sent if m.get("chat_id") == "b3"]
    assert any("#1" in text and "红色" in text for text in group), group


async def test_a_breathing_machine_that_stopped_is_red_care(bot):
    await say(bot, "r1", "我奶奶的制氧机停了 她喘得厉害 3单元402")
    await bot.platform.wait_for(lambda sent: len(bot.tickets()) == 1)
    [t] = bot.tickets()
    assert (t.color, t.category) == ("red", "care")


async def test_a_joke_about_a_fire_files_nothing(bot):
    await say(bot, "r1", "我家厨房天天着火 我老公炒菜的水平 哈哈哈")
    await say(bot, "r2", "3单元楼道灯坏了 晚上黑乎乎的")
    await bot.platform.wait_for(lambda sent: len(bot.tickets()) == 1)
    [t] = bot.tickets()
    assert t.color == "yellow" and "灯" in t.text
