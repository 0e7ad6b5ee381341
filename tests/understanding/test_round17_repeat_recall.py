"""Round 17 repeat linking: a neighbour saying hours later that a problem is still there at the place the
report named, more or less precisely ("五单元六楼的灯还是不亮" after "六楼灯坏了"); the flat right above a
leak finding its pipe is the same leak; "怎么还..." at the same gate soon after is one more report of it;
who pays for the damage is a question of its own; the reporter saying the part was replaced closes the
ticket, so the same thing broken again later is a new one. Sentences are our own."""
from __future__ import annotations

from bot.understanding import Location, match_fixed
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.written_places import one_place
from bot.understanding.money_asked import asks_who_pays as claims
from bot.understanding.topic import shared_qualifier

from tests.understanding.linking import RESIDENT, link
from tests.understanding.linking import open_ticket as _ticket

_HOUR = 60.0


_link = link


# ------------------------------------------------------------------ the same spot, told more or less precisely
def test_one_place_is_one_written_place_within_the_other():
    assert one_place(Location(unit="5", floor="6"), Location(floor="6"))
    assert one_place(Location(floor="6"), Location(unit="5", floor="6"))
    assert not one_place(Location(unit="5", floor="6"), Location(unit="2"))
    assert not one_place(None, Location(floor="6"))


def test_a_neighbour_hours_later_says_the_light_on_that_floor_is_still_out():
    t = _ticket("六楼楼道灯坏了 晚上黑漆漆的 走路看不见", minutes=20 * _HOUR)
    m = _link("五单元六楼的灯还是不亮 报了快一天了", t)
    assert m is not None and m.ticket_no == 9, m


def test_hours_later_the_same_kind_without_still_or_at_another_floor_is_another_ticket():
    t = _ticket("六楼楼道灯坏了 晚上黑漆漆的 走路看不见", minutes=20 * _HOUR)
    assert _link("九楼的灯还是不亮 报了快一天了", t) is None


def test_a_nuisance_still_there_on_the_floor_the_report_named_joins_it():
    t = _ticket("五楼楼道里有狗屎 不知道谁家的狗拉的 臭得很", minutes=10 * _HOUR)
    m = _link("五楼那摊狗屎还在 一天了没人扫", t)
    assert m is not None and m.ticket_no == 9, m


# ------------------------------------------------------------------ a leak between floors, found upstairs
def test_the_flat_above_finding_its_pipe_leaking_is_the_same_leak():
    t = _ticket("我家厨房顶上一直滴水 楼上是不是漏了 我是503", minutes=40)
    m = _link("物业看了 是603厨房下面那根水管漏了 要来换管子", t)
    assert m is not None and m.ticket_no == 9, m


def test_a_leak_two_floors_up_is_another_one():
    t = _ticket("我家厨房顶上一直滴水 楼上是不是漏了 我是503", minutes=40)
    assert _link("703厨房下面那根水管也在漏 要来换管子", t) is None


# ------------------------------------------------------------------ "怎么还..." at the same gate
def test_shared_qualifier_is_the_same_gate_or_lift():
    assert shared_qualifier("西门怎么还没人", "西门的栏杆抬不起来") == "gate 西"
    assert shared_qualifier("西门怎么还没人", "北门的栏杆抬不起来") is None


# ------------------------------------------------------------------ who pays
def test_who_pays_for_the_damage_is_a_question_of_its_own():
    assert claims("楼上漏下来把我家墙泡了 这个钱到底谁出钱")
    assert claims("衣柜全泡坏了 找物业还是找楼上赔")
    assert not claims("楼上还在往下漏 快来人")
    t = _ticket("楼上水管爆了 水顺着墙往我家流 我是402", minutes=30)
    assert _link("我家地板也泡坏了 这修管子的钱哪个出钱", t) is None


# ------------------------------------------------------------------ replaced: the ticket is over
def test_the_reporter_saying_the_lock_was_replaced_closes_their_ticket():
    t = _ticket("三单元的单元门锁坏了 门关不上 晚上谁都能进", minutes=6 * _HOUR, reporter="r1")
    u = classify_rules("锁换了 好用了 谢谢", RESIDENT)
    assert u.fixed_report
    m = match_fixed(u, [t], text="锁换了 好用了 谢谢", sender_id="r1")
    assert m is not None and m.ticket_no == 9, m
    assert match_fixed(u, [t], text="锁换了 好用了 谢谢", sender_id="r8") is None   # whose lock? not told


def test_someone_changing_a_lock_in_a_quarrel_is_no_mend():
    u = classify_rules("房东把门锁换了 租客进不去 两个人在门口吵 社区来调解一下", RESIDENT)
    assert not u.fixed_report and u.request


def test_a_fault_still_there_beside_money_is_the_fault_not_a_claim():
    """Still broken and asked who pays for the bulb: the broken light is the report (a repeat of its ticket)."""
    assert not claims("三楼的灯还是不亮 还要我们自己掏钱买灯泡吗")
    assert not claims("电梯还是坏的 物业说要业主出钱才修")
    assert claims("物业还是社区出钱 谁给个准话")
