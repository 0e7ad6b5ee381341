"""Round 27. Words misread as dangers or as typos: a violence word said after 得 as how much of a feeling there
is (冷得挨打了) is a degree; a thing swept away by water is no person swept away; "谁管" (who sees to it) is no
mistyped 水管, a temperature in degrees is no mistyped 堵了, and "一栋楼电…" holds no 漏电. Receive a message,
expect this reading. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify, default_vocabulary
from bot.understanding.normalising import normalise

RESIDENT = Context(sender_role="resident", chat_building="3")


@pytest.mark.parametrize("text", [
    "屋里冷得挨打了 暖气片一点不热",
    "这两天楼道里臭得挨打 哪家的垃圾也不扔",
    "热得挨打了 顶楼跟蒸笼一样 能不能给楼顶做个隔热",
])
def test_a_violence_word_after_de_says_how_much(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.color != "red", u.reasons
    assert any("says how much" in r for r in u.reasons), u.reasons


@pytest.mark.parametrize("text", [
    "楼下有个老汉挨打了 快来人",
    "他被打得头破血流 在三单元门口",
    "两个人在车棚打起来了 一个已经挨打挂彩了",
])
def test_a_beating_told_is_still_red(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.request and u.color == "red", u.reasons


@pytest.mark.parametrize("text", [
    "巷子口的垃圾桶被水冲走了 今晚垃圾往哪丢",
    "我家门口的鞋架让大水冲走了 谁看见了说一声",
    "放在院里的花盆被水冲走了好几个",
])
def test_a_thing_swept_away_is_no_person_swept_away(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.color != "red", u.reasons
    assert any("a thing gone, not a person" in r for r in u.reasons), u.reasons


@pytest.mark.parametrize("text", [
    "河边有个老人被水冲走了 快来人",
    "小孩在沟边玩 被冲走了",
])
def test_a_person_swept_away_is_red(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.request and u.color == "red", u.reasons


@pytest.mark.parametrize("text, kept, not_made", [
    ("这个破路灯到底谁管啊", "谁管", "水管"),
    ("楼道堆满了东西 出了事谁管", "谁管", "水管"),
    ("屋里就剩8度了 冻得睡不着", "8度了", "堵了"),
    ("卧室才十二度了 暖气不行", "二度了", "堵了"),
    ("听说隔壁一栋楼电动车起火了", "一栋楼电", "漏电"),
])
def test_common_phrases_are_no_typos(text: str, kept: str, not_made: str) -> None:
    t = normalise(text, default_vocabulary())
    assert kept in t and not_made not in t, t


@pytest.mark.parametrize("text, fixed", [
    ("楼到灯又不亮了", "楼道"),
    ("我家听水了", "停水"),
    ("电体又坏了", "电梯"),
])
def test_real_typos_are_still_corrected(text: str, fixed: str) -> None:
    assert fixed in normalise(text, default_vocabulary())


def test_who_sees_to_it_is_a_question_not_a_burst_pipe() -> None:
    u = classify("单元门口那盏灯坏了半个月了 到底归谁管", RESIDENT)
    assert u.request and u.color != "red" and u.category != "utilities", u.reasons


@pytest.mark.parametrize("text", [
    "三楼楼道好浓的没气味 谁家煤气灶开着",
    "进单元门就一股没气味 哪家的燃气漏了",
])
def test_a_strength_then_mei_names_the_smell_it_denies_nothing(text: str) -> None:
    """好浓的没气味 / 一股没气味: a smell's strength, then the smell itself (煤气味 misheard as 没气味)."""
    u = classify(text, RESIDENT)
    assert u.request and u.color == "red", u.reasons
    assert not any("negated" in r for r in u.reasons), u.reasons


@pytest.mark.parametrize("text", [
    "楼道里没有煤气味了 放心吧",
    "好大的风 没煤气味 是下水道的味",
])
def test_a_denied_gas_smell_stays_denied(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.color != "red", u.reasons
