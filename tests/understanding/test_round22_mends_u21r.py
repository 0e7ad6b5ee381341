"""Round 22 review of u21r's red and colour rules (merged unreviewed): misfires found by probes, mended.

- a head 'exploding' read in 外头 / 里头 / 那头 (a place) or 接头 / 灯头 / 充电头 (a fitting): real blasts lost;
- door-banging told as a habit while tonight's banging, by a drunk, is going on: lost altogether;
- grit crumbling while a crack grows, or over a school gate: taken out of red;
- a thing 'working after several tries' that was a phone call (打了好几次电话才有人接), or beside a lift stopped and an
  elderly person stranded: an outage lowered to yellow;
- a pump out and the upper floors dry (加压泵坏了 水上不来) read as water running weak: yellow;
- a payer refusing (物业也不出钱) or a fund undecided while the lift stays out: read as a who-pays question (blue);
- 准时来 alone read as a supply's hour: an evening class asked about filed as utilities.
Receive a message, expect this decision. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify

RESIDENT = Context(sender_role="resident", chat_building="4")


def _read(text: str):
    return classify(text, RESIDENT)


@pytest.mark.parametrize("text", [
    "厨房里头炸了 快来人啊",
    "楼下外头炸了一下 好多人跑出来了",
    "锅炉房那头炸了 赶紧看看",
    "楼后头炸了一声 什么情况",
    "热水器接头炸了 水喷得到处都是",
    "充电头炸了 墙上黑了一块",
    "灯头炸了 屋里全黑了还有焦味",
])
def test_an_explosion_after_a_place_or_a_fitting_named_with_tou_is_red(text: str) -> None:
    u = _read(text)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    "吵得我头都要炸了 楼上能不能小点声",
    "楼上装修电钻响了一上午 头都炸了 能不能管管",
])
def test_a_head_exploding_from_noise_stays_a_noise_complaint(text: str) -> None:
    u = _read(text)
    assert (u.request, u.color, u.category) == (True, "yellow", "noise"), u.reasons


@pytest.mark.parametrize("text", [
    "楼上老是半夜砸门 今晚又喝多了在砸 我们不敢出去",
    "楼上那个醉汉老是踹门 今晚又来了 门都快踹烂了",
])
def test_habitual_door_banging_going_on_tonight_stays_red(text: str) -> None:
    u = _read(text)
    assert (u.request, u.color) == (True, "red"), u.reasons


def test_habitual_door_banging_alone_is_still_no_red() -> None:
    u = _read("隔壁天天砸门 吵死了 物业管管")
    assert u.request and u.color == "yellow", u.reasons


@pytest.mark.parametrize("text", [
    "楼板往下掉渣 裂缝越来越大",
    "外墙一直掉渣 下面是幼儿园门口",
])
def test_grit_crumbling_while_the_crack_grows_or_over_children_stays_red(text: str) -> None:
    u = _read(text)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    "家里停电了 物业电话要打好几次才打通",
    "停水两天了 打了好几次电话才有人接 还是没来修",
    # the model retrained on 107 corpora (round 29) reads "说明天来" as the answer given and vetoes the outage at
    # p=.16; labellers split on a resident's outage told with a visit promised, so no rule overrides it
    pytest.param("没暖气了 打了好几次电话才说明天来", marks=pytest.mark.xfail(strict=True, reason="model veto, round 29")),
    "电梯停了 按了好几次才开门 老人下不了楼",
    "电梯门得按三四次才关 我妈腿脚不好 每次都急",
    "加压泵坏了 十楼以上水上不来",
])
def test_an_outage_is_not_lessened_by_calls_made_or_tries_beside_a_person(text: str) -> None:
    u = _read(text)
    assert (u.request, u.color) == (True, "orange"), u.reasons


def test_a_door_that_opens_after_tries_is_still_yellow() -> None:
    u = _read("刷了好几次卡才进来 门禁该修了")
    assert (u.request, u.color) == (True, "yellow"), u.reasons


@pytest.mark.parametrize("text", [
    "电梯坏了一个月了 维修基金不让动 物业也不出钱 老人下不了楼",
    "物业说维修基金谁出还得开会定 电梯先停着 老人上下楼怎么办",
])
def test_a_lift_out_while_the_fund_is_argued_stays_the_lift(text: str) -> None:
    u = _read(text)
    assert (u.request, u.color, u.category) == (True, "orange", "elevator"), u.reasons


def test_an_evening_class_on_time_is_no_utility_question() -> None:
    u = _read("老年大学的课星期二准时来吗")
    assert u.category != "utilities", u.reasons


def test_a_light_broken_long_ago_with_the_fund_asked_stays_the_repair() -> None:
    u = _read("维修基金谁出啊 楼道灯坏了好久")
    assert (u.request, u.color, u.category) == (True, "yellow", "facility"), u.reasons
