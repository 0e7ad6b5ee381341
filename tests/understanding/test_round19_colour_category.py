"""Round 19 colour and category in new styles: a stair tread that moves under the foot is orange like a loose
railing; a socket or wire still hot after it burnt is an orange safety matter, and the smoke already gone is
no danger now; the door a lane house is entered by that will not shut is an open entrance (orange), a door
onto the roof with nobody going up is not; a radiator warm only in part is a yellow repair; sewage told by
what comes back up is orange; urine in a lift is sanitation; a lift's floor button is the lift's; a seller at
the doors saying the office sent them is a yellow safety matter; a storm that would bring a cracked wall
down, or an old person alone asking for hands before a typhoon, is orange; a fee asked "will it rise or
not" is no complaint. Receive a message, expect this decision. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify
from bot.understanding.classifier import classify as classify_rules

RESIDENT = Context(sender_role="resident")


@pytest.mark.parametrize("text", [
    "5号楼梯第二层有块踏板松了，一踩就晃，请尽快来修",
    "楼梯的踏步翘起来了，上下楼都得扶着墙",
])
def test_a_loose_stair_tread_is_orange_facility(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert (u.request, u.color, u.category) == (True, "orange", "facility"), u.reasons


def test_a_worn_step_without_movement_stays_yellow() -> None:
    u = classify_rules("楼梯台阶边上磨坏了一块，麻烦修一下", RESIDENT)
    assert (u.color, u.category) == ("yellow", "facility"), u.reasons


def test_a_near_slip_of_an_old_person_on_the_stairs_is_a_stated_risk() -> None:
    u = classify("楼道台阶上的防滑条掉了，昨天晚上隔壁老太太差点滑下去，物业看看", RESIDENT)
    assert (u.request, u.color) == (True, "orange"), u.reasons


@pytest.mark.parametrize("text", [
    "厨房插座刚才冒了点烟，插头拔了，烟没了，可电线还是烫的，能找电工来看吗",
    "闸拉掉了，插座那块还烫，得找人查查线路",
])
def test_a_burnt_socket_still_hot_is_orange_safety_not_a_fire(text: str) -> None:
    u = classify(text, RESIDENT)
    assert (u.request, u.color, u.category) == (True, "orange", "safety"), u.reasons


def test_a_hot_radiator_is_no_hot_wire() -> None:
    u = classify_rules("暖气片还是烫的，可是电线那边没事，就是问问温度能调吗", RESIDENT)
    assert not (u.color == "orange" and u.category == "safety"), u.reasons


@pytest.mark.parametrize("text", [
    "我们家那栋的后门关不上了，晚上一直开着，请派人修",
    "弄堂门锁不上了，大半夜的谁都能进",
])
def test_the_door_a_house_is_entered_by_that_will_not_shut_is_orange(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert (u.request, u.color, u.category) == (True, "orange", "facility"), u.reasons


def test_a_roof_door_with_nobody_going_up_is_yellow() -> None:
    u = classify("楼顶门的锁坏了，关不上，刮风就砰砰响", RESIDENT)
    assert (u.request, u.color, u.category) == (True, "yellow", "facility"), u.reasons


def test_a_roof_door_with_children_going_up_stays_orange() -> None:
    u = classify("天台门的锁坏了，老有小孩跑上去玩", RESIDENT)
    assert (u.request, u.color) == (True, "orange"), u.reasons


@pytest.mark.parametrize("text", [
    "我家暖气片上面热下面凉，是不是有空气，谁能来放一下",
    "暖气就热一半，下半截凉的，师傅啥时候来",
])
def test_a_radiator_warm_in_part_is_a_yellow_repair(text: str) -> None:
    u = classify(text, RESIDENT)
    assert (u.request, u.color, u.category) == (True, "yellow", "utilities"), u.reasons


def test_a_radiator_cold_all_over_stays_orange() -> None:
    u = classify_rules("暖气冰凉，上面下面都不热，屋里冷得待不住", RESIDENT)
    assert (u.color, u.category) == ("orange", "utilities"), u.reasons


def test_sewage_told_by_what_comes_back_up_is_orange() -> None:
    u = classify_rules("一楼卫生间地漏往外冒屎汤，满屋都是，快找人通", RESIDENT)
    assert (u.request, u.color, u.category) == (True, "orange", "utilities"), u.reasons


def test_urine_in_the_lift_is_sanitation() -> None:
    u = classify_rules("有人在电梯里撒尿，一进去味道冲得很，物业管一下", RESIDENT)
    assert (u.request, u.color, u.category) == (True, "yellow", "sanitation"), u.reasons


def test_a_lift_floor_button_is_the_lift_s_part() -> None:
    u = classify_rules("二单元那部梯的9楼按钮按了不亮，麻烦修一下", RESIDENT)
    assert (u.color, u.category) == ("yellow", "elevator"), u.reasons


@pytest.mark.parametrize("text", [
    "刚才有人挨家挨户推销净水器，说是物业派来的，真的假的",
    "有个小伙子敲门推销理财，自称社区的，有人知道吗",
])
def test_a_seller_at_the_doors_claiming_the_office_is_yellow_safety(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert (u.request, u.color, u.category) == (True, "yellow", "safety"), u.reasons


def test_a_storm_that_would_bring_a_cracked_wall_down_is_orange() -> None:
    u = classify("小区东边那段围墙裂开了，台风来之前找人加固下吧，怕被刮倒", RESIDENT)
    assert (u.request, u.color) == (True, "orange"), u.reasons


def test_a_wall_blown_down_last_year_is_told_as_past() -> None:
    u = classify_rules("围墙裂了条缝，之前那次差点被刮倒，还是找人看看", RESIDENT)
    assert u.color == "yellow", u.reasons


def test_an_old_person_alone_asking_for_hands_before_a_typhoon_is_orange_care() -> None:
    u = classify("家里就我一个老头子，阳台窗户关不上，台风要来了，能不能派个人来帮我弄一下", RESIDENT)
    assert (u.request, u.color, u.category) == (True, "orange", "care"), u.reasons


def test_a_fee_asked_whether_it_rises_is_no_complaint() -> None:
    u = classify_rules("请问明年物业费涨不涨，有没有通知", RESIDENT)
    assert not any("物业费+不" in r for r in u.reasons), u.reasons
