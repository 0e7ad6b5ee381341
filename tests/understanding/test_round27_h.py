"""Round 27 (u27h), code health: the steps of repeats.match_repeat as modules of their own, the message fold
and the "already fixed" phrase apart from Scan, and one vocabulary of a person hurt or nearly hurt.

Each step is asked directly ("receive this message, expect this reading"), with near misses; the readings are
the ones main gave before the split (the replay and `classify --explain` of every corpus are byte-identical).
Sentences are our own."""
from __future__ import annotations

import ast
import importlib
import pathlib
from dataclasses import replace

import pytest

from bot.understanding.bystander import bystander_remark
from bot.understanding.classifier import classify
from bot.understanding.fixed_phrase import valid_fixed
from bot.understanding.normalising import normalise
from bot.understanding.repeat_candidates import emergency_apart, told_apart
from bot.understanding.repeat_kinship import kept_apart, kinship
from bot.understanding.repeat_reading import read_message
from bot.understanding.repeat_verdict import verdict
from bot.understanding.scan import Scan
from bot.understanding.ticket_reach import another_home, outage, outage_too, shared_stack
from bot.understanding.vocab_hurt import BY_KIN, HURT_WORDS, NEAR_MISS, NEARLY, PASSER, SOMEONE_GOES, SOMEONE_UNDER, \
    STRUCK, YOUNG_AND_OLD
from bot.understanding.vocabulary import default_vocabulary, normalise_words
from bot.understanding.worsened import worsened
from tests.understanding.linking import RESIDENT, link, model_request, open_ticket

V = default_vocabulary()


def _read(text: str, u=None):
    return read_message(u or classify(text, RESIDENT), normalise_words(text), V)


# --- the message read once (repeat_reading) ---

def test_a_consultation_asking_when_it_is_mended_is_no_consultation():
    u = replace(classify("请问啥时候能修好", RESIDENT), request=True, color="blue", keywords=())
    assert _read("请问啥时候能修好", u).asked.color is None


def test_a_consultation_about_fees_stays_one():
    u = replace(classify("请问物业费怎么交", RESIDENT), request=True, color="blue", keywords=())
    assert _read("请问物业费怎么交", u).asked.color == "blue"


@pytest.mark.parametrize("text,differs", [
    ("我家也是，不过是暖气管子漏了", True),      # a contrast: another problem
    ("我家也停水了 冰箱里的东西坏了谁赔", True),   # a claim for what the outage spoiled
    ("就是，三楼也停水了", False),               # an agreeing opener is no contrast
    ("对对 我家也停水了", False),
])
def test_a_contrast_or_a_claim_differs_an_agreeing_opener_does_not(text, differs):
    assert _read(text).differs is differs


def test_still_not_mended_waits_on_the_ticket_mended_in_between_does_not():
    assert _read("还是没修好啊").waits
    assert not _read("上回刚修好 又坏了").waits


def test_a_reply_only_the_model_reads_is_no_request_of_its_own():
    r = read_message(model_request("又跳了"), normalise_words("又跳了"), V)
    assert r.asked.request and not r.u.request


# --- the tickets set apart (repeat_candidates, ticket_reach) ---

def test_a_flats_own_trip_sets_the_buildings_outage_apart():
    t = open_ticket("3号楼停电了")
    assert outage(t, V)
    assert told_apart(normalise_words("我家跳闸了 别人家都有电"), [t], V) == []
    assert told_apart(normalise_words("我家也停电了"), [t], V) == [t]


def test_someone_caught_in_a_lift_sets_the_power_cut_apart():
    t = open_ticket("整栋楼停电了")
    text = "停电了 有人困在电梯里"
    assert emergency_apart(classify(text, RESIDENT), normalise_words(text), [t], V) == []
    text = "停电了 电梯也停了"   # nobody held: the outage's own
    assert emergency_apart(classify(text, RESIDENT), normalise_words(text), [t], V) == [t]


def test_a_lift_fault_is_no_outage():
    assert not outage(open_ticket("3单元电梯坏了"), V)


def test_a_second_household_without_water_is_the_outages_own():
    assert outage_too(classify("我家也停水了 物业得给个说法", RESIDENT), "我家也停水了 物业得给个说法")
    assert not outage_too(classify("电梯老是坏 物业得给个说法", RESIDENT), "电梯老是坏 物业得给个说法")


def test_a_sewage_stack_is_shared_one_homes_damp_wall_is_not():
    assert shared_stack(open_ticket("一楼下水道返水了"), V)
    assert not shared_stack(open_ticket("我家客厅墙上渗水"), V)
    u = classify("我家也是 6楼那间墙上全是水", RESIDENT)
    assert another_home(u, open_ticket("我家客厅墙上全是水 3楼"))


# --- how a ticket stands to the message (repeat_kinship) and the verdict (repeat_verdict) ---

def test_an_own_smart_lock_and_the_entrance_gate_are_kept_apart():
    t = open_ticket("我家智能锁打不开了")
    r = _read("单元门禁刷不开了")
    assert kept_apart(r, t, kinship(r, t, V), False, "4")


