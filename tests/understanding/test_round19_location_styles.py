"""Round 19 places in new styles: an old lane house named by its bare number with the lane beside it, the
whole house, its shared meter or its group tenancy after it; "our house N" in Shanghainese; a lane number
(N弄) that is no flat; a tower named by a letter and a number with its lobby, gate or foot after it; a unit
written 门 before its windows; a lift hall that is the place of a fault, not the lift. Receive a message,
expect this place or category. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, parse_location
from bot.understanding.classifier import classify as classify_rules

RESIDENT = Context(sender_role="resident")


def _where(text: str) -> dict[str, str]:
    loc = classify_rules(text, RESIDENT).location
    return {k: v for k, v in loc.as_dict().items() if v} if loc else {}


@pytest.mark.parametrize("text, building", [
    ("19号弄堂口那只垃圾桶翻倒了，麻烦来收一收", "19"),
    ("35号后弄堂的阴沟又堵了，水漫到路当中", "35"),
    ("9号一整幢停电，冰箱里的菜要坏脱了", "9"),
    ("16号全幢的自来水都是黄的，好来看看伐", "16"),
    ("24号总表又跳闸了，楼上楼下全黑", "24"),
    ("31号群租的人越来越多，夜里进进出出，请居委管一管", "31"),
])
def test_a_lane_house_with_its_lane_whole_house_meter_or_tenancy_is_the_building(text: str, building: str) -> None:
    assert _where(text).get("building") == building


@pytest.mark.parametrize("text, building", [
    ("阿拉26号啥辰光装煤气表？要排队伐", "26"),
    ("阿拉14号好报名伐，听讲补贴快没了", "14"),
])
def test_our_house_number_in_shanghainese_is_the_building(text: str, building: str) -> None:
    assert _where(text).get("building") == building


@pytest.mark.parametrize("text", [
    "我们5号交物业费吗",          # "we ... on the 5th": a date, in Mandarin
    "阿拉讲好了礼拜六一道去",       # no number at all
    "8号下午停水，大家储点水",       # a date
])
def test_a_date_or_no_house_is_no_building(text: str) -> None:
    assert "building" not in _where(text)


@pytest.mark.parametrize("text", ["听说356弄明年要拆了，有消息伐", "527巷那边的路灯都不亮"])
def test_a_lane_number_is_no_room(text: str) -> None:
    assert "room" not in _where(text)


def test_a_flat_number_still_reads_as_a_room() -> None:
    assert parse_location("402的空调外机在滴水").room == "402"


@pytest.mark.parametrize("text, building", [
    ("C11大堂的自动门又卡住了", "11"),
    ("b6大门口堆了一地纸箱子", "6"),
    ("T2楼下有人在烧纸", "2"),
])
def test_a_lettered_tower_with_its_lobby_gate_or_foot_is_the_building(text: str, building: str) -> None:
    assert _where(text) == {"building": building}


@pytest.mark.parametrize("text", ["地库B1电梯厅的灯不亮", "B2停车场有积水"])
def test_a_basement_level_is_no_building(text: str) -> None:
    assert "building" not in _where(text)


def test_a_unit_written_as_a_door_before_its_windows_is_the_unit() -> None:
    assert _where("电线就挂在四门窗户跟前，一刮风直晃") == {"unit": "4"}


def test_doors_and_windows_are_no_unit() -> None:
    assert "unit" not in _where("台风要来了，大家把门窗关好")


@pytest.mark.parametrize("text", [
    "18楼电梯厅的刷卡器坏了，刷了没反应，麻烦修一下",
    "电梯厅的门禁坏了好几天了",
    "电梯厅的灯坏了，黑咕隆咚",
])
def test_a_fault_in_the_lift_hall_is_not_the_lift(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert u.request and u.category != "elevator", u.reasons


def test_a_broken_lift_told_beside_its_hall_stays_the_lift() -> None:
    u = classify_rules("电梯坏了，电梯厅里等了一堆人", RESIDENT)
    assert u.category == "elevator", u.reasons
