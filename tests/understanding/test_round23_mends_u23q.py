"""Round 23 review of u23q: misfires of its new rules, mended. Receive a message, expect this decision.
Sentences are our own.

- A threat for next time (以后谁再 / 再让我看到) set aside the fault told again as a fact in a later clause:
  "以后谁再在楼道里充电我就报警 现在5楼楼道就有人在充电" was lost as chatter (next_time.py).
- A message opening with 难怪 was chatter even when it told a fault of basic living going on now
  ("难怪今天一直没水 到现在还没来水", "难怪最近老丢快递 单元门锁坏了好几天了").
- 夜来 ("yesterday" in Baoding) was folded inside 半夜来 / 深夜来 ("came at night").
"""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify
from bot.understanding.regional_asks import fold_regional_asks

RESIDENT = Context(sender_role="resident")


@pytest.mark.parametrize("text", [
    "以后谁再在楼道里充电我就报警 现在5楼楼道就有人在充电",
    "再让我看到有人在楼道充电瓶车我就拍照 现在三单元楼道里就停着两辆在充电",
])
def test_a_threat_then_the_fault_now_stays_a_safety_request(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.request and u.color in ("orange", "red") and u.category == "safety"


def test_a_threat_alone_stays_chatter() -> None:
    assert not classify("以后哪个再敢在楼道里充电 我第一个举报", RESIDENT).request


@pytest.mark.parametrize("text,category", [
    ("难怪今天一直没水 到现在还没来水", "utilities"),
    ("难怪我家天花板一直在滴水 楼上漏水了", "utilities"),
    ("难怪最近老丢快递 单元门锁坏了好几天了", "facility"),
])
def test_no_wonder_with_basic_living_broken_stays_an_orange_request(text: str, category: str) -> None:
    u = classify(text, RESIDENT)
    assert u.request and u.color == "orange" and u.category == category


def test_a_no_wonder_remark_on_a_neighbour_stays_chatter() -> None:
    assert not classify("难怪 楼上那小伙天天半夜才回来 门摔得砰砰响", RESIDENT).request


@pytest.mark.parametrize("text", ["三更半夜来水了 水管一直响", "深夜来电话说车被划了", "每到夜来就有人吵"])
def test_night_came_is_not_yesterday(text: str) -> None:
    assert "昨天" not in fold_regional_asks(text)


def test_baoding_yesterday_still_folds() -> None:
    assert "昨天" in fold_regional_asks("夜来个就没水了")


@pytest.mark.parametrize("text", ["我家也热乎了 就是卧室那组还是冰凉的", "俺家总算热乎了 就是北屋那片还不热"])
def test_warm_again_but_a_room_still_cold_is_still_no_heating(text: str) -> None:
    u = classify(text, RESIDENT)
    assert (u.request, u.color, u.category) == (True, "orange", "utilities"), u.reasons


def test_warm_again_alone_is_still_a_fixed_report() -> None:
    assert not classify("俺家也热乎了 谢谢师傅", RESIDENT).request
