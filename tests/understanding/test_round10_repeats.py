"""Round 10 repeat linking, precision first: a second problem of the same broad kind (another car,
another bin) minutes after a report is a ticket of its own unless the neighbour agrees or names the
same thing; "I saw it too" about another object is no corroboration; "by the way" opens another
problem whatever family it reads as. Receive a message next to an open ticket, expect this link or
none. Sentences are our own."""
from __future__ import annotations

from dataclasses import replace

from bot.understanding import Context, TicketView, Understanding, match_repeat
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.marks import Mark
from bot.understanding.me_too import deliberately_no_request
from bot.understanding.topic import other_object

RESIDENT = Context(sender_role="resident", chat_building="4")


def _ticket(text: str, minutes: float = 5.0, reporter: str = "r1") -> TicketView:
    u = classify_rules(text, RESIDENT)
    return TicketView(no=9, chat_id="b4", reporter_id=reporter, category=u.category, color=u.color,
                      location=u.location, building="4", text=text, minutes_since_last_report=minutes,
                      reporter_ids=(reporter,), keywords=u.keywords, minutes_since_report=minutes)


def _quiet(reasons: tuple[str, ...], request: bool = False) -> Understanding:
    return Understanding(request=request, color=None, category=None, location=None, reasons=reasons)


def _match(text: str, ticket: TicketView, sender: str = "r2"):
    return match_repeat(classify_rules(text, RESIDENT), text, sender, "4", [ticket])


# ------------------------------------------------------------------ another problem of a broad kind
def test_another_vehicle_minutes_later_is_its_own_parking_ticket():
    # the model alone reads a parking request (no rule cue, so no cue word to compare): the same
    # category minutes later is no sign of the same car
    t = _ticket("我家车位又被一辆黑色面包车占了 电话打不通 麻烦物业找找车主")
    u = Understanding(request=True, color="yellow", category="parking", location=None, model_only=True,
                      reasons=("not request: no problem or ask cue", "model: request p=0.90"))
    assert match_repeat(u, "路口那几辆共享单车横在路中间 谁给挪挪", "r2", "4", [t]) is None


def test_agreeing_about_the_same_vehicle_still_joins():
    t = _ticket("我家车位又被一辆黑色面包车占了 电话打不通 麻烦物业找找车主")
    m = _match("对 那辆面包车昨天也停在那 一直没挪", t)
    assert m is not None and m.ticket_no == 9


# ------------------------------------------------------------------ "I saw it too", of another thing
def test_saw_it_too_about_another_object_is_no_corroboration():
    t = _ticket("车棚里有人拉电线给电瓶车充电 插头就挂在雨里")
    u = _quiet(reasons=("not request: no problem or ask cue",))
    assert match_repeat(u, "西头那个路灯我也看到了 灯罩裂开了", "r2", "4", [t]) is None


def test_saw_it_too_about_the_same_object_corroborates():
    t = _ticket("车棚里有人拉电线给电瓶车充电 插头就挂在雨里")
    u = _quiet(reasons=("not request: no problem or ask cue",))
    m = match_repeat(u, "电瓶车那个我也看到了", "r2", "4", [t])
    assert m is not None and m.ticket_no == 9


def test_other_object_needs_a_thing_the_report_does_not_name():
    assert other_object("窗户我也看到了", "车棚里的电瓶车在充电", ["窗户", "电瓶车"]) == "窗户"
    assert other_object("电瓶车窗户我也看到了", "车棚里的电瓶车在充电", ["窗户", "电瓶车"]) is None
    assert other_object("我也看到了", "车棚里的电瓶车在充电", ["窗户", "电瓶车"]) is None


# ------------------------------------------------------------------ "by the way", another problem
def test_by_the_way_opens_another_problem_of_the_same_family():
    t = _ticket("楼梯扶手松了 一扶就晃")
    m = _match("顺便说下 后门的扶手松了 一推就晃", t)
    assert m is None


