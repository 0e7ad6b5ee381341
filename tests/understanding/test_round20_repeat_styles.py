"""Round 20 repeat linking in new styles: a neighbour on the same floor saying their radiator is cold too
(another room, the same floor; not the next flat's sewage, labelled apart); "same here" said first, then how
the neighbour's problem shows at home in other words; a noise at it again told as a plea to mediate that names the
flat the noise comes from, or told by its reporter in noise words the rules file under no category. Sentences
are our own."""
from __future__ import annotations

from dataclasses import replace

from bot.understanding import match_repeat
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.vocabulary import normalise_words

from tests.understanding.linking import RESIDENT, model_request
from tests.understanding.linking import open_ticket as _ticket


def _link(text: str, t, sender: str = "r5", u=None):
    u = u or classify_rules(text, RESIDENT)
    return match_repeat(u, normalise_words(text), sender, "4", [t])


# ------------------------------------------------------------------ a neighbour of the same floor
def test_the_flat_next_door_saying_its_drain_backs_up_too_is_its_own_report():
    t = _ticket("二楼下水道往上返 厕所里全是脏水 201", minutes=10)
    m = _link("202也返了 地漏一直往上冒", t)
    assert m is None, m


def test_a_neighbour_of_the_same_unit_and_floor_whose_radiator_is_cold_too_joins_the_heating_report():
    t = _ticket("暖气一点都不热 二单元七楼 家里老人冻得睡不着", minutes=8)
    m = _link("我家也不热 二单元703", t)
    assert m is not None and m.ticket_no == 9, m


def test_a_cold_radiator_in_another_unit_is_its_own_heating_report():
    t = _ticket("暖气一点都不热 二单元七楼 家里老人冻得睡不着", minutes=8)
    m = _link("我家也不热 三单元703", t)
    assert m is None, m


def test_a_same_floor_cold_radiator_hours_after_the_report_is_not_linked_as_the_floors():
    t = _ticket("暖气一点都不热 二单元七楼 家里老人冻得睡不着", minutes=600)
    m = _link("我家也不热 二单元703", t)
    assert m is None or "floor" not in m.reasons[0], m


# ------------------------------------------------------------------ "same here", then how it shows at home
def test_same_here_then_a_symptom_of_another_family_joins_the_neighbours_report():
    t = _ticket("这几天电压老是不稳 电饭锅一开就跳闸 是不是整栋都这样", minutes=12)
    m = _link("我家也是，一到晚上灯就一闪一闪的，电饭锅带不动", t)
    assert m is not None and m.ticket_no == 9, m


def test_me_too_with_another_problem_without_the_same_here_opener_stays_its_own():
    t = _ticket("这几天电压老是不稳 电饭锅一开就跳闸 是不是整栋都这样", minutes=12)
    m = _link("我家楼道的灯也一闪一闪的 好几天了", t)
    assert m is None, m


def test_same_here_then_another_thing_also_named_stays_its_own():
    t = _ticket("这几天电压老是不稳 电饭锅一开就跳闸 是不是整栋都这样", minutes=12)
    m = _link("我家也是，楼道的灯也一闪一闪的", t)
    assert m is None, m


def test_same_here_long_after_the_report_is_no_me_too():
    t = _ticket("这几天电压老是不稳 电饭锅一开就跳闸 是不是整栋都这样", minutes=300)
    m = _link("我家也是，一到晚上灯就一闪一闪的，电饭锅带不动", t)
    assert m is None, m


# ------------------------------------------------------------------ a noise at it again, its flat named
def test_a_plea_to_mediate_naming_the_reporters_noisy_flat_again_joins_the_complaint():
    t = _ticket("503天天夜里十二点还在搬椅子 咚咚咚的 让不让人睡了", minutes=1500, reporter="r5")
    text = "503昨晚又折腾到一点多 说了也没用 社区能不能出面调解"
    m = _link(text, t, sender="r5")
    assert m is not None and m.ticket_no == 9, m


def test_a_neighbour_naming_a_flat_on_the_reported_floor_at_it_again_joins_the_noise():
    t = _ticket("五楼那家天天半夜还在跺脚喊叫 我第二天还要上班", minutes=1300, reporter="r1")
    text = "503又开始了 凌晨一点还在折腾"
    m = _link(text, t, sender="r7", u=replace(classify_rules(text, RESIDENT), category="noise", request=True))
    assert m is not None and m.ticket_no == 9, m


def test_a_neighbour_naming_a_flat_on_another_floor_at_it_again_is_its_own_complaint():
    t = _ticket("五楼那家天天半夜还在跺脚喊叫 我第二天还要上班", minutes=1300, reporter="r1")
    text = "603又开始了 凌晨一点还在折腾"
    m = _link(text, t, sender="r7", u=replace(classify_rules(text, RESIDENT), category="noise", request=True))
    assert m is None, m


def test_the_reporter_telling_the_noise_again_in_noise_words_under_no_category_joins_the_complaint():
    t = _ticket("楼下早餐店天天四点就开始剁肉 哐哐哐的 吵得睡不着", minutes=2000, reporter="r5")
    text = "今天又是四点哐哐哐 答应的事呢 到底管不管"
    m = _link(text, t, sender="r5", u=replace(model_request(text), category="other"))
    assert m is not None and m.ticket_no == 9, m


def test_a_neighbour_telling_a_noise_again_under_no_category_is_not_linked_by_the_noise_rule():
    t = _ticket("楼下早餐店天天四点就开始剁肉 哐哐哐的 吵得睡不着", minutes=2000, reporter="r1")
    text = "今天又是四点哐哐哐 答应的事呢 到底管不管"
    m = _link(text, t, sender="r7", u=replace(model_request(text), category="other"))
    assert m is None or "told by its reporter" not in m.reasons[0], m
