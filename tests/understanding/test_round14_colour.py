"""Round 14 colour: smoke from a harmless source named after a fire is denied is no fire (the
denial masks the fire word, the source clears the smoke word); a harmless source itself denied, or
a denial naming no source, leaves real smoke red. Receive a message, expect this colour.
Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.hybrid import classify

RESIDENT = Context(sender_role="resident", chat_building="4")


@pytest.mark.parametrize("text", [
    "大家别慌 没着火 是隔壁院子在烧枯叶子 烟飘进楼道了",
    "不是失火哈，楼下大排档在烧烤，烟很大而已",
    "没有起火 是三楼在熏腊肉 窗户冒烟",
])
def test_smoke_from_a_harmless_source_after_a_denial_is_not_red(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.color != "red", u.reasons


@pytest.mark.parametrize("text", [
    "不是烧烤的烟，是五楼楼道里在冒烟",       # the harmless source is the one denied
    "不是着火 可楼道里一直在冒烟 不知道哪来的",   # a denial that names no source
    "没着火，是烧烤摊那边着火了",               # a flame seen at the named place
    "是不是着火了 楼下烧烤那里冒烟好大",          # asked, not denied
])
def test_real_smoke_stays_red(text: str) -> None:
    u = classify(text, RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    "物业能不能查下监控 昨晚谁把我家门口的鞋柜搬走了",
    "保安能不能晚上多转几圈 最近总有面孔生的人在楼下晃",
    "麻烦物业在台阶边加块挡板 小孩老从缝里钻过去",
])
def test_a_job_asked_of_the_office_is_a_complaint_not_a_question(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert (u.request, u.color) == (True, "yellow"), u.reasons


@pytest.mark.parametrize("text", [
    "请问社区能不能查一下我的社保缴费记录",
    "社区能不能催一下我的居住证办好了没",
    "请问居委会可以加个微信吗",
])
def test_a_question_for_information_stays_blue(text: str) -> None:
    u = classify(text, RESIDENT)
    assert (u.request, u.color) == (True, "blue"), u.reasons


@pytest.mark.parametrize("text", ["楼下那个修车的天天把车排在消防车道上", "消防车道排满了共享单车"])
def test_the_fire_lane_taken_up_is_orange_safety(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert (u.request, u.color, u.category) == (True, "orange", "safety"), u.reasons


def test_a_fire_lane_named_with_nothing_on_it_is_no_report() -> None:
    u = classify("消防车道上新画了黄线 挺醒目的", RESIDENT)
    assert u.color != "orange", u.reasons


@pytest.mark.parametrize("text", [
    "楼后那条道今天又堵死了 消防车要是来了都过不去 社区管管",
    "到现在还堵着 真着了火消防车也只能干瞪眼",
    "又堵上了 万一着火消防车都开不进来",
])
def test_a_lane_blocked_now_with_the_rescue_told_hypothetically_is_orange(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert (u.request, u.color, u.category) == (True, "orange", "safety"), u.reasons


def test_a_block_only_imagined_is_no_report() -> None:
    u = classify_rules("要是消防通道堵了消防车进不来怎么办", RESIDENT)
    assert u.color != "orange", u.reasons


@pytest.mark.parametrize("text", [
    "车棚那块玻璃碎了一地 碎玻璃也没人扫 小朋友天天在那骑车",
    "楼后围栏断了一截 孩子钻过去就是河沟",
])
def test_a_child_beside_broken_glass_or_a_drop_is_orange(text: str) -> None:
    u = classify(text, RESIDENT)
    assert (u.request, u.color) == (True, "orange"), u.reasons


def test_a_child_named_beside_an_ordinary_fault_stays_yellow() -> None:
    u = classify("小区滑梯掉了块漆 小孩爬上去玩的时候注意点 物业刷一下", RESIDENT)
    assert u.color == "yellow", u.reasons


def test_a_door_that_will_not_shut_with_a_stranger_seen_inside_is_orange() -> None:
    u = classify_rules("对 我们单元那扇门还是关不严 前晚楼道里还有个陌生男的在转", RESIDENT)
    assert (u.request, u.color, u.category) == (True, "orange", "facility"), u.reasons


def test_a_door_that_will_not_shut_alone_stays_yellow() -> None:
    u = classify_rules("我家阳台的门关不严 漏风 麻烦物业看看", RESIDENT)
    assert u.color == "yellow", u.reasons


@pytest.mark.parametrize("text", [
    "这几天有人挨家敲门卖净化器 说是物业安排来查水质的 物业管不管",
    "有人冒充燃气公司上门换管子 收了我家两百块 物业管管",
])
def test_someone_posing_as_staff_at_the_doors_is_a_security_matter(text: str) -> None:
    u = classify(text, RESIDENT)
    assert (u.request, u.category) == (True, "safety"), u.reasons


def test_someone_saying_whose_pipe_it_is_is_no_impostor() -> None:
    u = classify("楼上水管漏到我家了 他家说是物业的管子不管 社区能不能出面调解", RESIDENT)
    assert u.category != "safety", u.reasons


def test_a_smoke_alarm_sold_at_the_door_is_no_fire() -> None:
    u = classify("楼里有人上门推销烟雾报警器 说是消防要求装的 一个要两百 社区管管吧", RESIDENT)
    assert u.request and u.color != "red", u.reasons


def test_a_smoke_alarm_sounding_stays_red() -> None:
    u = classify("楼道的烟雾报警器响了 好像有烟", RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", ["楼里几点来电啊 冰箱的菜快不行了", "什么时候来水 孩子等着洗澡"])
def test_asking_when_the_supply_comes_back_is_an_outage_now(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert (u.request, u.color, u.category) == (True, "orange", "utilities"), u.reasons


def test_asking_about_a_planned_outage_stays_blue() -> None:
    u = classify_rules("听说周四要停电 几点来电", RESIDENT)
    assert (u.request, u.color) == (True, "blue"), u.reasons