# ------------------------------------------------------------------ one helper for "deliberately no request"
def test_deliberately_no_request_tells_a_stated_reason_from_a_silent_one():
    # (the rules mark the verdict: Mark.DECLINED for a stated reason, Mark.NO_CUE for none found)
    silent = replace(_quiet(reasons=("not request: no problem or ask cue",)), marks=frozenset({Mark.NO_CUE}))
    doubted = _quiet(reasons=("not request: model p=0.3",))
    notice = replace(_quiet(reasons=("not request: acknowledgement/thanks ('谢谢')",)), marks=frozenset({Mark.DECLINED}))
    asked = replace(_quiet(request=True, reasons=("not request: acknowledgement/thanks ('行')",)),
                    marks=frozenset({Mark.DECLINED}))
    assert not deliberately_no_request(silent)
    assert not deliberately_no_request(doubted)
    assert deliberately_no_request(notice)
    assert not deliberately_no_request(asked)


def test_saw_it_too_then_where_is_still_the_same_thing():
    # the object after 也 says where ("还有一只在花坛边"), not what
    t = _ticket("一楼垃圾桶旁边好多老鼠 大白天乱窜")
    u = _quiet(reasons=("not request: no problem or ask cue",))
    m = match_repeat(u, "我也看到了 还有一只跑进花坛里", "r2", "4", [t])
    assert m is not None and m.ticket_no == 9


def test_confirming_the_same_floor_of_a_broad_problem_still_joins():
    # no agreeing opener, but the same floor written and "确实": the same blocked stairway
    t = _ticket("12楼楼梯间堆满了旧纸箱 过都过不去 着火了怎么跑")
    u = Understanding(request=True, color="yellow", category=t.category, location=None, model_only=True,
                      reasons=("not request: no problem or ask cue", "model: request p=0.90"))
    m = match_repeat(u, "12楼那边确实堵得厉害 我搬东西都得侧着走", "r2", "4", [t])
    assert m is not None and m.ticket_no == 9


def test_a_wu_agreeing_opener_takes_up_the_report():
    t = _ticket("屋顶上的铁皮松了 风一吹就哐哐响")
    u = Understanding(request=True, color="yellow", category="noise", location=None, model_only=True,
                      reasons=("not request: no problem or ask cue", "model: request p=0.80"))
    m = match_repeat(u, "对额 半夜里也听得到 觉都困不好", "r2", "4", [t])
    assert m is not None and m.ticket_no == 9


def test_the_same_floor_alone_ties_a_broad_problem_together():
    t = _ticket("12楼楼梯间堆满了旧纸箱 过都过不去 着火了怎么跑")
    u = Understanding(request=True, color="yellow", category=t.category, location=None, model_only=True,
                      reasons=("not request: no problem or ask cue", "model: request p=0.90"))
    u = replace(u, location=classify_rules("12楼那边堵得厉害 我搬东西都得侧着走", RESIDENT).location)
    m = match_repeat(u, "12楼那边堵得厉害 我搬东西都得侧着走", "r2", "4", [t])
    assert m is not None and m.ticket_no == 9
    assert match_repeat(replace(u, location=None), "那边堵得厉害 我搬东西都得侧着走", "r2", "4", [t]) is None


def test_a_parking_report_only_the_model_read_is_weighed_by_its_category():
    # no rule family on either side: the parking category is category-wide, so no link by category alone
    report = "楼下那几辆单车横七竖八 我天天推不出来"
    t = TicketView(no=9, chat_id="b4", reporter_id="r1", category="parking", color="yellow", location=None,
                   building="4", text=report, minutes_since_last_report=4.0, reporter_ids=("r1",), keywords=(),
                   minutes_since_report=4.0)
    u = Understanding(request=True, color="yellow", category="parking", location=None, model_only=True,
                      reasons=("not request: no problem or ask cue", "model: request p=0.90"))
    assert match_repeat(u, "大门外头一辆面包车挡着道 谁的赶紧开走", "r2", "4", [t]) is None
    m = match_repeat(u, "对 那几辆单车我也推不动", "r2", "4", [t])
    assert m is not None and m.ticket_no == 9
