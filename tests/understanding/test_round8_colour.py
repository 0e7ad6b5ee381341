"""Round 8: colour and category families seen across many communities. Facade tiles or an eave
falling on people is safety; rain through the roof or a top-floor leak is the roof's (facility)
whatever reading named water; asking someone to step in is a complaint (yellow), not a question;
sewage told only as a smell is a yellow sanitation matter, sewage coming out stays orange.
Receive a message, expect this colour and category. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context
from bot.understanding.intervene_asked import plea_to_intervene
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.hybrid import classify

RESIDENT = Context(sender_role="resident", chat_building="4")


@pytest.mark.parametrize("text, category", [
    # the facade's tiles are the building's part to make safe (the shared corpus labels them facility)
    ("6栋外墙的瓷砖又掉下来两块，砸在单元门口，上面还有一片翘着", "facility"),
    # ice hanging from an eave is no building part: a falling object
    ("北边屋檐的冰柱子一截截往下掉，底下就是孩子们上学的路", "safety"),
])
def test_something_falling_on_people_is_red(text, category):
    u = classify_rules(text, RESIDENT)
    assert u.request and (u.color, u.category) == ("red", category), u.reasons


def test_a_window_pane_about_to_fall_stays_the_buildings():
    u = classify_rules("楼道窗户玻璃裂了，挂在框上晃，下面就是人行道", RESIDENT)
    assert u.request and u.color == "red" and u.category == "facility", u.reasons


@pytest.mark.parametrize("text", [
    "我家住顶楼，这几天一直下雨，卧室天花板滴水，接了两个盆",
    "8栋顶楼的几户都在漏，墙皮泡得鼓起来了",
])
def test_rain_through_the_roof_is_facility(text):
    u = classify(text, RESIDENT)
    assert u.request and u.category == "facility", u.reasons


def test_a_pipe_named_as_the_source_stays_utilities():
    u = classify("我家顶楼，楼顶水箱的管子漏了，水顺着墙往屋里流", RESIDENT)
    assert u.request and u.category == "utilities", u.reasons


@pytest.mark.parametrize("text", [
    "对面那栋半夜两点还在唱卡拉OK，吵得睡不着，有没有人管管",
    "4栋地下室住了二十几个人，进进出出的，社区能不能出面",
])
def test_asking_someone_to_step_in_is_a_complaint(text):
    assert plea_to_intervene(text)
    u = classify(text, RESIDENT)
    assert u.request and u.color == "yellow", u.reasons


def test_a_question_about_a_service_stays_blue():
    u = classify("请问社区的老年食堂几点开门，中午能送餐吗", RESIDENT)
    assert plea_to_intervene("请问社区的老年食堂几点开门，中午能送餐吗") is None
    assert u.request and u.color == "blue", u.reasons


@pytest.mark.parametrize("text", [
    "3栋后面的化粪池好像满了，臭得窗户都不敢开",
    "一进单元门就是一股下水道的味道，是不是化粪池满了",
])
def test_sewage_told_only_as_a_smell_is_yellow_sanitation(text):
    u = classify_rules(text, RESIDENT)
    assert u.request and (u.color, u.category) == ("yellow", "sanitation"), u.reasons


@pytest.mark.parametrize("text", [
    "化粪池满了，污水都流到路上了，臭死了",
    "我家一楼卫生间地漏往上冒，臭得不行",
])
def test_sewage_coming_out_stays_orange(text):
    u = classify_rules(text, RESIDENT)
    assert u.request and (u.color, u.category) == ("orange", "utilities"), u.reasons


@pytest.mark.parametrize("text", [
    "雨太大了，2栋地库入口的水哗哗往下灌，下面还停着好多车",
    "地下室的水还在涨，好几家储藏室都泡了",
])
def test_rain_water_flowing_into_a_garage_is_orange(text):
    u = classify_rules(text, RESIDENT)
    assert u.request and (u.color, u.category) == ("orange", "facility"), u.reasons


def test_a_question_about_a_flooded_car_stays_blue():
    u = classify("请问车在地库被淹了，保险理赔要社区开证明吗", RESIDENT)
    assert u.request and u.color == "blue", u.reasons
