"""Round 22, the owner's mends from the four communities opened (YE-YH): Hakka 𠊎 read as 我; water into a
home told with words between, beside someone who cannot get out; water standing inside a light fitting; a
person inside a lift told in English; blame asked for a fire not yet come (着火了谁负责); a fall told as had
(滑倒过). Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify
from bot.understanding.dialect import to_mandarin

RESIDENT = Context(sender_role="resident", chat_building="4")


def test_hakka_first_person_is_read_as_wo():
    assert to_mandarin("𠊎屋里冇水") == "我屋里没水"
    assert to_mandarin("𠊎兜楼下") == "我们楼下"


@pytest.mark.parametrize("text", [
    "水漫进了我屋 阿婆瘫痪在床 出不去",
    "大水入咗𠊎屋，阿爸坐轮椅，佢出唔去",
    "水灌进了我家 奶奶腿脚不便走不了 快来人",
])
def test_water_into_a_home_with_someone_who_cannot_get_out_is_red(text):
    u = classify(text, RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


def test_water_into_a_home_with_nobody_stranded_stays_below_red():
    u = classify("水进了我家 东西都搬楼上了 什么时候来抽水", RESIDENT)
    assert u.request and u.color != "red", u.reasons


@pytest.mark.parametrize("text", [
    "卫生间吸顶灯里全是水 还在往下滴",
    "楼上漏下来 客厅灯罩里积水了 灯一闪一闪",
])
def test_water_standing_inside_a_light_fitting_is_red(text):
    u = classify(text, RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


def test_a_lamp_with_a_moth_inside_is_an_ordinary_repair():
    u = classify("楼道灯里面有只飞蛾 不亮了", RESIDENT)
    assert u.request and u.color == "yellow", u.reasons


@pytest.mark.parametrize("text", [
    "Someone is stuck in the lift at Block 5, please help!",
    "my mum is trapped inside the elevator on 9F",
    "Lift B stopped between floors with two people inside",
])
def test_a_person_inside_a_lift_told_in_english_is_red(text):
    u = classify(text, RESIDENT)
    assert (u.request, u.color, u.category) == (True, "red", "elevator"), u.reasons


def test_an_english_lift_fault_with_nobody_inside_is_no_trapping():
    u = classify("the lift in block 5 is broken again, nobody fixed it", RESIDENT)
    assert u.request and u.color != "red", u.reasons


@pytest.mark.parametrize("text", [
    "走廊里电动车堆成一排还拉着插线板 着火了谁负责",
    "地下室全是纸板箱 着火了哪个负责啊",
])
def test_blame_asked_for_a_fire_not_yet_come_is_no_fire(text):
    u = classify(text, RESIDENT)
    assert u.request and u.color == "orange", u.reasons


def test_a_fire_now_with_a_call_for_who_is_in_charge_stays_red():
    u = classify("5楼着火了！谁负责这栋楼的 快来", RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


def test_a_fall_told_as_had_is_a_risk_not_a_fall_now():
    u = classify("单元门口的坡道一下雨就滑 好几个人在这滑倒过 能不能铺个防滑垫", RESIDENT)
    assert u.request and u.color != "red", u.reasons
    assert any("told as had" in r for r in u.reasons), u.reasons


@pytest.mark.parametrize("text", [
    "我妈以前摔倒过 刚才又在卫生间滑倒了 起不来",
    "楼梯口有个老人摔倒了 头上流血",
])
def test_a_fall_now_stays_red_beside_an_earlier_one(text):
    u = classify(text, RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons
