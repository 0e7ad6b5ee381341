"""Round 12 repeat linking: "not only here, there too" names another place; someone heard inside a
stopped lift is no one behind a care ticket's door; a reply only the model reads as a request joins
the ticket whose thing it says is still there; the reporter's own short follow-up that only the model
reads joins their ticket. Receive a message next to an open ticket, expect this link or none.
Sentences are our own."""
from __future__ import annotations

from dataclasses import replace

from bot.understanding import match_repeat
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.me_too import new_place_too

from tests.understanding.linking import RESIDENT
from tests.understanding.linking import model_request as _model_request
from tests.understanding.linking import open_ticket as _ticket






# ------------------------------------------------------------------ "not only the 2nd floor, the 6th too"
def test_not_only_this_floor_but_another_too_is_another_ticket():
    t = _ticket("二楼楼道里停了辆电瓶车在充电 线从屋里拉出来的", minutes=3)
    text = "不只2楼，6楼也停着一辆在充"
    m = match_repeat(_model_request(text, "safety"), text, "r2", "4", [t])
    assert m is None


def test_the_same_floor_too_still_joins():
    t = _ticket("二楼楼道里停了辆电瓶车在充电 线从屋里拉出来的", minutes=3)
    text = "对的 2楼也看到了 线就拖在地上"
    m = match_repeat(_model_request(text, "safety"), text, "r2", "4", [t])
    assert m is not None and m.ticket_no == 9


# ------------------------------------------------------------------ a lift after a care ticket
def test_someone_heard_inside_the_stopped_lift_is_not_the_care_tickets_person():
    t = _ticket("停电了 我家老太太要用制氧机 一停就不行 什么时候来电", minutes=10)
    t = replace(t, category="care")
    text = "电梯也卡在两层中间了 里面好像有人在喊"
    m = match_repeat(classify_rules(text, RESIDENT), text, "r2", "4", [t])
    assert m is None or "behind the door" not in " ".join(m.reasons)


def test_someone_behind_the_door_still_joins_the_care_ticket():
    t = _ticket("五楼张奶奶电话一直没人接 谁去敲个门看看", minutes=8)
    t = replace(t, category="care", color="orange")
    text = "刚敲了半天没人开 里头好像有人在哼"
    m = match_repeat(classify_rules(text, RESIDENT), text, "r2", "4", [t])
    assert m is not None and m.ticket_no == 9


# ------------------------------------------------------------------ "still" with the ticket's thing
def test_a_neighbour_says_the_loose_railing_is_still_unrepaired_hours_later():
    t = _ticket("4栋门口台阶那个扶手松了 一扶就晃", minutes=240)
    text = "那个扶手还是没人修 我妈差点摔一跤"
    m = match_repeat(_model_request(text), text, "r2", "4", [t])
    assert m is not None and m.ticket_no == 9


def test_the_same_room_still_flooding_joins_the_leak():
    t = _ticket("4-2-301 厨房下水道往外冒脏水 漫了一地", minutes=15)
    text = "301还在往外冒 快来人"
    m = match_repeat(_model_request(text), text, "r2", "4", [t])
    assert m is not None and m.ticket_no == 9


def test_another_room_still_flooding_is_no_link():
    t = _ticket("4-2-301 厨房下水道往外冒脏水 漫了一地", minutes=15)
    text = "502还在往外冒 快来人"
    assert match_repeat(_model_request(text), text, "r2", "4", [t]) is None


def test_still_about_another_thing_is_no_link():
    t = _ticket("4栋门口台阶那个扶手松了 一扶就晃", minutes=240)
    text = "楼道的灯还是不亮 晚上黑乎乎的"
    assert match_repeat(_model_request(text), text, "r2", "4", [t]) is None


