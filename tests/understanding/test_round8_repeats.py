"""Round 8 repeat linking: the flat below or the household above speaking of the same leak, and the
people stuck by the problem just reported (stranded upstairs by a lift that is out, someone inside
the lift, someone behind a door no one opens) are more reports of that ticket, not new ones. The same
symptom elsewhere stays apart. Receive a message next to an open ticket, expect this link or none.
Sentences are our own."""
from __future__ import annotations

from bot.understanding import Context, Location, TicketView, Understanding, match_repeat
from bot.understanding.classifier import classify as classify_rules

RESIDENT = Context(sender_role="resident", chat_building="4")
MODEL_SAID = ("not request: no problem or ask cue", "model: request p=0.90")


def _ticket(text: str, minutes: float = 3.0, reporter: str = "r1", category: str | None = None) -> TicketView:
    u = classify_rules(text, RESIDENT)
    return TicketView(no=7, chat_id="b4", reporter_id=reporter, category=category or u.category, color=u.color,
                      location=u.location, building="4", text=text, minutes_since_last_report=minutes,
                      reporter_ids=(reporter,), keywords=u.keywords, minutes_since_report=minutes)


def _model_only(category: str, location: Location | None = None, color: str = "orange") -> Understanding:
    """What the statistical model alone makes of a reply with no problem word of its own."""
    return Understanding(request=True, color=color, category=category, location=location,
                         reasons=MODEL_SAID, model_only=True)


def _read(text: str) -> Understanding:
    return classify_rules(text, RESIDENT)


# ------------------------------------------------------------------ one leak between two flats
BURST = "卫生间的水管爆了 水一直往外喷 已经往楼下渗了 我家是805"


def test_the_flat_right_below_with_a_dripping_ceiling_joins_the_burst_pipe():
    m = match_repeat(_model_only("utilities", Location(room="705")), "我是705 客厅天花板在往下滴水", "r2", "4",
                     [_ticket(BURST)])
    assert m is not None and m.ticket_no == 7 and "same leak" in m.reasons[0]


def test_a_cry_for_help_from_the_flat_below_is_still_the_same_leak():
    u = _read("我是楼下七楼的 顶棚哗哗往下滴水 快来人啊")
    m = match_repeat(u, "我是楼下七楼的 顶棚哗哗往下滴水 快来人啊", "r2", "4", [_ticket(BURST)])
    assert m is not None and m.ticket_no == 7


def test_the_household_above_owning_up_joins_the_report_that_blamed_it():
    t = _ticket("我家302卧室天花板一直在滴水 应该是楼上的管子漏了 敲门没人开")
    text = "我就是楼上的 刚到家 洗衣机的进水管松了 阀门关不上"
    m = match_repeat(_read(text), text, "r2", "4", [t])
    assert m is not None and m.ticket_no == 7 and "above" in m.reasons[0]


def test_a_roof_leak_in_another_flat_on_the_same_floor_stays_apart():
    t = _ticket("我家屋顶漏水了 墙皮都泡起来了 顶楼九楼")
    u = _model_only("facility", Location(floor="9", room="902"))
    m = match_repeat(u, "我家902天花板也在滴水 拿桶接着", "r2", "4", [t])
    assert m is None or "same leak" not in m.reasons[0]


def test_a_ceiling_two_floors_down_is_no_link_by_the_leak_rule():
    u = _model_only("utilities", Location(room="605"))
    m = match_repeat(u, "我是605 天花板有点湿", "r2", "4", [_ticket(BURST)])
    assert m is None or "same leak" not in m.reasons[0]


def test_a_leak_reported_long_ago_takes_no_neighbour_below():
    u = _model_only("utilities", Location(room="705"))
    m = match_repeat(u, "我是705 客厅天花板在往下滴水", "r2", "4", [_ticket(BURST, minutes=90)])
    assert m is None or "same leak" not in m.reasons[0]


# ------------------------------------------------------------------ people stuck by the problem just reported
LIFT_OUT = "电梯又停了 按哪层都没反应 显示屏全黑"


def test_a_neighbour_stranded_upstairs_by_the_lift_is_another_report_of_it():
    text = "我家老爷子住十九楼 今天要去透析 根本下不去"
    u = _model_only("care", Location(floor="19"))
    m = match_repeat(u, text, "r2", "4", [_ticket(LIFT_OUT)])
    assert m is not None and m.ticket_no == 7 and "stranded" in m.reasons[0]


def test_someone_inside_the_stopped_lift_joins_the_lift_ticket():
    text = "是我爸在里面 刚给我打电话说里面很闷 快点"
    m = match_repeat(_model_only("care", color="red"), text, "r2", "4", [_ticket(LIFT_OUT)])
    assert m is not None and m.ticket_no == 7


