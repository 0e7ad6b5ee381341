"""Round 11 repeat linking: a neighbour saying the problem just reported is still there joins its
ticket within the hour when the message points back at it; being short of breath is someone inside
the lift only when the lift or someone inside is named. Receive a message next to an open ticket,
expect this link or none. Sentences are our own."""
from __future__ import annotations

from dataclasses import replace

from bot.understanding import TicketView, Understanding, match_repeat
from bot.understanding.classifier import classify as classify_rules

from tests.understanding.linking import RESIDENT
from tests.understanding.linking import open_ticket as _ticket




def _request(category: str | None, color: str = "yellow") -> Understanding:
    """A request only the model read (no rule family), as the still-there replies mostly are."""
    return Understanding(request=True, color=color, category=category, location=None, model_only=True,
                         reasons=("not request: no problem or ask cue", "model: request p=0.80"))


# ------------------------------------------------------------------ a neighbour: "it is still there"
def test_neighbour_says_the_reported_bike_is_still_charging_half_an_hour_later():
    t = _ticket("三楼楼道里有人拉了根线给电瓶车充电 插座就搁在地上", minutes=30)
    m = match_repeat(_request("other"), "那电瓶车还在那充着 快一个钟头了 谁管管", "r2", "4", [t])
    assert m is not None and m.ticket_no == 9 and m.kind == "repeat"


def test_still_there_without_pointing_back_is_no_link():
    # "still" alone, another category, nothing pointing back: not taken as the ticket's problem
    t = _ticket("三楼楼道里有人拉了根线给电瓶车充电 插座就搁在地上", minutes=30)
    assert match_repeat(_request("sanitation"), "垃圾桶还没人清 臭死了", "r2", "4", [t]) is None


def test_still_there_two_hours_later_is_no_link_by_this_rule():
    # the neighbour's "still" within the hour (topic.still_unfixed) does not reach it; hours later only a neighbour
    # coming back to the same thing named right before its still word links it (neighbour_back, round 18)
    t = _ticket("三楼楼道里有人拉了根线给电瓶车充电 插座就搁在地上", minutes=150)
    m = match_repeat(_request("other"), "那电瓶车还在那充着 谁管管", "r2", "4", [t])
    assert m is None or "told again" in m.reasons[0], m


def test_a_choice_question_with_haishi_is_no_still():
    t = _ticket("三楼楼道里有人拉了根线给电瓶车充电 插座就搁在地上", minutes=30)
    assert match_repeat(_request("other"), "那个是物业管还是社区管？", "r2", "4", [t]) is None


def test_the_reporter_saying_still_there_stays_a_follow_up_not_a_neighbour_repeat():
    t = _ticket("三楼楼道里有人拉了根线给电瓶车充电 插座就搁在地上", minutes=30)
    m = match_repeat(_request("other"), "那电瓶车还在那充着 快一个钟头了", "r1", "4", [t])
    assert m is None or m.kind == "follow_up"


def test_still_there_naming_another_unit_is_no_link():
    t = _ticket("2单元楼道里有人拉了根线给电瓶车充电 插座就搁在地上", minutes=30)
    u = replace(_request("other"), location=classify_rules("5单元楼道", RESIDENT).location)
    assert match_repeat(u, "5单元那边还在充着呢", "r2", "4", [t]) is None


# ------------------------------------------------------------------ short of breath: inside the lift?
def test_short_of_breath_at_home_after_a_power_cut_is_no_one_inside_the_lift():
    t = _ticket("整栋楼停电了 电梯也停了 什么时候来电", minutes=6)
    text = "我家老头在家吸氧 机器一停他就喘不上气 谁能帮帮忙"
    u = classify_rules(text, RESIDENT)
    m = match_repeat(u, text, "r2", "4", [t])
    assert m is None or "inside the lift" not in " ".join(m.reasons)


def test_short_of_breath_inside_the_stopped_lift_joins_it():
    t = _ticket("电梯卡在七楼和八楼中间了 门打不开", minutes=3)
    text = "我儿子在电梯里 打电话说喘不上气 快点"
    m = match_repeat(classify_rules(text, RESIDENT), text, "r2", "4", [t])
    assert m is not None and m.ticket_no == 9


