"""Round 20 review of u20c's category rules: the misfires found by probing them, mended. A door or window
that will not open (开不动, 带不动) is no weak power supply; a supply told sound (电工说电压没问题) leaves the
light's fault the light's; a fee question that tells the supply failing in other words (出黄水, 没反应,
水还是不来, 家里黑着) stays the supply's; staff already hired (招聘的保安) is no job asked; rain pouring in
(灌, 流到客厅, 全是水) is rain through the roof; a water heater's leak or supply fault told beside its mount
is the heater's; a neighbour's "the light flickers too" joins the weak-supply ticket it repeats.
Receive a message, expect this decision. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, TicketView, classify, match_repeat
from bot.understanding.leak_readings import rain_seeps_in
from bot.understanding.matter import asked_fee, asked_job, mount_broken, weak_supply
from bot.understanding.vocabulary import default_vocabulary, normalise_words

RESIDENT = Context(sender_role="resident")
IN_B4 = Context(sender_role="resident", chat_building="4")
VOCAB = default_vocabulary()


# ------------------------------------------------------------------ a door that will not open is the door's
@pytest.mark.parametrize("text", [
    "单元门开不动了，锁坏了",
    "楼道的防火门开不动了",
    "窗户开不动了，把手坏了",
    "闭门器坏了，门带不动",
    "电动门开不动了，门口的灯也不亮",
])
def test_a_door_or_window_that_will_not_open_is_no_weak_supply(text: str) -> None:
    assert weak_supply(text) is None
    u = classify(text, RESIDENT)
    assert u.request and u.category == "facility", u.reasons


def test_a_supply_told_sound_leaves_the_light_the_lights() -> None:
    assert weak_supply("楼道灯不亮，电工说电压没问题是灯坏了") is None
    assert weak_supply("路灯一闪一闪的，是不是电压不稳") is not None   # 是不是电压: still asked as the supply


def test_a_light_flickering_for_a_weak_supply_stays_the_supplys() -> None:
    assert weak_supply("空调带不动，灯一直闪") is not None


# ------------------------------------------------------------------ a fee question telling a supply failing
@pytest.mark.parametrize("text", [
    "请问水费在哪交？水龙头出黄水",
    "电费在哪交，电卡插上没反应",
    "水费网上交了为什么水还是不来",
    "请问电费怎么交，电卡没钱了，家里黑着呢",
])
def test_a_fee_question_that_tells_the_supply_failing_stays_the_supplys(text: str) -> None:
    assert asked_fee(text) is None
    u = classify(text, RESIDENT)
    assert u.request and u.category == "utilities", u.reasons


def test_a_plain_fee_rule_question_is_still_affairs() -> None:
    assert asked_fee("请问今年暖气费收费标准是多少") is not None


# ------------------------------------------------------------------ staff already hired is no job asked
def test_staff_hired_is_no_job_asked() -> None:
    assert asked_job("物业招聘的保安能不能加强一下晚上巡逻") is None
    assert asked_job("楼下那几个招工来的人天天在楼道抽烟") is None
    u = classify("物业招聘的保安能不能加强一下晚上巡逻", RESIDENT)
    assert u.category != "affairs", u.reasons


def test_a_job_fair_asked_after_is_still_a_job_asked() -> None:
    assert asked_job("请问社区有没有招聘会，想找工作") is not None


# ------------------------------------------------------------------ rain pouring in through the roof
@pytest.mark.parametrize("text", [
    "下雨楼顶水往下灌，家里全是水",
    "下雨楼顶的水流到我家客厅了",
    "又下雨了，楼顶还是往我家流水",
])
def test_rain_pouring_in_through_the_roof_is_the_roofs(text: str) -> None:
    assert rain_seeps_in(text, VOCAB) is not None


def test_rain_poured_through_the_roof_into_the_living_room_is_facility() -> None:
    u = classify("下雨楼顶的水流到我家客厅了", RESIDENT)
    assert (u.request, u.category) == (True, "facility"), u.reasons


# ------------------------------------------------------------------ a heater's own fault beside its mount
@pytest.mark.parametrize("text", [
    "太阳能热水器漏水，顺着支架往下滴",
    "热水器漏水，支架都泡锈了",
    "我家热水器不出热水了，是不是底座那里的管子坏了",
])
def test_a_heaters_leak_or_supply_fault_told_beside_its_mount_is_the_heaters(text: str) -> None:
    assert mount_broken(text) is None
    u = classify(text, RESIDENT)
    assert u.request and u.category == "utilities", u.reasons


def test_a_loose_heater_mount_is_still_the_fitting() -> None:
    assert mount_broken("热水器支架松了，有人管吗") is not None


# ------------------------------------------------------------------ a me-too of a weak-supply flicker
def _ticket(text: str) -> TicketView:
    u = classify(text, IN_B4)
    return TicketView(no=9, chat_id="b4", reporter_id="r1", category=u.category, color=u.color, location=u.location,
                      building="4", text=text, minutes_since_last_report=60, reporter_ids=("r1",),
                      keywords=u.keywords, minutes_since_report=60)


def test_a_neighbour_saying_the_stairwell_light_flickers_too_joins_the_weak_supply_ticket() -> None:
    t = _ticket("电压不稳，楼道灯一闪一闪的")
    text = "我们楼道的灯也一直闪"
    u = classify(text, IN_B4)
    assert t.category == "utilities" and u.category == "facility"
    m = match_repeat(u, normalise_words(text), "r5", "4", [t])
    assert m is not None and m.ticket_no == 9, m


def test_a_meter_fault_after_a_meter_box_door_is_still_its_own_problem() -> None:
    t = _ticket("电表箱的门坏了")
    text = "电表坏了，不走字"
    assert match_repeat(classify(text, IN_B4), normalise_words(text), "r5", "4", [t]) is None
