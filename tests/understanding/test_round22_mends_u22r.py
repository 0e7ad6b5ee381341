"""Round 22 review mends for u22r: the lowering re-readings must not lower what the text itself makes urgent.
A charging post out of order is no yellow when e-bikes are charged in the stairwell or at home because of it, or
when an old person or a wheelchair depends on it; a running cistern is no yellow beside a person at risk or the
supply itself cut; a service asked about for an old person alone is no blue, nor is a shared part placed by "my
door"; neighbours asked to come and help or join in are no complaint. Receive a message, expect this decision.
Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding.intervene_asked import plea_to_intervene
from bot.understanding.rereads import fault_reread, last_reread
from bot.understanding.normalising import normalise as _normalise
from bot.understanding.vocabulary import default_vocabulary


def normalise(text: str) -> str:
    return _normalise(text, default_vocabulary())


def _fault(text: str, colour: str = "orange", category: str | None = "utilities"):
    return fault_reread(normalise(text), colour, category)


@pytest.mark.parametrize("text, category", [
    ("电动车在楼道充电 充电桩坏了用不了", "safety"),            # GUIDELINES orange: e-bikes charging in the stairwell
    ("充电桩坏了 电瓶车推到家里充 楼道里好多车在充电", "safety"),
    ("楼下充电桩断了 老人的电动轮椅没电了出不了门", "utilities"),  # a wheelchair user stuck at home
])
def test_a_broken_charger_with_indoor_charging_or_a_person_at_risk_keeps_its_orange(text: str, category: str) -> None:
    assert _fault(text, "orange", category) is None


@pytest.mark.parametrize("text", [
    "马桶水箱一直进水 我家老人一个人在家不会弄",                 # an old person alone with it
    "冲水一直流 整个单元都停水了",                               # the supply itself is out: an outage
])
def test_a_running_cistern_beside_a_person_at_risk_or_an_outage_keeps_its_orange(text: str) -> None:
    assert _fault(text) is None


@pytest.mark.parametrize("text, category", [
    ("充电桩扫码没反应 一直离线", "facility"),                  # the helper's reading still stands
    ("地下车库那排充电桩全显示离线", "utilities"),
])
def test_a_plain_broken_charger_is_still_yellow(text: str, category: str) -> None:
    r = _fault(text, "orange", category)
    assert r is not None and r.color == "yellow"


def test_a_plain_running_cistern_is_still_yellow() -> None:
    r = _fault("马桶水箱一直在进水 停不下来")
    assert r is not None and r.color == "yellow"


@pytest.mark.parametrize("text", [
    "我家老人一个人在家 热水器坏了 有没有上门维修服务",          # a service for an old person alone: a need, not a question
    "我家门口楼道灯坏了 修要收费吗",                             # the stairwell light is the building's
])
def test_a_service_asked_for_a_person_at_risk_or_a_shared_part_stays_yellow(text: str) -> None:
    assert last_reread(normalise(text), "yellow") is None


def test_a_service_for_ones_own_flat_is_still_blue() -> None:
    r = last_reread(normalise("我家马桶一直漏 物业有合作的师傅吗"), "yellow")
    assert r is not None and r.color == "blue"


@pytest.mark.parametrize("text", ["有没有人来帮我搬个柜子 周末 请吃饭", "有没有人来一起打球 今晚7点"])
def test_neighbours_asked_to_help_or_join_in_are_no_plea_to_intervene(text: str) -> None:
    assert plea_to_intervene(normalise(text)) is None


def test_someone_asked_to_come_and_clear_it_is_still_a_plea() -> None:
    assert plea_to_intervene(normalise("楼道里的死老鼠有没有人来清一下")) == "有没有人来"
