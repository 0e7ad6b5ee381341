"""Receive a message, expect these replies and this ticket."""
from tests.support import message, post


async def report(bot, chat="b3", sender="r1", text="3号楼二单元电梯卡住了 里面有人", **kw):  # type: ignore[no-untyped-def]
    resp = await post(bot.client, message(chat, sender, text, **kw))
    assert resp.status == 200
    return resp


async def test_resident_report_files_ticket_and_answers_in_group_mentioning_leader(bot):
    await report(bot, msg_id="r-1")
    sent = await bot.platform.wait_count(2)
    [t] = bot.tickets()
    assert (t.no, t.state, t.color, t.building, t.unit) == (1, "open", "red", "3", "2")
    assert t.holder_id == "l3"
    [group] = bot.platform.to_chat("b3")
    assert "#1" in group["text"] and "李楼长" in group["text"] and "红色" in group["text"]
    assert group["mentions"] == ["l3"]
    assert group["quote_msg_id"] == "r-1"
    [personal] = bot.platform.to_user("l3")
    assert "#1" in personal["text"] and "电梯" in personal["text"]
    assert len(sent) == 2


async def test_building_without_leader_goes_to_grid_chief(bot):
    await report(bot, chat="b9", text="楼道灯坏了好几天了 晚上黑乎乎的")
    await bot.platform.wait_count(2)
    [t] = bot.tickets()
    assert t.holder_id == "g2" and t.building == "9"
    assert bot.platform.to_chat("b9")[0]["mentions"] == ["g2"]


async def test_chatter_files_nothing_and_says_nothing(bot):
    await report(bot, text="谢谢楼长")
    await report(bot, text="收到")
    await report(bot, text="3号楼二单元电梯卡住了 里面有人")
    await bot.platform.wait_count(2)
    assert len(bot.tickets()) == 1
    assert len(bot.platform.sent) == 2


async def test_leader_acknowledges_then_resolves_and_each_change_is_posted(bot):
    await report(bot)
    await bot.platform.wait_count(2)
    await report(bot, sender="l3", text="收到")
    await bot.platform.wait_count(3)
    assert bot.ticket(1).state == "acknowledged"
    assert "#1" in bot.platform.sent[-1]["text"] and "已签收" in bot.platform.sent[-1]["text"]
    await report(bot, sender="l3", text="办结 #1 已联系维保 人已救出")
    await bot.platform.wait_count(5)
    t = bot.ticket(1)
    assert t.state == "resolved" and t.resolved_at is not None
    last = bot.platform.sent[-2]
    assert last["chat_id"] == "b3" and "#1" in last["text"] and "已办结" in last["text"]
    assert "人已救出" in last["text"]


async def test_ticket_named_as_number_form_and_by_quote(bot):
    await report(bot, msg_id="orig-1")
    await report(bot, chat="b5", sender="r2", text="5号楼楼道灯坏了 黑乎乎的")
    await bot.platform.wait_count(4)
    # the chief holds neither as holder but is a superior of both: must name the ticket
    await report(bot, sender="g1", text="收到")
    await bot.platform.wait_count(5)
    assert "工单号" in bot.platform.sent[-1]["text"]
    await report(bot, chat="b5", sender="g1", text="接单 2号单")
    await bot.platform.wait_count(6)
    assert bot.ticket(2).state == "acknowledged"
    await report(bot, sender="l3", text="收到", quote={"msg_id": "orig-1", "text": "3号楼二单元电梯卡住了"})
    await bot.platform.wait_count(7)
    assert bot.ticket(1).state == "acknowledged"


async def test_wrong_ticket_number_gets_one_sentence_and_changes_nothing(bot):
    await report(bot)
    await bot.platform.wait_count(2)
    await report(bot, sender="l3", text="收到 #99")
    await bot.platform.wait_count(3)
    assert "#99" in bot.platform.sent[-1]["text"]
    assert bot.ticket(1).state == "open"


