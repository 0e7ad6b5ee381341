"""Round 19 mends of repeat linking: gas or burning smelled after a sewage smell is a danger of its own; a wait
naming no supply beside another broken thing is that thing's; a pipe leak told with water on the floor is no
gas report's; another kind of noise (a row, music) is not the sender's earlier complaint; one flat's own supply
fault is not the building's outage; the supply told back ends an outage's ticket for repeats; in a compound's
chat an outage naming no building is not a building's. Sentences are our own."""
from __future__ import annotations

from dataclasses import replace

from bot.understanding import match_repeat
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.fixed_match import match_fixed
from bot.understanding.vocabulary import normalise_words
from tests.understanding.linking import RESIDENT, model_request, link
from tests.understanding.linking import open_ticket as _ticket


_link = link


# ------------------------------------------------------------------ a danger smelled after a dirty smell
def test_gas_smelled_from_upstairs_after_a_sewage_smell_is_a_danger_of_its_own():
    t = _ticket("二单元门口的化粪池冒上来了 一楼全是臭味", minutes=15)
    assert _link("我在六楼这边也闻到了 感觉像是谁家燃气没关好", t) is None


def test_a_stinging_smell_guessed_as_gas_after_a_blocked_drain_is_a_danger_of_its_own():
    t = _ticket("楼下下水道又堵了 一楼卫生间往上返臭味", minutes=10)
    assert _link("我们屋这边也闻得到 呛得很 是不是哪家液化气罐没拧紧", t) is None


def test_a_smell_from_upstairs_joins_the_smell_not_a_later_ticket_of_another_thing():
    smell = _ticket("二单元门口的化粪池冒上来了 一楼全是臭味", minutes=15, no=8)
    lift = _ticket("电梯坏了 停在五楼不动", minutes=5, reporter="r2")
    text = "我家阳台也闻得见"
    m = match_repeat(classify_rules(text, RESIDENT), normalise_words(text), "r5", "4", [lift, smell])
    assert m is not None and m.ticket_no == 8, m


# ------------------------------------------------------------------ a wait naming no supply, another thing broken
def test_a_broken_lift_asked_back_with_a_frail_parent_is_not_the_water_outage():
    t = _ticket("整栋楼停水了 水龙头一滴都没有", minutes=90)
    text = "电梯又停了 啥时候能恢复 我妈坐轮椅要去复查 能不能来人帮忙背下楼"
    assert _link(text, t, u=model_request(text, "care")) is None


# ------------------------------------------------------------------ a pipe leak with water told, after a gas report
def test_a_kitchen_pipe_leaking_onto_the_floor_is_not_the_gas_report():
    t = _ticket("五楼楼道里一股很重的煤气味", minutes=8)
    assert _link("我家洗菜池下面水管漏了 地上全是水 刚才也闻到了", t) is None


# ------------------------------------------------------------------ another kind of noise from the same sender
def test_a_row_next_door_is_not_the_senders_earlier_mahjong_complaint():
    t = _ticket("楼下那家天天打麻将打到后半夜", minutes=1500, reporter="r5")
    text = "楼下那两口子又在吵架 摔东西摔到半夜 孩子都吓醒了"
    assert _link(text, t, sender="r5", u=model_request(text, "noise")) is None


def test_loud_music_again_is_not_the_senders_earlier_drilling_complaint():
    t = _ticket("十楼装修 电钻从早上钻到晚上", minutes=1800, reporter="r5")
    text = "走廊里又有人大声外放音乐 吵得要命 讲了多少次了"
    assert _link(text, t, sender="r5", u=model_request(text, "noise")) is None


# ------------------------------------------------------------------ one flat's own supply fault
def test_a_tripped_switch_while_the_neighbours_have_power_is_not_the_building_outage():
    t = _ticket("2单元整个单元停电了", minutes=180)
    assert _link("我屋里跳闸了 邻居家都有电 这咋整", t) is None


def test_a_broken_water_meter_while_others_have_water_is_not_the_water_outage():
    t = _ticket("整栋楼停水了 水龙头一滴都没有", minutes=30)
    assert _link("我家水表坏了 一点水都没有 就我家这样", t) is None


# ------------------------------------------------------------------ the supply told back
def test_water_told_back_by_a_neighbour_is_offered_to_close_the_water_outage():
    t = _ticket("整栋楼停水了 水龙头一滴都没有", minutes=50)
    text = "水来了 大家可以用了"
    u = classify_rules(text, RESIDENT)
    assert u.fixed_report, u.reasons
    m = match_fixed(u, [t], None, text, "r7")
    assert m is not None and m.ticket_no == 9, m


# ------------------------------------------------------------------ a compound's chat
def test_an_outage_naming_no_building_in_a_compound_chat_is_not_a_buildings_outage():
    t = replace(_ticket("6号楼停水了 一点水都没有", minutes=280), building="6")
    assert _link("停水了 啥时候能来水", t, building=None) is None

