"""Round 14 (lead): a person held in a lift told by the verb and a counted person ("卡着个人"), and
water running into a light fitting, are red; lookalikes that hold no person or touch no electrics
are not. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context
from bot.understanding.classifier import classify as classify_rules

RESIDENT = Context(sender_role="resident", chat_building="4")


@pytest.mark.parametrize("text", [
    "电梯里卡着个人 半天了",
    "我们单元电梯停在半道 里头关着个人在喊",
    "停电了 二单元电梯里头有人 拍门呢",
    "东边电梯困着个人 快找人",
])
def test_a_person_held_in_a_lift_is_red_and_the_lift_is_what_must_be_dealt_with(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert (u.color, u.category) == ("red", "elevator"), u.reasons


@pytest.mark.parametrize("text", [
    "电梯卡着个箱子 下不去",
    "电梯里头有人抽烟 味道大",
])
def test_a_lift_holding_no_person_is_no_red(text: str) -> None:
    assert classify_rules(text, RESIDENT).color != "red"


@pytest.mark.parametrize("text", [
    "楼上漏水 都滴到灯上了 灯还亮着",
    "厨房顶上渗水 流到灯那儿了",
    "卫生间灯罩里全是水 一闪一闪的",
])
def test_water_running_into_a_light_fitting_is_red(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert u.request and u.color == "red", u.reasons


@pytest.mark.parametrize("text", [
    "楼道灯坏了好几天 麻烦换一下",
    "等到灯亮了再走吧",
])
def test_a_lamp_without_water_is_no_red(text: str) -> None:
    assert classify_rules(text, RESIDENT).color != "red"
