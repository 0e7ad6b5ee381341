"""Receive a repair form relayed by staff: an open one is filed as a ticket coloured by its problem and
placed by its address; a closed one files nothing. Through the running bot; sentences are our own."""
from __future__ import annotations

from tests.support import message, post


async def say(bot, sender, text, chat="b3"):  # type: ignore[no-untyped-def]
    resp = await post(bot.client, message(chat, sender, text))
    assert resp.status == 200


async def test_an_open_form_from_staff_with_someone_trapped_is_a_red_ticket(bot):
    await say(bot, "s1", "【报修】地址：3号楼2单元电梯 问题：电梯停在半层 里面困着一位老人 报修人：住户 状态：已通知维保")
    await bot.platform.wait_for(lambda sent: len(bot.tickets()) == 1)
    [t] = bot.tickets()
    assert (t.color, t.category, t.building, t.unit) == ("red", "elevator", "3", "2")


async def test_a_closed_form_files_nothing_but_the_next_report_does(bot):
    await say(bot, "s1", "【报修】地址：3号楼1单元 问题：楼道窗户玻璃碎了 状态：已修复")
    await say(bot, "r1", "3号楼2单元楼道灯坏了 晚上看不见")
    await bot.platform.wait_for(lambda sent: len(bot.tickets()) == 1)
    [t] = bot.tickets()
    assert "灯" in t.text
