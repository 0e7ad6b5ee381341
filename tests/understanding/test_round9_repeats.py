"""Round 9 repeat linking: "here too" naming a place the report did not (another floor's light,
the other gate's bin, the west unit's door) is another ticket, not one more report; a neighbour
smelling the smoke from another floor joins the emergency; a lift named by its number or side
(2号梯, 西梯) is a lift out of service. Receive a message next to an open ticket, expect this link
or none. Sentences are our own."""
from __future__ import annotations

from bot.understanding import Context, TicketView, match_repeat
from bot.understanding.classifier import classify as classify_rules

RESIDENT = Context(sender_role="resident", chat_building="4")


def _ticket(text: str, minutes: float = 3.0, reporter: str = "r1") -> TicketView:
    u = classify_rules(text, RESIDENT)
    return TicketView(no=9, chat_id="b4", reporter_id=reporter, category=u.category, color=u.color,
                      location=u.location, building="4", text=text, minutes_since_last_report=minutes,
                      reporter_ids=(reporter,), keywords=u.keywords, minutes_since_report=minutes)


def _match(text: str, ticket: TicketView, sender: str = "r2"):
    return match_repeat(classify_rules(text, RESIDENT), text, sender, "4", [ticket])


# ------------------------------------------------------------------ "here too" at another place
def test_another_floor_dark_too_is_another_light():
    t = _ticket("二单元楼道的灯坏了一个礼拜了 摸黑上楼")
    assert _match("七楼也是黑的 什么都看不见", t) is None


def test_the_other_gate_bin_full_too_is_another_bin():
    t = _ticket("小区门口的垃圾桶满出来了 好几天没人清")
    assert _match("可不是 南门那个也满了", t) is None


def test_the_west_unit_door_too_is_another_door():
    t = _ticket("东单元的门禁坏了 门一直关不上")
    assert _match("西单元的门也是 刷卡刷不开", t) is None


def test_the_same_floor_too_still_joins():
    t = _ticket("六楼楼道灯不亮了 晚上黑漆漆的")
    m = _match("对 六楼也是黑的", t)
    assert m is not None and m.ticket_no == 9


def test_another_floor_without_water_is_left_to_the_outage_rules():
    t = _ticket("家里没水了 水龙头一滴都没有")
    m = _match("我们九楼也没水", t)
    assert m is not None and m.ticket_no == 9   # a building's supply: the neighbour's floor confirms it


# ------------------------------------------------------------------ smoke smelled from another floor
def test_a_neighbour_choking_on_the_smoke_upstairs_joins_the_emergency():
    t = _ticket("十二楼楼梯间一股烧焦的味道 越往上越浓 是不是哪里着火了", minutes=4.0)
    text = "十三楼也有 呛得嗓子疼"
    m = _match(text, t)
    assert m is not None and m.ticket_no == 9 and "smell" in m.reasons[0]


def test_a_stinging_smell_long_after_is_not_tied_to_the_old_alarm():
    t = _ticket("十二楼楼梯间一股烧焦的味道 越往上越浓 是不是哪里着火了", minutes=300.0)
    m = _match("十三楼也有 呛得嗓子疼", t)
    assert m is None or m.ticket_no != 9 or "smell" not in m.reasons[0]


# ------------------------------------------------------------------ a lift named by number or side
def test_a_numbered_lift_stopped_is_a_lift_out():
    u = classify_rules("3号梯又停了 等了十分钟", RESIDENT)
    assert u.request and u.category == "elevator" and "lift_out" in u.keywords


def test_a_lift_named_by_its_side_not_moving_is_a_lift_out():
    u = classify_rules("西梯一直不动 等了好久", RESIDENT)
    assert u.request and u.category == "elevator" and "lift_out" in u.keywords


def test_the_stairs_are_no_lift():
    u = classify_rules("楼梯扶手坏了 晃得厉害", RESIDENT)
    assert "lift_out" not in u.keywords


def test_the_same_numbered_lift_again_joins_its_ticket():
    t = _ticket("2号梯停了 显示屏黑着")
    m = _match("2号梯确实不动 我等半天了", t)
    assert m is not None and m.ticket_no == 9


