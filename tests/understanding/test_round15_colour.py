"""Round 15 colour: danger words that name a thing (a pole, a flue, a smoke alarm as a device), dangers
told aside (a past event referred to, a thing gone rather than a person, an injury behind an
application or a care service, a breathing machine's power cut of a stated length to come), fixes told
in a worker's words; and two dangers now (an open shaft hidden under flood water, a retaining wall
widening within hours and still shedding earth). Receive a message, expect this colour.
Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context
from bot.understanding.classifier import classify as classify_rules

RESIDENT = Context(sender_role="resident", chat_building="4")


def _rules(text: str):
    return classify_rules(text, RESIDENT)


@pytest.mark.parametrize("text", [
    "小区东门电线杆上挂着个旧风筝，谁有空取一下",
    "对面小炒店的排烟管对着我家阳台，油烟呛得人直咳嗽，能不能管管",
    "楼下小饭店炒菜的烟呛得我们家窗户都不敢开，麻烦社区协调",
    "建议给独居老人家里都装个烟雾报警器",
    "请问烟雾报警器社区统一采购吗，多少钱一个",
])
def test_a_danger_word_inside_a_name_is_not_red(text: str) -> None:
    u = _rules(text)
    assert u.color != "red", u.reasons


@pytest.mark.parametrize("text", [
    "302家的烟雾报警器一直在响，敲门没人开",
    "电线杆倒了压在电线上，路上都是火花",
    "排烟管那里着火了，快来人",
])
def test_the_thing_itself_in_danger_stays_red(text: str) -> None:
    u = _rules(text)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    "上周配电箱冒火那件事，电工说线都老化了，得赶紧申请换线，不然迟早还出事",
    "前几天地下室着火的那事，物业到现在都没开会说明",
])
def test_a_past_danger_referred_to_as_that_matter_is_not_red(text: str) -> None:
    u = _rules(text)
    assert u.color != "red", u.reasons


@pytest.mark.parametrize("text", [
    "配电箱又冒火了，那事先别提了，快来人",
    "楼道着火的事赶紧处理，现在烟还很大",
])
def test_a_danger_now_beside_a_matter_word_stays_red(text: str) -> None:
    u = _rules(text)
    assert (u.request, u.color) == (True, "red"), u.reasons


def test_a_thing_gone_is_not_a_missing_person() -> None:
    u = _rules("楼下的电动车不见了，门口的老人说半夜有人来撬过锁")
    assert u.color != "red", u.reasons


def test_a_missing_elder_stays_red() -> None:
    u = _rules("我家老人不见了，早上出门遛弯到现在没回来")
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    "我婆婆骨折了一直在床上，想问问护理补贴怎么申请",
    "我爸脑梗后行动不便，能不能预约社区医生上门办慢病登记",
])
def test_an_injury_behind_an_application_is_blue(text: str) -> None:
    u = _rules(text)
    assert (u.request, u.color) == (True, "blue"), u.reasons


def test_an_injury_behind_a_care_service_today_is_orange_care() -> None:
    u = _rules("5栋独居的刘大爷胳膊骨折了，做不了饭，能不能今天给他安排送餐")
    assert (u.request, u.color, u.category) == (True, "orange", "care"), u.reasons


@pytest.mark.parametrize("text", [
    "我妈刚摔伤了，起不来，想申请社区帮忙",
    "我爸突然中风了，怎么预约都来不及了，快叫救护车",
])
def test_an_injury_happening_now_stays_red(text: str) -> None:
    u = _rules(text)
    assert (u.request, u.color) == (True, "red"), u.reasons


def test_a_breathing_machine_facing_a_planned_cut_of_stated_length_is_orange() -> None:
    u = _rules("周六停电八个小时，我妈离不开制氧机，这可咋办")
    assert (u.request, u.color, u.category) == (True, "orange", "care"), u.reasons


def test_a_breathing_machine_in_a_cut_under_way_stays_red() -> None:
    u = _rules("我妈离不开制氧机，已经停电三个小时了，还要停多久")
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    "化粪池那边师傅来过了，管子已疏通",
    "楼道那根烧黑的线，电工来看过，换了一段",
    "热水器的进气管老化了，师傅来已经换了",
])
def test_a_fix_told_in_a_workers_words_is_over(text: str) -> None:
    u = _rules(text)
    assert (u.request, u.fixed_report) == (False, True), u.reasons


def test_a_replacement_that_did_not_help_is_still_a_request() -> None:
    u = _rules("暖气阀门已经换了两回了还是漏水，能不能派人来看看")
    assert u.request, u.reasons


def test_an_open_shaft_hidden_under_flood_water_is_red() -> None:
    u = _rules("西门路口积水到小腿，有个井盖被水冲走了，井口淹在水里根本看不出来，骑车的人要遭殃")
    assert (u.request, u.color, u.category) == (True, "red", "safety"), u.reasons


def test_a_retaining_wall_widening_within_hours_and_still_shedding_is_red() -> None:
    u = _rules("后山那段挡土墙的裂缝比中午宽了好多，石子还在往下掉")
    assert (u.request, u.color) == (True, "red"), u.reasons


def test_a_retaining_wall_wider_than_last_month_stays_orange() -> None:
    u = _rules("后山那段挡土墙的裂缝比上个月宽了点，下雨还在往下掉泥，麻烦找人看看")
    assert (u.request, u.color) == (True, "orange"), u.reasons


@pytest.mark.parametrize("text", [
    "我家厨房那个插座摸着烫手，用了十几年了，能不能找电工看看",
    "2单元楼道的消火栓被谁家的旧柜子堵住了，真着火了接不上水",
    "小区后门的井盖被人撬开了，天黑看不清，骑车的容易掉进去",
])
def test_a_hazard_told_by_what_it_touches_is_orange(text: str) -> None:
    u = _rules(text)
    assert (u.request, u.color) == (True, "orange"), u.reasons


def test_a_hot_phone_is_no_wiring_hazard() -> None:
    u = _rules("天太热了，手机都烫手，你们那边有没有停电")
    assert u.color != "orange" or u.category != "safety", u.reasons
