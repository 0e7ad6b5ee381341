"""A person who cannot get away while a fire or gas leak is still open in the chat is red; the same words
with no such danger open, long after it, or beside another kind of ticket are not raised. Sentences are
our own."""
from __future__ import annotations

from dataclasses import replace

from bot.understanding import default_vocabulary
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.danger_near import stranded_in_danger

from tests.understanding.linking import RESIDENT, open_ticket

FIRE = "三楼楼道冒烟了 闻着像电线烧焦 大家赶紧往下走"
GAS = "二单元一股很冲的煤气味 整个楼道都是 快开窗"


def _raised(text: str, *tickets):
    u = classify_rules(text, RESIDENT)
    assert u.request and u.color != "red", u
    return stranded_in_danger(u, text, "4", list(tickets), default_vocabulary())


def test_an_old_neighbour_who_cannot_get_down_during_a_fire_is_red():
    r = _raised("七楼的张奶奶坐轮椅 一个人在家 谁能去帮她一下", open_ticket(FIRE, minutes=4))
    assert r is not None and r.color == "red" and any("#9" in x for x in r.reasons), r


def test_someone_still_inside_during_a_gas_leak_is_red():
    fire = open_ticket(GAS, minutes=6)
    assert fire.color == "red"
    r = _raised("我家老头子瘫在床上 挪不动 能来人帮忙抬一下吗", fire)
    assert r is not None and r.color == "red"


def test_the_same_need_with_no_danger_open_is_left():
    assert _raised("七楼的张奶奶坐轮椅 一个人在家 谁能去帮她一下") is None


def test_the_same_need_an_hour_after_the_fire_is_left():
    assert _raised("七楼的张奶奶坐轮椅 一个人在家 谁能去帮她一下", open_ticket(FIRE, minutes=60)) is None


def test_a_danger_that_does_not_spread_through_the_building_raises_nothing():
    lift = open_ticket("电梯卡在五楼了 里面有人在喊", minutes=3)
    assert lift.color == "red"
    assert _raised("七楼的张奶奶坐轮椅 一个人在家 谁能去帮她一下", lift) is None


def test_a_need_naming_another_building_is_left():
    fire = replace(open_ticket(FIRE, minutes=4), building="4")
    u = classify_rules("9号楼的张奶奶坐轮椅 一个人在家 谁能去帮她一下", RESIDENT)
    assert stranded_in_danger(u, "9号楼的张奶奶坐轮椅 一个人在家 谁能去帮她一下", "9", [fire], default_vocabulary()) is None


def test_a_request_with_nobody_stranded_is_left():
    assert _raised("楼下消防栓的门锁坏了 能不能修一下", open_ticket(FIRE, minutes=4)) is None


def test_water_at_the_switchgear_is_no_danger_to_get_away_from():
    flood = open_ticket("地下室配电房进水了 水已经淹到配电柜底下 还在往里灌", minutes=10)
    assert flood.color == "red"
    assert _raised("停电了电梯也停了 我妈在十六楼下不来 明天要去医院透析 怎么办", flood) is None


def test_a_need_written_in_traditional_script_is_read_too():
    r = _raised("七樓的張奶奶坐輪椅 一個人在家 誰能去幫她一下", open_ticket(FIRE, minutes=4))
    assert r is not None and r.color == "red"
