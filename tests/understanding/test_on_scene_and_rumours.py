"""Responders on the scene make a neighbour's message a live update — unless the danger is
still going on or they cannot end it; and a rumour that names one of our buildings is about
here. Receive the message, expect a red request."""
from __future__ import annotations

import pytest

from bot.understanding import classify


@pytest.mark.parametrize("text", [
    "保安来了也没用 电梯里还困着人 门怎么都打不开",
    "物业的人到了 可是煤气味越来越大",
    "师傅来了 说楼道漏电 刚才有个孩子被电了一下",
])
def test_a_danger_that_goes_on_after_responders_arrive_is_still_red(text):
    u = classify(text)
    assert u.request and u.color == "red", u.reasons


def test_responders_arriving_at_a_danger_being_ended_is_a_live_update():
    u = classify("消防车到了 正在灭火 大家别围观")
    assert not u.request, u.reasons


def test_a_rumour_naming_one_of_our_buildings_is_about_here():
    u = classify("朋友圈里都在说8号楼着火了 有人知道吗")
    assert u.request and u.color == "red", u.reasons


def test_news_from_another_place_is_not_a_report():
    u = classify("网上看到外地一个小区着火了 大家注意用电")
    assert not (u.request and u.color == "red"), u.reasons


def test_a_community_names_its_own_words_for_a_danger_going_on():
    from bot.understanding import build_vocabulary
    from bot.understanding.classifier import classify as classify_rules
    text = "消防员到了 楼道着火 压不住"
    assert not classify_rules(text).request
    u = classify_rules(text, vocab=build_vocabulary({"goes_on": ["压不住"]}))
    assert u.request and u.color == "red", u.reasons


def test_news_naming_a_building_of_another_place_stays_elsewhere():
    u = classify("网上看到外地一个小区3号楼着火了 好吓人")
    assert not (u.request and u.color == "red"), u.reasons


def test_a_forwarded_emergency_in_one_of_our_buildings_is_red():
    u = classify("转发：7号楼3单元有人被困电梯 请物业速来")
    assert u.request and u.color == "red", u.reasons


def test_a_forwarded_notice_about_our_building_is_still_a_notice():
    assert not classify("转发：7号楼明天上午停水 请大家储水").request


@pytest.mark.parametrize("text", ["楼道里有人在打老人 可以报警吗", "隔壁又在打孩子 哭得撕心裂肺"])
def test_someone_being_beaten_now_is_red(text):
    u = classify(text)
    assert u.request and u.color == "red", u.reasons
