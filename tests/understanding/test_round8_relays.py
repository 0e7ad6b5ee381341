"""A building leader or grid chief asking for hands or supplies for a resident passes a problem up
(a request); saying they will ask or call someone themselves is handling it. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding.classifier import classify as classify_rules
from bot.understanding.types import Context

LEADER = Context(sender_role="leader", chat_building="6")
CHIEF = Context(sender_role="chief", chat_building="6")


@pytest.mark.parametrize("ctx, text", [
    (LEADER, "6栋的独居刘奶奶腿摔伤了刚出院 这两天做不了饭 麻烦哪位帮忙送一下午饭"),
    (LEADER, "三单元楼道灯坏了一个星期了 请安排电工来换"),
    (CHIEF, "二号楼顶层的老两口药吃完了 女儿在外地 有没有志愿者能帮忙去药店跑一趟"),
])
def test_a_responder_asking_hands_for_a_resident_is_a_request(ctx, text):
    assert classify_rules(text, ctx).request


@pytest.mark.parametrize("ctx, text", [
    (LEADER, "刘奶奶午饭的事我问问社区食堂 楼道我喊保洁下午拖一下"),
    (CHIEF, "收到 已安排志愿者送一下"),
])
def test_a_responder_saying_they_will_see_to_it_is_no_request(ctx, text):
    assert not classify_rules(text, ctx).request
