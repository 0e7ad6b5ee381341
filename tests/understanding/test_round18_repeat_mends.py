"""Round 18 repeat linking, mended: "一点水都没有" is the tap's only in a home (a dry lawn is no outage); a
piece two messages share is the thing at fault only when it is no qualifier of another thing in the report
(地库入口的道闸) and, for a nuisance, when the message tells the nuisance (not another doing of its source);
"again" with a word that is part of the report's longer thing (垃圾 of 垃圾桶) is no same thing; the reporter's
add-on opening with "还有" tells another problem; a mend is a whole word (报修好几回, 刚通知 are none) and one
that did not hold ("说修好了 结果还是不亮") keeps the link; an emergency of another kind told with an outage's
"me too" is a ticket of its own. Sentences are our own."""
from __future__ import annotations

from bot.understanding import match_repeat
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.still_same import mended_since
from bot.understanding.vocabulary import normalise_words
from tests.understanding.linking import RESIDENT, model_request
from tests.understanding.linking import open_ticket as _ticket

_HOUR = 60.0


def _link(text: str, t, sender: str = "r5", model: bool = False):
    u = model_request(text) if model else classify_rules(text, RESIDENT)
    return match_repeat(u, normalise_words(text), sender, "4", [t])


# ------------------------------------------------------------------ a dry lawn is no outage
def test_not_a_drop_for_the_lawn_is_no_outage_but_in_a_home_it_is():
    assert classify_rules("小区东边草坪一点水都没有 树都快旱死了", RESIDENT).keywords[:1] != ("no_water",)
    assert classify_rules("屋里一点水都没有了 早饭都没做成", RESIDENT).keywords[0] == "no_water"


def test_a_dry_lawn_does_not_join_the_building_outage():
    t = _ticket("家里停水了 什么情况", minutes=90)
    assert _link("东边草坪一点水都没有 树都快旱死了 能不能派人浇浇", t) is None


# ------------------------------------------------------------------ the shared piece must be the thing at fault
def test_the_place_of_a_broken_barrier_still_crowded_is_another_problem():
    t = _ticket("地库入口的道闸坏了 杆子一直落不下来", minutes=25 * _HOUR)
    assert _link("地库入口还是挤着 好多车乱停在那", t, model=True) is None


def test_a_noisy_shop_still_blocking_the_way_is_another_problem_still_at_its_noise_the_same():
    t = _ticket("楼下面包店每天一早就开大喇叭 吵死了", minutes=25 * _HOUR)
    assert _link("楼下面包店还在门口摆摊 人都过不去", t, model=True) is None
    m = _link("楼下面包店还在放喇叭 一大早就响", t, model=True)
    assert m is not None and m.ticket_no == 9, m


def test_rubbish_dumped_again_is_not_the_full_bin():
    t = _ticket("楼道垃圾桶满了 好几天没人倒", minutes=25 * _HOUR)
    assert _link("单元门口又有人乱丢建筑垃圾 堆了好多碎砖", t) is None


# ------------------------------------------------------------------ the reporter's "还有..." is another problem
def test_the_reporters_add_on_opening_with_another_thing_is_no_follow_up():
    t = _ticket("5单元楼道灯坏了", minutes=2, reporter="r1")
    text = "还有5单元201门口 一只鸽子死那儿好几天了"   # the model reads sanitation, the rules no family
    m = match_repeat(model_request(text, "sanitation"), normalise_words(text), "r1", "4", [t])
    assert m is None or m.kind != "follow_up", m


# ------------------------------------------------------------------ a mend is a whole word, and must hold
def test_a_mend_is_a_whole_word():
    assert not mended_since("这灯报修好几回了 还是不亮")
    assert not mended_since("物业刚通知说下午来人")
    assert mended_since("前天刚通完 今天又堵了")


def test_a_mend_that_did_not_hold_is_no_mend():
    assert not mended_since("师傅说换好了 可还是不亮")
    assert not mended_since("物业说修好了 结果还是没电")
    assert mended_since("上周刚修好 今天又坏了")


def test_a_neighbour_saying_the_light_was_reported_many_times_joins_it():
    t = _ticket("4单元2楼楼道灯不亮了", minutes=30 * _HOUR)
    m = _link("4单元2楼的灯报修好几回了 还是不亮", t)
    assert m is not None and m.ticket_no == 9, m


def test_a_neighbour_saying_the_claimed_repair_did_not_hold_joins_it():
    t = _ticket("4单元2楼楼道灯不亮了", minutes=30 * _HOUR)
    m = _link("4单元2楼的灯物业说修好了 结果还是不亮", t)
    assert m is not None and m.ticket_no == 9, m


# ------------------------------------------------------------------ an emergency is not an outage's "me too"
def test_a_burst_pipe_told_with_the_outages_me_too_is_its_own_ticket_a_plain_me_too_joins():
    t = _ticket("又停水了 啥时候来水", minutes=8)
    assert _link("我家也停水了 刚才卫生间水管爆了 水流了一地 快来人", t) is None
    m = _link("我家也停水了 五楼", t)
    assert m is not None and m.ticket_no == 9, m


# ------------------------------------------------------------------ the supply back, the lift still stuck
def test_the_lift_still_stuck_once_the_power_is_back_is_another_problem():
    t = _ticket("停电一整天了 电梯一直停着 家在十楼 买不了菜", minutes=25 * _HOUR)
    assert _link("来电了 可电梯还是不走 2单元电梯屏幕报错", t) is None