def test_the_other_lift_is_not_the_one_reported():
    t = _ticket("2号梯停了 按了半天不动")
    u = _model_only("care", Location(floor="15"))
    m = match_repeat(u, "1号梯也下不去了 我在15楼", "r2", "4", [t])
    assert m is None or "stuck" not in m.reasons[0]


def test_stranded_hours_after_the_lift_report_is_no_link_by_this_rule():
    u = _model_only("care", Location(floor="19"))
    m = match_repeat(u, "我家老爷子住十九楼 根本下不去", "r2", "4", [_ticket(LIFT_OUT, minutes=200)])
    assert m is None or "stuck" not in m.reasons[0]


def test_someone_heard_behind_the_door_joins_the_worry_about_that_neighbour():
    t = _ticket("我姑妈一个人住5楼 电话从早上打到现在都没人接 谁能帮忙去敲敲门", category="care")
    text = "敲了半天 门里头好像有人在哼 赶紧找开锁的"
    m = match_repeat(_model_only("safety", color="red"), text, "r2", "4", [t])
    assert m is not None and m.ticket_no == 7 and "door" in m.reasons[0]


def test_the_reporter_adding_to_her_own_lift_report_is_no_second_reporter():
    u = _model_only("care", Location(floor="19"))
    m = match_repeat(u, "我住十九楼 下不去", "r1", "4", [_ticket(LIFT_OUT)])
    assert m is None or "stuck" not in m.reasons[0]


def test_the_office_closing_the_valve_above_is_a_notice_not_a_report():
    t = _ticket("我家302卧室天花板一直在滴水 应该是楼上的管子漏了 敲门没人开")
    text = "物业已经去关402的水阀了 大家别担心"
    m = match_repeat(_read(text), text, "r2", "4", [t])
    assert m is None or "same leak" not in m.reasons[0]


def test_a_stranded_neighbour_asking_for_hands_is_a_care_request_of_its_own():
    text = "我家老太太住二十楼 电梯停了下不去 今天要去医院 能不能找几个人帮忙抬一下"
    m = match_repeat(_model_only("care", Location(floor="20")), text, "r2", "4", [_ticket(LIFT_OUT)])
    assert m is None or "stuck" not in m.reasons[0]


def test_someone_calling_the_lift_company_is_no_report_of_the_trapped_person():
    t = _ticket("电梯卡在七楼了 里面有人在拍门")
    text = "我已经打了维保电话 里面的人别扒门"
    m = match_repeat(_read(text), text, "r2", "4", [t])
    assert m is None or "stuck" not in m.reasons[0]


# ------------------------------------------------------------------ a demand about upkeep is its own request
def test_asking_for_the_lift_to_be_looked_into_properly_is_no_repeat_of_the_breakdown():
    t = _ticket("电梯停在六楼不动了 门也打不开", minutes=20)
    text = "这部电梯半年坏了五回 能不能让维保单位彻底查一查"
    assert match_repeat(_read(text), text, "r2", "4", [t]) is None


def test_a_neighbour_confirming_the_breakdown_still_joins_it():
    t = _ticket("电梯停在六楼不动了 门也打不开", minutes=5)
    text = "电梯又坏了 我刚才也按了半天没反应"
    m = match_repeat(_read(text), text, "r2", "4", [t])
    assert m is not None and m.ticket_no == 7


# ------------------------------------------------------------------ "me too" from another floor
def test_another_floors_dark_stairwell_light_is_another_fault():
    t = _ticket("四楼楼道灯坏了 晚上黑乎乎的 看不见台阶")
    text = "我家六楼也是 楼道灯不亮"
    m = match_repeat(_read(text), text, "r2", "4", [t])
    assert m is None


def test_no_power_on_another_floor_still_joins_the_outage():
    t = _ticket("突然停电了 家里全黑 四楼")
    text = "我家六楼也是 全黑了"
    m = match_repeat(_read(text), text, "r2", "4", [t])
    assert m is not None and m.ticket_no == 7


def test_cold_radiators_on_another_floor_are_another_ticket():
    t = _ticket("暖气一点都不热 二单元六楼 屋里才十五度")
    text = "二单元三楼也凉 暖气片冰冰的"
    assert match_repeat(_read(text), text, "r2", "4", [t]) is None


def test_still_cold_after_the_heating_was_looked_at_joins_it_whatever_the_floor():
    t = _ticket("暖气一点都不热 二单元六楼 屋里才十五度", minutes=50)
    text = "二单元302暖气还是不太热 麻烦再来看看"
    m = match_repeat(_read(text), text, "r2", "4", [t])
    assert m is not None and m.ticket_no == 7
