"""Round 16 request detection: chatter that sounds like a report (safety advice shouted to the neighbours,
a bystander telling what is being done, a joke, a resigned remark, an advert, a weather moan, an outage's
end, a favour asked of the neighbours) is no request, and the model may not read one into it; a leader
passing a problem up as "not urgent, fit it in later", a question where to get a thing replaced and a
supply bill paid but not credited are requests. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import classify
from bot.understanding.chatter import chatter_aside
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.me_too import deliberately_no_request
from bot.understanding.types import Context

RESIDENT = Context(sender_role="resident", chat_building="3")
LEADER = Context(sender_role="leader", chat_building="3")


@pytest.mark.parametrize("text", [
    "千万别按电梯 别开抽油烟机 把窗户都打开",
    "大家先别打火 楼道窗子开开",
    "莫开灯 莫在屋里打电话 先下楼",
])
def test_safety_advice_to_the_neighbours_is_no_request(text: str) -> None:
    for read in (classify, classify_rules):
        u = read(text, RESIDENT)
        assert not u.request and "safety advice" in " ".join(u.reasons), u.reasons


@pytest.mark.parametrize("text", [
    "我也看见了 我这就下去敲他家门",
    "我在对面楼听到了 保安已经在往那边跑了",
    "我也看到了 吓得我只好绕路走",
])
def test_a_bystander_telling_what_is_being_done_reports_nothing(text: str) -> None:
    u = classify(text, RESIDENT)
    assert not u.request and deliberately_no_request(u), u.reasons   # ...and joins no ticket as a "me too"


@pytest.mark.parametrize("text", [
    "我也看到了 赶紧让他把车挪走吧",
    "我也听到了 是不是有人被关在里面？",
])
def test_a_bystander_who_asks_is_still_not_chatter(text: str) -> None:
    assert chatter_aside(text) is None


@pytest.mark.parametrize("text", [
    "今天又爬了十二层 腿都软了😂",
    "我家猫天天蹲在窗台看楼下跳舞🤣",
])
def test_a_joke_is_no_request(text: str) -> None:
    u = classify(text, RESIDENT)
    assert not u.request and "a joke" in " ".join(u.reasons), u.reasons


def test_a_wish_or_a_question_with_a_laugh_is_not_a_joke() -> None:
    assert chatter_aside("希望能在楼下加个乒乓球台 哈哈") is None
    assert chatter_aside("下周的体检几点开始啊😂？") is None


@pytest.mark.parametrize("text", [
    "一到梅雨季到处都是这样，没辙",
    "老小区嘛都这样 习惯了",
])
def test_a_resigned_remark_is_no_request(text: str) -> None:
    u = classify(text, RESIDENT)
    assert not u.request and "resigned" in " ".join(u.reasons), u.reasons


def test_asking_whether_it_is_the_same_everywhere_is_not_resigned() -> None:
    assert chatter_aside("是整个单元都这样吗") is None


def test_an_advert_beside_a_leak_word_is_no_request() -> None:
    u = classify("屋面防水 墙面渗水维修 价格公道 随叫随到 电话136xxxx1234", RESIDENT)
    assert not u.request, u.reasons


def test_a_weather_moan_with_a_breathing_word_is_no_red() -> None:
    u = classify_rules("这两天闷得喘不过气 什么鬼天气", RESIDENT)
    assert u.color != "red", u.reasons


def test_a_person_who_cannot_breathe_stays_red() -> None:
    u = classify_rules("我爸突然喘不过气了 嘴唇发紫 快来人", RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", ["停电结束了 灯都亮了", "小区检修结束啦 大家放心用水"])
def test_an_outage_told_over_is_a_fixed_report(text: str) -> None:
    u = classify(text, RESIDENT)
    assert not u.request and u.fixed_report, u.reasons


def test_a_favour_asked_of_the_neighbours_without_a_question_word_is_no_request() -> None:
    u = classify_rules("有人一块拼单买大米的 我这边还差两袋", RESIDENT)
    assert not u.request and "favour" in " ".join(u.reasons), u.reasons


def test_a_leader_passing_a_problem_up_as_not_urgent_is_a_request() -> None:
    u = classify_rules("2栋后面有棵小树倒了，不碍事，可以排后一点处理", LEADER)
    assert u.request, u.reasons


def test_where_to_get_a_thing_replaced_is_a_question_to_the_office() -> None:
    u = classify_rules("门禁卡弄丢了 去哪补啊", RESIDENT)
    assert (u.request, u.color) == (True, "blue"), u.reasons


def test_a_supply_bill_paid_but_not_credited_is_a_request() -> None:
    u = classify("交了电费一直没到账 家里电表快没电了", RESIDENT)
    assert (u.request, u.category) == (True, "utilities"), u.reasons
