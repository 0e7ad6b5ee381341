"""Round 18: a danger told by how it grows or by who is still held, from someone on the scene: a fire that
grows (火越烧越大, 火势很猛) is red without a word for catching fire; a person still held where the lift is
(电梯口 … 困在里面) is a person trapped in a lift, whoever stands guard. A fire under control is not. Receive a
message, expect this decision. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context
from bot.understanding.classifier import classify as classify_rules

RESIDENT = Context(sender_role="resident")
LEADER = Context(sender_role="leader")


@pytest.mark.parametrize("context", [RESIDENT, LEADER])
@pytest.mark.parametrize("text, category", [
    ("我守在单元门口 里面的火越烧越大了", "safety"),
    ("车棚那边火势很猛 快叫人", "safety"),
    ("我在三楼电梯厅看着 有个老人还困在里面", "elevator"),
])
def test_a_danger_told_as_growing_or_still_holding_someone_is_red(context: Context, text: str, category: str) -> None:
    u = classify_rules(text, context)
    assert (u.request, u.color, u.category) == (True, "red", category), u.reasons


def test_a_fire_told_under_control_is_no_request() -> None:
    assert not classify_rules("火势已经控制住了 大家别担心", RESIDENT).request


def test_a_wall_bulging_over_people_below_is_red() -> None:
    u = classify_rules("后院那堵老围墙裂开了 往外鼓 小朋友天天在底下玩", RESIDENT)
    assert (u.color, u.category) == ("red", "facility"), u.reasons


def test_a_bulging_wall_with_nobody_below_named_is_not_red() -> None:
    assert classify_rules("楼道墙面鼓起来了 掉了好多灰", RESIDENT).color != "red"
