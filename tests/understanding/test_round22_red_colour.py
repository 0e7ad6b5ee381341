"""Round 22 red and colour in new styles. Yellow: a charging post out of order (offline, no power, cutting out),
however the model reads its power words; someone asked to come and do a job ("有没有人来扫", Hakka 有冇人来).
Blue: a service for one's own flat asked about (does the office offer it, is there a partner tradesman, does it
cost). Orange: a care need asked as a question while the family member who would help cannot get back.
Real dangers told in the same words stay red; a broken shared part asked about by its price stays a repair.
Receive a message, expect this colour. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify
from bot.understanding.charger_fault import charger_fault
from bot.understanding.service_offered import service_offered

RESIDENT = Context(sender_role="resident", chat_building="4")


def _read(text: str):
    return classify(text, RESIDENT)


@pytest.mark.parametrize("text", [
    "地下车库那排充电桩全显示离线 扫了码也不出电",
    "3号充电桩 still offline 两天了 有人管吗",
    "B1 的12号桩 充到一半就断了 连着好几回了",
])
def test_a_charging_post_out_of_order_is_a_yellow_repair(text: str) -> None:
    u = _read(text)
    assert (u.request, u.color) == (True, "yellow"), u.reasons


@pytest.mark.parametrize("text", [
    "车库充电桩冒烟了 一股焦味 车还插着",
    "充电桩那边着火了 快来人",
    "充电桩插头那里在打火花 滋滋响",
])
def test_a_charging_post_burning_stays_red(text: str) -> None:
    u = _read(text)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text, colour, expected", [
    ("充电桩一直离线", "orange", True),
    ("充电桩一直离线 是不是系统坏了", "blue", True),
    ("充电桩离线了 插头烫得很", "orange", False),        # heat told: left as it is
    ("充电桩太少了 老是充不上 建议多装几个", "blue", False),   # a suggestion keeps its colour...
    ("扫码充不上 是坏了还是我不会用", "blue", False),          # ...and so does a how-to doubt
    ("充电桩一直离线", "red", False),
])
def test_charger_fault_reads_only_a_fault_with_nothing_burning(text: str, colour: str, expected: bool) -> None:
    category = "suggestion" if "建议" in text else None
    assert bool(charger_fault(text, colour, category)) is expected


def test_someone_asked_to_come_and_clear_it_is_a_complaint_not_a_question() -> None:
    u = _read("后门那条路上全是倒下的树枝 车都开不进来 有没有人来清一下")
    assert (u.request, u.color) == (True, "yellow"), u.reasons


@pytest.mark.parametrize("text", [
    "1802室 卫生间水龙头坏了 物业有没有上门维修的服务 收费吗",
    "家里热水器坏了 不出热水 物业有合作的维修师傅吗",
])
def test_a_service_for_ones_own_flat_asked_about_is_blue(text: str) -> None:
    u = _read(text)
    assert (u.request, u.color) == (True, "blue"), u.reasons


@pytest.mark.parametrize("text, expected", [
    ("家里水龙头坏了 有没有上门维修的服务", True),
    ("楼道灯坏了 物业修要收费吗", False),            # a shared part: the repair stands
    ("我家门口快递柜要收费了 谁定的规矩", False),     # a complaint about a charge
])
def test_service_offered_needs_ones_own_home_and_no_grievance(text: str, expected: bool) -> None:
    assert bool(service_offered(text, "yellow")) is expected


@pytest.mark.parametrize("text", [
    "家里燃气味很重 物业有没有上门检查的服务",
    "我家插座冒烟了 有合作的电工师傅吗",
])
def test_a_danger_in_ones_own_flat_asked_with_a_service_stays_red(text: str) -> None:
    u = _read(text)
    assert (u.request, u.color) == (True, "red"), u.reasons


def test_an_old_parent_alone_while_the_family_cannot_get_back_is_orange() -> None:
    u = _read("请问能帮忙把米扛上楼吗 我妈七十多了一个人 我在外地回不来 她自己搬不动")
    assert (u.request, u.color) == (True, "orange"), u.reasons


def test_a_care_service_asked_with_no_need_today_stays_blue() -> None:
    u = _read("请问社区有没有上门理发的服务 我爸年纪大了腿脚不方便")
    assert (u.request, u.color) == (True, "blue"), u.reasons


@pytest.mark.parametrize("text", [
    "请问小区停车晚上也要收费了？谁同意的？",
    "管理费凭什么又涨了 服务一点没变",
    "物业值班电话打了一上午都没人接 你们值班的人都在哪 有事找谁啊",
])
def test_the_office_challenged_is_a_complaint(text: str) -> None:
    u = _read(text)
    assert (u.request, u.color) == (True, "yellow"), u.reasons


@pytest.mark.parametrize("text", [
    "请问领取补贴要凭什么证件",
    "请问你们办公室在哪 我想去交材料",
])
def test_a_plain_question_to_the_office_stays_blue(text: str) -> None:
    u = _read(text)
    assert (u.request, u.color) == (True, "blue"), u.reasons


@pytest.mark.parametrize("text", [
    "2单元电梯往上走的时候有咯吱咯吱的怪声 坐着心慌",
    "电梯一开一关就咔嚓咔嚓的 找人看看",
])
def test_a_lift_noise_told_by_its_sound_is_yellow(text: str) -> None:
    u = _read(text)
    assert (u.request, u.color, u.category) == (True, "yellow", "elevator"), u.reasons


@pytest.mark.parametrize("text", [
    "电梯咔嚓一声停在半中间 我爸被关在里面了",
    "电梯咯吱咯吱响 停了 里面有人在拍门喊救命",
])
def test_a_lift_noise_with_someone_shut_in_stays_red(text: str) -> None:
    u = _read(text)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text, colour", [
    ("公园边上那群流浪狗七八只 昨天追着放学的小孩跑 能不能找人抓一下", "orange"),
    ("对门的狗不拴绳 追着我家小孩叫 说了也不听", "yellow"),       # one pet off its lead
    ("那几只野狗把我家鸡咬死了 有没有人来抓", "yellow"),            # no person gone after
])
def test_only_a_pack_of_strays_going_after_people_is_orange(text: str, colour: str) -> None:
    u = _read(text)
    assert (u.request, u.color) == (True, colour), u.reasons


@pytest.mark.parametrize("text, colour", [
    ("1203 卫生间马桶冲完水一直在进水 停不下来 找个师傅", "yellow"),
    ("马桶水箱一直进水 现在溢出来了 满地都是水 快来人", "orange"),
])
def test_a_running_cistern_is_a_repair_unless_water_gets_out(text: str, colour: str) -> None:
    u = _read(text)
    assert (u.request, u.color) == (True, colour), u.reasons
