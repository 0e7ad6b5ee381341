"""Round 17 mends (a): a numbered list with no 接龙 marker is the poster's own list of problems, not a
sign-up chain (no entry is set aside, so a danger in its first line stays red); 我家N号 is a house only
when a part of the house or a fault of it follows (a date otherwise); a lament ("要了我的老命") beside a
fault told as going on now is a complaint about that fault, not chatter. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import classify, parse_location
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.own_words import own_words
from bot.understanding.types import Context

RESIDENT = Context(sender_role="resident")


def _where(text: str) -> dict[str, str]:
    loc = parse_location(text)
    return {k: v for k in ("building", "unit", "floor", "room") if (v := getattr(loc, k))} if loc else {}


@pytest.mark.parametrize("text", [
    "1. 7栋3单元地下室有股煤气味\n2. 2栋楼下的路灯不亮",
    "1. 4单元电梯里困着个小孩 在拍门\n2. 1单元门禁刷不开",
    "1、9幢楼道里着火了 有烟\n2、8幢门口的垃圾没人清",
    "1）6栋门口一棵树马上要倒了\n2）6栋的井盖松了",
])
def test_an_unmarked_numbered_list_keeps_its_danger_red(text: str) -> None:
    assert own_words(text) is None
    u = classify(text, RESIDENT)
    assert u.request and u.color == "red", (u.color, u.reasons)


def test_an_unmarked_list_of_short_address_lines_is_no_chain() -> None:
    assert own_words("1. 2-101 陈 到\n2. 5-302 孙 到\n3. 8-201 吴 到") is None


def test_a_marked_chain_is_still_read_from_its_newest_entry() -> None:
    own = own_words("#接龙 报平安\n1. 2-101 陈 平安\n2. 5-302 孙 平安")
    assert own is not None and own.text.startswith("2. 5-302")


@pytest.mark.parametrize("text", [
    "我家8号要去外地 物业帮忙看下门",        # the 8th: a date
    "我家12号收房 请问钥匙在哪里拿",          # the 12th: a date
    "我家3号考试 楼上能不能别装修了",         # the 3rd: a date
])
def test_my_home_and_a_day_of_the_month_is_no_house(text: str) -> None:
    assert "room" not in _where(text)


@pytest.mark.parametrize("text, room", [
    ("我家4号前院的下水道堵了", "4"),
    ("我家11号的车库被水淹了", "11"),
    ("我家2号那边一股烧焦的味道", "2"),
    ("我家7号又在往屋里渗水", "7"),
])
def test_my_home_number_with_a_place_or_a_fault_is_the_house(text: str, room: str) -> None:
    assert _where(text).get("room") == room


@pytest.mark.parametrize("text", [
    "电梯又停了 十五楼走上去要了我的老命",
    "6栋电梯坏了两天了 每天爬楼要我老命",
    "家里暖气片冰凉一点都不热 要了我的命",
    "隔壁半夜还在打麻将 吵得要我的命",
    "楼下饭店的油烟呛得要了我老命 衣服都没法晾",
])
def test_a_lament_beside_a_fault_going_on_now_is_a_request(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert u.request and "a lament" not in " ".join(u.reasons), u.reasons


@pytest.mark.parametrize("text", [
    "这门禁一年坏了五六回 早晚要了我的老命",
    "天天爬九楼 这楼梯迟早要我的命",
])
def test_a_lament_over_a_record_or_a_chore_is_still_chatter(text: str) -> None:
    u = classify(text, RESIDENT)
    assert not u.request and "a lament" in " ".join(u.reasons), u.reasons
