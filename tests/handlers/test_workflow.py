"""Receive a command, expect these replies and this ticket: hand over, return, recolour,
lists, the 公示牌, rating and reopening."""
from datetime import UTC, datetime

from bot.clock import ManualClock
from tests.support import COMMUNITY, message, post

RED = "3号楼二单元电梯卡住了 里面有人"
UNITS = {"wuye": {"name": "物业", "people": ["p1", "p2"], "chat": "wuye_chat"}}
PEOPLE = {**COMMUNITY["people"], "p1": {"name": "物业老周"}, "p2": {"name": "物业小吴"}}


async def say(bot, text, sender="r1", chat="b3", **kw):  # type: ignore[no-untyped-def]
    assert (await post(bot.client, message(chat, sender, text, **kw))).status == 200


async def filed(bot, text=RED, chat="b3", sender="r1"):  # type: ignore[no-untyped-def]
    n = len(bot.platform.sent)
    await say(bot, text, sender=sender, chat=chat)
    await bot.platform.wait_count(n + 2)


async def answer(bot, text, sender, chat="b3", count=1, **kw):  # type: ignore[no-untyped-def]
    """Send a command; wait for `count` new messages; return the last text in that chat."""
    n = len(bot.platform.sent)
    await say(bot, text, sender=sender, chat=chat, **kw)
    sent = await bot.platform.wait_count(n + count)
    assert len(sent) == n + count, sent[n:]
    here = [m for m in sent[n:] if m.get("chat_id") == chat]
    return (here or sent[n:])[-1]["text"]


async def test_transfer_to_property_unit_makes_its_person_holder_and_tells_its_chat(bot_factory):
    bot = await bot_factory(units=UNITS, people=PEOPLE)
    await filed(bot)
    reply = await answer(bot, "转交 #1 物业", sender="l3", count=3)
    assert reply == "#1 已转交物业物业老周负责。"
    t = bot.ticket(1)
    assert (t.holder_id, t.state, t.chain[t.holder_level]["level"]) == ("p1", "open", "unit")
    assert any("#1" in m["text"] for m in bot.platform.to_user("p1"))
    assert any("收到 #1" in m["text"] for m in bot.platform.to_chat("wuye_chat"))
    # another member of the unit may take it; the leader who handed it over stays above
    assert "已签收" in await answer(bot, "收到 #1", sender="p2", chat="wuye_chat")
    assert bot.ticket(1).state == "acknowledged"
    assert bot.platform.sent[-1]["chat_id"] == "b3"  # the residents hear it in their own group
    await answer(bot, "办结 #1 已修好", sender="l3", count=2)
    assert bot.ticket(1).state == "resolved"


async def test_transfer_to_a_mentioned_person_and_refusals(bot_factory):
    bot = await bot_factory(units=UNITS, people=PEOPLE)
    await filed(bot)
    assert "无权" in await answer(bot, "转交 #1 @赵楼长", sender="l5")
    assert "转交给谁" in await answer(bot, "转交 #1", sender="l3")
    assert "没有找到「老王」" in await answer(bot, "转交 #1 @老王", sender="l3")
    assert "#1 已转交网格长张网格长负责。" == await answer(bot, "转交 #1", sender="l3", mentions=["g1"], count=2)
    assert bot.platform.to_chat("yard") == []
    t = bot.ticket(1)
    assert (t.holder_id, t.holder_level) == ("g1", 1)
    assert bot.ticket(1).state == "open"
    assert "不能" not in bot.platform.sent[-1]["text"]


async def test_return_needs_a_reason_and_posts_it_without_room_numbers(bot):
    await filed(bot)
    assert "原因" in await answer(bot, "退回 #1", sender="l3")
    assert bot.ticket(1).state == "open"
    reply = await answer(bot, "退回 #1 不归本楼管 是302室家里自己的事", sender="l3")
    assert reply.startswith("#1 已退回") and "302" not in reply and "不归本楼管" in reply
    t = bot.ticket(1)
    assert t.state == "returned" and t.next_due_at is None
    assert "已退回" in await answer(bot, "退回 #1 重复", sender="l3")


async def test_recolor_is_for_chief_and_staff_and_resets_clocks(bot_factory):
    clock = ManualClock(datetime(2026, 11, 24, 2, 0, tzinfo=UTC))
    bot = await bot_factory(clock=clock)
    await filed(bot, "3号楼楼道灯坏了好几天了 晚上黑乎乎的")
    assert bot.ticket(1).color == "yellow"
    assert "网格长和社区" in await answer(bot, "改色 #1 红", sender="l3")
    assert "颜色" in await answer(bot, "改色 #1 紫", sender="g1")
    clock.advance(minutes=30)
    reply = await answer(bot, "改色 #1 红 楼道全黑有老人摔倒", sender="g1")
    assert reply.startswith("#1 紧急程度改为红色")
    t = bot.ticket(1)
    assert t.color == "red" and t.ack_due_at == clock.now().replace(minute=40)
    assert "已是红色" in await answer(bot, "改色 #1 红", sender="s1")


