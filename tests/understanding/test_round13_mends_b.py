"""Round 13 mends (b): lost pets beside a problem, staff planning work, a leader asking neighbours,
fixes done by someone, and 行 inside a longer word."""
from __future__ import annotations

import pytest

from bot.understanding import classify
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.types import Context

STAFF = Context(sender_role="staff")
LEADER = Context(sender_role="leader", chat_building="6")
RESIDENT = Context(sender_role="resident", chat_building="6")


def _pet_notice(u) -> bool:
    return any("a pet" in r for r in u.reasons)


@pytest.mark.parametrize("text", [
    "谁在单元门口丢了只破沙发 进出都挡着",              # dumped, not a pet
    "负一楼车库里丢了一只死猫头鹰 味道很大",
    "隔壁的狗跑出去 在单元门口拉屎 到处都是",             # a problem beside the pet
    "我家的狗不见了 门口监控能调出来看看吗",            # an ask for the camera footage
    "狗跑出去了 钻到地下室的配电柜后面 怕它触电",
])
def test_a_lost_pet_phrase_no_longer_hides_a_problem_or_an_ask(text):
    assert not _pet_notice(classify_rules(text, RESIDENT))


@pytest.mark.parametrize("text", [
    "我家黑猫不见了 尾巴尖是白的 哪位邻居看到了说一声",
    "谁家丢了只小狗 在二单元门口转悠 我先拴在车棚了",
])
def test_a_plain_lost_or_found_pet_stays_a_notice(text):
    u = classify(text, RESIDENT)
    assert not u.request and _pet_notice(u), u.reasons


@pytest.mark.parametrize("text", [
    "明早请电工来换电表，到时候楼里停电半小时",
    "周三请自来水公司来换总阀，上午9点到11点停水",
    "好的，请师傅晚上去7栋看下门禁",
    "请维修工先不要去，住户今天不在家",
])
def test_staff_planning_answering_or_calling_off_work_passes_nothing_up(text):
    assert not any("passes a problem up" in r for r in classify_rules(text, STAFF).reasons)


def test_staff_asking_a_responder_to_act_still_passes_it_up():
    u = classify_rules("8栋两户为了停车位吵起来了 请网格长过去协调一下", STAFF)
    assert any("passes a problem up" in r for r in u.reasons), u.reasons


@pytest.mark.parametrize("text", ["四楼有人家里停水了吗？", "单元门是不是又坏了？", "二楼有人听到异响没有？"])
def test_a_leader_asking_neighbours_whether_is_no_question_to_the_office(text):
    u = classify_rules(text, LEADER)
    assert not any("asks the office a question" in r for r in u.reasons), u.reasons


@pytest.mark.parametrize("text", ["三单元那个堵住的地漏被人通了", "车棚的灯被人修好了"])
def test_a_fix_by_someone_is_still_a_fix(text):
    assert classify_rules(text, RESIDENT).fixed_report


def test_something_taken_away_by_someone_is_no_fix():
    assert not classify_rules("楼下那排护栏被人拆掉了 小孩容易掉下去", RESIDENT).fixed_report


@pytest.mark.parametrize("text", ["请工程部的师傅周五来换灯泡，这是例行保养", "物业这周在进行消防检查"])
def test_xing_inside_a_longer_word_is_no_thanks(text):
    assert not any("acknowledgement/thanks" in r for r in classify_rules(text, RESIDENT).reasons)


@pytest.mark.parametrize("text", ["路灯修好了，谢谢物业帮忙联系", "车库的排水泵修好了，幸亏请物业连夜找了师傅"])
def test_a_leaders_fix_crediting_the_ask_stays_a_fix(text):
    assert classify_rules(text, LEADER).fixed_report


def test_a_leaders_fix_then_a_new_ask_is_still_passed_up():
    u = classify_rules("车棚的门修好了。另外8栋的楼梯扶手松了，请物业尽快安排", LEADER)
    assert u.request and not u.fixed_report, u.reasons


def test_an_ok_beside_an_addressed_ask_is_a_rules_request():
    u = classify_rules("好的，麻烦你们物业明天安排人过来", RESIDENT)
    assert u.request, u.reasons
