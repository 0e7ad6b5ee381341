"""Round 17 mends (b): a fall with 下来 / 下去 and "what do we do" is a fall that happened when a now-word comes
before it or the person is told hurt, crying or not answering; an illness counted in years sets aside only
the illness those years belong to, and never an acute word (a collapse, a call for people, a heart attack);
standing up or rising that a bad back or weak legs forbid is a care need, a fall only with the fall told or a
now-word; deliveries left at the door, a phone always busy, no sound, no light, a tight chest are signs of
danger that keep the model's reading of an old person's need. Receive a message, expect this decision.
Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context
from bot.understanding.calm import calm_reading, person_in_trouble
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.vocabulary import default_vocabulary

RESIDENT = Context(sender_role="resident", chat_building="4")


def _rules(text: str):
    return classify_rules(text, RESIDENT)


@pytest.mark.parametrize("text", [
    "我奶奶刚刚在阳台上摔下来 怎么办呀",                 # a now-word before the fall in its clause
    "刚才我外公从凳子上摔下来 咋办",
    "我婆婆摔下去 咋个办 叫她都没反应",                 # not answering
    "隔壁小朋友从秋千上摔下来 怎么办 一直在哭",          # crying
    "我老伴从椅子上摔下来 咋整 喊她也不答应",
])
def test_a_fall_that_just_happened_stays_red_beside_what_do_we_do(text: str) -> None:
    u = _rules(text)
    assert (u.request, u.color, u.category) == (True, "red", "care"), u.reasons


@pytest.mark.parametrize("text", [
    "单元门口的台阶结冰了 老人摔下来怎么办",
    "五楼阳台护栏晃得厉害 孩子跌下去咋办",
])
def test_a_fall_only_wondered_about_is_still_not_red(text: str) -> None:
    u = _rules(text)
    assert u.color != "red", u.reasons


@pytest.mark.parametrize("text", [
    "3楼李伯心梗晕倒在门口 他冠心病好些年了 他心脏病十几年了 快来人",
    "我岳父心梗 人快不行了 他心脏病二十多年了",
    "隔壁老陈刚中风了 他血压高十几年了 大家快来帮忙",
    "我外婆脑梗倒地了 她心脏病好几年了",
])
def test_years_of_another_illness_do_not_set_aside_an_acute_one(text: str) -> None:
    u = _rules(text)
    assert (u.request, u.color) == (True, "red"), u.reasons


def test_an_illness_counted_in_its_own_clause_stays_a_state() -> None:
    u = _rules("我外公偏瘫在床八年了 想问社区有没有上门洗头的")
    assert u.color != "red", u.reasons


@pytest.mark.parametrize("text", [
    "我妈膝盖疼得站不起来 想问有没有上门针灸",
    "老爷子腿脚不灵便起不了身 能不能借个助行器",
])
def test_unable_to_rise_from_a_chronic_cause_is_care_not_red(text: str) -> None:
    u = _rules(text)
    assert u.color != "red", u.reasons


@pytest.mark.parametrize("text", [
    "我爸在卫生间滑了一下 站不起来了 快来人",
    "隔壁阿姨刚跶了一跤 起不了身",
])
def test_unable_to_rise_after_a_fall_is_red(text: str) -> None:
    u = _rules(text)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    "我舅舅一个人住 门口报纸堆了好几天没人拿 有时间帮忙去看一眼",
    "我爷爷独居 座机打了一上午都占线 有空麻烦去看看",
    "楼上独居阿婆屋里两天没声音了 社区能不能登记一下",
    "二楼的孤寡老人晚上都没开灯 有空去瞧瞧",
    "我妈一个人在家 有空帮她买点菜 她说胸口有点闷",
])
def test_welfare_signs_keep_the_model_reading(text: str) -> None:
    assert calm_reading(text, default_vocabulary()) is None


@pytest.mark.parametrize("text, word", [
    ("停车场灯不亮 角落里有个人趴着好久了 叫他没反应", "趴着"),
    ("楼上吵得很 好像有个孩子在喊救命", "救命"),
    ("大家锁好门 昨晚6楼有户被撬锁了", "被撬"),
])
def test_a_person_in_trouble_beside_an_ordinary_problem_is_told(text: str, word: str) -> None:
    assert person_in_trouble(text) == word


@pytest.mark.parametrize("text", [
    "楼顶的广告牌被风吹歪了 有点担心",
    "各位邻居 下周我家装修 会有点吵 先说声抱歉",
    "谁家孩子的帽子掉了 放在门卫室了",
])
def test_an_ordinary_problem_tells_no_person_in_trouble(text: str) -> None:
    assert person_in_trouble(text) is None
