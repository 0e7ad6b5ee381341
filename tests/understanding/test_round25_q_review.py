"""Round 25 review of u25q: mends to the readings of messages put to officials, advice and Min 无.

A question put to an official by title must not hide an elder's danger behind a blue ask; small talk with
an official ("吃了没", the weather) asks nothing; "您问下…" is said to the office's people, and "你快打120"
is an emergency, not advice to a neighbour; Min 无 is not folded in 无动静 or 无会员; an ask to look after a
person or bring them meals is care even when a broken lift or a cut is why. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify
from bot.understanding.advice_given import advice_given
from bot.understanding.min_negation import fold_min_negation
from bot.understanding.official_named import official_named

RESIDENT = Context(sender_role="resident", chat_building="3")
LEADER = Context(sender_role="leader", chat_building="3")


@pytest.mark.parametrize("text", [
    "李书记 502的老人一直不开门 电话也不接 要不要报警",
    "王主任 隔壁独居的阿公两天没出门了 敲门也没人应 咋办",
])
def test_an_elder_in_danger_asked_of_an_official_stays_red(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.request and u.color == "red", u.reasons


@pytest.mark.parametrize("text", [
    "刘主任 你吃饭没",
    "王主任 你看这个天是不是要下雨了",
    "张书记 好久不见 最近忙不忙",
    "赵干事 你家娃今年考大学了吧",
])
def test_small_talk_with_an_official_asks_nothing(text: str) -> None:
    assert official_named(text) is None


@pytest.mark.parametrize("text", [
    "马站长 降温了 菜站明早开门伐",
    "吴经理 上个月物业费发票啥时候能开",
])
def test_a_question_to_an_official_is_still_read(text: str) -> None:
    assert official_named(text)


@pytest.mark.parametrize("text", [
    "您问下师傅几点来修",
    "你快打120 他在楼梯上晕过去了",
    "你直接打119 后面仓库冒烟",
    "叫你儿子赶紧报警 那个人还在砸门",
])
def test_no_advice_read(text: str) -> None:
    assert advice_given(text) is None


@pytest.mark.parametrize("text", ["侬问问居委会补贴几时发", "你直接打客服电话", "让你孙女在手机上弄"])
def test_advice_still_read(text: str) -> None:
    assert advice_given(text)


@pytest.mark.parametrize("text, folded", [
    ("阿婆两天无动静", "阿婆两天无动静"),
    ("他无会员卡", "他无会员卡"),
    ("他无敢出门", "他不敢出门"),
    ("门开无开", "门开不开"),
])
def test_min_negation_keeps_set_words(text: str, folded: str) -> None:
    assert fold_min_negation(text) == folded


@pytest.mark.parametrize("text, context", [
    ("周网格员 我们楼有个阿婆住八楼 电梯停了 家里没人 能不能派人照看下", LEADER),
    ("电梯坏了 我爸腿不好下不了楼 能不能安排人送饭上来", RESIDENT),
])
def test_looking_after_a_person_is_care_whatever_the_lift(text: str, context: Context) -> None:
    u = classify(text, context)
    assert u.request and u.category == "care", u.reasons


@pytest.mark.parametrize("text", ["电梯又坏了 啥时候修", "停水了 麻烦物业多照顾下顶楼住户"])
def test_the_lift_or_the_cut_alone_keeps_its_category(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.category in ("elevator", "utilities"), u.reasons


def test_the_writers_own_errand_beside_a_stopped_lift_stays_the_lifts() -> None:
    u = classify("电梯停了一上午 我妈要下楼买菜 她膝盖不好走不了楼梯 快修吧", RESIDENT)
    assert u.request and u.category == "elevator", u.reasons


@pytest.mark.parametrize("text", [
    "巡查发现有车停在消防通道 请车主尽快挪车",
    "今天检查发现3栋楼道有人堆纸箱 请相关住户今天内清理",
    "检查发现个别商户门口乱拉电线 请自觉整改",
])
def test_a_patrol_finding_told_to_the_one_at_fault_is_no_ask_passed_up(text: str) -> None:
    from bot.understanding.patrol_found import patrol_found
    assert patrol_found(text) is None


def test_a_patrol_finding_passed_to_a_service_is_still_read() -> None:
    from bot.understanding.patrol_found import patrol_found
    assert patrol_found("巡楼看到8楼楼道灯不亮 请物业师傅换一下")


@pytest.mark.parametrize("text", ["@赵网格长 3栋门口那堆垃圾还在 前天就讲了 一点动静没有", "王网格员 催了三次 啥反应都没"])
def test_none_at_all_told_to_an_official_is_no_question(text: str) -> None:
    assert official_named(text) is None


def test_a_yes_no_question_closing_in_mei_you_is_still_one() -> None:
    assert official_named("周干事 电梯修的人来了没有")
