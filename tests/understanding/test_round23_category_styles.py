"""Round 23 category readings in new styles (kinds_more.py). Receive a message, expect this decision.
Sentences are our own.

- Fire kit that cannot be used (a hydrant with no water, extinguishers gone) is safety; a leaking hydrant is not.
- A bare live wire read red is the electrical danger (safety), whatever else the text names.
- Someone who cannot manage a chore alone and asks for hands is care; a wish for volunteers is not.
- A neighbour's water or snow onto one's own laundry or sill, the neighbour asked: dispute; a ceiling leak is not.
- Resettlement money or papers asked after (blue) is affairs.
- Moss or a spill on a floor, dirty or asked scrubbed, is sanitation.
- A lift's alarm pressed from inside (red) is the lift (elevator).
- The heating company asked while the radiator stays cold is utilities.
- A top-floor flat leaking is the roof (facility); a roof tank leaking is the supply's.
- A stranger calling at doors claiming to check things is safety.
- Earlier notice asked for next time is a suggestion (blue).
- Drinking water from a roof tank tasting wrong is utilities, though leaves fell in.
"""
from __future__ import annotations

import pytest

from bot.understanding.kinds import kind_of
from bot.understanding.kinds_more import more_kind, more_red_kind, next_time_notice
from bot.understanding.normalising import normalise
from bot.understanding.vocabulary import default_vocabulary


def _t(text: str) -> str:
    return normalise(text, default_vocabulary())


@pytest.mark.parametrize("text,category", [
    ("小区东门的消防栓打开一点水都没有，万一起火怎么办", "utilities"),
    ("四楼的灭火器过期好久了，能不能换新", "facility"),
    ("楼道灭火器箱是空的，里面什么都没有了", "other"),
])
def test_fire_kit_that_cannot_be_used_is_safety(text: str, category: str) -> None:
    found = more_kind(_t(text), "yellow", category)
    assert found and found.category == "safety"


@pytest.mark.parametrize("text", ["门口消防栓一直在漏水，地上湿一大片", "消防栓箱的玻璃碎了，没了一块"])
def test_a_hydrant_leaking_or_its_glass_broken_is_as_read(text: str) -> None:
    assert more_kind(_t(text), "yellow", "utilities") is None


@pytest.mark.parametrize("text,category", [
    ("二楼走廊顶上垂下来一根电线，线头光着，小孩经过伸手就能碰到", "facility"),
    ("垃圾房旁边配电箱的门没关，里面的线全露在外面", "sanitation"),
])
def test_a_bare_live_wire_read_red_is_safety(text: str, category: str) -> None:
    found = more_red_kind(_t(text), category)
    assert found and found.category == "safety"


def test_an_exposed_wire_the_supply_read_keeps_its_category() -> None:
    assert more_red_kind(_t("电表箱里线头露着，还在冒火花"), "utilities") is None


@pytest.mark.parametrize("text", [
    "我妈八十多了一个人在家，门口堆的柴火她搬不动，谁能帮她挪一下",
    "我一个人在家，煤气罐换了提不动上楼，能不能来个人帮一下",
])
def test_someone_who_cannot_manage_alone_is_care(text: str) -> None:
    found = more_kind(_t(text), "yellow", "facility") or more_kind(_t(text), "yellow", "utilities")
    assert found and found.category == "care"


def test_a_wish_for_volunteers_for_the_old_is_no_care_need() -> None:
    assert more_kind(_t("建议以后组织志愿者帮老人收花盆，好多人一个人搬不动"), "blue", "other") is None


@pytest.mark.parametrize("text,category", [
    ("楼上那家老往下泼洗菜水，泼到我家晾的床单上，跟他说了好几回", "sanitation"),
    ("对门阳台的积雪从来不扫，化了滴到我们家窗台，有没有人管管", "sanitation"),
])
def test_a_neighbours_water_onto_ones_own_things_is_dispute(text: str, category: str) -> None:
    found = more_kind(_t(text), "yellow", category)
    assert found and found.category == "dispute"


