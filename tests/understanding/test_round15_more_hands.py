"""A building leader or grid chief who has called help for an emergency and asks the office for more
(hands, a coordinator, the fire brigade) still has an emergency to be handled: it is a red request.
Help called with nothing more asked, or asked in the handling's own clause, is handling it."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify


@pytest.mark.parametrize("text", [
    "2单元电梯关人了，维保已经通知了，请社区协调一下消防",
    "楼道里起火了 刚打了119 请社区马上派人来疏散",
    "小孩困在电梯里 已经叫了维保 半天没到 谁能来帮一下",
    "地下室配电箱冒烟了，已经联系了电工，请社区派人来支援",
])
@pytest.mark.parametrize("role", ["leader", "chief"])
def test_help_called_and_more_asked_is_a_red_request(text, role):
    u = classify(text, Context(sender_role=role, chat_building="4"))
    assert u.request and u.color == "red", u.reasons


@pytest.mark.parametrize("text", [
    "电梯关人了，已经通知维保了，请社区知悉",             # a note to the office, nothing more asked
    "楼道冒烟了，我已经派人过去协调了",                   # the ask is the handling itself
    "有人晕倒了，已经叫了120，请大家让一让楼道",           # asks the neighbours, not the office
    "电梯关人 已通知维保 大家别慌 师傅马上到",
])
def test_help_called_with_nothing_more_asked_is_handling(text):
    u = classify(text, Context(sender_role="leader", chat_building="4"))
    assert not u.request, u.reasons