def test_still_going_about_another_object_is_no_link():
    # the neighbour points at another thing (the meter box) that is still humming: a problem of its own
    t = _ticket("地下车库进水了 已经淹到车轮了 快来抽水", minutes=15)
    assert match_repeat(_request("utilities"), "那个配电箱还在嗡嗡响 旁边全是水", "r2", "4", [t]) is None


def test_a_milder_request_after_an_emergency_needs_agreement():
    t = _ticket("楼下有个老人摔倒了 躺在地上起不来", minutes=30)
    assert match_repeat(_request("care"), "她家那个药还没人去拿 谁能帮一下", "r2", "4", [t]) is None


# ------------------------------------------------------------------ someone vulnerable the outage leaves in need
def test_an_old_parent_alone_in_the_outage_asking_someone_to_go_is_its_own_care_request():
    t = _ticket("3单元整个单元都停电了 空调冰箱全停了", minutes=12)
    text = "我爸八十多了一个人住在3单元 屋里没电热得不行 我在外地回不去 麻烦谁上去看一下"
    assert match_repeat(classify_rules(text, RESIDENT), text, "r2", "4", [t]) is None


def test_a_lone_neighbour_who_cannot_carry_water_asking_for_some_is_its_own_care_request():
    t = _ticket("整栋楼停水了 什么时候来水", minutes=8)
    text = "楼上独居的阿婆家也没水了 她提不动 谁能给她送两桶水"
    assert match_repeat(classify_rules(text, RESIDENT), text, "r2", "4", [t]) is None


def test_the_same_outage_with_a_parent_at_home_and_no_ask_for_hands_still_joins():
    t = _ticket("3单元整个单元都停电了 空调冰箱全停了", minutes=5)
    text = "3单元我家也停电了 我妈在家热得够呛"
    m = match_repeat(classify_rules(text, RESIDENT), text, "r2", "4", [t])
    assert m is not None and m.ticket_no == 9


# ------------------------------------------------------------------ hours later, "still" about another thing
def test_hours_later_a_still_word_sharing_nothing_with_the_ticket_is_no_repeat():
    t = _ticket("单元门的门吸掉了 门关不上", minutes=1300)
    # read as the door's family by a stray cue, yet it speaks of a person not back home
    u = Understanding(request=True, color="orange", category="facility", location=None,
                      keywords=("door_lock", "~门+夹"), reasons=("orange: cue '门+夹'",))
    assert match_repeat(u, "我家老人早上出门 穿件灰夹克 到现在还没回来", "r2", "4", [t]) is None


def test_hours_later_the_same_lamp_still_out_joins():
    t = _ticket("路灯坏了 晚上黑乎乎的", minutes=600)
    text = "小区路灯还是不亮 晚上散步都看不见"
    m = match_repeat(classify_rules(text, RESIDENT), text, "r2", "4", [t])
    assert m is not None and m.ticket_no == 9


def test_a_machine_broken_down_is_no_vulnerable_person():
    from bot.understanding import default_vocabulary
    from bot.understanding.care_apart import hands_for
    from bot.understanding.normalising import normalise
    vocab = default_vocabulary()
    assert hands_for(normalise("电梯又瘫痪了 物业赶紧去看看", vocab), vocab) is None
    assert hands_for(normalise("我妈瘫痪在床 停电了 谁能去看看她", vocab), vocab) is not None


def test_a_vulnerable_person_in_need_may_still_join_an_emergency_or_a_lift_ticket():
    from bot.understanding.care_apart import keeps
    base = dict(no=1, chat_id="c", reporter_id="r", text="x", location=None, building="3", keywords=(),
                minutes_since_last_report=1.0)
    assert keeps(TicketView(category="elevator", color="orange", **base))   # type: ignore[arg-type]
    assert keeps(TicketView(category="safety", color="red", **base))       # type: ignore[arg-type]
    assert not keeps(TicketView(category="utilities", color="orange", **base))  # type: ignore[arg-type]
