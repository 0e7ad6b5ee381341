"""Round 19 red: a fight with a brick or a spanner in hand is red however the fight is told (掐起来, 干仗);
a building leader whose emergency ends in "someone must come now" is reporting it, not handling it. Red
words whose danger is not there are set aside: animals fighting, a heart condition the person has (its risk
stays: orange), a car struck by a tree, something thrown down that missed (the thrower is the matter:
orange), a branch hanging with nobody below (orange). Smoking in Shanghainese (吃香烟) is no fire, and 没睡好
is no mistyped 没水. Receive a message, expect this colour. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify
from bot.understanding.classifier import classify as classify_rules

RESIDENT = Context(sender_role="resident", chat_building="4")
LEADER = Context(sender_role="leader", chat_building="4")


def _rules(text: str, context: Context = RESIDENT):
    return classify_rules(text, context)


@pytest.mark.parametrize("text", [
    "停车场两个司机掐起来了 一个手里攥着扳手在比划",
    "门口有人干仗 拎着半截砖追着人跑",
    "两口子在楼道里推搡 男的拿着螺丝刀",
])
def test_a_fight_with_something_in_hand_is_red(text: str) -> None:
    u = _rules(text)
    assert (u.request, u.color, u.category) == (True, "red", "safety"), u.reasons


def test_a_leader_asking_someone_to_come_now_reports_the_emergency() -> None:
    u = _rules("配电房门口积水已经淹到电箱下沿了 得马上来人", LEADER)
    assert (u.request, u.color) == (True, "red"), u.reasons


def test_a_leader_coming_himself_is_handling_it() -> None:
    assert _rules("配电房门口积水 淹到电箱了 我马上过去拉闸", LEADER).request is False


@pytest.mark.parametrize("text, color", [
    ("后院那群野猫天天晚上打架 叫得跟小孩哭似的 吵得睡不着", "yellow"),
    ("我爸有心脏病 家里空调坏了两天 屋里闷得很 能不能先借个风扇", "orange"),
    ("昨晚刮风 我的车被树砸了 物业管不管赔", None),
    ("不知道谁从楼上扔下来一个易拉罐 差点砸到我孙子 能不能查查监控", "orange"),
    ("小区东边那棵槐树有根枯枝挂在半空 哪天有空锯一下", "orange"),
])
def test_red_words_with_no_danger_now_are_set_aside(text: str, color: str | None) -> None:
    u = classify(text, RESIDENT)
    assert u.request and u.color != "red", u.reasons
    if color:
        assert u.color == color, u.reasons


@pytest.mark.parametrize("text", [
    "楼下两只大狗打架 把路过的小孩咬了一口",              # the animals hurt a person
    "我爸有心脏病 刚才突然捂着胸口倒地上了",               # the condition and an attack now
    "车被树砸了 底下还压着个人",                          # someone under it
    "有人从楼上扔花盆下来 差点砸到人 上面还摆着好几盆",      # more still up there
    "树枝悬在半空 底下就是孩子放学走的路",                  # people below
])
def test_the_same_words_with_danger_now_stay_red(text: str) -> None:
    u = _rules(text)
    assert u.color == "red", u.reasons


def test_smoking_told_in_shanghainese_is_no_fire() -> None:
    u = _rules("楼梯口老有人吃香烟 一股烟味道 熏得不得了")
    assert u.color != "red" and u.category == "sanitation", u.reasons


def test_not_slept_well_is_no_missing_water() -> None:
    u = _rules("楼上装修吵得一宿没睡好 能不能跟他们说说")
    assert (u.color, u.category) == ("yellow", "noise"), u.reasons


@pytest.mark.parametrize("text", [
    "小区门口卖羊肉串的和城管打起来了",        # a food named, people fight
    "两条狗打架 冲着路过的小孩去了",           # the animals go at a child
    "大风把树刮倒了 车被树砸了 司机还卡在里面",  # someone in the car
    "楼上一直往下扔东西 差点砸到人",            # still being thrown
    "闻到一股烟味 不是香烟 像是电线烧了",       # a smoker denied
    "我在窗边抽烟 看到对面楼冒浓烟",            # smoke seen, beside a smoker
    "广告牌一半悬空 正对着幼儿园大门",           # what is under it named as a place
])
def test_readings_do_not_set_aside_a_danger_told_another_way(text: str) -> None:
    u = _rules(text)
    assert u.color == "red", u.reasons


@pytest.mark.parametrize("text", [
    "楼上天天用扳手敲管子 吵得睡不着",          # a tool and noise, no fight
    "师傅拿着剪刀修树枝 跟物业吵了几句",        # a tool at work and words
    "楼道墙皮掉了一片 下面全是白灰 麻烦扫扫",    # indoor plaster, nobody under it
])
def test_tools_and_indoor_plaster_are_not_red(text: str) -> None:
    u = _rules(text)
    assert u.color != "red", u.reasons


@pytest.mark.parametrize("text", [
    "阳台漏雨 墙上那个接线盒都湿透了 一按开关就噼啪响",
    "厨房插座一碰就电手 下午还进过水",
])
def test_wiring_heard_arcing_or_felt_live_is_red(text: str) -> None:
    u = _rules(text)
    assert (u.request, u.color, u.category) == (True, "red", "safety"), u.reasons


def test_a_lamp_buzzing_is_the_lamp_fault() -> None:
    u = _rules("单元门口的灯滋啦滋啦响 一闪一闪的 麻烦换一个")
    assert u.color == "yellow", u.reasons


@pytest.mark.parametrize("text", [
    "厨房的火扑灭了 可是五楼还有人没下来",
    "火已经灭了 我爸呛了烟现在喘不上气",
    "车棚的火扑灭了 结果又复燃了",
    "灶台的火灭了 屋里一股燃气味",
])
def test_a_danger_told_after_the_fire_is_out_is_not_over(text: str) -> None:
    u = _rules(text)
    assert (u.request, u.color) == (True, "red"), u.reasons


def test_a_fire_put_out_with_nobody_hurt_is_over() -> None:
    assert _rules("二楼厨房着火了 已经扑灭了 没人受伤").request is False
