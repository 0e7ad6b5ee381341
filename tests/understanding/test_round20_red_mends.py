"""Round 20 reds found in review and mended by the owner: a person fallen into a shaft told after the open
shaft (井盖被偷了 … 有个大爷掉进去了), a person scalded now, a lamp going out after water ran along its wire (灭了
is no "fixed" there). Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify

RESIDENT = Context(sender_role="resident", chat_building="4")


@pytest.mark.parametrize("text", [
    "二单元门口的井盖不知道谁拿走了 刚才一个老太太掉进去了 快来人",
    "井盖被偷了 邻居家孩子掉下去了 腿卡着出不来",
])
def test_a_person_fallen_into_an_open_shaft_told_after_it_is_red(text):
    u = classify(text, RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    "井盖没了 小心别让孩子掉进去 能不能先围起来",
    "井盖坏了一个角 昨天差点有人掉进去",
])
def test_a_fall_into_a_shaft_only_feared_is_not_red(text):
    u = classify(text, RESIDENT)
    assert u.request and u.color != "red", u.reasons


def test_an_old_person_scalded_by_a_burst_heating_pipe_is_red():
    u = classify("楼上暖气管爆了 热水喷出来 我爸被烫伤了", RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


def test_a_scald_feared_is_not_red():
    u = classify("小心别让孩子烫伤了", RESIDENT)
    assert u.color != "red", u.reasons


def test_a_lamp_going_out_after_water_ran_along_its_wire_is_a_request_not_a_fix():
    u = classify("楼上漏水 顺着灯线往下滴 灯泡嘭的一下灭了", RESIDENT)
    assert u.request and not u.fixed_report, u.reasons


def test_a_fire_out_is_still_a_fix():
    u = classify("厨房的火灭了 谢谢大家", RESIDENT)
    assert not u.request and u.fixed_report, u.reasons


@pytest.mark.parametrize("text", [
    "空调坏了两天了 家里老人热得喘不上气",
    "这两天太热 我妈在屋里热晕过去了",
    "热死了 隔壁老爷子都热晕了",
    "救护车还没到 谁懂急救快下来帮忙",
])
def test_a_person_suffering_the_heat_now_or_first_aid_called_for_is_red(text):
    u = classify(text, RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    "热得喘不上气 这天没法过了",
    "差点热晕了 这破天",
    "井盖翘着好几天了 非得有人掉下去了才修？",
    "井盖被偷了 老人掉进去咋整",
    "小区招募会急救的志愿者 报名找网格员",
])
def test_the_writers_own_heat_or_a_first_aid_notice_is_no_danger(text):
    u = classify(text, RESIDENT)
    assert u.color != "red", u.reasons
