"""Round 17 red: a person held in a lift told with a dialect aspect marker (关到人, 困倒个人) and a fall told by
the struggle to get up (爬不起来) are red; a fall only wondered about (摔下去咋办), a thing a tree struck and
broke, an illness of long standing, a no-answer said of a card reader before someone knocks, someone smoking
in a lift, a fall told of a past day beside a care need, a fall told with a hospital stay and an insurance
question, a fire only imagined (往哪块跑), a tree swaying every way (东倒西歪) or leaning on a house with
nothing below are not; the model's danger reading is not taken for a routine need of a vulnerable person
or water with nothing electrical and nobody in it. Receive a message, expect this colour. Sentences are
our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context
from bot.understanding.calm import calm_reading
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.vocabulary import default_vocabulary

RESIDENT = Context(sender_role="resident", chat_building="4")


def _rules(text: str):
    return classify_rules(text, RESIDENT)


@pytest.mark.parametrize("text", [
    "3栋的电梯关到人了 是个老爷爷 快点来",
    "东梯困倒个人 在十二楼不动",
    "[语音转文字] 喂 五楼那个婆婆在门口摔了 爬不起来 快来人看看",
    "楼下有个阿姨跶了一跤 起不得身 哪个去扶一下",
])
def test_held_in_a_lift_or_down_and_unable_to_get_up_is_red(text: str) -> None:
    u = _rules(text)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text, color", [
    ("四楼的楼梯栏杆松得厉害 小孩子跑上跑下 跌下去怎么办", "orange"),
    ("三号楼门口的长椅被树枝砸坏了 坐不了人", "yellow"),
    ("二单元门禁坏了 按密码没反应 晚上还有推销的上来挨家敲门", "orange"),
    ("六楼过道堆满了旧家具 真着火了往哪里跑", "orange"),
])
def test_danger_words_with_no_danger_now_are_not_red(text: str, color: str) -> None:
    u = _rules(text)
    assert (u.request, u.color) == (True, color), u.reasons


@pytest.mark.parametrize("text", [
    "我爸脑梗在家躺了五年了 想问下有没有上门理发的",
    "隔壁王阿婆前两天摔伤了腿 一个人住 能不能帮她买菜送几天",
    "我妈上个月摔伤住院了 医保报销要带什么材料",
    "台风刮得小区的树东倒西歪的 麻烦物业修剪一下",
    "电梯里烟味好重 原来是有人在里面抽烟 能不能贴个禁烟标志",
    "我家后院那棵桂花树根都翘起来了 往房子这边斜 找人看看",
])
def test_a_fall_or_illness_told_aside_is_not_red(text: str) -> None:
    u = _rules(text)
    assert u.color != "red", u.reasons


@pytest.mark.parametrize("text", [
    "我在外地打工回不来 我爸一个人住 麻烦社区帮忙登记一下 平时多去看看他",
    "楼长你好 我妈一个人在家 暖气不热 麻烦有空去看一下",
    "车库又进水了 已经漫到第二格台阶 快来抽水",
])
def test_the_model_reads_no_danger_into_a_calm_need(text: str) -> None:
    assert calm_reading(text, default_vocabulary()) is not None


@pytest.mark.parametrize("text", [
    "我在外地 我妈一个人住 电话打了一下午都没人接 麻烦帮忙去看看她",
    "我爸一个人住 刚才打电话说头晕得厉害 麻烦有空去看一下",
    "地下室进水了 配电箱就在旁边",
    "车库进水了 有个老人还在里面搬东西",
])
def test_a_sign_of_danger_keeps_the_model_reading(text: str) -> None:
    assert calm_reading(text, default_vocabulary()) is None


@pytest.mark.parametrize("text, color", [
    ("楼下配电房门口的线头外皮掉了 铜丝都露出来了 小孩在旁边玩", "red"),
    ("车棚那边积水挨着电线杆 大家小心", None),
])
def test_a_bare_conductor_is_red_and_a_sagging_lift_or_a_wire_beside_water_is_not(text: str, color) -> None:
    u = _rules(text)
    assert u.color == color, u.reasons


def test_a_lift_sagging_a_little_each_stop_is_a_fault_not_a_fall() -> None:
    u = _rules("这部电梯每次到楼层都要往下坠一下 心里发毛 请物业叫维保看看")
    assert (u.request, u.color != "red") == (True, True), u.reasons


def test_a_jianghuai_question_asks() -> None:
    u = _rules("我家老太太腿脚不好下不了楼 疫苗阿能上门来打")
    assert u.request, u.reasons


def test_a_smell_said_gone_reassures() -> None:
    assert default_vocabulary().first_in("reassured", "刚才是有点味道 现在没味了") is not None