def test_water_through_the_ceiling_is_no_quarrel() -> None:
    assert more_kind(_t("楼上往下滴水，我家天花板都湿了，晾的衣服也湿了，说了没人管"), "orange", "utilities") is None


@pytest.mark.parametrize("text", ["安置费这个季度还发不发，什么时候到账", "我们这批回迁户的房本到底什么时候能拿"])
def test_resettlement_money_or_papers_is_affairs(text: str) -> None:
    found = more_kind(_t(text), "blue", "other")
    assert found and found.category == "affairs"


@pytest.mark.parametrize("text", ["一楼台阶长满了青苔，踩上去打滑，叫保洁来刷刷", "不知道谁把菜汤洒在楼梯上了，脏死了"])
def test_moss_or_a_spill_on_the_floor_is_sanitation(text: str) -> None:
    found = more_kind(_t(text), "yellow", "facility")
    assert found and found.category == "sanitation"


@pytest.mark.parametrize("category", ["care", "utilities"])
def test_a_lift_alarm_pressed_from_inside_is_the_lift(category: str) -> None:
    found = more_red_kind(_t("我爸困在里头了，按了报警按钮半天没动静"), category)
    assert found and found.category == "elevator"


def test_the_heating_company_asked_while_cold_is_utilities() -> None:
    found = more_kind(_t("阀门都开了还是冰的，让供热的人过来看看吧，家里有老人"), "orange", "safety")
    assert found and found.category == "utilities"


def test_a_top_floor_flat_leaking_is_the_roof() -> None:
    found = more_kind(_t("我们是顶楼，一下雨卧室就漏，来看看"), "orange", "utilities")
    assert found and found.category == "facility"


def test_a_roof_tank_leaking_stays_the_supply() -> None:
    assert more_kind(_t("楼顶水箱漏了，顶楼走廊都是水"), "orange", "utilities") is None


def test_a_stranger_at_the_doors_is_safety() -> None:
    found = more_kind(_t("今天有个陌生人挨家敲门，说要查水表，让进屋"), "blue", "utilities")
    assert found and found.category == "safety"


def test_earlier_notice_next_time_is_a_suggestion() -> None:
    r = next_time_notice(_t("又突然停电，以后能不能早点在群里通知一下"), "orange", "utilities")
    assert r and (r.color, r.category) == ("blue", "suggestion")


def test_an_outage_without_next_time_is_no_suggestion() -> None:
    assert next_time_notice(_t("突然停电了，什么时候来电"), "orange", "utilities") is None


def test_roof_tank_water_tasting_wrong_is_the_supply() -> None:
    found = more_kind(_t("楼顶水箱掉进去好多树叶，喝的水一股怪味"), "yellow", "greenery")
    assert found and found.category == "utilities"


def test_tap_water_at_home_tasting_wrong_is_the_supply() -> None:
    found = kind_of(_t("我家的水这两天有股铁锈味，楼长帮问问"), "yellow", "sanitation")
    assert found and found.category == "utilities"


def test_a_meter_running_wrong_is_utilities() -> None:
    found = more_kind(_t("这个月电表跑得飞快，我家就两口人，是不是跟楼下的串了"), "yellow", "care")
    assert found and found.category == "utilities"


def test_an_ambulance_kept_out_of_the_lane_is_safety() -> None:
    found = more_kind(_t("巷口那几辆三轮天天堵着，上次救护车只能停在马路边"), "orange", "parking")
    assert found and found.category == "safety"


def test_a_neighbour_to_be_talked_round_is_dispute() -> None:
    found = more_kind(_t("楼下那家昨晚又拿刀比划，社区能不能找他家谈一谈"), "yellow", "other")
    assert found and found.category == "dispute"


def test_a_talk_about_noise_stays_noise() -> None:
    assert more_kind(_t("楼上天天半夜吵，社区找他们谈谈吧"), "yellow", "noise") is None


def test_a_slope_given_way_is_safety_not_mud_to_clear() -> None:
    found = more_kind(_t("后山那段坡塌下来了，泥和石头堆满了小路"), "orange", "sanitation")
    assert found and found.category == "safety"
