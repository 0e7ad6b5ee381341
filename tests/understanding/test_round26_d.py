"""Round 26 (d): what a message joins.

- Receive a red report that the thing of a milder open ticket has grown dangerous (a dry branch now split
  and hanging, a bulging wall now falling, a quarrel now a fight): expect it joined to that ticket. Receive
  a danger that only shares a place or a category with an open ticket, another building's, a week later,
  a fight long after the quarrel: expect it apart.
- Receive a bystander's remark under an open problem (a warning to neighbours, a near miss told): expect it
  joined to nothing. Receive a neighbour's "here too" or the problem's state now: expect it joined still.

Sentences are our own.
"""
from __future__ import annotations

import pytest

from bot.understanding import RepeatMatch, TicketView
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.joins import join_ticket
from bot.understanding.repeats import match_repeat
from tests.understanding.linking import RESIDENT, open_ticket

BRANCH = "3单元门口那棵杨树有根树枝枯了 风一吹就晃 能不能找人剪掉"
WALL = "外墙瓷砖鼓起来了 敲着空空的 怕哪天掉下来 麻烦物业看看"
HEATER = "楼顶那个热水器的支架锈透了 风大就晃 麻烦找人加固一下"
QUARREL = "501和502又吵起来了 在走廊里对骂 能不能来个人调解"
LIFT = "2单元电梯坏了 一直停在8楼 麻烦叫维保"
LIGHT = "3单元楼道灯坏了 晚上黑乎乎的 麻烦修一下"
RAILING = "一楼楼梯扶手松了 一推就晃 老人扶着不敢使劲"
LEAK = "楼道里水管漏水 水顺着楼梯往下流"


def joined(text: str, t: TicketView) -> RepeatMatch | None:
    """What `text` from a neighbour in building 4's group joins, read by the rules (the building the text
    writes, else the chat's, as the ticket service passes it)."""
    u = classify_rules(text, RESIDENT)
    building = (u.location.building if u.location and u.location.building else None) or "4"
    return join_ticket(u, text, "r5", building, [t])


@pytest.mark.parametrize(("ticket", "text"), [
    (BRANCH, "3单元门口那根枯树枝断了一半 挂在半空晃 底下天天有人走 快来人"),
    (BRANCH, "那根枯树枝裂开了 耷拉着 底下就是娃娃上学的路 快来人"),
    (HEATER, "楼顶那个热水器支架断了 整个歪在边上要掉下来了 底下就是单元门"),
])
def test_the_same_thing_grown_dangerous_joins_its_ticket(ticket: str, text: str) -> None:
    t = open_ticket(ticket, minutes=600)
    assert t.color != "red"
    assert classify_rules(text, RESIDENT).color == "red"
    m = joined(text, t)
    assert m is not None and m.ticket_no == t.no and m.kind == "repeat"
    assert "worse now" in m.reasons[0]


def test_a_quarrel_turned_fight_within_hours_joins_the_quarrel() -> None:
    m = joined("他们俩动手了！！打起来了 拿着拖把杆 快来人", open_ticket(QUARREL, minutes=30))
    assert m is not None and "grown into violence" in m.reasons[0]


def test_a_fight_long_after_the_quarrel_is_its_own() -> None:
    assert joined("他们俩动手了！！打起来了 拿着拖把杆 快来人", open_ticket(QUARREL, minutes=400)) is None


@pytest.mark.parametrize("text", [
    "楼下广场有人打架 拿着刀 快报警",                 # strangers elsewhere: not the quarrel upstairs
    "小区门口有个醉汉拿着酒瓶子打人 快来人",
    "动手了！！两个人打起来了 拿着拖把杆 快来人",     # nothing ties it to the quarrel's people
])
def test_a_fight_not_told_as_the_quarrels_people_is_its_own(text: str) -> None:
    assert classify_rules(text, RESIDENT).color == "red"
    assert joined(text, open_ticket(QUARREL, minutes=30)) is None


@pytest.mark.parametrize(("ticket", "text"), [
    (WALL, "外墙瓷砖掉下来了 把楼下的张大爷砸晕了 快叫救护车"),
    (BRANCH, "3单元门口那根枯树枝掉下来砸到一个小孩 头破了 快来人"),
])
def test_a_person_hurt_is_its_own_emergency_not_a_worsening(ticket: str, text: str) -> None:
    assert classify_rules(text, RESIDENT).color == "red"
    assert joined(text, open_ticket(ticket, minutes=600)) is None


