"""Round 16 review: the round's single-message rules must not hide a real danger or lose a request.

- an exclamation (不得了, 都完了) after a danger told as done is no imagined consequence;
- 闷得 / 闷到 before a breathing cue is a weather moan only when the weather is named;
- a person wearing an anti-wandering tag who cannot be found now is missing;
- a bystander who saw a person in trouble, or a responder who came and went with the fault still there,
  is no chatter; "没看到" is no witness;
- 都这么久 / 都这么大岁数 is no resignation, nor a bare "我家也这样" (a me-too);
- a nuisance word elsewhere does not make a cry with a person named or an emergency number hyperbole;
- the half of a broken pane still hanging over a walkway is about to fall;
- a laugh at a person lying in the road is still a report;
- an open lid where people walk by, a fault still going on with damages asked, a question beside an
  unanswered phone, 收拾 and a garage's gate keep their old readings.
Receive a message, expect this decision. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context
from bot.understanding.chatter import chatter_aside
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.hybrid import classify

RESIDENT = Context(sender_role="resident", chat_building="6")


def _red(text: str) -> None:
    u = classify(text, RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    "厨房着火了都完了 快来",
    "楼道里煤气漏了不得了",
    "我爸在卫生间晕倒了不得了",
])
def test_an_exclamation_after_a_danger_told_as_done_stays_red(text: str) -> None:
    _red(text)


def test_an_exclamation_after_a_feared_fall_is_still_a_stated_risk() -> None:
    u = classify_rules("三楼走廊的栏杆松了 哪天有人靠上去摔下去了就不得了", RESIDENT)
    assert u.color != "red", u.reasons


@pytest.mark.parametrize("text", ["我奶奶心口闷得喘不过气 快来人", "电梯里好闷 闷得透不过气了 快来人"])
def test_a_person_who_cannot_breathe_is_red_without_weather_named(text: str) -> None:
    _red(text)


def test_a_stuffy_day_is_still_a_weather_moan() -> None:
    u = classify_rules("今天天气闷得喘不过气 空调也不凉", RESIDENT)
    assert u.color != "red", u.reasons


def test_someone_with_an_anti_wandering_tag_who_cannot_be_found_is_missing() -> None:
    _red("我奶奶戴着防走失手表 现在找不到人了")


@pytest.mark.parametrize("text", [
    "看到了 有个老人摔在楼梯口 我下去扶",
    "听见了 隔壁婴儿一直在哭 家里好像没大人 我过去敲门",
    "看见有个人趴在天台边上 我上去了",
    "我也看到了 几个人在撬车棚的锁 我打了110",
    "三天没见到楼下独居的大爷了 我去敲门",
])
def test_a_bystander_who_saw_a_person_in_trouble_is_no_chatter(text: str) -> None:
    assert chatter_aside(text) is None


def test_a_bystander_going_to_a_person_down_is_red() -> None:
    _red("看到了 有个老人摔在楼梯口 我下去扶")


def test_a_bystander_moving_children_away_is_still_chatter() -> None:
    assert chatter_aside("我也看见了 我先把院子里的小孩都喊回家了") is not None


@pytest.mark.parametrize("text", ["看见保安来了 看了一眼就走了 门禁还是坏的", "看见有人在楼道里烧东西 我叫了他也不理"])
def test_a_responder_gone_or_ignored_with_the_fault_still_there_is_a_report(text: str) -> None:
    assert chatter_aside(text) is None
    assert classify(text, RESIDENT).request


@pytest.mark.parametrize("text", ["都这么长时间了 困在电梯里的人还没出来", "我爷爷都这么大年纪了 一个人在屋里三天没下楼",
                                  "我家也这样 从昨晚到现在", "隔壁天天半夜都这样 砸东西 小孩一直哭"])
def test_so_long_so_old_or_a_me_too_is_no_resigned_remark(text: str) -> None:
    assert chatter_aside(text) is None


def test_giving_up_is_still_resigned() -> None:
    assert "resigned" in (chatter_aside("到处都这样 没辙") or "")


@pytest.mark.parametrize("text", ["楼上吵得要命 有人在喊救命 快报警", "屋里冻得受不了 老太太烧到40度了 赶紧打120"])
def test_a_cry_with_a_person_or_an_emergency_number_is_no_hyperbole(text: str) -> None:
    _red(text)


def test_a_bare_cry_beside_a_smell_is_still_hyperbole() -> None:
    u = classify("垃圾房臭死了 救命", RESIDENT)
    assert u.request and u.color != "red", u.reasons


def test_a_cry_two_clauses_after_a_smell_with_only_a_place_between_is_hyperbole() -> None:
    u = classify_rules("厕所地漏返黑水 臭得要命 2单元5楼 快来人", RESIDENT)
    assert u.color != "red", u.reasons


def test_half_a_pane_still_hanging_over_a_walkway_is_red() -> None:
    _red("窗玻璃碎掉了 剩下一块还挂着 下面就是单元门口")


def test_a_laugh_at_a_person_lying_in_the_road_is_not_set_aside_as_a_joke() -> None:
    # the laugh no longer settles it; whether it is a request is then the model's call (no cue names it)
    assert chatter_aside("笑死了 小区门口有个酒鬼睡在马路中间") is None
    u = classify("笑死了 小区门口有个酒鬼睡在马路中间", RESIDENT)
    assert not any("joke" in r for r in u.reasons), u.reasons


def test_an_open_lid_where_people_walk_by_is_not_a_smell_only() -> None:
    u = classify_rules("窨井盖被偷了 臭得不行 每天好多人从这经过", RESIDENT)
    assert (u.color, u.category) == ("orange", "facility"), u.reasons


@pytest.mark.parametrize("text", ["暖气片爆了 水还在往外冒 地板全泡了 谁赔", "停水两天了 饭都做不了 谁来赔"])
def test_damages_asked_while_the_fault_goes_on_stay_the_fault(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.category == "utilities", u.reasons


def test_damages_asked_after_the_fault_is_over_are_a_claim() -> None:
    u = classify("修管子的把我家墙砸了个洞 这个谁来赔", RESIDENT)
    assert u.category == "other", u.reasons


def test_a_question_beside_an_unanswered_phone_stays_a_question() -> None:
    u = classify("物业电话没人接 请问门禁卡在哪办", RESIDENT)
    assert (u.request, u.color) == (True, "blue"), u.reasons


def test_tidying_up_is_no_floor_ten() -> None:
    u = classify("没人收拾楼道 垃圾堆着 3单元", RESIDENT)
    assert u.location is not None and u.location.floor is None and u.location.unit == "3", u.location


def test_a_car_park_gate_is_no_unit() -> None:
    u = classify_rules("地库3门那里一直在漏水", RESIDENT)
    assert u.location is None or u.location.unit is None, u.location
