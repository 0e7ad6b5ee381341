"""Mends of round 22 (u22d) repeat linking, each a misfire found by probing: the reporter pointing back at a thing
that now shows a new problem or danger, the main stack joining a red message or another unit's stack, a mend that
did not hold read as a new break, and a red hazard grown out of a neighbour's ticket split off it. Our own words."""
from __future__ import annotations

from tests.understanding.linking import link, model_request, open_ticket


def _pointed(m) -> bool:
    return m is not None and "points back" in " ".join(m.reasons)


# ------------------------------------------------------------------ pointing back: a new problem of the thing
def test_a_bite_by_the_pointed_dogs_is_no_repeat_of_their_roaming():
    t = open_ticket("那几只野狗在小区里乱窜", minutes=2000, reporter="r1")
    m = link("那几只野狗把一个小孩咬伤了，在流血", t, sender="r1")
    assert not _pointed(m), m


def test_someone_fallen_by_the_pointed_bin_is_no_repeat_of_the_full_bin():
    t = open_ticket("3楼那个垃圾桶满了没人清", minutes=2000, reporter="r1")
    m = link("那个垃圾桶旁边有人摔倒了，流了好多血", t, sender="r1")
    assert not _pointed(m), m


def test_a_trapped_person_in_the_pointed_lift_is_no_repeat_of_its_noise():
    t = open_ticket("那台电梯有异响", minutes=2000, reporter="r1")
    m = link("那台电梯停了，里面关着人", t, sender="r1")
    assert not _pointed(m), m


def test_the_pointed_tree_about_to_fall_is_no_repeat_of_its_trimming():
    t = open_ticket("小区门口那棵树枝叶太密，需要修剪", minutes=3000, reporter="r1")
    m = link("那棵树被风吹得快倒了，下面有小孩在玩", t, sender="r1")
    assert not _pointed(m), m


def test_a_person_fallen_into_the_pointed_manhole_is_no_repeat_of_its_loose_cover():
    t = open_ticket("这个井盖松了，踩上去晃", minutes=2000, reporter="r1")
    m = link("这个井盖掉下去一个人，快来", t, sender="r1")
    assert not _pointed(m), m


def test_a_new_fault_under_the_pointed_lamp_is_its_own_ticket():
    t = open_ticket("楼道那个灯不亮了", minutes=2000, reporter="r1")
    m = link("那个灯下面的墙皮掉了一大块", t, sender="r1")
    assert not _pointed(m), m


def test_water_from_the_pointed_tap_into_a_socket_is_its_own_ticket():
    t = open_ticket("那个水龙头一直滴水", minutes=2000, reporter="r1")
    text = "那个水龙头的水流进插座了"
    m = link(text, t, sender="r1", u=model_request(text, t.category))
    assert not _pointed(m), m


def test_the_pointed_light_still_out_still_joins():
    t = open_ticket("楼道灯坏了", minutes=600, reporter="r1")
    m = link("那个灯还是不亮，谁来管管", t, sender="r1")
    assert m is not None and m.ticket_no == 9, m


# ------------------------------------------------------------------ the main stack
def test_a_person_hurt_by_the_sewage_is_not_merged_into_the_sewage_ticket():
    t = open_ticket("302地漏返水，臭死了", minutes=60, reporter="r1")
    m = link("502也返水了 主管堵了 我妈踩到滑倒了 头在流血", t, sender="r2")
    assert m is None or "main stack" not in " ".join(m.reasons), m


def test_another_unit_named_without_its_number_has_another_stack():
    t = open_ticket("302地漏返水", minutes=60, reporter="r1")
    text = "东边那个单元主管也堵了，返了一地"
    m = link(text, t, sender="r2", u=model_request(text, t.category))
    assert m is None or "main stack" not in " ".join(m.reasons), m


# ------------------------------------------------------------------ a mend that did not hold is no new break
def test_the_reporter_saying_the_fresh_mend_still_fails_joins_their_ticket():
    t = open_ticket("门禁坏了", minutes=3000, reporter="r1")
    text = "刚修好的门禁还是开不了"
    m = link(text, t, sender="r1", u=model_request(text, t.category))
    assert m is not None and m.ticket_no == 9, m


# ------------------------------------------------------------------ a hazard grown out of a neighbour's ticket
def test_the_charging_grown_into_sparks_joins_the_charging_ticket():
    t = open_ticket("5-2-301门口楼道里又有人拉飞线给电瓶车充电，插线板直接丢地上，窗户飘雨进来都打湿了，看着就吓人",
                    minutes=31, reporter="u501")
    m = link("二单元三楼那辆电瓶车还在充！线泡在水里 刚才啪的一下冒了个火花 快来人拔掉", t, sender="u503")
    assert m is not None and m.ticket_no == 9, m
