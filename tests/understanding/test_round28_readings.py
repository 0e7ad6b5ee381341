"""Round 28. What the model reads as a danger that tells none: laundry or bedding feared to fall hurts nobody
below, and rain poured into a home with nothing electrical is flooding to deal with today, not a danger to people
(calm.py, calm_more.py). Receive a message, expect this reading. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify, default_vocabulary
from bot.understanding.calm import calm_water
from bot.understanding.calm_more import soft_thing_falls

RESIDENT = Context(sender_role="resident", chat_building="3")


@pytest.mark.parametrize("text", [
    "晒在外面的被子怕掉下去 这风太大了",
    "窗外晾的床单被风吹跑了 不知道飘哪去了",
    "我家袜子掉到楼下花坛里了 谁帮捡一下",
])
def test_a_soft_thing_falling_is_read_calm(text: str) -> None:
    assert soft_thing_falls(text, default_vocabulary()) is not None


@pytest.mark.parametrize("text", [
    "阳台外面挂着几条裤子 怕掉下去",
])
def test_laundry_the_model_reads_as_a_danger_is_no_red(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.color != "red", u.reasons
    assert any("only a soft thing may fall" in r for r in u.reasons), u.reasons


@pytest.mark.parametrize("text", [
    "晾衣架连着衣服一起要掉下去了 下面是人行道",     # a hanger is hard
    "阳台上的花盆和衣服吹得晃来晃去 怕掉下去砸到人",  # a pot, and people below
    "风把衣服吹掉了 我家孩子爬到窗台上去够",          # a child at the window
    "邻居大爷捡飘下去的床单 爬到防盗网外面去了 快掉了",  # a person climbing out after it
])
def test_something_hard_or_a_person_with_the_laundry_is_no_calm_reading(text: str) -> None:
    assert soft_thing_falls(text, default_vocabulary()) is None


def test_a_person_climbing_out_after_the_laundry_is_red() -> None:
    u = classify("邻居大爷捡飘下去的床单 爬到防盗网外面去了 快掉了", RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    "雨太大了 水一直往我们一楼家里灌 地板都泡了",
    "下水道反上来 水往屋里灌 赶紧来人看看",
])
def test_water_poured_into_a_home_with_nothing_electrical_is_read_calm(text: str) -> None:
    assert calm_water(text, default_vocabulary()) is not None
    u = classify(text, RESIDENT)
    assert u.request and u.color == "orange", u.reasons


def test_rain_poured_into_a_home_the_model_reads_as_a_danger_is_orange() -> None:
    u = classify("雨越下越大 水往一楼家里灌 快来人看看", RESIDENT)
    assert (u.request, u.color) == (True, "orange"), u.reasons
    assert any("water coming in ('家里灌')" in r for r in u.reasons), u.reasons


@pytest.mark.parametrize("text", [
    "烟和水一起往屋里灌 楼下好像着火了",              # smoke with the water
    "水往一楼家里灌 插座都泡在水里了",               # water at the electrics
    "水往车库里灌 水位涨得太快了 一家三口还在下面",    # a garage, not a home: people may be down there
])
def test_smoke_the_electrics_or_a_garage_is_no_calm_water(text: str) -> None:
    assert calm_water(text, default_vocabulary()) is None


def test_a_garage_filling_with_people_below_stays_red() -> None:
    u = classify("水往车库里灌 水位涨得太快了 一家三口还在下面", RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons

STAFF = Context(sender_role="staff", chat_building=None)
LEADER = Context(sender_role="leader", chat_building="6")


@pytest.mark.parametrize("text", [
    "刚路过5栋 车棚里的灯坏了好几个 安排人修一下",
    "我刚巡查回来 2号楼地下室的灯全不亮 麻烦物业今天换一下",
    "刚刚路过幼儿园后门 那个下水道盖子碎了 工程部来人看看",
])
def test_staff_passing_by_who_asks_someone_to_act_report_a_problem(text: str) -> None:
    u = classify(text, STAFF)
    assert u.request, u.reasons
    assert any("patrol found" in r for r in u.reasons), u.reasons


@pytest.mark.parametrize("text", [
    "刚路过3号楼 好多电动车在楼道里充电 请大家自觉推出去",   # the residents told what to do
    "刚路过东门 井盖已通知物业盖好了",                     # handled already
])
def test_staff_passing_by_who_tell_residents_or_have_handled_it_report_nothing(text: str) -> None:
    assert not classify(text, STAFF).request


def test_a_leader_asking_the_chief_to_chase_a_service_passes_a_problem_up() -> None:
    u = classify("二单元整栋没网了 一下午了 请网格长帮手催下运营商", LEADER)
    assert u.request, u.reasons
    assert any("passes a problem up" in r and "帮手催" in r for r in u.reasons), u.reasons


@pytest.mark.parametrize("text", [
    "刚从社区开会回来 下周三全小区停水 需要各楼长通知到户",   # back from a meeting: a notice
    "刚路过东门 井盖松了 已经安排人去处理",                   # handled already
])
def test_staff_back_from_a_meeting_or_with_it_in_hand_report_nothing(text: str) -> None:
    u = classify(text, STAFF)
    assert not u.request, u.reasons
    assert not any("patrol found" in r for r in u.reasons), u.reasons

