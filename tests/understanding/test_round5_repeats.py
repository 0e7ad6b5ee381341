"""Round 5 repeat linking: the same problem told in other words minutes later (the conversation is
still about the ticket just filed), and what keeps two look-alike reports apart (another lift,
another gate, another thing "too", the same resident, a report long ago). Receive a message next
to an open ticket, expect this link or none. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, Location, TicketView, Understanding, match_repeat
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.topic import agreement, another_thing, qualifier_conflict, same_topic
from bot.understanding.vocabulary import build_vocabulary, default_vocabulary, normalise_words

RESIDENT = Context(sender_role="resident", chat_building="4")


def _ticket(text: str, minutes: float = 4.0, reported: float | None = None, reporter: str = "r1") -> TicketView:
    u = classify_rules(text, RESIDENT)
    return TicketView(no=7, chat_id="b4", reporter_id=reporter, category=u.category, color=u.color,
                      location=u.location, building="4", text=text, minutes_since_last_report=minutes,
                      reporter_ids=(reporter,), keywords=u.keywords, minutes_since_report=reported)


def _request(category: str, location: Location | None = None, color: str = "yellow") -> Understanding:
    return Understanding(request=True, color=color, category=category, location=location)


# ------------------------------------------------------------------ agreeing openers (data, extendable)
@pytest.mark.parametrize("text, opener", [
    ("是的，晚上也关不上", "是的"),
    ("对 从昨天就这样", "对"),
    ("附议，这个真得管管", "附议"),
    ("系呀，臭到入屋", "系呀"),          # Cantonese
    ("同 我也取不出来", "同"),
])
def test_agreeing_openers(text, opener):
    assert agreement(normalise_words(text), default_vocabulary()) == opener


@pytest.mark.parametrize("text", ["对了，还有件事想问", "对面那栋楼今天停电", "是不是要停水了", "同事说明天停电",
                                  "对门邻居家的狗天天叫"])
def test_openers_that_change_the_subject_do_not_agree(text):
    assert agreement(normalise_words(text), default_vocabulary()) is None


def test_a_community_adds_its_own_agreeing_opener():
    vocab = build_vocabulary({"agree": ["中嘞"]})
    assert agreement("中嘞 俺家也这样", vocab) == "中嘞"
    assert agreement("中嘞 俺家也这样", default_vocabulary()) is None


# ------------------------------------------------------------------ what tells two places or things apart
@pytest.mark.parametrize("a, b, split", [
    ("1号梯停在十楼不动了", "3号梯也不动了", True),
    ("东梯又停了", "西梯挤得要命", True),
    ("南门那排路灯不亮", "北门的路灯也黑着", True),
    ("高区没水了", "低区也停水了", True),
    ("2号梯停在十楼不动了", "2号梯还是不动", False),
    ("南门那排路灯不亮", "路灯确实坏了好几天", False),
])
def test_place_qualifiers(a, b, split):
    assert (qualifier_conflict(b, a) is not None) is split


@pytest.mark.parametrize("text, other", [
    ("秋千也坏了 一块修修吧", True),        # another object, "too"
    ("另外车棚的灯也不亮", True),
    ("是的，滑梯那里谁都不敢让孩子去", False),
])
def test_another_thing_too(text, other):
    objects = default_vocabulary().words["object"]
    assert (another_thing(text, "小广场的滑梯断了一块板", objects) is not None) is other


# ------------------------------------------------------------------ same_topic, the decision itself
def test_same_category_in_other_words_minutes_later_joins():
    t = _ticket("4栋单元门的门禁坏了，刷卡没反应，门一推就开")
    m = same_topic(_request("facility"), "晚上谁都能进来，昨天还有人来敲门推销", "r2", t, True, None,
                   default_vocabulary())
    assert m is not None and m.ticket_no == 7 and "still about #7" in m.reasons[0]


@pytest.mark.parametrize("why, kwargs", [
    ("too late", dict(t_minutes=30.0)),
    ("same resident", dict(sender="r1")),
    ("another category", dict(category="noise")),
    ("a consultation", dict(color="blue")),
    ("place conflict", dict(conflict="different floor (3 vs 5)")),
    ("another family", dict(related=False)),
])
def test_same_topic_stays_apart(why, kwargs):
    t = _ticket("4栋单元门的门禁坏了，刷卡没反应，门一推就开", reported=kwargs.get("t_minutes", 4.0))
    u = _request(kwargs.get("category", "facility"), color=kwargs.get("color", "yellow"))
    m = same_topic(u, "晚上谁都能进来，昨天还有人来敲门推销", kwargs.get("sender", "r2"), t,
                   kwargs.get("related", True), kwargs.get("conflict"), default_vocabulary())
    assert m is None, why


def test_time_counts_from_the_last_report_not_from_a_deadline_step():
    # the ticket was moved by an escalation 2 min ago, but last reported 25 min ago
    t = _ticket("4栋单元门的门禁坏了，刷卡没反应，门一推就开", minutes=2.0, reported=25.0)
    assert same_topic(_request("facility"), "晚上谁都能进来", "r2", t, True, None, default_vocabulary()) is None


def test_an_agreeing_reply_without_a_category_of_its_own_joins():
    t = _ticket("垃圾桶好几天没人收了，满得溢到地上")
    quiet = Understanding(request=False, color=None, category=None, location=None,
                          reasons=("not request: no problem or ask cue",))
    m = same_topic(quiet, normalise_words("是呀，路过都要捂鼻子"), "r3", t, True, None, default_vocabulary())
    assert m is not None and "agrees" in m.reasons[0]


def test_a_shared_object_links_across_a_category_reading():
    t = _ticket("小区南门的快递柜坏了，扫码一直提示网络异常")
    m = same_topic(_request("elevator"), "快递柜我也取不出来，生鲜要坏了", "r3", t, True, None,
                   default_vocabulary())
    assert m is not None and "快递柜" in m.reasons[0]


# ------------------------------------------------------------------ through match_repeat (rules reading)
def test_match_repeat_links_a_reworded_lift_report():
    t = _ticket("2号电梯又停了，按哪层都没反应，麻烦物业叫维保")
    text = "我住二十六楼，刚走下来的，腿都软了，什么时候有人来看"
    u = _request("elevator", Location(floor="26"))   # as the model reads it; a lift: floors do not split
    m = match_repeat(u, text, "r5", "4", [t])
    assert m is not None and m.ticket_no == 7, (u, m)


@pytest.mark.parametrize("text", [
    "1号梯也停了，我在十八楼等了好久",        # another lift
    "5楼那盏灯也不亮，我家门口那个",          # the same symptom on another floor, for a non-supply problem
])
def test_match_repeat_keeps_another_place_apart(text):
    first = "2号电梯又停了，按哪层都没反应，麻烦物业叫维保" if "梯" in text else "3楼楼道灯不亮了，晚上黑乎乎的"
    t = _ticket(first)
    u = classify_rules(text, RESIDENT)
    m = match_repeat(u, text, "r5", "4", [t])
    assert m is None, (m, u.reasons)


# ------------------------------------------------------------------ the reporter again: still there, or worse
def test_the_reporter_saying_it_is_worse_follows_up_across_a_category_reading():
    t = _ticket("5楼卫生间天花板一直滴水，应该是楼上水管漏了，麻烦物业看看", reported=25.0, reporter="r1")
    text = "水越来越多了，都流到开关那里了，灯闪了一下"
    u = _request("safety", color="red")   # the words read as an electrical danger: the same leak, worse
    m = match_repeat(u, normalise_words(text), "r1", "4", [t])
    assert m is not None and m.kind == "follow_up" and "still there" in m.reasons[0]


@pytest.mark.parametrize("text, sender, reported", [
    ("水越来越多了，都流到开关那里了", "r1", 90.0),        # more than an hour on: judged as a report of its own
    ("水越来越多了，都流到开关那里了", "r9", 25.0),        # another resident: not the reporter's update
    ("还有个事，楼下车棚的灯也不亮", "r1", 10.0),          # another thing
])
def test_no_update_link(text, sender, reported):
    t = _ticket("5楼卫生间天花板一直滴水，应该是楼上水管漏了，麻烦物业看看", reported=reported, reporter="r1")
    m = match_repeat(_request("safety"), normalise_words(text), sender, "4", [t])
    assert m is None or "still there" not in m.reasons[0], m


# ------------------------------------------------------------------ qualifiers split even a shared cue
def test_another_lift_with_the_same_cue_is_not_a_repeat():
    t = _ticket("2号电梯又停了，按哪层都没反应，麻烦物业叫维保")
    text = "1号电梯也停了，按哪层都没反应"
    u = classify_rules(text, RESIDENT)
    assert u.request and u.category == "elevator"
    assert match_repeat(u, text, "r5", "4", [t]) is None
    same = "2号电梯还是停着，按哪层都没反应"
    assert match_repeat(classify_rules(same, RESIDENT), same, "r5", "4", [t]) is not None


def test_a_remark_about_the_same_object_that_reports_nothing_does_not_join():
    t = _ticket("小区南门的快递柜坏了，扫码一直提示网络异常")
    quiet = Understanding(request=False, color=None, category=None, location=None,
                          reasons=("not request: no problem or ask cue",))
    assert same_topic(quiet, "我下楼到快递柜那边等师傅", "r3", t, True, None, default_vocabulary()) is None
