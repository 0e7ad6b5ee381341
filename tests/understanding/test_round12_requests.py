"""Request detection, round 12: '通了' inside 沟通了 / 不通了 is nothing fixed. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify


@pytest.mark.parametrize("text, role", [
    ("隔壁天天半夜剁排骨 沟通了好几回还是老样子 物业能不能管管", "resident"),
    ("5栋有户人家在楼道养鸽子，沟通了两次没用，需要社区来协调", "leader"),
    ("单元门口堆满了建筑垃圾 推车都过不去 路都走不通了 快来清一下", "resident"),
])
def test_talked_over_or_blocked_is_no_fixed_report(text, role):
    u = classify(text, Context(sender_role=role))
    assert u.request and not u.fixed_report


@pytest.mark.parametrize("text", ["管子疏通了 谢谢师傅", "下水道通了 不堵了"])
def test_a_drain_cleared_still_is_fixed(text):
    u = classify(text, Context(sender_role="resident"))
    assert not u.request and u.fixed_report
