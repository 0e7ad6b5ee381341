"""Round 23 review of u23d's repeat links: misfires found by probing and mended. Each message -> the link
(or none) it must make. Sentences are the reviewer's own."""
from __future__ import annotations

from dataclasses import replace

from bot.understanding.added_wish import added_wish
from bot.understanding.still_same import mended_since

from tests.understanding.linking import link, model_request, open_ticket


def _model(text: str, category: str, color: str | None = None):
    u = model_request(text, category)
    return replace(u, color=color) if color else u


# ------------------------------------------------------------------ a red the reporter cannot name is its own
def test_a_missing_child_from_the_reporter_of_uncollected_garbage_is_no_return():
    t = open_ticket("楼下垃圾好几天没人收了", minutes=600, reporter="r7")
    text = "孩子到现在还没找到 谁看见了"
    m = link(text, t, sender="r7", u=_model(text, "safety", "red"))
    assert m is None, m


def test_an_old_neighbour_not_answering_from_the_reporter_of_a_broken_lock_is_no_return():
    t = open_ticket("单元门锁坏了 关不上", minutes=600, reporter="r7")
    text = "隔壁老太太到现在还没开门 敲也没人应"
    m = link(text, t, sender="r7", u=_model(text, "care", "red"))
    assert m is None, m


def test_a_fight_from_the_reporter_of_garbage_is_no_return():
    t = open_ticket("楼下垃圾好几天没人收了", minutes=600, reporter="r7")
    text = "隔壁那家两口子还在打 摔东西了"
    m = link(text, t, sender="r7", u=_model(text, "dispute", "red"))
    assert m is None, m


# ------------------------------------------------------------------ a one-character thing: no red, no own symptom
def test_someone_trapped_in_the_lift_is_not_the_lift_door_ticket_still_open():
    t = open_ticket("电梯门关不上", minutes=30, reporter="r2")
    text = "那梯还困着人呢 快点"
    m = link(text, t, sender="r9", u=_model(text, "elevator", "red"))
    assert m is None, m


def test_a_tree_about_to_fall_is_not_the_branch_at_the_window_still_there():
    t = open_ticket("楼下的树枝挡窗户了", minutes=30, reporter="r2")
    m = link("那树还在晃 快倒了", t, sender="r9")
    assert m is None, m


def test_the_lights_still_dark_still_joins_the_light_ticket():
    t = open_ticket("三楼楼道灯不亮", minutes=30, reporter="r2")
    text = "楼道灯咋还黑着呢"
    m = link(text, t, sender="r9", u=_model(text, "facility"))
    assert m is not None and m.ticket_no == 9, m


# ------------------------------------------------------------------ a matter of its own from the reporter
def test_a_question_about_handouts_from_the_reporter_of_a_cold_radiator_is_no_return():
    t = open_ticket("我家暖气不热", minutes=600, reporter="r7")
    text = "社区啥时候发米面油啊 到现在还没领到"
    m = link(text, t, sender="r7", u=_model(text, "affairs", "blue"))
    assert m is None, m


def test_the_reporter_asking_why_nobody_answered_still_joins_their_leak():
    t = open_ticket("我家水管漏水了", minutes=600, reporter="r7")
    text = "到现在还没人回复 咋回事"
    m = link(text, t, sender="r7", u=_model(text, "other"))
    assert m is not None and m.ticket_no == 9, m


# ------------------------------------------------------------------ told again: no red hidden in a milder ticket
def test_a_red_relay_at_the_same_spot_is_not_told_again():
    from bot.understanding.told_again import told_again
    from bot.understanding.vocabulary import default_vocabulary, normalise_words
    t = open_ticket("一单元三楼窗户玻璃碎了", minutes=30, reporter="r2")
    text = "一单元三楼窗户玻璃碎了"
    u = replace(_model(text, "facility", "red"))
    assert told_again(u, normalise_words(text), "4", [t], default_vocabulary()) is None
    assert told_again(replace(u, color="yellow"), normalise_words(text), "4", [t], default_vocabulary()) is not None


# ------------------------------------------------------------------ asked again, not a wish added
def test_asking_when_it_opens_again_is_the_same_question():
    t = replace(open_ticket("建议小区搞个读书角"), color="blue", category="suggestion")
    assert added_wish("+1 啥时候再开放啊", t) is None
    assert added_wish("同问 还会再办吗", t) is None
    assert added_wish("+1 再搞个小孩写作业的地方", t) == "再搞"


def test_a_me_too_asking_when_it_opens_again_joins_the_suggestion():
    t = replace(open_ticket("建议小区搞个读书角", reporter="r1"), color="blue", category="suggestion")
    text = "+1 啥时候再开放啊"
    m = link(text, t, sender="r2", u=replace(model_request(text, "suggestion"), color="blue"))
    assert m is not None and m.ticket_no == 9, m


# ------------------------------------------------------------------ a meal made is no mend
def test_a_meal_just_made_is_no_mend():
    assert not mended_since("还是不热 我刚弄好饭就发现暖气又凉了")
    assert mended_since("前天刚弄好的 今天又坏了")


def test_the_reporter_cold_again_after_making_dinner_joins_the_heating_ticket():
    t = open_ticket("我家暖气不热 二单元五楼", minutes=600, reporter="r7")
    m = link("还是不热 我刚弄好饭就发现暖气又凉了", t, sender="r7")
    assert m is not None and m.ticket_no == 9, m


# ------------------------------------------------------------------ part mended: what is still there is another
def test_the_reporter_saying_the_supply_is_back_but_weak_is_no_return():
    t = open_ticket("我家停水了 一滴都没有", minutes=300, reporter="r7")
    text = "有水了 就是水压还是很小 能不能再调一下"
    m = link(text, t, sender="r7", u=_model(text, "utilities", "yellow"))
    assert m is None, m