def test_another_building_keeps_the_same_lift_fault_apart():
    t = replace(open_ticket("1号楼电梯坏了"), building="1")   # in a compound's chat: the building written
    r = _read("2号楼电梯也坏了")
    assert kept_apart(r, t, kinship(r, t, V), False, "2")
    r = _read("1号楼电梯又坏了")
    assert not kept_apart(r, t, kinship(r, t, V), False, "1")


def test_a_smell_growing_after_a_gas_report_is_the_gas_ticket():
    t = open_ticket("5楼楼道有很大的煤气味")
    r = _read("味道越来越大了")
    k = kinship(r, t, V)
    assert k.smell_link and k.same
    found, me_too = verdict(r, t, k, False, "4", V)
    assert found is not None and found.reasons == ("the smell reported in #9",) and me_too is None


def test_a_smell_said_absent_links_nothing():
    t = open_ticket("5楼楼道有很大的煤气味")
    r = _read("我们这没闻到味")
    assert not kinship(r, t, V).smell_link


def test_the_same_lift_fault_is_one_more_report():
    m = link("3单元电梯又停了", open_ticket("3单元电梯坏了"))
    assert m is not None and m.kind == "repeat"


def test_an_old_ticket_hours_later_needs_a_still():
    t = open_ticket("楼道灯不亮了", minutes=300)
    assert link("楼道灯坏了", t) is None


# --- the message fold and the "already fixed" phrase, apart from Scan ---

def test_the_fold_corrects_a_homophone_typo():
    assert normalise("电体坏了", V) == "电梯坏了"
    assert normalise("一楼电表箱", V) == "一楼电表箱"   # a real word it would cut through


@pytest.mark.parametrize("text,fixed", [
    ("电梯修好了 谢谢", True),
    ("电梯修好了吗", False),          # a question
    ("别的楼都来电了 我们还没有", False),   # someone else's supply back
])
def test_an_already_fixed_phrase(text, fixed):
    t = normalise(text, V)
    assert (valid_fixed(Scan(t, V), V) is not None) is fixed


# --- one vocabulary of a person hurt or nearly hurt (vocab_hurt) ---

def test_each_use_draws_from_the_shared_bases():
    assert NEARLY[:len(NEAR_MISS)] == NEAR_MISS and HURT_WORDS[:len(STRUCK)] == STRUCK
    for people in (PASSER, SOMEONE_GOES, SOMEONE_UNDER):
        assert set(YOUNG_AND_OLD) <= set(people)
    assert set(BY_KIN) <= set(PASSER) and set(BY_KIN) <= set(SOMEONE_GOES)
    assert set(NEAR_MISS) | set(STRUCK) <= set(SOMEONE_UNDER)


@pytest.mark.parametrize("text,told", [
    ("我上回差点儿没站稳就摔了", "差点儿没站稳就摔"),   # 差点儿 reaches one character further
    ("上回我差点滑了一跤", "差点滑"),
    ("上回我滑了一跤", None),                          # no near miss told
])
def test_a_near_fall_told_by_a_bystander(text, told):
    u = classify(text, RESIDENT)
    assert bystander_remark(u, normalise_words(text)) == told


@pytest.mark.parametrize("text,color", [
    ("房檐冰溜子老长了 底下是个棚子 平时没人走 顺手敲掉", "yellow"),       # nobody below
    ("房檐冰溜子老长了 底下是个棚子 平时没人走 上周差点砸到人", "red"),    # ...but a near miss told
    ("房檐冰溜子老长了 平时没人走 前天砸伤了", "red"),                      # ...or someone struck
    ("阳台花盆松了 万一掉下来砸着骑车的", "red"),                           # a fall feared onto a rider
])
def test_something_about_to_fall_and_who_is_below(text, color):
    assert classify(text, RESIDENT).color == color


def test_a_person_hurt_is_no_worsening_of_the_repair():
    t = open_ticket("外墙瓷砖有点松", minutes=60)
    grown = "外墙瓷砖掉下来了 挂在半空 随时会掉"
    u = classify(grown, RESIDENT)
    hurt = "外墙瓷砖掉下来砸伤人了"
    assert worsened(classify(hurt, RESIDENT), normalise_words(hurt), "4", [t], V) is None
    assert u.color != "red" or worsened(u, normalise_words(grown), "4", [t], V) is not None


# --- word_lists.first_of is called with tuples made at their source ---

def test_every_list_first_of_reads_is_a_tuple_at_its_source():
    root = pathlib.Path(__file__).resolve().parents[2] / "bot" / "understanding"
    for f in sorted(root.glob("*.py")):
        src = f.read_text(encoding="utf-8")
        if "first_of(" not in src or f.name == "word_lists.py":
            continue
        mod = importlib.import_module(f"bot.understanding.{f.stem}")
        for node in ast.walk(ast.parse(src)):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "first_of" \
                    and isinstance(node.args[0], ast.Name) and node.args[0].id in vars(mod):
                assert isinstance(vars(mod)[node.args[0].id], tuple), (f.name, node.args[0].id)
