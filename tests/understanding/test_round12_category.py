"""Round 12: what must be dealt with decides the category (GUIDELINES' tie rule). Someone taken ill
inside a stopped lift is the lift's; a cry for help told about a burst pipe is the pipe's; a door nobody
answers upstairs while their water comes through is a leak (orange), not a person in danger, unless a
vulnerable person is named. Receive a message, expect this colour and category. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context
from bot.understanding.classifier import classify as classify_rules

RESIDENT = Context(sender_role="resident", chat_building="4")


@pytest.mark.parametrize("text", [
    "我爸在三号电梯里 电梯卡在九楼不动了 他有心脏病 快点来人",
    "电梯停在半中间不动了 我妈在里面 她说喘不上气",
])
def test_someone_taken_ill_inside_a_stopped_lift_is_the_lift(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert (u.request, u.color, u.category) == (True, "red", "elevator"), u.reasons


def test_someone_taken_ill_outside_a_lift_is_still_care() -> None:
    u = classify_rules("电梯坏了 我爸爬楼梯爬到五楼晕倒了", RESIDENT)
    assert (u.color, u.category) == ("red", "care"), u.reasons


def test_a_cry_for_help_about_a_burst_pipe_is_the_pipe() -> None:
    u = classify_rules("救命 楼上的水管爆了 水从我家吊顶往下冲", RESIDENT)
    assert (u.request, u.color, u.category) == (True, "red", "utilities"), u.reasons


def test_nobody_answering_upstairs_while_their_water_comes_through_is_a_leak() -> None:
    u = classify_rules("我家厨房顶上一直在滴水 楼上那户敲门没人应 电话也打不通", RESIDENT)
    assert (u.request, u.color, u.category) == (True, "orange", "utilities"), u.reasons


@pytest.mark.parametrize("text", [
    "楼上独居的张奶奶敲门没人应 我家顶上在滴水",
    "敲门没人应 门缝往外渗水 里面住的老人八十多了",
])
def test_nobody_answering_where_a_vulnerable_person_lives_stays_red_care(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert (u.request, u.color, u.category) == (True, "red", "care"), u.reasons


def test_nobody_answering_with_no_fault_named_stays_red_care() -> None:
    u = classify_rules("502好几天没开门了 敲门没人应", RESIDENT)
    assert (u.request, u.color, u.category) == (True, "red", "care"), u.reasons


def test_water_buzzing_in_a_meter_box_is_the_supply() -> None:
    u = classify_rules("二楼配电箱里一直在滴水 里面滋滋地响 楼上漏下来的", RESIDENT)
    assert (u.request, u.color, u.category) == (True, "red", "utilities"), u.reasons


def test_sparks_from_a_wet_meter_box_are_a_fire_risk() -> None:
    u = classify_rules("一楼电表箱进水了 滋滋响还冒火星子", RESIDENT)
    assert (u.request, u.color, u.category) == (True, "red", "safety"), u.reasons


def test_a_shared_appliance_out_of_order_is_facility_not_water() -> None:
    u = classify_rules("麻烦问下 一楼大厅那台饮水机是不是坏了 按了半天没反应", RESIDENT)
    assert (u.request, u.category) == (True, "facility"), u.reasons
