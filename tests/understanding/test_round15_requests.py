"""Structured repair forms relayed by staff or leaders ("【报修】地址：… 问题：… 状态：…"): an open form is an
intake, a request coloured and placed by its problem and address; a closed one is a fixed report; a staff
answer that mentions 报修 in prose, or a notice with fields, is neither. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import classify
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