@pytest.mark.parametrize(("ticket", "text"), [
    (LIFT, "2单元楼道着火了 好大的烟 快打119"),                              # a fire beside a lift ticket
    (LIGHT, "3单元外墙瓷砖掉下来了 差点砸到人 上面还有松的"),               # a wall beside a light ticket
    (HEATER, "3单元门口的空调外机架子断了 要掉下来了 底下就是单元门"),      # another thing of the same kind
    (BRANCH, "5号楼门口那根枯树枝断了一半 挂在半空晃 底下天天有人走 快来人"),  # another building's branch
])
def test_a_danger_sharing_only_a_place_or_a_kind_stays_apart(ticket: str, text: str) -> None:
    assert joined(text, open_ticket(ticket, minutes=60)) is None


def test_a_week_later_the_branch_is_another_report() -> None:
    text = "3单元门口那根枯树枝断了一半 挂在半空晃 底下天天有人走 快来人"
    assert joined(text, open_ticket(BRANCH, minutes=8 * 24 * 60)) is None


@pytest.mark.parametrize(("ticket", "text"), [
    (RAILING, "对 我前天也差点摔了 早就该修"),         # a near miss told, agreeing
    (LEAK, "大家出门小心点"),
])
def test_a_bystanders_remark_joins_nothing(ticket: str, text: str) -> None:
    t = open_ticket(ticket, minutes=5)
    u = classify_rules(text, RESIDENT)
    assert not u.request
    assert match_repeat(u, text, "r5", "4", [t]) is not None or text == "大家出门小心点"   # what it joined before
    assert joined(text, t) is None


@pytest.mark.parametrize(("ticket", "text"), [
    (LEAK, "水流到一楼了"),                 # the water's way, no warning: the leak spreading, one more report
    (LEAK, "对 我家门口也是水"),             # here too
    (LEAK, "水流到一楼了 老人家下楼注意哈"),   # the water's way, with a warning: still the leak spreading
    (LEAK, "对 我家门口也是水 大家注意"),      # here too, with a warning
])
def test_a_neighbours_report_of_the_problem_still_joins(ticket: str, text: str) -> None:
    t = open_ticket(ticket, minutes=5)
    m = joined(text, t)
    assert m is not None and m.ticket_no == t.no


def test_a_fight_over_a_parking_space_is_not_the_parking_ticket() -> None:
    ticket = open_ticket("地库里我的车位又被人占了 打电话也不接 物业管一管", minutes=60)
    assert joined("车库门口两个人为了车位打起来了 一个拿着扳手 快来人", ticket) is None


# A merged message's own colour (bot/replay.py: what a replayed message is reported as)

def _reported(text: str, outcome: str, ticket_color: str, ticket_category: str, category: str | None = None,
              color: str | None = None, guessed: bool = False) -> dict:
    from dataclasses import replace

    from bot.pipeline import Processed
    from bot.replay import prediction
    from tests.understanding.linking import model_request
    u = replace(model_request(text, category), category_guessed=guessed)
    if color:
        u = replace(u, color=color)
    p = Processed(record_id=1, msg_id="m1", outcome=outcome, ticket_no=3, understanding=u,
                  extra={"ticket_color": ticket_color, "ticket_category": ticket_category})
    return prediction({"id": "m1"}, p)


def test_a_merged_message_the_model_reads_as_the_tickets_kind_keeps_its_own_colour() -> None:
    text = "电梯啥时候能好 我妈腿脚不行 住十楼 两天没下过楼了"
    r = _reported(text, "merged", "red", "elevator", category="elevator", color="orange")
    assert (r["color"], r["category"]) == ("orange", "elevator")


def test_a_me_too_read_calmer_never_drops_a_red_ticket_two_steps() -> None:
    r = _reported("我这边也看到了", "merged", "red", "safety", category="safety", color="yellow")
    assert r["color"] == "red"


@pytest.mark.parametrize(("category", "guessed"), [("sanitation", False), ("other", False), ("elevator", True)])
def test_a_merged_message_of_another_or_guessed_kind_takes_the_tickets_reading(category: str, guessed: bool) -> None:
    r = _reported("对 就是那个", "merged", "red", "elevator", category=category, color="orange", guessed=guessed)
    assert (r["color"], r["category"]) == ("red", "elevator")


def test_the_same_word_in_another_area_is_another_thing() -> None:
    ticket = open_ticket("楼下谁家阳台的窗户坏了 关不上 风一吹就哐哐响 麻烦物业看看", minutes=600)
    assert ticket.category == "facility"
    text = "楼道窗户玻璃碎了一块 半块挂在框上晃 底下就是车棚 小孩常在那玩"
    assert classify_rules(text, RESIDENT).color == "red"
    assert joined(text, ticket) is None


def test_a_me_too_the_model_reads_as_a_consultation_takes_the_problems_colour() -> None:
    r = _reported("+1 孩子马上要考试了 真的受不了", "merged", "yellow", "noise", category="noise", color="blue")
    assert (r["color"], r["category"]) == ("yellow", "noise")
