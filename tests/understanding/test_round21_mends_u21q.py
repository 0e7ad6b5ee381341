"""Round 21 review mends for u21q: a responder's call that met no answer is no handling (an elderly resident
not answering stays red), a third party running somewhere is no responder on the way (a lost child stays red),
loose parts taken down by a vandal are no hazard removed, and a bystander still knocking at a door whose
occupant has not been seen for days reports the household. Receive a message, expect this decision.
Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify
from bot.understanding.responder_handling import handling

RESIDENT = Context(sender_role="resident")
LEADER = Context(sender_role="leader")


@pytest.mark.parametrize("text", [
    "王奶奶家电话打过了 没人接 门也敲不开 她一个人住",   # the call met no answer: the person is the emergency
    "独居的李大爷电话我打完了 一直没人接",
    "一楼配电箱冒火花 物业电话打过了没人接",             # the office did not answer: the danger is not in hand
    "有个小孩走丢了 有人看见往那跑了 大家帮忙找找",       # the child runs, no responder does
])
def test_a_leader_whose_call_failed_or_who_tells_where_a_child_ran_reports_red(text: str) -> None:
    u = classify(text, LEADER)
    assert u.request and u.color == "red", u.reasons


@pytest.mark.parametrize("text, marker", [
    ("维保电话我打完了 正往那跑", "打完了"),            # the helper's own case still reads as handling
    ("楼道有烟 我正往那跑", "我正往那跑"),
    ("松的瓷砖都敲掉了", "敲掉了"),
])
def test_a_responder_handling_it_is_still_read(text: str, marker: str) -> None:
    assert handling(text) == marker


@pytest.mark.parametrize("text", [
    "电话打过了 没人接",
    "孩子往那跑了",
    "楼道窗户玻璃被人敲掉了",                            # done by a vandal, not the responder
    "扶手被小孩拆掉了",
])
def test_no_handling_read_in(text: str) -> None:
    assert handling(text) is None


def test_a_bystander_still_knocking_at_a_door_not_opened_for_days_reports_the_household() -> None:
    u = classify("我还在敲门 老太太三天没出门了", RESIDENT)
    assert u.request and u.color == "red", u.reasons
