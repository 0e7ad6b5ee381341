"""Damage already there above where people walk is red; an outage told as the cause of a person's
need is that need (care), its own ticket; the same symptom at home and in a shared area, another
unit's outage, or a claim for spoiled goods are not repeats. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Location, TicketView, classify, match_repeat


@pytest.mark.parametrize("text", [
    "三号楼楼梯间的窗子玻璃裂开了一道 摇摇晃晃 底下就是进出的单元门口 下面就是",   # pane cracked over a doorway
    "西边围墙往外鼓了一大块 砖头松了 外面就是人行道 每天好多人走",                 # wall bulging over a pavement
    "楼道窗户碎了一半还挂在框上 下面正对着小区大门 万一掉了砸到人咋办",           # a fear stated after the fact
])
def test_damage_over_people_walking_is_red(text):
    u = classify(text)
    assert (u.request, u.color) == (True, "red"), u.reasons


def test_damage_with_no_one_below_stays_a_fault():
    u = classify("我家阳台玻璃裂了一道缝 麻烦物业换一下")
    assert u.request and u.color != "red", u.reasons


@pytest.mark.parametrize("text", [
    "停电两个钟头了 我爸要用呼吸机 现在没电了咋整",
    "小区又断电了 我奶奶住十八楼下不来 下午还要去做透析",
])
def test_an_outage_causing_a_persons_need_is_care(text):
    u = classify(text)
    assert (u.request, u.category) == (True, "care"), u.reasons
    assert u.keywords[0] != "no_power"   # the outage is the cause, not the report


def _ticket(text: str, no: int = 1, location: Location | None = None) -> TicketView:
    u = classify(text)
    return TicketView(no=no, chat_id="c", reporter_id="a", category=u.category, color=u.color,
                      location=location or u.location, building="4", text=text,
                      minutes_since_last_report=5, keywords=u.keywords)


def test_a_persons_need_is_not_merged_into_the_outage():
    first = "整栋楼停电了 啥时候来电"
    second = "停电了我家老人的制氧机用不了 谁能帮帮忙"
    assert match_repeat(classify(second), second, "b", "4", [_ticket(first)]) is None


def test_a_claim_for_spoiled_food_is_not_one_more_outage_report():
    first = "楼里停电一上午了 什么时候恢复"
    second = "停电一上午冰箱里的东西都臭了 这损失谁赔"
    assert match_repeat(classify(second), second, "b", "4", [_ticket(first)]) is None


def test_sewage_at_home_is_not_the_sewage_in_the_garage():
    first = "地下车库那个地漏往上冒脏水 味道很大"
    second = "我家卫生间地漏也往上冒脏水了 满地都是"
    assert match_repeat(classify(second), second, "b", "4", [_ticket(first)]) is None


def test_another_units_power_cut_is_its_own_ticket_but_another_floor_joins():
    first = "三单元停电了 整个单元黑着"
    ticket = _ticket(first, location=Location(unit="3"))
    other_unit = "五单元也停电了"
    assert match_repeat(classify(other_unit), other_unit, "b", "4", [ticket]) is None
    other_floor = "三单元九楼也没电了"
    m = match_repeat(classify(other_floor), other_floor, "b", "4", [ticket])
    assert m is not None and m.ticket_no == 1


def test_radiators_cold_to_the_touch_are_no_heating():
    u = classify("隔壁楼都热乎了 我们楼的暖气片还冰凉冰凉的")
    assert (u.request, u.category) == (True, "utilities"), u.reasons
    assert u.keywords[0] == "heating_cold"


def test_a_leak_at_home_is_not_the_overflow_in_the_public_corridor():
    first = "三楼公共卫生间下水道堵了 水都漫到走廊上了"
    second = "我家厨房下水道也堵了 水漫出来了"
    assert match_repeat(classify(second), second, "b", "4", [_ticket(first)]) is None


@pytest.mark.parametrize("text", [
    "我爸一个人住在7栋 从昨晚起手机关机 我在外地赶不回来 谁能去看一眼",
    "地下室进水了 排插就在水里泡着 还通着电",
])
def test_out_of_touch_lone_parent_and_wiring_in_water_are_red(text):
    u = classify(text)
    assert (u.request, u.color) == (True, "red"), u.reasons
