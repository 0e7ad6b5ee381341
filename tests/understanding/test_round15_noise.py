"""Round 15 repeat linking: neighbours joining a noise complaint minutes after it, from their own floor or
naming the flat it comes from, are one more report of that noise; another kind of noise, a second source,
or another flat's upstairs is its own. Receive a message next to an open ticket, expect this link or none.
Sentences are our own."""
from __future__ import annotations

from bot.understanding import match_repeat
from bot.understanding.classifier import classify as classify_rules

from tests.understanding.linking import RESIDENT, model_request
from tests.understanding.linking import open_ticket as _ticket

_DRILL = "楼上哪家在装修 电钻从早上七点响到现在 还让不让人睡了"


def _link(text: str, ticket_text: str = _DRILL, minutes: float = 4.0, model: bool = False) -> int | None:
    t = _ticket(ticket_text, minutes=minutes)
    u = model_request(text, "noise") if model else classify_rules(text, RESIDENT)
    m = match_repeat(u, text, "r2", "4", [t])
    return m.ticket_no if m else None


def test_hearing_it_from_another_floor_joins_the_noise():
    assert _link("是1203在砸墙 我也被吵死了") == 9
    assert _link("+1 我家9楼都听得清清楚楚", model=True) == 9
    assert _link("我在1506 感觉就在头顶上钻", model=True) == 9


def test_naming_the_flat_it_comes_from_joins_the_noise():
    assert _link("应该是702吧 他家中午也在打", model=True) == 9


def test_another_kind_of_noise_or_a_second_source_is_its_own():
    assert _link("我们这边是狗叫 叫了一晚上 吵死了") is None
    assert _link("我们楼下也在装修 电钻响个不停 吵死了") is None
    assert _link("还有楼下广场舞 音响开得震天响 吵死了") is None


def test_another_flats_upstairs_is_another_noise():
    t = "1508楼上天天半夜拖椅子 咣咣响 能不能管管"
    assert _link("我2103 楼上也是半夜咚咚响 吵得睡不着", ticket_text=t) is None


def test_long_after_the_complaint_a_noise_is_its_own():
    assert _link("是1203在砸墙 我也被吵死了", minutes=90) is None


def test_the_complainer_again_or_a_question_is_not_the_chorus():
    t = _ticket(_DRILL, minutes=4)
    text = "是1203在砸墙 吵死了"
    u = classify_rules(text, RESIDENT)
    m = match_repeat(u, text, "r1", "4", [t])
    assert m is None or "hears the noise" not in m.reasons[0]
    text = "装修到底几点可以开始？有规定吗"
    assert _link(text) is None


def test_the_noise_maker_apologising_or_a_crying_child_is_not_the_chorus():
    assert _link("我家孩子半夜哭 吵到大家了 抱歉") is None
    assert _link("隔壁小孩哭了一晚上 吵死了") is None
