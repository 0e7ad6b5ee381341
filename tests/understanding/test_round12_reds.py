"""Round 12 red misses: a person inside a lift named by its number, a retaining wall giving way right
over where people pass, a fraud under way with the money on its way to the fraudster. And what stays
below red: a wall cracking with nobody passing beneath, a scam told afterwards, the stairs (楼梯).
Receive a message, expect this colour and category. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context
from bot.understanding.classifier import classify as classify_rules

RESIDENT = Context(sender_role="resident", chat_building="4")


@pytest.mark.parametrize("text", [
    "3号梯里好像有人 听见里面在拍门",
    "西梯里面有人在喊 门打不开",
])
def test_someone_inside_a_numbered_lift_is_red(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert (u.request, u.color, u.category) == (True, "red", "elevator"), u.reasons


def test_someone_in_the_stairs_is_no_trapped_person() -> None:
    u = classify_rules("楼梯里有人在喊 吵死了", RESIDENT)
    assert u.color != "red", u.reasons


def test_a_retaining_wall_giving_way_over_a_school_path_is_red() -> None:
    u = classify_rules("后坡那道挡土墙裂了个大口子 底下就是孩子们放学走的路", RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


def test_a_retaining_wall_cracking_with_nobody_below_is_orange() -> None:
    u = classify_rules("屋后的堡坎开了条缝 这两天下雨又宽了 找人来看看", RESIDENT)
    assert (u.request, u.color, u.category) == (True, "orange", "facility"), u.reasons


def test_a_fraud_under_way_is_red_safety() -> None:
    u = classify_rules("我爸接到个电话说他卡涉嫌洗钱 要转到安全账户 人已经去银行了 快帮忙拦住", RESIDENT)
    assert (u.request, u.color, u.category) == (True, "red", "safety"), u.reasons


def test_a_scam_told_afterwards_is_no_red() -> None:
    u = classify_rules("上个月有人打电话说我涉嫌洗钱 我没理他 大家小心", RESIDENT)
    assert u.color != "red", u.reasons
