"""Structured repair forms relayed by staff or leaders ("【报修】地址：… 问题：… 状态：…"): an open form is an
intake, a request coloured and placed by its problem and address; a closed one is a fixed report; a staff
answer that mentions 报修 in prose, or a notice with fields, is neither. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import classify, parse_location
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.repair_form import read_form
from bot.understanding.types import Context

STAFF = Context(sender_role="staff")
LEADER = Context(sender_role="leader", chat_building="6")


@pytest.mark.parametrize("read", [classify, classify_rules])
def test_an_open_form_with_someone_trapped_is_red_whatever_its_status_says(read):
    u = read("【报修】地址：4栋2单元电梯 问题：电梯卡在两层之间 有人被困 报修人：楼长 状态：已通知维保", STAFF)
    assert (u.request, u.color, u.category) == (True, "red", "elevator"), u.reasons
    assert (u.location.building, u.location.unit) == ("4", "2")


@pytest.mark.parametrize("text, color, category", [
    ("【报事】位置：8栋1单元5楼 故障：楼道灯全不亮 来源：业主电话 状态：待派单", "yellow", "facility"),
    ("工单：地址：12栋602 问题：厨房水管爆了 水往楼下渗 报修人：住户 状态：已派单", "orange", "utilities"),
])
def test_an_open_form_is_a_request_read_from_its_problem(text, color, category):
    u = classify(text, STAFF)
    assert (u.request, u.color, u.category) == (True, color, category), u.reasons
    assert u.reasons[0].startswith("a repair form")


def test_a_leader_titling_prose_as_a_repair_is_a_request():
    u = classify("【报修】6栋3单元楼道里的消防栓一直往外冒水 麻烦尽快派人", LEADER)
    assert u.request and u.color in ("yellow", "orange"), u.reasons
    assert u.reasons[0].startswith("a repair form")


@pytest.mark.parametrize("text", [
    "【报修】地址：2栋3单元 问题：下水道堵塞 报修人：业主 状态：已完结 回访满意",
    "工单：地址：5栋门口 问题：路灯不亮 状态：已修复",
])
def test_a_closed_form_is_a_fixed_report(text):
    u = classify(text, STAFF)
    assert not u.request and u.fixed_report, u.reasons
    assert u.location is not None and u.location.building


@pytest.mark.parametrize("text", [
    "已收到7栋的报修，维修师傅十分钟内到",
    "已经报修了，电工下午过来",
    "【通知】周四停水 时间：8点到14点 地点：3栋 内容：更换水表",
    "【温馨提示】报修电话：12345678 地址：物业服务中心一楼",
    "【报修须知】有问题请拨打报修电话，处理状态可在小程序查看",
    "通知：地址：6栋 问题：下周检修电梯，请大家提前安排",
])
def test_prose_answers_and_notices_with_fields_are_no_forms(text):
    assert read_form(text) is None
    assert not classify(text, STAFF).request


# Lane-and-house addresses: a bare X号 is the house when a part of the house, a room, or "our" / "next door"
# marks it as an address; a date, a gate of the estate, a code or a lift stays no building.
@pytest.mark.parametrize("text, building, room", [
    ("15号后门口的台阶塌了一块", "15", None),
    ("三十三号天井里的下水沟堵死了", "33", None),
    ("9号门堂里的电线耷拉下来了", "9", None),
    ("桃花弄6号2室的窗台裂开了", "6", "2"),
    ("厨房水管漏了，17号203", "17", "203"),
    ("阿拉26号今朝又停水了", "26", None),
    ("隔壁14号的狗叫了一夜", "14", None),
])
def test_a_house_number_written_as_an_address_is_the_building(text, building, room):
    loc = parse_location(text)
    assert loc is not None and (loc.building, loc.room) == (building, room), loc


@pytest.mark.parametrize("text", [
    "小区2号门口停满了电动车",
    "我们8号下午去社区打疫苗",
    "20号前记得交物业费",
    "下周二5号门前有义诊",
    "16号全部停水一天",
    "取件码5号1302",
    "3号梯里有人吗",
    "房租4号1500元",
])
def test_dates_gates_codes_and_lifts_are_no_house(text):
    loc = parse_location(text)
    assert loc is None or loc.building is None, loc


CHIEF = Context(sender_role="chief")


# A responder who has got help there or seen the emergency through is handling it, not asking.
@pytest.mark.parametrize("ctx, text", [
    (LEADER, "刘奶奶在厨房摔倒了 起不来 还有意识 叫了救护车了"),
    (LEADER, "张叔在楼梯上摔了一跤 腿动不了 打了120"),
    (CHIEF, "昨晚一氧化碳中毒那家 送医院了 人清醒了"),
    (CHIEF, "5栋楼道冒烟那户，是烟道堵了，已疏通"),
    (CHIEF, "前天说要轻生的那个姑娘，情绪稳定了，社工在跟"),
])
def test_a_responder_who_got_help_there_is_handling_it(ctx, text):
    u = classify_rules(text, ctx)
    assert not u.request, u.reasons


@pytest.mark.parametrize("ctx, text", [
    (LEADER, "王伯在家里摔倒了 头破了 已经打了120 谁能过来搭把手"),
    (LEADER, "8栋顶楼有人喊救命 打120了吗"),
    (CHIEF, "地下室配电箱进水了 还在冒火花 请社区马上派电工"),
])
def test_a_responder_still_asking_for_hands_or_reporting_a_live_danger_is_a_request(ctx, text):
    u = classify_rules(text, ctx)
    assert u.request and u.color == "red", u.reasons


def test_a_danger_in_hand_with_nobody_hurt_passes_the_repair_up_without_red():
    u = classify_rules("8栋车棚的顶棚塌了半边，已经拉了警戒线，没人受伤，请安排维修", LEADER)
    assert u.request and u.color != "red", u.reasons
    assert any("in hand" in r for r in u.reasons)


@pytest.mark.parametrize("ctx, text", [
    (CHIEF, "防汛点的抽水泵不够用 还有一片积水 需要尽快调两台过来"),
    (LEADER, "7栋后面那堵围墙的检测报告出来了吗？住户天天在问"),
    (CHIEF, "9栋门口的路面塌了个坑，得赶紧让施工队来填上"),
])
def test_a_leaders_ask_in_words_no_list_holds_passes_a_problem_up(ctx, text):
    u = classify_rules(text, ctx)
    assert u.request, u.reasons
    assert any("passes a problem up" in r for r in u.reasons)


@pytest.mark.parametrize("ctx, text", [
    (LEADER, "我叫电工下午过来换"),
    (LEADER, "收到 我让物业明天来看"),
    (LEADER, "明天请电工来检修线路 到时候会停电 大家提前准备"),
    (LEADER, "我已经请物业来处理了"),
    (LEADER, "好的，请物业下午来看下"),
    (CHIEF, "请大家调一下闹钟 明早六点集合"),
])
def test_a_leader_handling_or_announcing_is_no_ask_passed_up(ctx, text):
    u = classify(text, ctx)
    assert not u.request, u.reasons
