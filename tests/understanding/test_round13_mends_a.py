"""Round 13 mends (a): a question whether anyone is in a numbered lift that is stuck is still people held; a
fraud's warning is read by the fraud rule alone (老人们 elsewhere is still the old people's need), and the
speaker can be the one taken in; 了一层 is a layer unless reached (到了一层); 一门到三门 is a range; the outage
told by someone still held in the lift follows up the lift's ticket; people passing below may be said in the
next clause; a sewage stack is shared by the homes on it. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import classify, match_repeat
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.location import parse_location
from tests.understanding.linking import RESIDENT, open_ticket


# ------------------------------------------------------------------ H1: someone asked after in a stuck lift
@pytest.mark.parametrize("text", [
    "东梯里有人吗 停在两层中间卡住了",
    "2号电梯里头有人吗？电梯卡在8楼半天了，警铃响个不停",
])
def test_asking_whether_anyone_is_in_a_stuck_numbered_lift_is_red(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert (u.color, u.category) == ("red", "elevator"), u.reasons


@pytest.mark.parametrize("text", ["1号梯里有人吗？我刚从里面出来", "北梯里有人吗 我钥匙掉在里面了"])
def test_asking_whether_anyone_is_in_a_running_lift_is_no_red(text: str) -> None:
    assert classify_rules(text, RESIDENT).color != "red"


# ------------------------------------------------------------------ H3: fraud warnings, the speaker taken in
@pytest.mark.parametrize("text", [
    "我爸接到电话说他账户被冻结了 要转到安全账户 叔你去银行帮我拦一下他",
    "刚有人打电话说我涉嫌洗钱 让我现在就去银行转到安全账户 我该怎么办",
])
def test_a_plea_or_the_speaker_taken_in_is_a_red_fraud(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert (u.request, u.color, u.category) == (True, "red", "safety"), u.reasons


@pytest.mark.parametrize("text", [
    "反诈提醒：有人冒充银行说你卡被冻结，让你去银行转到安全账户，一律是诈骗",
    "大家小心！有人冒充警察说你涉嫌洗钱，叫你去转账，千万别信",
])
def test_a_scam_warning_is_still_no_red(text: str) -> None:
    assert classify_rules(text, RESIDENT).color != "red"


@pytest.mark.parametrize("text", ["我们这栋的老人们冷得睡不着觉", "咱们楼的老人们都下不了楼了"])
def test_old_people_plural_is_still_care(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert u.category == "care", u.reasons


# ------------------------------------------------------------------ M9 / M10: 一层, 一门到三门
@pytest.mark.parametrize("text", ["门上刷了一层漆 味道很大", "窗台上蒙了一层黄沙", "车顶上堆了一层落叶"])
def test_a_layer_after_le_is_no_floor(text: str) -> None:
    loc = parse_location(text)
    assert loc is None or loc.floor is None


@pytest.mark.parametrize("text", ["7栋一层水管爆了", "电梯到了一层就停住了"])
def test_first_floor_still_read(text: str) -> None:
    loc = parse_location(text)
    assert loc is not None and loc.floor == "1"


def test_a_range_of_men_units_names_none() -> None:
    loc = parse_location("二门到四门都没暖气")
    assert loc is None or loc.unit is None
    loc = parse_location("我住三门，没暖气")
    assert loc is not None and loc.unit == "3"


# ------------------------------------------------------------------ M11: still held in the lift
_LIFT_TICKET = "刚才突然停电了 我妈在电梯里 卡在半路了"


def test_the_reporter_still_held_follows_up_the_lift_ticket() -> None:
    t = open_ticket(_LIFT_TICKET)
    text = "停电了，我妈还困在里面出不来"
    m = match_repeat(classify(text, RESIDENT), text, "r1", "4", [t])
    assert m is not None and m.ticket_no == 9, m


def test_a_neighbour_saying_someone_is_still_held_joins_the_lift_ticket() -> None:
    t = open_ticket(_LIFT_TICKET)
    text = "停电了，人还关在里面呢，快来人"
    m = match_repeat(classify(text, RESIDENT), text, "r2", "4", [t])
    assert m is not None and m.ticket_no == 9, m


# ------------------------------------------------------------------ M12: people passing in the next clause
def test_people_passing_below_in_the_next_clause_is_red() -> None:
    u = classify_rules("坡上的挡土墙开了道缝，底下就是小道，每天都有人走", RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


def test_nobody_passing_in_the_next_clause_is_not_red() -> None:
    u = classify_rules("坡上的挡土墙开了道缝，底下就是小道，已经封了没人走了", RESIDENT)
    assert u.color != "red", u.reasons


# ------------------------------------------------------------------ L13: a shared sewage stack
def test_me_too_on_another_floor_of_a_sewage_stack_joins_the_ticket() -> None:
    t = open_ticket("我家卫生间地漏返水了")
    text = "我家也返了，3楼"
    m = match_repeat(classify(text, RESIDENT), text, "r2", "4", [t])
    assert m is not None and m.ticket_no == 9, m


def test_me_too_below_a_leak_from_upstairs_joins_the_ticket() -> None:
    t = open_ticket("楼上漏水了 我家厨房顶上一直往下滴")
    text = "我家也是，5楼"
    m = match_repeat(classify(text, RESIDENT), text, "r2", "4", [t])
    assert m is not None and m.ticket_no == 9, m
