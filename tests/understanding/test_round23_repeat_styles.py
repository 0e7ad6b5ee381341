"""Round 23 repeat linking in new styles: a mend told in the north's 整 or everyday 弄 (刚整好, 才弄好) splits a
return; the reporter back in words the rules cannot read, still waiting on their own ticket; a message naming
its problem goes to that problem's ticket rather than to a later one of no family; a "+1" adding a wish of
its own to a suggestion is another request; a one-character thing (灯, 门) said to be still there. Sentences
are our own."""
from __future__ import annotations

from dataclasses import replace

from bot.understanding import match_repeat
from bot.understanding.added_wish import added_wish
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.home_door import another_homes_door
from bot.understanding.still_same import mended_since
from bot.understanding.named_first import named_tickets_first
from bot.understanding.vocabulary import default_vocabulary, normalise_words

from tests.understanding.linking import RESIDENT, link, model_request, open_ticket


# ------------------------------------------------------------------ a mend told with 整 / 弄
def test_a_mend_told_with_zheng_or_nong_is_a_mend():
    assert mended_since("厨房灯昨天刚整好的 今天又不亮了")
    assert mended_since("水龙头才弄好 又滴上了")


def test_asking_whether_it_was_mended_is_no_mend():
    assert not mended_since("暖气整好了吗")
    assert not mended_since("到现在还没整好")


def test_the_reporter_heating_cold_again_after_a_mend_is_a_new_ticket():
    t = open_ticket("我家暖气不热 二单元五楼 摸着冰凉", minutes=3000, reporter="r7")
    m = link("我家暖气又凉了 二单元五楼 前天刚整好的", t, sender="r7")
    assert m is None, m


# ------------------------------------------------------------------ the reporter back in unreadable words
def test_the_reporter_still_waiting_in_words_of_no_problem_joins_their_ticket():
    t = open_ticket("我家卫生间顶上往下滴水 楼上人不在家", minutes=90, reporter="r7")
    text = "还在滴呢 桶都接满了 楼上那家咋还不回来"
    m = link(text, t, sender="r7", u=model_request(text, "other"))
    assert m is not None and m.ticket_no == 9 and "comes back" in " ".join(m.reasons), m


def test_a_promise_that_came_to_nothing_from_the_reporter_joins_their_ticket():
    t = open_ticket("单元楼下的大铁门关不上 晚上谁都能进", minutes=2500, reporter="r7")
    text = "说好的这礼拜来弄 到现在连个人影都没有"
    m = link(text, t, sender="r7", u=model_request(text, "safety"))
    assert m is not None and m.ticket_no == 9, m


def test_a_neighbour_in_the_same_words_is_not_the_reporter_back():
    t = open_ticket("我家卫生间顶上往下滴水 楼上人不在家", minutes=90, reporter="r7")
    text = "还在滴呢 桶都接满了 楼上那家咋还不回来"
    m = link(text, t, sender="r8", u=model_request(text, "other"))
    assert m is None or "comes back naming no other problem" not in " ".join(m.reasons), m


def test_the_reporter_naming_another_thing_is_not_back_to_their_ticket():
    t = open_ticket("我家卫生间顶上往下滴水 楼上人不在家", minutes=600, reporter="r7")
    text = "到现在楼道的路灯也不亮"
    m = link(text, t, sender="r7", u=model_request(text, "other"))
    assert m is None or "comes back naming no other problem" not in " ".join(m.reasons), m


# ------------------------------------------------------------------ the ticket of the problem named first
def test_a_status_question_naming_the_light_goes_to_the_light_ticket_not_a_later_one_of_no_family():
    light = open_ticket("车库的灯坏了好几天了 晚上停车看不见", minutes=900, reporter="r1", no=8)
    later = replace(open_ticket("我一个人住 腿脚不好 能不能来个人帮我看看", minutes=600, reporter="r2", no=9),
                    category="facility", keywords=())
    text = "车库那灯咋还没修呢 黑咕隆咚的"
    m = match_repeat(model_request(text, "facility"), normalise_words(text), "r5", "4", [later, light])
    assert m is not None and m.ticket_no == 8, m


# ------------------------------------------------------------------ a wish added to a suggestion
def test_a_wish_added_to_a_suggestion_is_found():
    t = replace(open_ticket("小区能不能建个儿童游乐场 孩子没地方玩"), color="blue")
    assert added_wish("+1 再加几个长椅给老人坐", t) == "再加"
    assert added_wish("+1", t) is None


def test_plus_one_adding_a_wish_is_not_merged_into_the_suggestion():
    t = replace(open_ticket("小区能不能建个儿童游乐场 孩子没地方玩", reporter="r1"), color="blue", category="suggestion")
    text = "+1 再加几个长椅给老人坐"
    m = link(text, t, sender="r2", u=replace(model_request(text, "suggestion"), color="blue"))
    assert m is None, m


