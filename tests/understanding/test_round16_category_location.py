"""Round 16 category and location: a unit written as a bare Arabic "N门" (Wuhan and northern usage), a
voice-input homophone of 单元 after its number, formal numerals before a place word, the parts of a
Guangzhou arcade house after its number; the Cantonese character for a lift and the net-slang "dt";
a shared laundry room or parcel locker at fault; water through walls and windows; dust blown in from
works. Receive a message, expect this place or this category. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, build_vocabulary, normalise, parse_location
from bot.understanding.classifier import classify as classify_rules

RESIDENT = Context(sender_role="resident")


def _where(text: str) -> dict[str, str]:
    loc = parse_location(text)
    return {k: v for k in ("building", "unit", "floor", "room") if (v := getattr(loc, k))} if loc else {}


@pytest.mark.parametrize("text, where", [
    ("4门的楼道灯全黑了", {"unit": "4"}),
    ("5门302家门口一直在滴水", {"unit": "5", "room": "302"}),
    ("沙子全堆在6门口，进出都踩一脚", {"unit": "6"}),
    ("我们2门这边下水也堵了", {"unit": "2"}),
    ("楼梯扶手叁楼那截断了", {"floor": "3"}),
    ("肆单元的单元门关不上", {"unit": "4"}),
    ("烧水壶底一层沉淀 2门这边", {"unit": "2"}),
    ("42号地铺门口的渠又塞了", {"building": "42"}),
    ("17号骑楼底有人乱拉电线", {"building": "17"}),
])
def test_the_place_as_written(text: str, where: dict[str, str]) -> None:
    assert _where(text) == where


@pytest.mark.parametrize("text", [
    "5号门口的道闸坏了",        # a compound's gate
    "东门口那个路灯不亮",
    "1门到4门都停电了",          # a range of units names none of them
    "从2门绕过去吧",             # a way in
    "双开门冰箱谁家要",
])
def test_a_door_that_is_no_unit(text: str) -> None:
    assert "unit" not in _where(text)


def test_a_surname_before_a_title_is_no_floor() -> None:
    assert _where("陆楼长，我家住12栋") == {"building": "12"}


def test_a_room_door_stays_a_room() -> None:
    assert _where("603门口堆满了纸箱") == {"room": "603"}


def test_a_voice_typo_of_the_unit_after_its_number_is_the_unit() -> None:
    v = build_vocabulary()
    assert normalise("二担元门口有积水", v).startswith("二单元")
    assert normalise("他挑了一担水", v) == "他挑了一担水"   # a load of water, no unit


@pytest.mark.parametrize("text", [
    "部𨋢停咗喺十楼，冇反应",
    "三单元的dt又不动了 卡在9楼",
])
def test_the_lift_in_cantonese_and_in_initials(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert (u.request, u.category) == (True, "elevator"), u.reasons


def test_initials_inside_a_latin_word_are_no_lift() -> None:
    assert "电梯" not in normalise("屏幕width不对", build_vocabulary())


@pytest.mark.parametrize("text, category", [
    ("地下洗衣房的烘干机坏了 转不起来", "facility"),
    ("楼下丰巢打不开 取件码输了没反应", "facility"),
    ("我家卧室窗户边上一直渗水 墙都黑了", "facility"),
    ("外墙那道缝一下大雨就往屋里渗水", "facility"),
    ("我家卫生间水管接头在渗水", "utilities"),
    ("工人切割瓷砖的粉尘全飘到我家阳台 能不能让他们洒水", "sanitation"),
])
def test_the_category_names_what_must_be_dealt_with(text: str, category: str) -> None:
    from bot.understanding.hybrid import classify
    u = classify(text, RESIDENT)
    assert (u.request, u.category) == (True, category), u.reasons
