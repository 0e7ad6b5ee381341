"""Round 22 repeat linking in new styles: Hakka "still" (还系) and "me too" (…都系，) with no Cantonese mark, an English
"still" mixed into Chinese; the reporter back after a promise that changed nothing (不是说…吗, 一点没少), preferred
to a neighbour's ticket; the reporter pointing back at their own ticket's thing (那棵树, 那几只野狗); a mend in between
splits the reporter's own return; an outage still out is no fault of unnamed kind, nor another named problem of its
kind hours before. Sentences are our own."""
from __future__ import annotations

from dataclasses import replace

from bot.understanding.dialect import to_mandarin
from bot.understanding.points_back import pointed_thing

from tests.understanding.linking import link, model_request, open_ticket


# ------------------------------------------------------------------ Hakka and English "still" / "me too"
def test_hakka_still_reads_as_still():
    assert "还是" in to_mandarin("门口那盏路灯还系唔着")
    assert "还是" in to_mandarin("走廊的灯还系一闪一闪")


def test_hakka_me_too_closing_a_clause_reads_as_me_too():
    assert "也是" in to_mandarin("我屋都系，305")


def test_mandarin_system_words_stay():
    assert "系统" in to_mandarin("门禁还系统故障")
    assert "都系统" in to_mandarin("几栋楼都系统升级")


def test_english_still_reads_as_still():
    assert "还是" in to_mandarin("3号桩 still 充不进电")
    assert "distill" in to_mandarin("distill 一下水")


def test_hakka_still_from_the_reporter_joins_their_light_days_later():
    t = open_ticket("二楼楼梯口的灯一闪一闪，晚上看不清", minutes=3000, reporter="r7")
    m = link("二楼楼梯口的灯还系闪，讲了换又冇换", t, sender="r7")
    assert m is not None and m.ticket_no == 9, m


def test_english_still_from_the_reporter_joins_their_charger_days_later():
    t = open_ticket("地库的充电桩12号坏了，充不进电", minutes=4000, reporter="r7")
    text = "充电桩12号 still 坏的，都三天了"
    m = link(text, t, sender="r7", u=model_request(text, t.category))
    assert m is not None and m.ticket_no == 9, m


# ------------------------------------------------------------------ a promise that changed nothing
def test_the_reporter_back_after_a_spraying_that_changed_nothing_joins_their_ticket():
    t = open_ticket("小区花园里蚊子特别多 能不能喷点药", minutes=1400, reporter="r7")
    m = link("不是说前天喷过药了吗 花园里的蚊子一点没少", t, sender="r7")
    assert m is not None and m.ticket_no == 9, m


# ------------------------------------------------------------------ pointing back at the reporter's own thing
def test_pointed_noun_is_found_in_the_ticket():
    assert pointed_thing("那几只流浪猫今天又翻垃圾", "楼下来了几只流浪猫 晚上叫") == "流浪猫"
    assert pointed_thing("那棵树还没人管", "门口那棵大树歪了") == "树"
    assert pointed_thing("那个时候我不在家", "门口那棵大树歪了") is None


def test_the_reporter_pointing_at_their_stray_cats_a_day_later_joins_their_ticket():
    t = open_ticket("楼下来了几只流浪猫 天天晚上叫 睡不着", minutes=1500, reporter="r7")
    text = "那几只流浪猫今天把垃圾袋都抓破了 有没有人管管"
    m = link(text, t, sender="r7", u=model_request(text, t.category))
    assert m is not None and m.ticket_no == 9, m


def test_a_neighbour_pointing_at_some_cats_is_not_linked_by_the_pointer():
    t = open_ticket("楼下来了几只流浪猫 天天晚上叫 睡不着", minutes=1500, reporter="r7")
    text = "那几只流浪猫今天把垃圾袋都抓破了 有没有人管管"
    m = link(text, t, sender="r8", u=model_request(text, t.category))
    assert m is None or "points back" not in " ".join(m.reasons), m


def test_the_reporter_pointing_back_never_joins_their_red_ticket_with_a_milder_message():
    t = replace(open_ticket("门口那棵大树倒了 压在电线上 冒火花", minutes=1500, reporter="r7"), color="red")
    text = "那棵树压着围墙好几天了 什么时候来锯掉"
    m = link(text, t, sender="r7", u=replace(model_request(text, "greenery"), color="orange"))
    assert m is None or "points back" not in " ".join(m.reasons), m


# ------------------------------------------------------------------ mended in between: a new ticket
def test_the_reporter_says_blocked_again_a_day_after_the_mend_is_a_new_ticket():
    t = open_ticket("203卫生间地漏返水了 一地脏水", minutes=1500, reporter="r7")
    m = link("203地漏又返水了 刚通完一天 这次更多 都漫到客厅了", t, sender="r7")
    assert m is None, m


# ------------------------------------------------------------------ an outage is not another problem of its kind
def test_no_water_still_out_does_not_join_a_blockage_reported_hours_before():
    t = open_ticket("一楼几户下水都堵了 是不是总管的问题", minutes=1400, reporter="r7")
    m = link("停水不是说下午三点就来吗 到现在还没来 饭都做不了", t, sender="r8")
    assert m is None, m


def test_no_water_still_out_does_not_join_a_report_of_yellow_tap_water():
    t = open_ticket("家里自来水放出来是黄的 有铁锈味 还能喝吗", minutes=2000, reporter="r7")
    m = link("停水不是说下午三点就来水吗 到现在还没来 饭都做不了", t, sender="r8")
    assert m is None, m


# ------------------------------------------------------------------ a second home naming the main stack
def test_a_second_home_naming_the_blocked_main_stack_joins_the_first_homes_sewage():
    t = open_ticket("302厨房水池往上冒脏水 一股臭味 快来人", minutes=20, reporter="r7")
    m = link("402也是 卫生间地漏往上冒 肯定是主管道堵了", t, sender="r8")
    assert m is not None and m.ticket_no == 9, m


def test_a_second_home_backing_up_with_no_cause_named_stays_its_own():
    t = open_ticket("302厨房水池往上冒脏水 一股臭味 快来人", minutes=20, reporter="r7")
    m = link("402卫生间地漏往上冒 臭得很", t, sender="r8")
    assert m is None or "main stack" not in " ".join(m.reasons), m


def test_the_main_stack_in_another_building_is_another_blockage():
    t = open_ticket("3栋302厨房水池往上冒脏水 一股臭味 快来人", minutes=20, reporter="r7")
    m = link("5栋402也是 地漏往上冒 是不是主管堵了", t, sender="r8")
    assert m is None, m


def test_the_reporter_saying_their_light_is_out_again_is_no_pointing_back():
    t = open_ticket("楼道东头的灯坏了 晚上黑乎乎的", minutes=3000, reporter="r7")
    text = "东头那个楼道灯又不亮了 麻烦换一个"
    m = link(text, t, sender="r7", u=model_request(text, t.category))
    assert m is None or "points back" not in " ".join(m.reasons), m
