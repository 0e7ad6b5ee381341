"""Round 17 repeat-linking mends: a "still" hours later at the same floor joins a ticket of a category-wide
family only when the message names no other thing than the report did; a shared lift or gate qualifier points
back only within the ticket's category; a leak between floors is the same one only in one unit, the flat above
naming its own pipe (not "also leaking"); a part replaced at home, or replaced and still broken, mends no
shared ticket. Sentences are our own."""
from __future__ import annotations

from bot.understanding import Location, match_fixed
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.written_places import leak_stack
from bot.understanding.not_over import replaced_not_mended
from bot.understanding.own_thing import names_own_thing, own_cue_thing

from tests.understanding.linking import RESIDENT, link
from tests.understanding.linking import open_ticket as _ticket

_HOUR = 60.0


_link = link


def _fixed(text: str, t, sender: str = "r1"):
    u = classify_rules(text, RESIDENT)
    return u, match_fixed(u, [t], text=text, sender_id=sender)


# ------------------------------------------------------------------ 1A: a broad family, another thing, same floor
def test_a_barking_dog_still_on_the_floor_is_not_the_drilling_reported_there():
    t = _ticket("九楼有户人家在装修 电钻一直响 太吵了", minutes=8 * _HOUR)
    assert _link("九楼谁家的狗还是叫个没完 一晚上", t) is None


def test_rats_still_there_are_not_the_cockroaches_reported_on_that_floor():
    t = _ticket("四楼楼道里蟑螂好多 到处爬", minutes=10 * _HOUR)
    assert _link("四楼还是一堆老鼠 跑来跑去的", t) is None


def test_a_loose_floor_tile_still_there_is_not_the_peeling_wall_reported():
    t = _ticket("十楼过道墙皮掉了一大片", minutes=6 * _HOUR)
    assert _link("十楼过道地砖还是翘着 老人容易绊", t) is None


def test_the_same_mess_still_on_that_floor_still_joins_the_ticket():
    t = _ticket("不知道谁家狗在七楼拉屎了 好恶心", minutes=12 * _HOUR)
    m = _link("七楼那堆狗屎还在 没人来扫", t)
    assert m is not None and m.ticket_no == 9, m


def test_own_cue_thing_tells_another_thing_from_the_same_told_again():
    assert own_cue_thing({"狗+叫"}, {"电钻", "太吵"}, "楼上电钻太吵了") == "狗"
    assert own_cue_thing({"狗屎"}, {"拉屎"}, "狗在楼道拉屎") is None
    assert own_cue_thing({"吵得"}, {"太吵"}, "楼上太吵了") is None
    assert names_own_thing("五楼信箱还是坏的", {"信箱+坏"}, "五楼窗户坏了", {"窗户+坏"},
                           ("信箱", "窗户"), ()) == "信箱"


# ------------------------------------------------------------------ 1B: a shared lift number, another category
def test_a_mess_in_lift_three_is_not_the_lift_door_reported_minutes_before():
    t = _ticket("3号梯门关不上 开了又关", minutes=20)
    assert _link("3号梯里面怎么还有人吐的东西 没人打扫吗", t) is None


def test_the_same_lift_still_faulty_minutes_later_still_joins():
    t = _ticket("3号梯门关不上 开了又关", minutes=20)
    m = _link("3号梯怎么还这样 门还是关不上", t)
    assert m is not None and m.ticket_no == 9, m


# ------------------------------------------------------------------ 1C: leaks between floors
def test_a_leak_in_another_unit_one_floor_up_is_another_leak():
    assert not leak_stack(Location(unit="3", room="801"), Location(unit="1", room="701"), "3单元801我家也漏了")
    t = _ticket("1单元701卫生间天花板漏水 滴了一夜", minutes=30)
    assert _link("3单元801我家卫生间地上也漏水了 谁来看看", t) is None


def test_the_corridor_pipe_one_floor_up_leaking_too_is_a_second_spot():
    assert not leak_stack(Location(floor="6"), Location(floor="5"), "6楼楼道水管也在漏")
    t = _ticket("5楼楼道水管在漏 地上都是水", minutes=30)
    assert _link("6楼楼道水管也在漏 墙都湿了", t) is None


def test_the_flat_above_finding_its_own_pipe_leaking_is_the_same_leak():
    assert leak_stack(Location(room="1102"), Location(room="1002"), "我是1102 我家厨房水管在漏")
    t = _ticket("1002厨房顶上一直滴水 快来看看", minutes=30)
    m = _link("我是1102的 我家厨房水管在漏 估计漏到楼下去了", t)
    assert m is not None and m.ticket_no == 9, m


def test_the_flat_below_with_a_dripping_ceiling_is_the_same_leak():
    assert leak_stack(Location(unit="2", room="401"), Location(unit="2", room="501"), "401天花板滴水")


# ------------------------------------------------------------------ 2: replaced, yet nothing of the ticket mended
def test_a_home_door_lock_replaced_does_not_mend_the_entrance_lock():
    t = _ticket("单元门锁坏了 门一推就开", minutes=5 * _HOUR)
    u, m = _fixed("自己家入户门锁换了 想问下单元门锁几时修", t)
    assert not u.fixed_report and m is None


def test_a_bulb_replaced_at_home_does_not_close_the_corridor_light():
    t = _ticket("六楼楼道灯坏了 晚上看不见", minutes=5 * _HOUR)
    u, m = _fixed("家里灯泡换了 楼道那盏灯还是黑的", t)
    assert not u.fixed_report and m is None


def test_a_bulb_replaced_that_still_does_not_light_is_no_mend():
    u = classify_rules("灯泡换了 那盏灯还是黑的", RESIDENT)
    assert not u.fixed_report


def test_the_light_replaced_then_another_thing_still_broken_still_tells_the_light_mended():
    text = "灯换了 多谢 楼下信箱还是坏的"
    assert not replaced_not_mended(text, 0, 3, ("灯", "信箱"))
    assert replaced_not_mended("灯换了 那盏灯还是不亮", 0, 3, ("灯", "信箱"))
    u = classify_rules(text, RESIDENT)
    assert any("'灯换了' is over" in r for r in u.reasons), u.reasons   # over; the mailbox is a new problem
