"""Mends to round 23 (u23r) rules, found by review probes. Each message -> the decision it should get.
Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify
from bot.understanding.calm_more import calm_more
from bot.understanding.lacks_not_cuts import fire_kit_empty, hook_up_awaited, light_out
from bot.understanding.notice_asked import notice_asked
from bot.understanding.vocabulary import default_vocabulary

RESIDENT = Context(sender_role="resident", chat_building="3")


def _read(text: str):
    return classify(text, RESIDENT)


@pytest.mark.parametrize("text", [
    "电梯停了 不知道里面没关着人吧 敲了没反应",
    "电梯卡住不动了 应该里面没人吧",
])
def test_nobody_inside_only_hoped_keeps_the_danger(text: str) -> None:
    # a hope or guess that nobody is inside is no reassurance: the model's danger reading stands
    assert calm_more(text, default_vocabulary()) is None


def test_nobody_inside_said_outright_still_calms() -> None:
    assert calm_more("电梯停在十三楼不动了 门也不开 里头没人", default_vocabulary())


def test_a_whole_tree_down_on_a_car_stays_red() -> None:
    u = _read("小区门口整棵树倒了 砸在车上 路也堵了")
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    "单元门禁坏了 灯不亮 刷卡打不开门 一家人进不去",
    "楼道灯坏了 大门锁也坏了 谁都能进",
])
def test_a_lamp_beside_a_broken_entrance_is_not_lowered(text: str) -> None:
    assert light_out(text, "facility") is None


def test_a_lamp_alone_is_still_lowered() -> None:
    assert light_out("地下室的灯还没修 黑灯瞎火的 有没有人管", "facility")


def test_a_hydrant_knocked_off_with_homes_dry_is_not_kit_empty() -> None:
    assert fire_kit_empty("消防栓被撞断了 水喷了一地 楼上都没水了") is None
    assert fire_kit_empty("消防栓拧开没水 真着火了咋办")


def test_gas_cut_in_a_lived_in_home_is_an_outage() -> None:
    assert hook_up_awaited("搬进来两年了 燃气公司来装表 装完就停气了 做不了饭") is None
    assert hook_up_awaited("交房三个月了 天然气还不通 啥时候开栓")


@pytest.mark.parametrize("text", [
    "又停水了 家里没水做饭 下次能不能提前通知一下",
    "又停电了 冰箱都用不了 以后能不能提前说一声",
])
def test_notice_asked_during_an_outage_leaves_the_outage(text: str) -> None:
    assert notice_asked(text) is None


def test_notice_asked_alone_is_still_a_suggestion() -> None:
    assert notice_asked("停水也不说一声 下回能不能提前一天在群里讲")