# ------------------------------------------------------------------ the reporter's own short follow-up
def test_the_reporters_short_follow_up_only_the_model_reads_joins_their_ticket():
    t = _ticket("4-1-602 家里暖气片冰凉 屋里冻得不行", minutes=10, reporter="r1")
    text = "阀门都开了 排了气 也没用"
    u = replace(_model_request(text), keywords=(), category=None)
    m = match_repeat(u, text, "r1", "4", [t])
    assert m is not None and m.ticket_no == 9 and m.kind == "follow_up"


def test_a_neighbours_same_words_are_no_follow_up():
    t = _ticket("4-1-602 家里暖气片冰凉 屋里冻得不行", minutes=10, reporter="r1")
    text = "阀门都开了 排了气 也没用"
    u = replace(_model_request(text), keywords=(), category=None)
    m = match_repeat(u, text, "r7", "4", [t])
    assert m is None or m.kind != "follow_up"


def test_not_only_this_floor_of_an_outage_but_another_floor_too_is_another_ticket():
    t = _ticket("4栋2单元1205 家里突然没电了 整层都黑了", minutes=3)
    text = "不只12 11层也没电"
    m = match_repeat(_model_request(text, "utilities"), text, "r2", "4", [t])
    assert m is None or m.ticket_no != 9


def test_not_only_my_home_names_no_floor_of_the_report_so_does_not_split_an_outage():
    t = _ticket("4栋停电了 家里全黑 什么时候来电", minutes=3)
    text = "不光我家 8楼也没电"
    assert new_place_too(_model_request(text, "utilities"), text, t, "no_power") is None
    assert new_place_too(_model_request("不只3楼 8楼也没电", "utilities"), "不只3楼 8楼也没电", t, "no_power") == "8楼"


# ------------------------------------------------------------------ 三门 / 四门: the units' doors
def test_another_numbered_door_is_another_units_cold_heating():
    t = _ticket("二门的暖气一晚上都不热 手摸上去冰凉", minutes=8)
    text = "五门这边暖气也是冰的"
    m = match_repeat(_model_request(text, "utilities"), text, "r2", "4", [t])
    assert m is None


def test_the_same_numbered_door_joins():
    t = _ticket("二门的暖气一晚上都不热 手摸上去冰凉", minutes=8)
    text = "对 二门这边暖气也是冰的"
    m = match_repeat(_model_request(text, "utilities"), text, "r2", "4", [t])
    assert m is not None and m.ticket_no == 9


# ------------------------------------------------------------------ caught in a lift a power cut stopped
def test_someone_caught_in_the_lift_during_a_power_cut_is_not_the_outage():
    t = _ticket("4栋停电了 家里全黑 什么时候来电", minutes=4)
    text = "我女儿刚才在电梯里 停电卡在半路了 手机打过来说里面好黑"
    m = match_repeat(classify_rules(text, RESIDENT), text, "r2", "4", [t])
    assert m is None


def test_a_neighbour_without_power_too_still_joins_the_outage():
    t = _ticket("4栋停电了 家里全黑 什么时候来电", minutes=4)
    text = "我家也停电了 冰箱都不响了"
    m = match_repeat(classify_rules(text, RESIDENT), text, "r2", "4", [t])
    assert m is not None and m.ticket_no == 9


# ------------------------------------------------------------------ the reporter again, within the hour
def test_the_reporter_naming_the_other_problem_their_report_named_is_a_follow_up():
    t = _ticket("楼后垃圾房堆满了 还有好多老鼠窜来窜去", minutes=20, reporter="r1")
    text = "老鼠的事我之前就说过 一直没人管"
    m = match_repeat(classify_rules(text, RESIDENT), text, "r1", "4", [t])
    assert m is not None and m.ticket_no == 9 and m.kind == "follow_up"


def test_the_reporters_leak_reaching_the_light_is_still_the_leak():
    t = _ticket("4-3-502 卫生间天花板一直在滴水 楼上602好像没人在家", minutes=40, reporter="r1")
    text = "水越来越多了 顺着灯座往下流 灯也不敢开"
    m = match_repeat(classify_rules(text, RESIDENT), text, "r1", "4", [t])
    assert m is not None and m.ticket_no == 9