def test_the_other_numbered_lift_stays_apart():
    t = _ticket("2号梯停了 显示屏黑着")
    assert _match("1号梯也停了 门都不开", t) is None


# ------------------------------------------------------------------ a few words echoing the report
def _not_request(text: str):
    """A reply the reader took for chatter: no request of its own (the model's doubt)."""
    from dataclasses import replace
    u = classify_rules(text, RESIDENT)
    return replace(u, request=False, color=None, category=None,
                   reasons=("not request: no problem or ask cue", "model: request p=0.40"))


def test_a_bare_again_stopped_joins_the_lift_just_reported():
    t = _ticket("电梯又停了 显示屏不亮 按哪层都不动", minutes=2.0)
    text = "[叹气]又停 烦死了"
    m = match_repeat(_not_request(text), text, "r2", "4", [t])
    assert m is not None and m.ticket_no == 9 and "echoes" in m.reasons[0]


def test_an_echo_of_a_symptom_the_report_did_not_say_stays_apart():
    t = _ticket("电梯又停了 显示屏不亮 按哪层都不动", minutes=2.0)
    text = "楼道没电了"
    m = match_repeat(_not_request(text), text, "r2", "4", [t])
    assert m is None


def test_an_echo_long_after_the_report_stays_apart():
    t = _ticket("电梯又停了 显示屏不亮 按哪层都不动", minutes=90.0)
    text = "又停"
    assert match_repeat(_not_request(text), text, "r2", "4", [t]) is None


# ------------------------------------------------------------------ a room number after a roll call
def test_a_neighbour_giving_only_a_room_number_joins_the_latest_ticket():
    t = _ticket("顶楼好几户都在漏雨 我家天花板全湿了", minutes=8.0)
    text = "3单元1702"
    m = match_repeat(_not_request(text), text, "r5", "4", [t])
    assert m is not None and m.ticket_no == 9 and "only a place" in m.reasons[0]


def test_the_reporter_giving_a_room_number_is_no_new_household():
    t = _ticket("顶楼好几户都在漏雨 我家天花板全湿了", minutes=8.0)
    text = "3单元1702"
    m = match_repeat(_not_request(text), text, "r1", "4", [t])
    assert m is None or m.kind == "follow_up"


def test_a_room_number_with_more_said_is_no_roll_call_answer():
    t = _ticket("顶楼好几户都在漏雨 我家天花板全湿了", minutes=8.0)
    text = "1702的快递放错门口了"
    m = match_repeat(_not_request(text), text, "r5", "4", [t])
    assert m is None or "only a place" not in m.reasons[0]


# ------------------------------------------------------------------ told apart by the words themselves
def test_no_smell_here_but_another_fault_is_not_the_smoke_ticket():
    t = _ticket("楼道里一股烧焦的烟味 是不是哪家着火了", minutes=5.0)
    text = "我们八楼倒是没烟味 就是炉子老灭 点半天点不着"
    m = _match(text, t)
    assert m is None or "smell" not in m.reasons[0]


def test_asking_to_deal_with_another_thing_by_the_way_is_its_own_request():
    t = _ticket("楼下垃圾桶好几天没人清了 都满到地上了", minutes=2.0)
    text = "垃圾桶边上好多苍蝇 能不能顺便喷点药"
    m = _match(text, t)
    assert m is None or "垃圾桶" not in m.reasons[0]


def test_a_room_number_goes_to_the_report_of_its_own_unit():
    t4 = _ticket("4单元顶楼漏雨了 天花板一直滴", minutes=12.0)
    t1 = TicketView(no=10, chat_id="b4", reporter_id="r3", category=t4.category, color=t4.color,
                    location=classify_rules("我们1单元也漏", RESIDENT).location, building="4", text="我们1单元也漏",
                    minutes_since_last_report=6.0, reporter_ids=("r3",), keywords=t4.keywords, minutes_since_report=6.0)
    text = "4单元1801"
    m = match_repeat(_not_request(text), text, "r5", "4", [t1, t4])
    assert m is not None and m.ticket_no == 9
