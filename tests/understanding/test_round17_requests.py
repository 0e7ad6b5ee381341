"""Round 17 request detection: a spare thing asked of "which household" or a neighbour's offer to bring one,
advice to the whole group, a lament over a fault's record and a cause guessed at in reply are no request;
a Nanjing 阿 question, a fix only half done, and a question or a plea said before a fixed word still ask.
Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import classify
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.dialect import to_mandarin
from bot.understanding.types import Context

RESIDENT = Context(sender_role="resident", chat_building="3")


def _reasons(text: str) -> str:
    return " ".join(classify(text, RESIDENT).reasons)


@pytest.mark.parametrize("text", [
    "有冇得哪家有多的充电宝？手机快冇电了",      # Hunanese: which household has a spare one
    "哪个屋里有多的水桶，借一个",
    "我家有两盏充电台灯，我拿下去给你，几单元？",   # a neighbour's offer
])
def test_a_spare_thing_asked_of_the_neighbours_or_offered_is_no_request(text: str) -> None:
    for read in (classify, classify_rules):
        u = read(text, RESIDENT)
        assert not u.request and "a favour or a deal" in " ".join(u.reasons), u.reasons


def test_a_spare_thing_for_someone_in_need_is_still_asked() -> None:
    u = classify_rules("有没有哪家有多的轮椅 我家老人摔了走不了", RESIDENT)
    assert "a favour or a deal" not in " ".join(u.reasons)


@pytest.mark.parametrize("text", [
    "大家这两天进出先走北边的楼梯，南边那截在刷漆",
    "各位邻居晚上出门记得带手电，路上黑",
    "大家都别去河堤那边散步了，路上全是泥",
])
def test_advice_to_the_whole_group_is_no_request(text: str) -> None:
    u = classify(text, RESIDENT)
    assert not u.request and "advice to the neighbours" in " ".join(u.reasons), u.reasons


@pytest.mark.parametrize("text", [
    "大家注意 车库里好像有人躺着",             # a person: a report
    "大家别急，物业能不能先派个人来看看？",      # an ask
])
def test_a_report_or_an_ask_to_the_group_is_not_advice(text: str) -> None:
    assert "advice to the neighbours" not in _reasons(text)


@pytest.mark.parametrize("text", [
    "这台电梯半年坏了六回 早晚要了我的老命",
    "爬十二楼回家 这楼梯要了我的命",
])
def test_a_lament_over_a_faults_record_is_no_request(text: str) -> None:
    u = classify(text, RESIDENT)
    assert not u.request and "a lament" in " ".join(u.reasons), u.reasons


def test_a_lament_beside_an_ask_still_asks() -> None:
    u = classify_rules("这电梯要了我的命 今天又停了 物业能不能来修一下", RESIDENT)
    assert u.request and "a lament" not in " ".join(u.reasons)


@pytest.mark.parametrize("text", [
    "还不是有人半夜在楼下烧纸 灰吹得到处都是",
    "车库里那股霉味就是漏水引起的吧",
])
def test_a_cause_guessed_at_in_reply_is_no_request(text: str) -> None:
    assert not classify_rules(text, RESIDENT).request


@pytest.mark.parametrize("text, folded", [
    ("5幢阿停电啊", "5幢停不停电啊"),
    ("活动室阿有人管钥匙", "活动室有没有人管钥匙"),
    ("体检阿要带身份证", "体检要不要带身份证"),
    ("王阿姨在家", "王阿姨在家"),             # a kin word, no question
])
def test_a_nanjing_a_question_reads_as_v_not_v(text: str, folded: str) -> None:
    assert to_mandarin(text) == folded


def test_a_nanjing_a_question_about_an_outage_is_asked() -> None:
    u = classify("7幢明天阿停水 通知上没说", RESIDENT)
    assert u.request and u.color == "blue", u.reasons


def test_a_job_half_done_is_not_over() -> None:
    u = classify_rules("路边那棵歪树砍了一半就没人来了，树枝还挡着人行道", RESIDENT)
    assert u.request and not u.fixed_report, u.reasons


@pytest.mark.parametrize("text", [
    "@王干事 上次说的管道冻裂补贴有消息没？我家也已经换了一段管子",
    "有没有人管一下楼道里那些电瓶车，停电时推进来的，来电了又接着充",
])
def test_a_question_or_a_plea_before_a_fixed_word_still_asks(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert u.request and not u.fixed_report, u.reasons


def test_a_fix_with_thanks_after_a_question_stays_over() -> None:
    u = classify_rules("水管修好了没？刚看了已经换好了，谢谢师傅", RESIDENT)
    assert not u.request
