"""Round 6: hazards that will grow read orange in words the older lists did not foresee, a leader's
"besides, ..." raises a new matter, and the flat right below a leak reports the same leak.
Receive a message, expect this colour and category, or this link. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, TicketView, match_repeat
from bot.understanding.classifier import classify as classify_rules

RESIDENT = Context(sender_role="resident", chat_building="4")
LEADER = Context(sender_role="leader", chat_building="4")


@pytest.mark.parametrize("text, colour, category", [
    # wiring run by hand is a fire waiting to happen
    ("3单元一楼有户人家私拉电线到院子里接了盏灯", "orange", "safety"),
    ("车棚那边又多了几根飞线，下雨天全泡着", "orange", "safety"),
    # ground giving way after rain: a retaining wall (a building part), a slope (a danger to passers-by)
    ("下了两天雨，12栋后面那道挡土墙裂开一道缝", "orange", "facility"),
    ("小区北边的山坡昨晚塌了一块，泥巴冲到路上了", "orange", "safety"),
    # a structural wall cut open in a renovation
    ("隔壁装修把承重墙砸了个门洞，整栋楼都担心", "orange", "safety"),
    # a rescue vehicle that cannot get in: the lane is blocked, whatever blocks it
    ("巷子口堆满了建材，救护车开不进来", "orange", "safety"),
    # an entrance anyone walks through
    ("5栋大门的锁坏了，晚上谁都能进", "orange", "facility"),
    ("单元门的锁被人撬坏了，锁头掉在地上", "orange", "facility"),
    # an open shaft where the cover was taken
    ("小区主路上的窨井盖被人掀走了，留下个黑洞", "orange", "facility"),
])
def test_a_hazard_that_will_grow_is_orange(text, colour, category):
    u = classify_rules(text, RESIDENT)
    assert u.request and (u.color, u.category) == (colour, category), u.reasons


def test_the_neighbour_across_the_landing_is_no_door():
    u = classify_rules("我对门那家天天半夜剁肉，吵得睡不着", RESIDENT)
    assert u.request and u.category == "noise"
    assert not any("'门" in r for r in u.reasons)


def test_a_wiring_worry_stays_a_notice_when_staff_posts_it():
    assert not classify_rules("提醒：严禁私拉电线给电动车充电", Context(sender_role="staff")).request


def test_a_leader_acknowledges_then_raises_a_new_matter():
    u = classify_rules("收到。另外，8栋后面挡土墙又鼓了一块，麻烦社区派人来看看", LEADER)
    assert u.request and u.color == "orange" and u.category == "facility"
    assert not classify_rules("收到，麻烦社区的事我马上安排", LEADER).request


def _leak_ticket(text: str) -> TicketView:
    u = classify_rules(text, RESIDENT)
    return TicketView(no=5, chat_id="b4", reporter_id="r1", category=u.category, color=u.color,
                      location=u.location, building="4", text=text, minutes_since_last_report=6.0,
                      reporter_ids=("r1",), keywords=u.keywords, minutes_since_report=6.0)


@pytest.mark.parametrize("text, joins", [
    ("我是1403，厨房顶上在往下滴水，接了半盆了", True),     # right below: the same leak
    ("我是1203，厨房顶上在往下滴水，接了半盆了", False),    # two floors down: its own leak
])
def test_the_flat_right_below_a_leak_reports_the_same_leak(text, joins):
    t = _leak_ticket("1503厨房水管接头爆了，水哗哗往楼下渗")
    u = classify_rules(text, RESIDENT)
    m = match_repeat(u, text, "r2", "4", [t])
    assert (m is not None and m.ticket_no == 5) == joins, (u.keywords, t.keywords, m)