async def test_todo_lists_the_responders_open_tickets_most_urgent_first(bot):
    await filed(bot, "3号楼楼道灯坏了好几天了 晚上黑乎乎的")
    await filed(bot)
    reply = await answer(bot, "待办", sender="l3")
    lines = reply.splitlines()
    assert "2件" in lines[0] and lines[1].startswith("#2 红色") and lines[2].startswith("#1 黄色")
    assert "剩" in lines[1]
    assert "没有待办" in await answer(bot, "待办", sender="l5")
    assert "只有" in await answer(bot, "待办", sender="r1")


async def test_stats_counts_by_colour_and_state_for_chiefs_and_staff(bot):
    await filed(bot)
    await filed(bot, "5号楼楼道灯坏了 黑乎乎的", chat="b5", sender="r2")
    await answer(bot, "收到 #1", sender="l3")
    reply = await answer(bot, "统计 本周", sender="s1")
    assert reply.startswith("本周统计：共2件") and "红1" in reply and "已签收1" in reply and "100%" in reply
    chief = await answer(bot, "统计", sender="g2")
    assert "共0件" in chief
    assert "网格长和社区" in await answer(bot, "统计", sender="l3")
    assert "网格长和社区" in await answer(bot, "统计 今天", sender="r1")


async def test_whois_shows_the_buildings_board(bot):
    reply = await answer(bot, "找谁", sender="r1")
    assert "3号楼" in reply and "李楼长" in reply and "张网格长" in reply
    reply = await answer(bot, "网格员", sender="r9", chat="b9")
    assert "9号楼" in reply and "暂无" in reply and "陈网格长" in reply


async def test_rating_after_resolve_by_bare_digit_and_others_digits_are_chatter(bot):
    await filed(bot)
    await answer(bot, "办结 #1 已修复", sender="l3", count=2)
    assert bot.platform.sent[-1]["text"] == "请对 #1 评价：回复 1 满意 / 2 基本满意 / 3 不满意"
    assert bot.platform.sent[-1]["mentions"] == ["r1"]
    n = len(bot.platform.sent)
    await say(bot, "1", sender="r2")        # not a reporter: chatter, no reply
    reply = await answer(bot, "2", sender="r1")
    assert reply == "感谢评价：#1 基本满意。" and len(bot.platform.sent) == n + 1
    assert bot.ticket(1).rating == 2
    assert "反映人" in await answer(bot, "评价 #1 1", sender="r2")
    assert "#9" in await answer(bot, "评价 #9 1", sender="r1")


async def test_unsatisfied_rating_reopens_to_holder_and_tells_the_grid_chief(bot):
    await filed(bot)
    await answer(bot, "办结 #1", sender="l3", count=2)
    await answer(bot, "评价 #1 3", sender="r1", count=4)
    t = bot.ticket(1)
    assert (t.state, t.holder_id, t.rating, t.reopened) == ("open", "l3", 3, 1)
    assert any("重新打开" in m["text"] for m in bot.platform.to_user("l3"))
    assert any("重新打开" in m["text"] for m in bot.platform.to_user("g1"))
    assert t.next_due_at is not None


async def test_not_fixed_reopens_the_reporters_latest_resolved_ticket(bot):
    await filed(bot)
    await answer(bot, "办结 #1", sender="l3", count=2)
    assert "重新打开" in await answer(bot, "没修好", sender="r1", count=3)
    assert bot.ticket(1).state == "open"
    assert "已签收" not in bot.platform.sent[-1]["text"]
    # no resolved ticket of theirs: just words, understood as text (no reply)
    n = len(bot.platform.sent)
    await say(bot, "没修好", sender="r5")
    assert "已签收" in await answer(bot, "收到 #1", sender="l3")
    assert len(bot.platform.sent) == n + 1 and bot.ticket(1).state == "acknowledged"


async def test_private_category_gets_a_neutral_group_reply(bot):
    await say(bot, "隔壁老人独居 好几天没见出门了 有点担心", sender="r1")
    await bot.platform.wait_count(2)
    [t] = bot.tickets()
    assert t.category == "care"
    assert bot.platform.to_chat("b3")[-1]["text"] == "已收到 #1，已转网格员私下联系。"
    assert any("独居" in m["text"] for m in bot.platform.to_user("l3"))
    reply = await answer(bot, "查询 #1", sender="r7")
    assert "私下处理" in reply and "关爱" not in reply


async def test_help_lists_what_each_person_may_use(bot):
    resident = await answer(bot, "帮助", sender="r1")
    leader = await answer(bot, "帮助", sender="l3")
    chief = await answer(bot, "帮助", sender="g1")
    assert "找谁" in resident and "转交" not in resident
    assert "转交" in leader and "改色" not in leader
    assert "改色" in chief and "统计" in chief


async def test_a_private_tickets_resolve_remark_stays_out_of_the_group(bot_factory):
    bot = await bot_factory()
    await post(bot.client, message("b3", "r1", "隔壁独居的王奶奶这两天没出门 我有点担心 能不能让网格员去看看"))
    await bot.platform.wait_count(2)
    [t] = bot.tickets()
    assert t.category in ("care",)
    await post(bot.client, message("b3", "l3", f"办结 #{t.no} 已上门，老人住院了，联系其女儿１３８１２３４５６７８"))
    await bot.platform.wait_for(lambda s: any("已办结" in m.get("text", "") for m in s))
    group = " ".join(m["text"] for m in bot.platform.to_chat("b3"))
    assert "住院" not in group and "１３８" not in group and "138" not in group
