"""Round 14 review: the round's rules aimed at their phenomenon, not at any message sharing a word. Smoke
with no fire *yet* is red; 不是火锅 denies no fire; a source guessed is no source named; an alarm just
fitted may be sounding; paint or bird mess on a lamp is no water in the wiring; flowers along a fire lane
block nothing; a fallen part near a child is not a stated risk; a balcony door is no entrance; a long
question about a new flat is no outage; a neighbour knocking to complain is no impostor. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context
from bot.understanding.classifier import classify as classify_rules

RESIDENT = Context(sender_role="resident", chat_building="4")


@pytest.mark.parametrize("text", [
    "二楼楼道烟好大 暂时还没着火 可能谁家锅烧干了 快来人",
    "楼道全是烟 还没起火 刚才还以为是谁家在烧烤 快看看",
    "六楼窗户往外冒黑烟 不是火锅那种烟 对面饭馆的人都在看",
    "刚装的烟雾报警器半夜一直在响 闻着有焦味",
])
def test_smoke_with_no_fire_denied_outright_stays_red(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    "装修工的油漆滴到楼道灯上了 让他们注意点",
    "鸟屎滴到门口的灯上了 脏死了",
    "楼道灯罩里全是死虫子 麻烦清理一下 水房也脏",
])
def test_something_other_than_water_on_a_lamp_is_no_red(text: str) -> None:
    assert classify_rules(text, RESIDENT).color != "red"


@pytest.mark.parametrize("text, not_colour", [
    ("健身器材的把手掉下来了 孩子们都没得玩了", "orange"),
    ("阳台门关不上 漏风 还有推销的天天打电话", "orange"),
    ("新房刚交 请问啥时候来电", "orange"),
    ("消防车道两边种满了花 真好看", "orange"),
])
def test_a_shared_word_alone_does_not_raise_the_colour(text: str, not_colour: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert u.color != not_colour, u.reasons


def test_a_neighbour_knocking_to_complain_is_no_impostor() -> None:
    u = classify_rules("楼下阿姨敲门说是我家空调滴水到她家窗台 物业帮忙协调一下", RESIDENT)
    assert u.category != "safety", u.reasons


def test_asking_for_a_contact_number_stays_a_question() -> None:
    u = classify_rules("社区能不能发一下网格员的联系方式", RESIDENT)
    assert u.color == "blue", u.reasons
