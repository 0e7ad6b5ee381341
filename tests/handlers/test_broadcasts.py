"""Receive 通知 / 通知列表 / 取消通知, expect these replies, and the notices at their time."""
from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from bot import appkeys as K
from bot.clock import ManualClock
from tests.support import message, post

TUE_10 = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)     # Tuesday 10:00 Asia/Shanghai
WED_8 = datetime(2026, 11, 25, 0, 0, tzinfo=UTC)      # Wednesday 08:00
NO_DIGESTS = {"morning": None, "weekly": None}


async def start(bot_factory):  # type: ignore[no-untyped-def]
    clock = ManualClock(TUE_10)
    return await bot_factory(clock=clock, digests=NO_DIGESTS), clock


async def say(bot, chat, sender, text):  # type: ignore[no-untyped-def]
    """Send a message and return the bot's one answer to it."""
    n = len(bot.platform.sent)
    resp = await post(bot.client, message(chat, sender, text))
    assert resp.status == 200
    sent = await bot.platform.wait_count(n + 1)
    return sent[n]["text"]


async def test_one_off_notice_fires_once_and_lists_and_cancels(bot_factory):
    bot, clock = await start(bot_factory)
    answer = await say(bot, "office", "s1", "通知 明天8:00-12:00 停水 @3号楼 @5号楼")
    assert answer == "已安排通知 1：11月25日 8:00发往3号楼、5号楼。取消请发「取消通知 1」。"
    listing = await say(bot, "office", "s1", "通知列表")
    assert listing.splitlines() == ["待发通知：", "1. 11月25日 8:00｜8:00-12:00 停水｜3号楼、5号楼"]
    n = len(bot.platform.sent)
    clock.set(WED_8 - timedelta(minutes=1))
    assert bot.app[K.SCHEDULES].sweep() == []
    clock.set(WED_8)
    [fired] = bot.app[K.SCHEDULES].sweep()
    assert fired.messages == 2
    await bot.platform.wait_count(n + 2)
    assert [m["text"] for m in bot.platform.to_chat("b3")] == ["8:00-12:00 停水"]
    assert [m["text"] for m in bot.platform.to_chat("b5")] == ["8:00-12:00 停水"]
    clock.advance(minutes=10)
    assert bot.app[K.SCHEDULES].sweep() == []
    assert await say(bot, "office", "s1", "通知列表") == "目前没有待发的通知。"
    assert await say(bot, "office", "s1", "取消通知 1") == "没有待发的通知 1，发「通知列表」查看编号。"


async def test_cancelled_notice_never_goes_out(bot_factory):
    bot, clock = await start(bot_factory)
    await say(bot, "office", "s1", "通知 明天8:00 停电检修 @全部")
    assert await say(bot, "office", "s2", "取消通知 1") == "通知 1 已取消。"
    n = len(bot.platform.sent)
    clock.set(WED_8 + timedelta(minutes=1))
    assert bot.app[K.SCHEDULES].sweep() == []
    await asyncio.sleep(0.2)
    assert len(bot.platform.sent) == n


async def test_recurring_notice_goes_out_every_week_until_cancelled(bot_factory):
    bot, clock = await start(bot_factory)
    answer = await say(bot, "yard", "g1", "通知 每周一 9:00 垃圾分类提醒：厨余垃圾请沥干 @第一网格")
    assert "已安排通知 1" in answer and "每周" in answer and "11月30日 9:00" in answer
    mon = datetime(2026, 11, 30, 1, 0, tzinfo=UTC)
    for week in range(2):
        clock.set(mon + timedelta(days=7 * week))
        [fired] = bot.app[K.SCHEDULES].sweep()
        assert fired.messages == 3          # b3, b5 and the grid-wide yard chat
    await bot.platform.wait_for(lambda s: len([m for m in s if m.get("chat_id") == "b5"]) == 2)
    assert bot.platform.to_chat("b5")[0]["text"] == "垃圾分类提醒：厨余垃圾请沥干"
    assert await say(bot, "yard", "g1", "取消通知 1") == "通知 1 已取消。"
    clock.set(mon + timedelta(days=14))
    assert bot.app[K.SCHEDULES].sweep() == []


async def test_notice_without_time_goes_out_now_to_the_named_chats(bot_factory):
    bot, _ = await start(bot_factory)
    await post(bot.client, message("office", "s1", "通知 电梯维保 今天下午暂停使用 @9号楼"))
    await bot.platform.wait_count(2)
    assert [m["text"] for m in bot.platform.to_chat("office")] == ["通知已发往9号楼。"]
    assert bot.platform.to_chat("b9")[0]["text"] == "电梯维保 今天下午暂停使用"


async def test_rights_and_bad_input_get_one_sentence_and_store_nothing(bot_factory):
    bot, _ = await start(bot_factory)
    refuse = "只有社区工作人员可以发通知；网格长只能发往本网格的群。"
    assert await say(bot, "b3", "l3", "通知 明天8:00 停水 @3号楼") == refuse        # a leader
    assert await say(bot, "yard", "g1", "通知 明天8:00 停水 @9号楼") == refuse      # another grid
    assert await say(bot, "yard", "g1", "通知 明天8:00 停水 @全部") == refuse
    assert await say(bot, "b3", "r1", "通知列表") == refuse                          # a resident
    assert await say(bot, "office", "s1", "通知 今天9:00 停水 @3号楼") == "11月24日 9:00已经过去了，请换一个以后的时间。"
    assert await say(bot, "office", "s1", "通知 明天8:00 停水 @12号楼") == \
        "不认识「12号楼」，请写楼栋名（如 @3号楼）、网格名或 @全部。"
    assert await say(bot, "office", "s1", "通知 明天 停水 @3号楼") == "请写明几点，如「明天8:00」。"
    assert await say(bot, "office", "s1", "通知 明天8:00 @3号楼") == "请写上通知内容，如「通知 明天8:00 停水 @3号楼」。"
    assert await say(bot, "office", "s1", "通知列表") == "目前没有待发的通知。"
    # a chief in their own grid may, defaulting to the chat they wrote in
    assert (await say(bot, "b5", "g1", "通知 明天8:00 停水")).startswith("已安排通知 1：11月25日 8:00发往5号楼")


async def test_resident_saying_tongzhi_is_an_ordinary_report(bot_factory):
    bot, _ = await start(bot_factory)
    await post(bot.client, message("b3", "r1", "通知一下物业 3号楼二单元电梯卡住了 里面有人"))
    await bot.platform.wait_count(2)
    assert len(bot.tickets()) == 1


async def test_config_notice_is_listed_but_cancelled_only_in_config(bot_factory):
    clock = ManualClock(TUE_10)
    sched = {"name": "防诈骗提醒", "cron": "0 10 * * *", "to": ["all"], "text": "谨防电信诈骗"}
    bot = await bot_factory(clock=clock, schedules=[sched], digests=NO_DIGESTS)
    listing = await say(bot, "office", "s1", "通知列表")
    assert "1. 每次每天，下次11月25日 10:00｜谨防电信诈骗（配置文件）｜全部楼栋群" in listing
    assert await say(bot, "office", "s1", "取消通知 1") == "通知 1 写在配置文件里，请在 config.yaml 中修改。"