async def test_resident_cannot_resolve_someone_elses_ticket(bot):
    await report(bot, sender="r1")
    await bot.platform.wait_count(2)
    await report(bot, sender="r2", text="办结 #1")
    await bot.platform.wait_count(3)
    refusal = bot.platform.sent[-1]
    assert refusal["chat_id"] == "b3" and "楼栋长" in refusal["text"]
    assert bot.ticket(1).state == "open"


async def test_leader_of_another_building_may_not_acknowledge(bot):
    await report(bot)
    await bot.platform.wait_count(2)
    await report(bot, sender="l5", text="收到 #1")
    await bot.platform.wait_count(3)
    assert "无权" in bot.platform.sent[-1]["text"]
    assert bot.ticket(1).state == "open"


async def test_resolved_ticket_cannot_be_acknowledged(bot):
    await report(bot)
    await bot.platform.wait_count(2)
    await report(bot, sender="l3", text="办结 #1")
    await bot.platform.wait_count(4)   # the resolution and the rating question
    await report(bot, sender="l3", text="收到 #1")
    await bot.platform.wait_count(5)
    assert "已办结" in bot.platform.sent[-1]["text"] and "不能" in bot.platform.sent[-1]["text"]


async def test_unknown_command_gets_one_clear_sentence(bot):
    await report(bot, sender="r1", text="/撤销 #1")
    await bot.platform.wait_count(1)
    assert "帮助" in bot.platform.sent[0]["text"]
    assert bot.tickets() == []


async def test_anyone_may_query_and_get_state_and_holder(bot):
    await report(bot)
    await bot.platform.wait_count(2)
    await report(bot, sender="r7", text="查询 #1")
    await bot.platform.wait_count(3)
    line = bot.platform.sent[-1]["text"]
    assert "#1" in line and "待受理" in line and "李楼长" in line


async def test_resident_query_without_number_lists_own_tickets(bot):
    await report(bot, sender="r1")
    await bot.platform.wait_count(2)
    await report(bot, sender="r1", text="查询")
    await bot.platform.wait_count(3)
    assert "#1" in bot.platform.sent[-1]["text"]
    await report(bot, sender="r8", text="查询")
    await bot.platform.wait_count(4)
    assert "没有" in bot.platform.sent[-1]["text"]


async def test_help_differs_for_residents_and_responders(bot):
    await report(bot, sender="r1", text="帮助")
    await report(bot, sender="l3", text="帮助")
    await bot.platform.wait_count(2)
    resident, leader = bot.platform.sent
    assert "办结" not in resident["text"] and "办结" in leader["text"]


async def test_leader_acknowledges_by_quoting_the_bots_ticket_message(bot):
    await report(bot)
    await report(bot, chat="b3", sender="r2", text="3号楼5单元楼道灯坏了 黑乎乎的")
    await bot.platform.wait_count(4)
    second = next(m for m in bot.platform.to_chat("b3") if "#2" in m["text"])
    await report(bot, sender="l3", text="收到", quote={"msg_id": "bot-msg-unknown-id", "text": second["text"]})
    await bot.platform.wait_count(5)
    assert bot.ticket(2).state == "acknowledged" and bot.ticket(1).state == "open"


async def test_a_unit_number_in_a_remark_is_not_a_ticket_number(bot):
    await report(bot)                                                     # #1 in b3
    await report(bot, chat="b5", sender="r2", text="5号楼楼道灯坏了 黑乎乎的")  # #2 in b5
    await bot.platform.wait_count(4)
    await report(bot, sender="s1", text="办结 #1 2单元的电梯已修好")
    await bot.platform.wait_count(6)
    assert bot.ticket(1).state == "resolved" and bot.ticket(2).state == "open"
    assert "2单元" in bot.platform.to_chat("b3")[-2]["text"]


async def test_acknowledging_while_quoting_a_notice_is_chatter_not_the_only_ticket(bot):
    await report(bot)
    await bot.platform.wait_count(2)
    await report(bot, sender="l3", text="收到", quote={"msg_id": "notice-1", "text": "今晚八点检查消防通道，请配合"})
    await report(bot, sender="l3", text="查询 #1")
    await bot.platform.wait_count(3)
    assert bot.ticket(1).state == "open"
    assert "待受理" in bot.platform.sent[-1]["text"]  # the only reply is the query's
