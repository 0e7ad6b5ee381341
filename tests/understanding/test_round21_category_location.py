"""Round 21 category and location in new styles: the lift's own door or button is the lift's (elevator); a fire
lane, an escape stair or a rescue vehicle's way told blocked is safety whatever blocks it; water standing in a
garage or a lobby is flooding of a common space (facility), a drain channel before the water in it is the
drain's; how a medical cost is reimbursed is affairs; someone asked to sweep a shared place is cleaning. Places:
the Cantonese possessive 个 after a room (1203个陈阿伯) keeps the room, a building's height (五层的楼) is no
floor, place words typed in pinyin after a digit (5hao lou) are read. Receive a message, expect this decision.
Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify
from bot.understanding.emergency_way import blocked_way_matter, way_blocked
from bot.understanding.location import parse_location
from bot.understanding.matter import asked_reimbursement, last_matter
from bot.understanding.topics import topic_category

RESIDENT = Context(sender_role="resident")


@pytest.mark.parametrize("text", [
    "3号楼电梯门老是关不严 关好几次才合上 麻烦看看",
    "二单元电梯最近老滴滴叫 门也关不严实 得按好几下",
])
def test_the_lifts_own_door_is_the_lifts(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.request and u.category == "elevator"


def test_a_door_named_beside_the_lift_keeps_its_own_reading() -> None:
    u = classify("单元门关不上了 锁舌坏了 电梯旁边那个", RESIDENT)
    assert not any("the lift's" in r for r in u.reasons)


@pytest.mark.parametrize("text,found", [
    ("楼梯间堆的旧柜子把安全出口挡住了", "安全出口+挡住"),
    ("小区门口两边停满了车 救护车进不了", "救护车+进不了"),
    ("一辆面包车挡着消防通道一上午了", "消防通道+挡"),
])
def test_a_way_of_escape_told_blocked(text: str, found: str) -> None:
    assert way_blocked(text) == found


@pytest.mark.parametrize("text", [
    "疏散楼梯里堆满了纸箱子",          # piled, not said to block it: cleaning
    "消防通道那块的路灯不亮了",          # the lane named, nothing blocking it
])
def test_no_way_of_escape_blocked(text: str) -> None:
    assert way_blocked(text) is None


def test_a_blocked_lane_read_as_parking_is_safety() -> None:
    matter = blocked_way_matter("一辆面包车挡着消防通道一上午了", "orange", "parking")
    assert matter is not None and matter[0] == "safety"
    assert last_matter("一辆面包车挡着消防通道一上午了", "orange", "parking").category == "safety"


def test_a_question_about_the_lane_is_left_to_its_reading() -> None:
    assert blocked_way_matter("消防通道上周画线了 停车是不是要挪", "blue", "parking") is None


def test_an_ambulance_kept_out_by_parked_cars_is_safety() -> None:
    u = classify("小区门口两边停满了车 救护车拐不进来 一直按喇叭", RESIDENT)
    assert u.request and u.category == "safety"


@pytest.mark.parametrize("text", [
    "地库的水已经淹到车轮了 快派人抽水",
    "一楼大堂啲水浸到脚眼喇 仲喺度流入嚟",
])
def test_water_standing_in_a_garage_or_lobby_is_flooding(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.request and u.color == "orange" and u.category == "facility"


def test_a_garage_flooded_every_year_is_no_flooding_now() -> None:
    u = classify("我们这车库年年淹 早点把车挪走吧", RESIDENT)
    assert not any("flooding" in r for r in u.reasons)


def test_the_drain_before_the_water_in_it() -> None:
    u = classify("车库排水口堵了 水一直退不下去", RESIDENT)
    assert u.request and u.category == "facility"


def test_how_a_medical_cost_is_reimbursed_is_affairs() -> None:
    assert asked_reimbursement("请问住院的钱医保能报多少") is not None
    assert last_matter("我爸的药费门诊统筹怎么用", "blue", "care").category == "affairs"
    assert asked_reimbursement("义诊要不要带医保卡") is None


def test_someone_asked_to_sweep_is_cleaning() -> None:
    assert topic_category("楼前台阶上全是沙土 社区能不能派人扫扫") == "sanitation"


@pytest.mark.parametrize("text,room", [
    ("1203个陈阿伯病咗 冇人帮佢买菜", "1203"),
    ("我系802嘅 802个阿婆成日唔出门", "802"),
])
def test_a_cantonese_possessive_after_a_room_keeps_the_room(text: str, room: str) -> None:
    loc = parse_location(text)
    assert loc is not None and loc.room == room


@pytest.mark.parametrize("text", ["仓库进了1203个口罩", "发了1102个人的名单"])
def test_a_count_is_no_room(text: str) -> None:
    loc = parse_location(text)
    assert loc is None or loc.room is None


def test_a_buildings_height_is_no_floor() -> None:
    loc = parse_location("东边那两栋五层的楼能不能也装电梯")
    assert loc is None or loc.floor is None
    loc = parse_location("五层的楼道灯坏了")
    assert loc is not None and loc.floor == "5"


@pytest.mark.parametrize("text,building,unit,floor", [
    ("5hao lou 2 danyuan mei shui le", "5", "2", None),
    ("wo zhu 3hao lou 6 lou, dian ti huai le", "3", None, "6"),
])
def test_place_words_typed_in_pinyin(text: str, building: str, unit: str | None, floor: str | None) -> None:
    loc = parse_location(text)
    assert loc is not None and (loc.building, loc.unit, loc.floor) == (building, unit, floor)


def test_pinyin_words_without_a_digit_are_no_place() -> None:
    assert parse_location("lou shang hen chao") is None
