"""Round 18 repeat linking: a second household of one shared outage or drain, in its own words. "我们家也停水了
... 得给个说法" is one more report of the building's outage (the explanation asked is the outage's); "三十楼也是"
after the upper floors' water went ("20楼往上") joins the outage, and so does any floor when the report wrote
none (a floor the report wrote still splits), unless it asks for the help the outage calls for (a bucket of
water for a frail neighbour: care); sewage at one unit's shared drains (hall, door) is the same blockage,
another flat's or another unit's is another; the reporter adding where they live, in words
only the model reads, follows up their own ticket; a relative of the one inside a stuck lift pleads on
its emergency; "木电" and "一点水都没有" say no power and no water. Sentences are our own."""
from __future__ import annotations

from dataclasses import replace

import pytest

from bot.understanding import match_repeat
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.vocabulary import normalise_words

from tests.understanding.linking import RESIDENT, model_request
from tests.understanding.linking import open_ticket as _ticket


def _link(text: str, t, sender: str = "r5", u=None):
    u = u or classify_rules(text, RESIDENT)
    return match_repeat(u, normalise_words(text), sender, "4", [t])


# ------------------------------------------------------------------ an outage's "me too" asking for an explanation
def test_a_second_household_without_water_asking_for_an_explanation_joins_the_outage():
    t = _ticket("家里停水了 水龙头拧开啥也没有 怎么回事", minutes=3)
    m = _link("我们家也停水了 十五楼 物业得给个说法", t)
    assert m is not None and m.ticket_no == 9, m


def test_asking_for_an_explanation_of_a_lift_that_keeps_failing_is_its_own_request():
    t = _ticket("电梯又停了 显示屏黑着", minutes=3)
    assert _link("这电梯三天两头坏 物业得给个说法", t) is None


# ------------------------------------------------------------------ "here too" from another floor of an outage
@pytest.mark.parametrize("text", ["三十楼也是 一滴没有", "二十六层也是 刚拧开就没了"])
def test_another_floor_saying_here_too_joins_the_building_outage(text: str):
    t = _ticket("高层停水了 20楼往上都没水", minutes=6)
    m = _link(text, t, u=model_request(text, "utilities"))
    assert m is not None and m.ticket_no == 9, m


def test_another_floor_saying_here_too_joins_an_outage_reported_at_no_floor():
    t = _ticket("停水了？水龙头一滴都没有 也没看到通知", minutes=2)
    text = "十二楼也没有"
    m = _link(text, t, u=model_request(text, "utilities"))
    assert m is not None and m.ticket_no == 9, m


def test_another_floor_than_the_one_the_outage_report_wrote_is_another_report():
    t = _ticket("今天早上8楼一点水都没有了 龙头只出气", minutes=2)
    text = "我们九楼也是 洗不成澡"
    assert _link(text, t, u=model_request(text, "utilities")) is None


def test_another_floor_saying_here_too_of_a_light_is_another_light():
    t = _ticket("三楼楼道灯不亮了 晚上黑咕隆咚", minutes=6)
    text = "五楼也是 黑的"
    assert _link(text, t, u=model_request(text, "facility")) is None


def test_a_neighbour_asking_for_water_brought_up_during_the_outage_is_a_care_request():
    t = _ticket("家里没水了 一直没来水 也没通知", minutes=4)
    text = "3单元301也要一桶 我腿脚不行"
    assert _link(text, t, u=model_request(text, "care")) is None


# ------------------------------------------------------------------ one unit's drain stack
def test_sewage_coming_up_in_another_flat_is_labelled_apart():
    t = _ticket("一楼下水道反水了 厨房地上全是脏水 我是101", minutes=15)
    assert _link("一单元的下水道堵了吧 我家102卫生间也往上冒", t) is None


def test_sewage_at_the_unit_door_after_its_hall_drain_is_the_same_blockage():
    t = _ticket("2单元大厅地漏往外返脏水 一股馊味", minutes=10)
    m = _link("二单元门口那个井盖也往外冒黑水了 赶紧找人通通", t)
    assert m is not None and m.ticket_no == 9, m


def test_sewage_in_another_unit_is_another_stack():
    t = _ticket("一单元下水道反水了 101厨房全是脏水", minutes=15)
    assert _link("三单元下水道也反水了 302厨房冒黑水", t) is None


# ------------------------------------------------------------------ the reporter's own add-on
def test_the_reporter_adding_where_they_live_follows_up_their_ticket():
    t = _ticket("楼下烧烤店的排烟机对着我家窗户 吵到半夜一点", minutes=6, reporter="r1")
    text = "补充一下 我住3单元902 那机器就在对面屋顶上"
    m = _link(text, t, sender="r1", u=model_request(text, "facility"))
    assert m is not None and (m.ticket_no, m.kind) == (9, "follow_up"), m


def test_the_reporter_answering_a_neighbour_with_no_place_adds_nothing():
    t = _ticket("隔壁李大爷两天没出门了 敲门也没人应", minutes=4, reporter="r1")
    text = "没有啊 他家窗帘一直拉着"
    assert _link(text, t, sender="r1", u=model_request(text, "utilities")) is None


# ------------------------------------------------------------------ a relative of the one inside
@pytest.mark.parametrize("text, model", [("我姥姥在里头 她有心脏病 求求快点", False), ("是我爸在里面！他血压高 快点啊", True)])
def test_a_relative_of_the_one_inside_a_stuck_lift_pleads_on_its_emergency(text: str, model: bool):
    t = _ticket("电梯卡在七楼了 里面有人在喊", minutes=2)
    m = _link(text, t, u=model_request(text, "care") if model else None)
    assert m is not None and m.ticket_no == 9, m


def test_someone_in_the_flat_after_a_lift_report_is_no_one_inside_it():
    t = _ticket("二单元电梯不动了 显示屏黑着", minutes=5)
    assert _link("我家老人在里面睡觉 楼上装修吵得不行", t) is None


# ------------------------------------------------------------------ words for no power, no water
def test_mu_for_mei_says_no_power_or_no_water():
    assert classify_rules("二单元也木电了 冰箱都停了", RESIDENT).keywords[0] == "no_power"
    assert classify_rules("我们这层木水了 做不成饭", RESIDENT).keywords[0] == "no_water"


def test_not_a_bit_of_water_is_a_dry_tap_and_not_a_bit_drunk_is_not():
    assert classify_rules("家里一点水都没有 从早上到现在", RESIDENT).keywords[0] == "no_water"
    u = classify_rules("老人一点水都没喝 叫也不应", RESIDENT)
    assert "no_water" not in u.keywords, u.keywords


def test_a_model_only_reply_keeps_its_reading_when_no_ticket_fits():
    t = _ticket("三楼楼道灯不亮了", minutes=6)
    u = replace(model_request("补充一下 我住3单元902", "facility"))
    assert _link("补充一下 我住3单元902", t, u=u) is None   # another resident's place is no follow-up of theirs

