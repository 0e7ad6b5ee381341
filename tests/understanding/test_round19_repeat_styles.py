"""Round 19 repeat linking in new styles: a noise complaint at it again hours or days later (the reporter's own,
or a neighbour naming the same kind of noise); a care need told while still waiting on the building's outage;
an outage still out the same day told by one more household; a fee waived for the days of an outage is a
question of its own; a lift hall (电梯厅) names no lift. Sentences are our own."""
from __future__ import annotations

from dataclasses import replace


from tests.understanding.linking import model_request, link
from tests.understanding.linking import open_ticket as _ticket


_link = link


# ------------------------------------------------------------------ a noise at it again
def test_the_reporter_saying_the_noise_is_at_it_again_the_next_night_joins_their_complaint():
    t = _ticket("楼下那家天天打麻将到半夜一点 哗啦哗啦的 吵得孩子睡不着", minutes=1300, reporter="r5")
    text = "昨晚又闹到快两点 说了好几回了 能不能去说说"
    m = _link(text, t, sender="r5", u=model_request(text, "noise"))
    assert m is not None and m.ticket_no == 9, m


def test_a_neighbour_naming_the_same_kind_of_noise_again_joins_the_complaint():
    t = _ticket("楼下广场舞天天晚上音箱开得震天响 能不能让她们小声点", minutes=1400, reporter="r1")
    text = "又开始了 广场舞的喇叭比昨天还响 有没有人管"
    m = _link(text, t, sender="r7", u=model_request(text, "noise"))
    assert m is not None and m.ticket_no == 9, m


def test_a_neighbour_saying_again_of_another_kind_of_noise_is_its_own_complaint():
    t = _ticket("楼下广场舞天天晚上音箱开得震天响 能不能让她们小声点", minutes=1400, reporter="r1")
    text = "又开始了 楼上装修电钻钻了一上午 能不能管管"
    assert _link(text, t, sender="r7", u=model_request(text, "noise")) is None


def test_a_neighbour_saying_again_without_naming_the_noise_is_its_own_complaint():
    t = _ticket("楼下广场舞天天晚上音箱开得震天响 能不能让她们小声点", minutes=1400, reporter="r1")
    text = "又吵起来了 让不让人睡觉"
    assert _link(text, t, sender="r7", u=model_request(text, "noise")) is None


# ------------------------------------------------------------------ a care need while the outage goes on
def test_a_frail_parent_named_while_asking_when_the_water_comes_back_joins_the_outage():
    t = _ticket("整栋楼停水了 早上起来一滴水都没有", minutes=200, reporter="r1")
    text = "水怎么还没来 家里我爸卧床 擦身都没水 能不能先送两桶上来"
    m = _link(text, t)
    assert m is not None and m.ticket_no == 9, m


def test_a_frail_parent_needing_water_brought_without_waiting_on_the_outage_stays_a_care_request():
    t = _ticket("整栋楼停水了 早上起来一滴水都没有", minutes=200, reporter="r1")
    assert _link("能不能帮忙送一桶水上来 我爸卧床 家里就他一个人", t) is None


# ------------------------------------------------------------------ an outage still out, hours later
def test_one_more_household_without_water_hours_later_the_same_day_joins_the_outage():
    t = _ticket("整栋楼停水了 早上起来一滴水都没有", minutes=300, reporter="r1")
    m = _link("都下午了 我们十八楼一滴水都没有 饭都做不了", t)
    assert m is not None and m.ticket_no == 9, m


def test_water_out_again_hours_later_is_another_outage():
    t = _ticket("整栋楼停水了 早上起来一滴水都没有", minutes=600, reporter="r1")
    assert _link("怎么又没水了 昨晚不是来了吗", t) is None


def test_an_outage_still_out_and_an_explanation_demanded_joins_the_outage():
    t = _ticket("整栋楼停水了 早上起来一滴水都没有", minutes=900, reporter="r1")
    m = _link("到现在还是没水 一天一夜了 物业得给个说法", t)
    assert m is not None and m.ticket_no == 9, m


# ------------------------------------------------------------------ a fee for the days of an outage
def test_asking_for_the_fee_to_be_waived_for_the_outage_days_is_a_question_of_its_own():
    t = _ticket("整栋楼停水了 早上起来一滴水都没有", minutes=90, reporter="r1")
    assert _link("停水这几天的物业费能不能减免一点", t) is None


# ------------------------------------------------------------------ a lift hall is no lift
def test_a_thing_still_dripping_in_the_lift_hall_is_not_the_lift_ticket():
    t = _ticket("有人被关电梯里了 快来人", minutes=400, reporter="r1")
    text = "电梯厅那个出风口还在滴 桶都满了"
    assert _link(text, t, u=model_request(text, "elevator")) is None


# ------------------------------------------------------------------ a gas smell noticed from another floor
def test_a_neighbour_smelling_it_too_and_guessing_a_leaking_pipe_joins_the_gas_report():
    t = _ticket("厨房里一股煤气味 呛得很 窗户都打开了 快来人看看", minutes=2, reporter="r1")
    m = _link("我在三楼也闻到了 越来越浓 是不是管子漏了", t)
    assert m is not None and m.ticket_no == 9, m


def test_a_leaking_water_pipe_after_a_gas_report_is_its_own_problem():
    t = _ticket("厨房里一股煤气味 呛得很 窗户都打开了 快来人看看", minutes=2, reporter="r1")
    assert _link("三楼卫生间水管漏了 地上全是水", t) is None


# ------------------------------------------------------------------ another heap of rubbish
def test_a_heap_of_building_rubbish_nobody_clears_is_not_the_full_bins():
    t = _ticket("垃圾桶都满出来两天了 一股酸臭味 谁来管管", minutes=1500, reporter="r1")
    assert _link("北门口那堆装修垃圾谁扔的 放了好几天了 也没人管", t) is None


# ------------------------------------------------------------------ a smell noticed from another building
def test_a_neighbour_smelling_the_cesspit_from_their_own_building_joins_the_report():
    t = _ticket("7号楼后面化粪池冒了 满地都是 臭得不行", minutes=4, reporter="r1")
    m = _link("我们6号楼这边都闻得着 是不是那化粪池满了 赶紧叫车来抽吧", t)
    assert m is not None and m.ticket_no == 9, m


def test_a_problem_of_its_own_told_where_it_smells_is_not_the_cesspit():
    t = _ticket("7号楼后面化粪池冒了 满地都是 臭得不行", minutes=4, reporter="r1")
    assert _link("我们6号楼这边也闻到焦糊味了 好像谁家电线烧了", t) is None


def test_in_a_compound_chat_a_building_out_of_water_hours_after_a_report_naming_none_is_another_report():
    t = replace(_ticket("家里一滴水都没有 今天能来水吗", minutes=200, reporter="r1"), building=None)
    assert _link("8栋东边的送水点也没水了 排了半天队", t) is None
