"""Round 21, the owner's mends from the four communities opened (YA-YD): a bedridden person told by the
northern kang during a gas leak; the guard around a falling hazard down again with children passing
under; a detour everyone is forced into is an obstruction, not a cordon asked; Henan 木人 / 木法. Sentences
are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify, default_vocabulary
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.danger_near import stranded_in_danger
from bot.understanding.location import parse_location

from tests.understanding.linking import RESIDENT as LINK_RESIDENT, open_ticket

RESIDENT = Context(sender_role="resident", chat_building="4")
GAS = "二单元一股很冲的煤气味 整个楼道都是 快开窗"


@pytest.mark.parametrize("text", [
    "我家老爷子瘫炕上好几年了 谁能帮着抬下楼",
    "三楼王婶卧炕好几年 自己下不了炕 谁能去搭把手",
])
def test_a_bedridden_neighbour_told_by_the_kang_during_a_gas_leak_is_red(text):
    u = classify_rules(text, LINK_RESIDENT)
    if not u.request:   # a bare plea the rules leave to the model: read it as the hybrid's request
        u = classify(text, LINK_RESIDENT)
    assert u.request and u.color != "red", u.reasons
    r = stranded_in_danger(u, text, "4", [open_ticket(GAS, minutes=5)], default_vocabulary())
    assert r is not None and r.color == "red", u.reasons


@pytest.mark.parametrize("text", [
    "南墙掉砖那块拉的警戒线让风刮断了 小孩上学都从底下过",
    "工地那圈围挡倒了 老人孩子都从旁边过 没人管",
])
def test_a_guard_round_a_hazard_down_with_people_passing_under_is_red(text):
    u = classify(text, RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    "单元门口不知道谁家的旧沙发 进出都得绕着走 能不能挪挪",
    "前面那段路让人占了 只能绕道 社区能不能说说",
])
def test_a_detour_forced_by_clutter_is_an_obstruction_not_a_cordon(text):
    u = classify(text, RESIDENT)
    assert (u.request, u.color) == (True, "yellow"), u.reasons


def test_a_warning_to_walk_round_a_danger_still_reads_as_one():
    u = classify("外墙的瓷砖在往下掉 大家绕着走 快找人来", RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


def test_henan_nobody_comes_is_read_as_nobody():
    u = classify("楼道灯坏了半个月了还木人来修", RESIDENT)
    assert u.request and any("没人来" in r for r in u.reasons), u.reasons


@pytest.mark.parametrize("text", [
    "我家老人昨天走失了 有没有人看到",
    "邻居家小孙子昨晚走丢了 大家帮忙留意一下",
])
def test_someone_lost_since_a_recent_day_and_not_back_is_still_missing(text):
    u = classify(text, RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


def test_an_earlier_episode_of_getting_lost_is_a_risk_not_a_search():
    u = classify("我家老人前几天走丢过一次 社区有没有防走失手环", RESIDENT)
    assert u.request and u.color != "red", u.reasons


@pytest.mark.parametrize("english, chinese", [
    ("2301 toilet clogged, can someone come", "2301马桶堵了 能来个人吗"),
    ("12F no water since morning", "12楼从早上就没水"),
])
def test_a_fault_told_in_english_alone_reads_as_in_chinese(english, chinese):
    u, c = classify(english, RESIDENT), classify(chinese, RESIDENT)
    assert u.request and (u.color, u.category) == (c.color, c.category), (u.reasons, c.reasons)


def test_an_english_word_inside_a_longer_one_is_no_cue():
    u = classify("the lift is broken again", RESIDENT)
    assert u.request and not any("acknowledgement" in r for r in u.reasons), u.reasons


@pytest.mark.parametrize("text, where", [
    ("9幢-2301 马桶又堵了", ("9", None, None, "2301")),
    ("5栋-2-602 厨房漏水", ("5", "2", None, "602")),
    ("7号楼-1单元-1502 门禁坏了", ("7", "1", None, "1502")),
    ("Block 6 二单元 电梯不动了", ("6", "2", None, None)),
    ("Tower 3, 21F corridor light out", ("3", None, "21", None)),
    ("B2层车库积水了", (None, None, "-2", None)),
])
def test_ticket_style_and_english_places_are_read(text, where):
    loc = parse_location(text)
    assert loc is not None and (loc.building, loc.unit, loc.floor, loc.room) == where, loc


def test_a_b_level_with_its_floor_word_is_no_upper_floor():
    loc = parse_location("B1层的灯坏了")
    assert loc is None or loc.floor != "1", loc


@pytest.mark.parametrize("text", [
    "三楼阿姨在窗户上吊着 快来人",
    "有个人在阳台上吊着 吓死了",
])
def test_a_person_hanging_there_is_no_thing_hung_down(text):
    u = classify(text, RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


def test_a_cable_hung_down_from_a_window_stays_no_self_harm():
    u = classify("充电线从窗户上吊下来的 半个钟头了没人管", RESIDENT)
    assert u.color != "red", u.reasons


@pytest.mark.parametrize("text", [
    "楼上天天砸门砸墙 今天听见女的在喊救命",
    "隔壁装修吵得头都炸了 刚才楼下轰的一声 玻璃全震碎了",
])
def test_a_hyperbole_or_a_habit_beside_a_danger_now_stays_red(text):
    u = classify(text, RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons
