"""Review of round 20's red-and-colour change (u20r): misfires found by probing its new rules, mended.

Each case is "this message -> this decision". Sentences are our own.
- lost reds: coal-gas signs told with a chimney's smoke coming indoors; a child alone or a silent home with
  "会不会出事"; a leak from upstairs running along a wire or dripping onto a meter box;
- false reds: "X着了" of damp, rain or a car's engine starting; thick or rising smoke from a barbecue or burnt
  paper; an extinguisher asked about (whether anyone has one, where it hangs); a bird "随时要飞下来"; a
  water-jacket stove "漏了" dripping water;
- a network cable hanging low is no sagging power line (and stays a request).
"""
from __future__ import annotations

import pytest

from bot.understanding import Context
from bot.understanding.classifier import classify as classify_rules

RESIDENT = Context(sender_role="resident", chat_building="4")


def _rules(text: str):
    return classify_rules(text, RESIDENT)


@pytest.mark.parametrize("text", [
    "隔壁烟筒冒烟一直往屋里倒 老两口都说头晕",
    "烟囱冒的烟都倒进屋了 我妈头晕想吐",
])
def test_chimney_smoke_indoors_with_poisoning_signs_is_red(text: str) -> None:
    u = _rules(text)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    "楼下小孩一个人在家一天了 哭个不停 会不会出事",
    "302好几天没动静了 报纸都堆门口了 会不会出事",
])
def test_a_child_alone_or_a_silent_home_会不会出事_is_red(text: str) -> None:
    u = _rules(text)
    assert (u.request, u.color, u.category) == (True, "red", "care"), u.reasons


@pytest.mark.parametrize("text", [
    "楼上还在漏 水顺着电线往下淌 灯一闪一闪的",
    "楼上还在漏 现在漏到电箱了",
])
def test_a_leak_from_upstairs_reaching_wiring_is_red(text: str) -> None:
    u = _rules(text)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    "被子着了潮 晒哪儿好",
    "我的电驴着了雨 骑不动了",
    "摩托车着了 先走了",
    "汽车着了 等我一下马上到",
])
def test_caught_damp_rain_or_an_engine_starting_is_no_fire(text: str) -> None:
    assert _rules(text).color != "red", _rules(text).reasons


@pytest.mark.parametrize("text", [
    "对面烤串的烟大得很 窗户都不敢开",
    "楼下烧烤的烟往上窜 天天这样",
    "有人在楼下烧纸 烟大得很",
])
def test_thick_or_rising_smoke_from_a_named_harmless_source_is_no_fire(text: str) -> None:
    u = _rules(text)
    assert u.color != "red", u.reasons


def test_thick_smoke_from_a_grill_with_a_burning_smell_stays_red() -> None:
    u = _rules("楼下烧烤摊烟大得很 一股塑料烧焦的味")
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    "物业统计一下 谁家有灭火器 没有的登记",
    "三楼那个灭火器在哪 怎么找不到了",
    "想问下有没有灭火器卖 放车上用",
])
def test_an_extinguisher_asked_about_is_no_fire(text: str) -> None:
    assert _rules(text).color != "red", _rules(text).reasons


def test_a_bird_about_to_fly_down_is_nothing_falling() -> None:
    u = _rules("楼顶那群鸽子随时要飞下来抢食 地上全是毛")
    assert u.color != "red", u.reasons


def test_a_water_jacket_stove_leaking_water_is_no_gas_leak() -> None:
    u = _rules("家里炉子漏了 一直往下滴水 暖气片都凉了")
    assert u.color != "red", u.reasons


def test_a_stove_leak_with_fumes_told_stays_red() -> None:
    u = _rules("炉子漏了 满屋子呛人")
    assert (u.request, u.color) == (True, "red"), u.reasons


def test_a_network_cable_hanging_low_is_an_ordinary_repair() -> None:
    u = _rules("楼道口网线垂下来了 快碰到人头了 谁来收一下")
    assert u.color not in ("red", "orange"), u.reasons
