"""Round 16 colour, second pass: a repair asked for as a question (when will it be mended, put back, was
it mended at all) is a complaint, not a consultation; Wuhan 有冇得 asks someone to step in; a lift whose
doors open and close by themselves is out of service even named only by its classifier; a flooding
car park, Cantonese 入水 and 叉电; a vulnerable person someone is asked to look in on during a storm or
an illness is orange; a lift hall or a bike shed is a common place, where a leak is yellow. Receive a
message, expect this decision. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.dialect import to_mandarin
from bot.understanding.mending_asked import mending_asked
from bot.understanding.normalising import normalise
from bot.understanding.vocabulary import default_vocabulary
from bot.understanding.vulnerable import vulnerable_today

RESIDENT = Context(sender_role="resident", chat_building="4")


def _rules(text: str):
    return classify_rules(text, RESIDENT)


def _t(text: str) -> str:
    return normalise(text, default_vocabulary())


@pytest.mark.parametrize("text", [
    "健身区那台跑步机都坏一个月了 到底什么时候能修好",
    "门口的信箱被拆下来了 几时能装回去",
    "上周报的水龙头 物业说检修了 到底有没有修过",
    "电动门坏了三天 哪天才来修",
])
def test_a_repair_asked_as_a_question_is_a_complaint(text: str) -> None:
    assert mending_asked(_t(text)), text


@pytest.mark.parametrize("text", [
    "请问楼下的脚手架几时拆",        # planned works, nothing broken
    "小区门口的路什么时候修",          # a road works plan asked about
    "明天停水 什么时候恢复",            # a planned outage asked about
    "请问物业维修电话多少",
])
def test_a_question_about_planned_works_is_not_a_repair_asked(text: str) -> None:
    assert mending_asked(_t(text)) is None, text


def test_wuhan_has_anyone_asks_someone_to_step_in() -> None:
    assert to_mandarin("垃圾堆了三天 有冇得人管") == "垃圾堆了三天 有没有人管"


@pytest.mark.parametrize("text, mandarin", [
    ("啲电动车喺楼梯底叉电", "充电"),
    ("地库开始入水，啲车快挪", "进水"),
])
def test_cantonese_charging_and_water_getting_in(text: str, mandarin: str) -> None:
    assert mandarin in to_mandarin(text)


@pytest.mark.parametrize("text", [
    "三单元那部停在9楼 门开开关关的 上不去",
    "西梯门关了又开 半天走不了",
    "电梯门一直开开关关 谁来看看",
])
def test_lift_doors_cycling_is_a_lift_out_of_service(text: str) -> None:
    u = _rules(text)
    assert (u.request, u.color, u.category) == (True, "orange", "elevator"), u.reasons


def test_a_door_cycling_in_the_wind_names_no_lift() -> None:
    u = _rules("楼下大门被风吹得门开开关关")
    assert u.category != "elevator", u.reasons


def test_a_car_park_flooding_is_orange() -> None:
    u = _rules("地面停车场进水了 车都泡着 物业快开泵")
    assert (u.request, u.color) == (True, "orange"), u.reasons


@pytest.mark.parametrize("text", [
    "8楼电梯厅漏水 滴滴答答的",
    "西边车棚顶漏水 电动车坐垫都湿了",
])
def test_a_leak_in_a_lift_hall_or_a_shed_is_yellow(text: str) -> None:
    u = _rules(text)
    assert (u.request, u.color) == (True, "yellow"), u.reasons
    assert u.category != "elevator", u.reasons


def test_a_leak_into_a_home_stays_orange() -> None:
    u = _rules("楼上爆管了 水漏到我家卧室")
    assert u.color in ("orange", "red"), u.reasons


@pytest.mark.parametrize("text", [
    "我妈一个人住 血压高 外面刮台风 我在外地 社区能不能派人上去看看她",
    "隔壁阿婆家的窗户被大风刮裂了 能不能帮一下她",
])
def test_looking_in_on_a_vulnerable_person_at_risk_now_is_orange(text: str) -> None:
    assert vulnerable_today(_t(text), default_vocabulary()), text


@pytest.mark.parametrize("text", [
    "我妈想办老年卡 社区能不能帮一下她",        # a service asked, no risk stated
    "台风要来了 大家把阳台的花盆收一收",         # a storm, nobody to look in on
])
def test_no_vulnerable_person_at_risk_now(text: str) -> None:
    assert vulnerable_today(_t(text), default_vocabulary()) is None, text
