"""Round 13: round 12's rules aimed at their phenomenon, not at any message that shares a word. Someone in a
numbered lift is red only when held there; a fraud is red only when a named person is handing money over now,
not in a warning; a correction is "不是，是Y"; 里头 alone is no lift; 三门 is a unit only where one lives;
一层 of a building is its first floor; a code after a colon is no room; people below a wall only when they pass
there; sparks seen at wet electrics are a fire risk; 楼梯里 is the stairs; a range of floors names none.
Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.location import parse_location
from bot.understanding.stuck import trapped_in_lift

RESIDENT = Context(sender_role="resident", chat_building="4")


@pytest.mark.parametrize("text", [
    "5号梯里有人吗？我手机好像落里面了",
    "1号梯里有人往墙上贴广告 能不能管管",
    "东梯里头有人把牛奶打翻了 地上全是",
    "2号梯里有人抱着猫 没装笼子",
])
def test_someone_in_a_numbered_lift_who_is_not_held_is_no_red(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert u.color != "red", u.reasons


def test_someone_held_in_a_numbered_lift_is_still_red() -> None:
    u = classify_rules("4号梯里有人出不来 门一直不开", RESIDENT)
    assert (u.color, u.category) == ("red", "elevator"), u.reasons


@pytest.mark.parametrize("text", [
    "各位邻居注意 最近有人打电话自称警察 说你涉嫌洗钱让你去银行转到安全账户 千万别信",
    "反诈提醒：说你卡被冻结、要你去转账的都是骗子 请转告家里老人",
])
def test_a_warning_about_scams_is_no_red(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert u.color != "red", u.reasons


def test_a_neighbour_on_the_way_to_the_bank_for_a_scammer_is_red() -> None:
    u = classify_rules("我妈说有人打电话讲她账户冻结了 她现在正要去银行转钱 怎么劝都不听 谁能帮忙拦一下", RESIDENT)
    assert (u.color, u.category) == ("red", "safety"), u.reasons


@pytest.mark.parametrize("text, floor, building", [
    ("冒烟的是6楼不是7楼", "6", None),
    ("我住的是9栋不是2栋", None, "9"),
    ("是11栋，不是12栋", None, "11"),
    ("在8楼，不是，是9楼", "9", None),
    ("在3栋，不对，是4栋", None, "4"),
    ("楼道灯坏了 5楼 不是 6楼", "6", None),
])
def test_only_a_self_correction_replaces_the_place(text: str, floor: str | None, building: str | None) -> None:
    loc = parse_location(text)
    assert loc is not None and (loc.floor, loc.building) == (floor, building)


def test_a_home_emergency_with_the_lift_out_too_stays_care() -> None:
    u = classify_rules("隔壁屋里头老太太晕倒了 电梯还停着 担架上不来", RESIDENT)
    assert u.category == "care", u.reasons


@pytest.mark.parametrize("text", ["东区二门的栏杆被撞弯了", "你从四门进来往左走", "他老家是三门峡那边的", "两家就一门之隔"])
def test_a_gate_is_no_unit(text: str) -> None:
    loc = parse_location(text)
    assert loc is None or loc.unit is None


@pytest.mark.parametrize("text, unit", [("我住三门 六楼", "3"), ("二门的住户注意一下", "2"), ("五门的暖气还是凉的", "5")])
def test_a_door_one_lives_behind_is_a_unit(text: str, unit: str) -> None:
    loc = parse_location(text)
    assert loc is not None and loc.unit == unit


@pytest.mark.parametrize("text", ["8栋一层水管裂了在喷", "7栋一层东头那扇门关不上", "3栋一层烧烤油烟呛人", "电梯下到一层门就不开了"])
def test_the_first_floor_of_a_building_is_floor_one(text: str) -> None:
    loc = parse_location(text)
    assert loc is not None and loc.floor == "1", loc


@pytest.mark.parametrize("text", ["取件码：2105，在驿站", "物业值班电话：3302", "门禁密码:1108"])
def test_a_code_after_a_colon_is_no_room(text: str) -> None:
    loc = parse_location(text)
    assert loc is None or loc.room is None


@pytest.mark.parametrize("text", [
    "后面护坡鼓出来一块 下面是球场，已经围起来了没人走",
    "围墙下的挡土墙裂了 下面是花坛，小孩的滑板车堆在那",
])
def test_a_wall_giving_way_with_nobody_passing_is_not_red(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert u.color != "red", u.reasons


def test_water_dripping_in_a_meter_box_is_the_supply() -> None:
    u = classify_rules("电表箱进水了 滋滋的 水啪嗒啪嗒往下掉", RESIDENT)
    assert (u.color, u.category) == ("red", "utilities"), u.reasons


def test_sparks_at_wet_electrics_stay_a_fire_risk() -> None:
    u = classify_rules("配电箱里进了水 滋滋的 还闪了下火光", RESIDENT)
    assert (u.color, u.category) == ("red", "safety"), u.reasons


def test_someone_held_in_the_stairs_is_not_in_a_lift() -> None:
    assert not trapped_in_lift("没电了楼梯里黑漆漆的 我爸困在五楼下不去")
    assert trapped_in_lift("没电了 我爸困在电梯里了")


@pytest.mark.parametrize("text", ["6栋3楼到5楼都停水了", "2栋8层至10层没电"])
def test_a_range_of_floors_names_no_floor(text: str) -> None:
    loc = parse_location(text)
    assert loc is not None and loc.floor is None, loc


def test_the_flight_between_two_floors_is_placed_on_the_first() -> None:
    loc = parse_location("二单元六楼到七楼那段楼梯灯不亮")
    assert loc is not None and (loc.unit, loc.floor) == ("2", "6"), loc
