"""Round 23, mends of the owner's change (own23): its new red cues misfired on ordinary messages. A chore or a
nuisance told 人都快不行了 is no one dying; 物业叫都叫不动 is nobody lying still; people resting or a child
playing on the ground are no one down; a lift door that often shuts on people is a fault to adjust; a rescue
kept out on an earlier day is a grievance about the lane; a site's rubble 又脏又乱 is no rock still coming
down; a gas bottle or a tyre 没气了 is no person without breath. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify

RESIDENT = Context(sender_role="resident", chat_building="4")


@pytest.mark.parametrize("text", [
    "停电没空调，热死了，人都快不行了",                # hyperbole after an outage
    "电梯坏了三天，天天爬十八楼，人快不行了",
    "楼上装修吵了一整天，人快不行了，能不能管管",
    "我家这个电瓶车电池快不行了，有人知道哪里换吗",      # a battery, someone asked after it
])
def test_worn_out_by_a_chore_or_a_nuisance_is_no_one_dying(text):
    u = classify(text, RESIDENT)
    assert u.color != "red", u.reasons


@pytest.mark.parametrize("text", [
    "有人把装修垃圾倒在楼道里，物业叫都叫不动",         # garbage poured, the office will not move
    "小孩躺在地上打滚哭闹，大人拉都拉不动",            # a tantrum
    "广场上好多人躺在地上晒太阳，一动不动的",          # people resting
    "夏天太热好多人还在地上铺凉席睡觉",
    "孩子还坐在地上玩沙子，家长也不管",                # a child at play
])
def test_nobody_lying_still_in_trouble_is_not_red(text):
    """No red cue reads a person down (the model may still err toward people on a child rolling on the floor)."""
    u = classify(text, RESIDENT)
    assert not any(r.startswith("red: cue") for r in u.reasons), u.reasons


@pytest.mark.parametrize("text", [
    "电梯门关得太快，老是夹住人，麻烦物业调一下",
    "电梯门经常夹住小孩，能不能调一下感应",
])
def test_a_lift_door_that_often_shuts_on_people_is_an_orange_fault(text):
    u = classify(text, RESIDENT)
    assert (u.request, u.color, u.category) == (True, "orange", "elevator"), u.reasons


def test_a_rescue_kept_out_on_an_earlier_day_is_the_fire_lane_not_red():
    u = classify("上次我爸犯病打了120，车都进不来，消防通道一定要清", RESIDENT)
    assert (u.request, u.color, u.category) == (True, "orange", "safety"), u.reasons


def test_rubble_come_down_and_left_messy_is_no_rock_still_falling():
    u = classify("工地的碎石掉下来了，又脏又乱，什么时候清理", RESIDENT)
    assert u.request and u.color == "yellow", u.reasons


@pytest.mark.parametrize("text", [
    "我家煤气罐没气了，有人知道哪里可以送气吗",
    "电动车轮胎没气了，小区里有人会补胎吗",
    "物业的人说暖气片没气了要放气",
])
def test_a_bottle_a_tyre_or_a_radiator_out_of_gas_is_no_person_without_breath(text):
    u = classify(text, RESIDENT)
    assert u.color != "red", u.reasons


@pytest.mark.parametrize("text", [
    "隔壁王奶奶好像快不行了，喘不上气，快来人",
    "我爸快不行了，救护车呢",
    "有个人倒在楼道里一动不动，好吓人",
    "奶奶还坐在地上起不来，我一个人扶不动",
    "电梯门夹住了孩子的手，拉不出来，快来人",
    "刚打了120，车被堵在小区门口进不来，人还在楼上",
    "坡上又掉下来几块石头，砸到车棚了",
])
def test_the_real_dangers_the_owner_added_stay_red(text):
    u = classify(text, RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons
