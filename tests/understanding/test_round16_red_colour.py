"""Round 16 red and colour: a fire or a fall named only as the feared consequence of a present hazard
(都完了, 不得了, 要等…才管, Wuhan 么办, Cantonese 点入来) is the hazard's colour; a thing loose or tilting
now over a walkway is about to fall on people even when the fall is said with 万一; ending it all is a
threat of self-harm; too ill to get out of bed is care today; a pane broken off, a wandering told of a
past day, an anti-wandering wristband, a damp lobby floor, a smell told with 救命 and an office phone
nobody answers are no danger. Receive a message, expect this colour. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.hybrid import classify
from bot.understanding.unanswered import nobody_behind_the_phone
from bot.understanding.vocabulary import default_vocabulary

RESIDENT = Context(sender_role="resident", chat_building="4")


@pytest.mark.parametrize("text", [
    "五楼过道天天有人给电瓶车充电 真烧起来这一层都完了",
    "二楼楼梯扶手松了 一扶就晃 老人摔下去可不得了",
    "楼道里天天有人给电动车充电 要等着火了才来处理吗",
    "消防通道又被货车堵死了 真着火了消防车点进来",
    "楼梯口堆的旧沙发还在 物业也没人理 真要着火了么办",
])
def test_a_feared_consequence_of_a_present_hazard_is_not_red(text: str) -> None:
    u = _rules(text)
    assert (u.request, u.color) == (True, "orange"), u.reasons


@pytest.mark.parametrize("text", [
    "七楼那家的雨棚被风刮松了 一直在晃 万一掉下来 下面就是人行道",
    "对面楼那台外机斜着吊在那里 底下是幼儿园门口 哪天掉下去就不得了",
    "三楼楼道着火了不得了了 快来人",
])
def test_a_thing_loose_now_over_a_walkway_is_red(text: str) -> None:
    u = _rules(text)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    "楼上小伙子刚发了条朋友圈 说想结束一切 照片是在楼顶拍的 谁能去看看",
    "隔壁阿姨哭着说要了结自己 门反锁了 快来人",
])
def test_ending_it_all_is_a_threat_of_self_harm(text: str) -> None:
    u = _rules(text)
    assert (u.request, u.color) == (True, "red"), u.reasons


def test_works_that_end_are_no_threat() -> None:
    u = _rules("外墙施工下周结束一切恢复原样吗 请问物业")
    assert u.color != "red", u.reasons


@pytest.mark.parametrize("text", [
    "我一个人住 烧到三十九度起不来床 能不能帮忙买点退烧药送上来",
    "楼下独居的王奶奶这两天病得下不了床 饭也没人做 能不能送个餐",
])
def test_too_ill_to_get_out_of_bed_is_care_today(text: str) -> None:
    u = _rules(text)
    assert (u.request, u.color, u.category) == (True, "orange", "care"), u.reasons


@pytest.mark.parametrize("text, color", [
    ("三单元楼梯间的窗玻璃碎掉一块 风往里灌 麻烦物业换一下", "yellow"),
    ("我家老爷子上回出门走丢过一次 社区有没有防走失的手环可以申请", "blue"),
    ("一楼大厅的地砖又返潮了 滑得很 麻烦物业拖一下放个警示牌", "yellow"),
])
def test_no_person_at_risk_now(text: str, color: str) -> None:
    u = _rules(text)
    assert (u.request, u.color) == (True, color), u.reasons


def test_a_wandering_today_after_an_earlier_one_stays_red() -> None:
    u = _rules("我妈上次就走丢过 今天早上出门到现在又不见了 帮忙找找")
    assert (u.request, u.color) == (True, "red"), u.reasons


def test_a_smell_told_with_a_cry_is_a_smell() -> None:
    u = classify("楼下垃圾站臭到我家关着窗都能闻到 救命", RESIDENT)
    assert (u.request, u.color, u.category) == (True, "yellow", "sanitation"), u.reasons


@pytest.mark.parametrize("text, word", [
    ("物业值班电话打了一早上都打不通 到底还有没有人上班", "打不通"),
    ("客服热线一直占线 报修都报不上", "一直占线"),
])
def test_an_office_out_of_reach_names_nobody_in_danger(text: str, word: str) -> None:
    assert nobody_behind_the_phone(text, default_vocabulary()) == word
    u = classify(text, RESIDENT)
    assert u.request and u.color in ("yellow", "orange"), u.reasons


@pytest.mark.parametrize("text", [
    "我爸一个人在家 电话打了一上午都打不通",
    "她说了些奇怪的话 现在电话打不通",
    "电梯卡住了 按警铃没人接",
    "救命 被关在车库里出不去 物业电话打不通",
])
def test_someone_behind_the_unanswered_phone_is_not_set_aside(text: str) -> None:
    assert nobody_behind_the_phone(text, default_vocabulary()) is None


def _rules(text: str):
    return classify_rules(text, RESIDENT)


def test_a_lift_wish_told_at_its_worst_is_a_wish() -> None:
    u = _rules("电梯里能不能装个排风扇 一到夏天关在里面热得要死")
    assert (u.request, u.color) == (True, "blue"), u.reasons


def test_someone_shut_in_a_lift_now_stays_red() -> None:
    u = _rules("电梯里关着人 闷得要死 快来")
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text, color, category", [
    ("而家仲未有水，屋企冲唔到厕所，几时先有水啊", "orange", "utilities"),
    ("部𨋢停咗喺十楼，成朝都唔郁", "orange", "elevator"),
])
def test_cantonese_still_no_supply_and_the_lift(text: str, color: str, category: str) -> None:
    u = _rules(text)
    assert (u.request, u.color, u.category) == (True, color, category), u.reasons
