"""Mends after the review of round 15's repeat linking: a second problem must not hide in an open
ticket - a fault at another spot, another lift, a noise
of an unlisted kind, another flat named as the source, a drop not drunk or not leaked."""
from __future__ import annotations

from bot.understanding import classify, match_repeat
from bot.understanding.classifier import classify as classify_rules

from tests.understanding.linking import RESIDENT
from tests.understanding.linking import open_ticket as _ticket


def _link(text: str, ticket_text: str, minutes: float = 30.0) -> int | None:
    u = classify_rules(text, RESIDENT)
    m = match_repeat(u, text, "r2", "4", [_ticket(ticket_text, minutes=minutes)])
    return m.ticket_no if m else None


def test_a_fault_at_another_floor_or_the_corridor_is_its_own():
    assert _link("7楼的楼道灯还没修啊 我住七楼", "2楼楼道灯坏了 黑乎乎的") is None
    assert _link("楼道里水管还在漏 什么时候来修 地上都是水", "我家1102卫生间漏水了") is None
    # the lift itself is one thing whatever floor the asker waits on
    assert _link("电梯停到什么时候 我住18楼 爬不动", "2单元电梯停在10楼不动了") == 9


def test_the_freight_lift_is_not_the_passenger_lift():
    assert _link("货梯还停着？家具搬不上去", "客梯停了 按了没反应") is None


def test_a_noise_of_another_kind_or_from_another_flat_is_its_own():
    drill = "是1603在打墙 电钻响一上午了 吵死了"
    assert _link("楼下半夜有人拍皮球 砰砰的睡不着", drill, minutes=5) is None
    assert _link("是905在打墙 我也快被吵疯了", drill, minutes=5) is None


def test_a_drop_not_drunk_or_not_leaked_is_no_water_outage():
    u = classify("隔壁独居大爷一天一滴水都没有喝 敲门没人应", RESIDENT)
    assert u.category != "utilities" and u.color == "red", u.reasons
    assert classify_rules("今天早上龙头一滴水都没有 做饭都做不了", RESIDENT).category == "utilities"
