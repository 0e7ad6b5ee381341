"""Review of round 21 (u21c): misfires of the new category rules, each as "this message -> this decision".
Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify
from bot.understanding.emergency_way import way_blocked

RESIDENT = Context(sender_role="resident")


@pytest.mark.parametrize("text", [
    "1203业主钥匙丢了进不了家，能帮忙联系开锁吗",
    "我是1190的 忘带钥匙进不了门了",
])
def test_a_room_number_holding_120_is_no_ambulance(text: str) -> None:
    # 120/119 inside a room number with the everyday 进不了 (a door) is no rescue vehicle kept out
    assert way_blocked(text) is None
    u = classify(text, RESIDENT)
    assert u.category != "safety"
    assert all("fire lane" not in r for r in u.reasons)


def test_a_car_park_beside_the_fire_lane_is_no_car_on_it() -> None:
    assert way_blocked("消防通道旁边停车场满了，还有车位吗") is None
    u = classify("消防通道旁边停车场满了，还有车位吗", RESIDENT)
    assert u.category != "safety"


def test_a_rescue_vehicle_that_cannot_get_in_still_blocks_the_lane() -> None:
    assert way_blocked("救护车拐不进来，路口停满了车") is not None
    assert classify("救护车拐不进来，路口停满了车，老人等着呢", RESIDENT).category == "safety"


@pytest.mark.parametrize("text", [
    "电梯口旁边的玻璃门坏了关不上",
    "3号楼电梯旁边那扇铁栅门锁坏了",
])
def test_a_door_near_the_lift_is_not_the_lifts(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.request and u.category == "facility"


def test_the_lifts_own_door_stays_the_lifts() -> None:
    assert classify("电梯门关不严，老是响", RESIDENT).category == "elevator"


def test_a_garage_flooded_last_year_is_no_flood_now() -> None:
    u = classify("去年车库水淹过，今年有没有防汛准备", RESIDENT)
    assert u.color != "orange" and u.category != "facility"


def test_a_garage_flooding_now_is_still_flooding() -> None:
    u = classify("车库的水淹到第二排车位了，快来抽水", RESIDENT)
    assert u.request and u.color == "orange" and u.category == "facility"


def test_pinyin_lou_dao_after_a_room_is_the_stairwell_not_a_floor() -> None:
    # "701 lou dao" (楼道) read as 701楼 lost the room
    from bot.understanding.location import parse_location
    loc = parse_location("5hao lou 2danyuan 701 lou dao deng huai le")
    assert loc is not None and (loc.building, loc.unit, loc.room) == ("5", "2", "701")
    assert parse_location("4hao lou 3 lou dian deng huai le").floor == "3"


def test_a_lobby_flood_recalled_is_no_request() -> None:
    # "大堂水淹那次" recalls a past flood (photos asked for among neighbours): no water standing now
    u = classify("大堂水淹那次的照片谁还有", RESIDENT)
    assert not (u.request and u.color == "orange" and u.category == "facility")


@pytest.mark.parametrize("text", [
    "车库水淹到车门了 里面还有人",
    "车库水淹了 有人在里面",
])
def test_a_person_inside_the_flooded_garage_stays_red(text: str) -> None:
    # the new orange garage-flooding cue had taken the model's red away
    u = classify(text, RESIDENT)
    assert u.request and u.color == "red"


def test_a_flooded_garage_asked_about_is_not_red() -> None:
    u = classify("车库水淹了 有人知道车能不能理赔吗", RESIDENT)
    assert u.color != "red"
