"""Round 18 colour and category in new styles: smoke from a grill, an oven or a chimney told as an everyday
nuisance is yellow sanitation, not a fire; a shop's machine humming under homes is noise; a health condition
told as why a noise hurts leaves the noise the request; a piece that fell and nearly struck someone is safety;
an injury beside a meal nobody can make today is orange care; a care service asked about is blue; a fall or a
cut that only grazed someone beside a fault to repair is that fault's orange. Receive a message, expect this
decision. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify
from bot.understanding.classifier import classify as classify_rules

RESIDENT = Context(sender_role="resident")


@pytest.mark.parametrize("text", [
    "隔壁烤鸭店的炉子天天下午开烧，烟都飘进我们屋里了，能不能让他们装个净化器",
    "楼下那家饭馆每晚炒菜，油烟呛得我们家窗都不敢开，社区管一管",
    "后街烧烤摊一到晚上就烟熏火燎，三楼晾的被子全是味",
])
def test_everyday_smoke_from_a_named_grill_is_yellow_sanitation(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert (u.request, u.color, u.category) == (True, "yellow", "sanitation"), u.reasons


@pytest.mark.parametrize("text", [
    "楼下饭馆冒烟了，烟都飘进楼道了，快来人",
    "烧烤店着火了，烟一直往楼上飘",
])
def test_smoke_now_without_a_habit_stays_a_fire(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert (u.color, u.category) == ("red", "safety"), u.reasons


@pytest.mark.parametrize("text", [
    "底商超市的冰柜压缩机整夜轰轰的，我们二楼根本睡不好",
    "饭店后厨那台抽风机嗡嗡到半夜，麻烦社区去说一声",
    "对面酒吧还是吵，都十二点了",
])
def test_a_shops_machine_humming_or_a_noise_still_going_is_noise(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert (u.request, u.color, u.category) == (True, "yellow", "noise"), u.reasons


def test_a_health_condition_told_as_why_the_noise_hurts_leaves_the_noise() -> None:
    u = classify_rules("楼下冷库的鼓风机整晚隆隆响，我妈心脏不好，一宿都睡不踏实，麻烦管管", RESIDENT)
    assert (u.color, u.category) == ("yellow", "noise"), u.reasons


def test_a_health_condition_with_a_need_today_stays_care() -> None:
    u = classify_rules("楼上装修吵了一上午，我妈心脏不好，现在难受得很，谁能帮忙送点药", RESIDENT)
    assert u.category == "care" and u.color in ("orange", "red"), u.reasons


def test_a_piece_that_fell_and_nearly_struck_someone_is_safety() -> None:
    u = classify_rules("五号楼外墙瓷砖刚掉下来一块，差点砸到推婴儿车的邻居，上面还有松的", RESIDENT)
    assert (u.color, u.category) == ("red", "safety"), u.reasons


def test_an_injury_beside_a_meal_nobody_can_make_today_is_orange_care() -> None:
    u = classify_rules("七单元的王奶奶腿摔伤了，儿女不在身边，今天的午饭还没着落，谁能送一顿", RESIDENT)
    assert (u.color, u.category) == ("orange", "care"), u.reasons


def test_a_care_service_asked_about_is_blue() -> None:
    u = classify_rules("我爸中风出院回家了，腿脚不便，社区有没有上门做康复的服务，想了解一下", RESIDENT)
    assert (u.color, u.category) == ("blue", "care"), u.reasons


@pytest.mark.parametrize("text", [
    "小广场的跷跷板坏了一块板，边上全是毛刺，刚才一个娃娃的手被划破了，请物业来处理",
    "楼门口台阶那块砖翘起来一直没修，我家孙女今天绊了一跤，膝盖磕破了皮，快来修修",
])
def test_a_graze_from_a_fault_is_the_faults_orange(text: str) -> None:
    u = classify(text, RESIDENT)
    assert (u.request, u.color, u.category) == (True, "orange", "facility"), u.reasons


def test_a_fall_that_bled_stays_red() -> None:
    u = classify("台阶那块砖翘起来了，我家老头刚绊了一跤，头磕破了在流血，快来人", RESIDENT)
    assert u.color == "red", u.reasons
