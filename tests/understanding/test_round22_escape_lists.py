"""Round 22 code health (u22h): one list of escape ways, of what blocks them, of rescue vehicles and of what
keeps them out, read both by the fire-lane family (the colour) and by emergency_way (the category). Each test
reads "this message -> this decision". Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify
from bot.understanding import vocab_data as D
from bot.understanding.emergency_way import way_blocked
from bot.understanding.vocab_escape import (CANNOT_ENTER, ESCAPE_BLOCKED, ESCAPE_WAYS, FIRE_LANE_CUES, RESCUE,
                                            number_inside_number)

RESIDENT = Context(sender_role="resident")


def test_both_readings_share_one_list() -> None:
    # every way x blocking word is a fire-lane cue, and emergency_way finds the same pair told in a sentence
    cues = set(D.FAMILIES["fire_lane"]["cues"])
    assert set(FIRE_LANE_CUES) <= cues
    for way in ESCAPE_WAYS:
        for word in ESCAPE_BLOCKED:
            assert way_blocked(f"东头的{way}又被人{word}") is not None
    for vehicle in RESCUE:
        for word in CANNOT_ENTER:
            assert way_blocked(f"刚才{vehicle}{word}") is not None


@pytest.mark.parametrize("text", [
    "东侧安全出口被搬家公司的柜子堵死了 快来人挪一下",
    "逃生通道叫几辆电瓶车占了 人都走不过",
    "救护车开到巷口掉不了头 两边全是摊位",
])
def test_a_way_out_or_in_told_blocked_is_orange_safety(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.request and u.color == "orange" and u.category == "safety"


def test_a_stair_only_piled_stays_a_cleaning_matter() -> None:
    # piled, not said to block the way, nor the fire named: sanitation (the doubt rule may raise it when a risk is told)
    assert way_blocked("疏散楼梯那里堆满了旧椅子 好久没人清") is None
    u = classify("疏散楼梯那里堆满了旧椅子 好久没人清", RESIDENT)
    assert u.category == "sanitation"


@pytest.mark.parametrize("text", [
    "我住1120 钥匙落屋里了进不去",
    "1192的快递柜门打不开 东西拿不出来 进不了系统",
])
def test_a_rescue_number_inside_a_longer_number_is_no_rescue(text: str) -> None:
    u = classify(text, RESIDENT)
    assert all("fire lane" not in r for r in u.reasons)


def test_a_rescue_number_told_alone_is_read() -> None:
    assert number_inside_number("1203的业主", "120")
    assert not number_inside_number("打了120 车进不来", "120")
    assert not number_inside_number("1203的业主打了120", "120")
    assert not number_inside_number("没有这个号", "119")


def test_a_car_parked_beside_the_exit_is_no_blocked_exit() -> None:
    u = classify("我车停在安全出口边上那个车位 昨晚被人蹭了一道", RESIDENT)
    assert u.category != "safety"


def test_a_reminder_not_to_block_the_stair_is_no_blocked_way() -> None:
    u = classify("提醒各位住户 消防楼梯不要堆东西 更不要堵住", RESIDENT)
    assert all("fire lane blocked" not in r for r in u.reasons)
