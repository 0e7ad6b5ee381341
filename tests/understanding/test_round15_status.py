"""Round 15 repeat linking: a neighbour asking after an open problem hours later ("电梯到底停到什么时候",
"还停着"), whatever floor they live on, is one more report of it; a dry tap told by the drop that does not
come is no water. Receive a message next to an open ticket, expect this link or none.
Sentences are our own."""
from __future__ import annotations

from dataclasses import replace

from bot.understanding import match_repeat
from bot.understanding.classifier import classify as classify_rules

from tests.understanding.linking import RESIDENT, model_request
from tests.understanding.linking import open_ticket as _ticket

_LIFT = "电梯停在五楼不动了 按哪层都没反应"


# ------------------------------------------------------------------ asking after the open problem
def test_asking_when_the_lift_runs_again_hours_later_joins_the_lift_from_any_floor():
    t = _ticket(_LIFT, minutes=240)
    for text in ("电梯停到什么时候啊 我住23楼 买的米扛不上去", "电梯还停着？我住十八楼 今天要出门"):
        u = classify_rules(text, RESIDENT)
        m = match_repeat(u, text, "r2", "4", [t])
        assert m is not None and m.ticket_no == 9, (text, u.keywords, m)
    text = "电梯几时整好啊 我家在21楼"   # Cantonese 几时: only the model reads a request
    m = match_repeat(model_request(text, "elevator"), text, "r2", "4", [t])
    assert m is not None and m.ticket_no == 9, (text, m)


def test_asking_after_the_lift_still_keeps_lifts_units_and_buildings_apart():
    t = _ticket("二单元2号梯停在五楼不动了 按哪层都没反应", minutes=240)
    for text in ("1号梯停到什么时候啊 我住23楼", "电梯停到什么时候啊 我们三单元的 我住23楼",
                 "6栋电梯停到什么时候啊 我住23楼"):
        u = classify_rules(text, RESIDENT)
        m = match_repeat(u, text, "r2", "6" if "6栋" in text else "4", [t])
        assert m is None, (text, m)


def test_a_question_of_its_own_about_the_lift_is_not_asking_after_the_breakdown():
    t = _ticket(_LIFT, minutes=240)
    for text in ("我们楼啥时候加装第二部电梯", "电梯卡什么时候能办好", "电梯什么时候年检", "电梯停了 什么时候能修好 物业费还交不交"):
        u = classify_rules(text, RESIDENT)
        m = match_repeat(u, text, "r2", "4", [t])
        assert m is None or "asks after" not in m.reasons[0], (text, m)


def test_asking_after_another_thing_is_not_the_lift():
    t = _ticket(_LIFT, minutes=240)
    for text in ("楼道灯什么时候能修好 三楼黑乎乎的", "单元门还是坏的 谁都能进来", "垃圾什么时候来收 都堆满了"):
        u = classify_rules(text, RESIDENT)
        m = match_repeat(u, text, "r2", "4", [t])
        assert m is None, (text, m)


def test_an_emergency_is_not_asked_after_on_the_models_word_alone():
    t = _ticket("电梯卡在七楼了 里面有人出不来 快来人", minutes=200)
    assert t.color == "red"
    text = "那个还没整好吗 我住十楼"
    assert match_repeat(model_request(text, "elevator"), text, "r2", "4", [t]) is None


def test_asking_after_the_same_object_hours_later_joins_its_ticket():
    t = _ticket("小区南边那段护栏断了一截", minutes=600)
    for text in ("护栏啥时候能修好啊 我家在三楼", "那段护栏还没修啊 我住5楼 孩子天天从那过"):
        m = match_repeat(model_request(text, "facility"), text, "r2", "4", [t])
        assert m is not None and m.ticket_no == 9, (text, m)


# ------------------------------------------------------------------ a dry tap
def test_not_a_drop_from_the_tap_is_no_water():
    for text in ("早上拧开龙头一滴都不出 这是停水了吗", "家里一滴水都没有了 饭都做不成"):
        u = classify_rules(text, RESIDENT)
        assert u.request and u.keywords[:1] == ("no_water",), (text, u.keywords)


def test_drops_that_do_come_or_other_drops_are_no_outage():
    for text in ("水龙头一滴一滴地漏 关不严", "一滴水都不要浪费 大家节约用水", "半个月一滴雨都没下 花都蔫了",
                 "车里一滴油都没有了 哪有加油站"):
        u = classify_rules(text, RESIDENT)
        assert "no_water" not in u.keywords, (text, u.keywords)


def test_another_building_hours_later_is_not_the_outage_whose_report_named_none():
    t = replace(_ticket("一滴水都没有了 饭都做不成", minutes=600), building=None)   # a group of several buildings
    text = "12栋还是没水 是不是阀门没开"
    u = classify_rules(text, RESIDENT)
    assert match_repeat(u, text, "r2", "12", [t]) is None


def test_by_the_way_another_problem_that_names_the_outage_is_its_own():
    t = _ticket("今天早上家里一滴水都没有 三单元四楼", minutes=15)
    for text in ("楼长，顺便问一下，我家厨房下水道往上冒脏水，跟停水有关系吗", "顺便说一句 楼下下水道往上返臭水 是不是停水闹的"):
        u = classify_rules(text, RESIDENT)
        assert match_repeat(u, text, "r2", "4", [t]) is None, (text, u.keywords)