# ------------------------------------------------------------------ a one-character thing still there
def test_a_neighbour_saying_the_light_is_still_dark_days_later_joins_the_light_ticket():
    t = open_ticket("一到晚上楼道灯就不亮 摸黑上楼", minutes=1500, reporter="r1")
    text = "楼道灯怎么还黑着 我家老人不敢下楼"
    m = link(text, t, sender="r2", u=model_request(text, "facility"))
    assert m is not None and m.ticket_no == 9, m


def test_a_doorway_still_blocked_is_not_the_door_still_broken():
    t = open_ticket("二单元的门关不上 一推就开", minutes=1500, reporter="r1")
    text = "门口怎么还堆着纸箱"
    m = link(text, t, sender="r2", u=model_request(text, "facility"))
    assert m is None or "'门'" not in " ".join(m.reasons), m


def test_a_pointer_picks_out_the_reported_creature_still_there():
    t = open_ticket("七楼楼道里有人养了三只鸭子 天天嘎嘎叫 还到处拉", minutes=1800, reporter="r1")
    text = "那三只鸭还在呢 今天电梯里也拉了"
    m = link(text, t, sender="r2", u=model_request(text, "sanitation"))
    assert m is not None and m.ticket_no == 9, m


def test_a_pointed_pronoun_is_no_thing_still_there():
    t = open_ticket("七楼楼道里有人养了三只鸭子 他天天不管", minutes=1800, reporter="r1")
    text = "那他还在家吗 我去找找"
    m = link(text, t, sender="r2", u=model_request(text, "other"))
    assert m is None or "'他'" not in " ".join(m.reasons), m


# ------------------------------------------------------------------ told again at the same spot
def test_the_leader_passing_a_report_on_at_the_same_spot_joins_it():
    t = open_ticket("二单元四楼楼道窗户玻璃碎了 冷风往里灌", minutes=20, reporter="r1")
    text = "@物业 二单元四楼窗户玻璃碎了 麻烦换一块"
    m = link(text, t, sender="l4", u=model_request(text, "facility"))
    assert m is not None and m.ticket_no == 9 and "again at the same place" in " ".join(m.reasons), m


def test_the_same_words_at_another_floor_are_not_told_again():
    t = open_ticket("二单元四楼楼道窗户玻璃碎了 冷风往里灌", minutes=20, reporter="r1")
    text = "@物业 二单元六楼窗户玻璃碎了 麻烦换一块"
    m = link(text, t, sender="l4", u=model_request(text, "facility"))
    assert m is None, m


# ------------------------------------------------------------------ each home's own front door
def test_a_neighbours_own_front_door_at_another_home_is_another_ticket():
    t = open_ticket("新交的房 入户门关不严 得使劲推才锁上", reporter="r1")
    m = link("我家门也是 锁不上 3单元702", t, sender="r2")
    assert m is None, m


def test_the_entrance_door_and_a_doorway_are_no_home_s_own_door():
    u = classify_rules("我家门也是 关不上 3单元", RESIDENT)
    assert not another_homes_door(u, "我家门也是 关不上 3单元", open_ticket("单元门关不上 一推就开"))
    front = open_ticket("新交的房 入户门关不严 得使劲推才锁上")
    text = "我家门口也是 堆满了 3单元702"
    assert not another_homes_door(classify_rules(text, RESIDENT), text, front)
    text = "俺家的门也这样 2单元301"
    assert another_homes_door(classify_rules(text, RESIDENT), text, front)


def test_an_outage_or_a_consultation_of_the_family_keeps_the_tickets_of_no_family():
    vocab = default_vocabulary()
    unread = replace(open_ticket("咋这个点了还不来 天都黑了", reporter="r2", no=9), category="utilities", keywords=())
    asked = replace(open_ticket("明天是不是要停电 几点到几点", reporter="r1", no=8), color="blue")
    assert [t.no for t in named_tickets_first("no_power", "r5", [unread, asked], vocab)] == [9, 8]
    light = open_ticket("车库的灯坏了好几天了", reporter="r1", no=8)
    kept = named_tickets_first("light_out", "r5", [unread, light], vocab)
    assert [t.no for t in kept] == [8]


def test_the_reporter_back_in_unreadable_words_does_not_join_their_emergency():
    t = replace(open_ticket("后面那棵大树倒了 压在电线上", minutes=600, reporter="r7"), color="red")
    text = "到现在还是没人来 晚上又要下雨"
    m = link(text, t, sender="r7", u=replace(model_request(text, "greenery"), color="orange"))
    assert m is None or "comes back naming no other problem" not in " ".join(m.reasons), m


def test_going_out_until_now_is_no_door_still_broken():
    t = open_ticket("单元门坏了 一推就开 关不上", minutes=1300, reporter="r1")
    text = "我爸下午自己出门到现在还没回来 大家帮忙留意一下"
    m = link(text, t, sender="r2")
    assert m is None or "'门'" not in " ".join(m.reasons), m
