"""Round 14 review (b): the request, place and linking rules of the round aimed at their phenomenon. A
question to the neighbours naming someone lying still is no favour asked; a loose dog chasing people
is trouble, not a found pet; a leader telling the residents what the office said passes nothing up; a
date before a number is no house; a building written before a fix still holds; a power bank or a plug
pulled is no e-bike charged indoors; the lift stopped with a parent in need is no outage repeat.
Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, match_repeat
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.location import parse_location

from tests.understanding.linking import RESIDENT
from tests.understanding.linking import open_ticket as _ticket

LEADER = Context(sender_role="leader", chat_building="4")


def test_a_neighbour_question_naming_someone_lying_still_is_a_request() -> None:
    assert classify_rules("有没有人一起去看看 楼下有个大爷躺在地上半天没动了", RESIDENT).request


def test_a_loose_dog_chasing_children_is_not_read_as_a_found_pet() -> None:
    u = classify_rules("谁家的大狗跑出来了 在楼下追着小孩跑", RESIDENT)
    assert not any("pet" in r or "lost" in r for r in u.reasons), u.reasons


@pytest.mark.parametrize("text", [
    "物业说下午派人来修 大家别急",
    "申请临时停车证的到我这登记",
    "社区可不可以线上缴费？我问了，可以的",
])
def test_a_leader_telling_the_residents_passes_nothing_up(text: str) -> None:
    u = classify_rules(text, LEADER)
    assert not u.request, u.reasons


def test_a_leader_passing_a_burst_pipe_up_is_still_a_request() -> None:
    assert classify_rules("9栋王阿姨家水管爆了 社区能不能今天派人来修", LEADER).request


@pytest.mark.parametrize("text", ["明天18号2楼活动室有义诊", "下周三15号3楼会议室开会", "截止30号业主要交物业费吗"])
def test_a_date_before_a_number_is_no_house(text: str) -> None:
    loc = parse_location(text, "4")
    assert loc is None or loc.building is None, loc


def test_a_building_written_before_the_fixed_part_holds_for_the_new_problem() -> None:
    u = classify_rules("3栋电梯修好了，但5楼楼道灯不亮", RESIDENT)
    assert u.location and (u.location.building, u.location.floor) == ("3", "5"), u.location


@pytest.mark.parametrize("text", [
    "电动车停楼梯口了 充电宝忘拿了 谁看到了",
    "我的电动车在车棚充着 插头被人拉下来了 谁干的",
    "车棚的插排坏了 电瓶车充不上电 物业能不能修一下",
])
def test_charging_words_outside_a_vehicle_charged_indoors_are_not_orange_safety(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert (u.color, u.category) != ("orange", "safety"), u.reasons


@pytest.mark.parametrize("text, colour, category", [
    ("电梯里头有人在吵架 声音好大", None, None),
    ("电梯里有个人的快递落下了 谁的", None, None),
    ("电梯里头有人打架 都见血了", "red", None),   # (a fight is red: its category stays the lift's)
])
def test_someone_in_the_lift_doing_something_is_not_held_there(text: str, colour, category) -> None:
    u = classify_rules(text, RESIDENT)
    assert u.color == colour or (colour is None and u.color != "red"), u.reasons
    assert category is None or u.category == category, u.reasons


def test_the_lift_stopped_with_a_parent_in_need_is_its_own_request() -> None:
    t = _ticket("停电了？家里全黑了 我住12楼", minutes=4)
    for text in ("我们这也停了 电梯也停了 我爸腿不好在18楼 药吃完了", "我家也停了，电梯也不动了 我妈还在电梯里"):
        assert match_repeat(classify_rules(text, RESIDENT), text, "r2", "4", [t]) is None, text


def test_one_flats_trip_switch_is_no_outage_to_join() -> None:
    t = _ticket("我家停电了 跳闸推不上去", minutes=4)
    text = "我家也是 电梯也不动了"
    assert match_repeat(classify_rules(text, RESIDENT), text, "r2", "4", [t]) is None
