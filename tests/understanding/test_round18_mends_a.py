"""Round 18 mends to the set-asides and the chatter rules: a fall is set aside only when the person is told
plainly to be fine (not asked 人没事吧, not hedged 看着没大碍, nothing after it turning it round, no worse sign
like pale lips or still lying on the ground), and a fall set aside still leaves a request; a graze with worse
signs (not answering, confused, the chest, crying) stays red; everyday smoke turned thick, black, growing or
burning-smelling stays red; a knock that met silence is a welfare report; a child after 谁家 is no lost
property; a leader's emergency still going on stays red; a what-if question is a consultation; medicine run
out is a need today; a symptom now beside a nuisance keeps care. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.spaced_words import join_spaced_words

RESIDENT = Context(sender_role="resident", chat_building="4")
LEADER = Context(sender_role="leader", chat_building="4")


def _colour(text: str, ctx: Context = RESIDENT) -> tuple[bool, str | None]:
    u = classify_rules(text, ctx)
    return u.request, u.color


# ------------------------------------------------------------------ a fall set aside only when plainly unharmed
@pytest.mark.parametrize("text", [
    "王奶奶在花园里绊了一跤 人没事吧 谁下去瞅一眼",                       # asked
    "我爸在车库坡道上滑倒了 摔没摔坏也不清楚",                            # asked, A-not-A
    "外婆下台阶时摔倒了 看着没什么大碍 可她脸色煞白",                   # hedged, then a sign
    "隔壁大爷在院里滑倒了 他说没什么事 但是手一直在抖",               # turned round by 但是
    "楼下阿姨在冰上滑倒了 应该没大事 到现在还在地上坐着",               # still on the ground
    "小孙子在走廊摔了一跤 没啥事 就是吐了一回 蔫蔫的",                    # vomiting
])
def test_a_fall_not_plainly_harmless_stays_red(text: str) -> None:
    assert _colour(text) == (True, "red")


def test_a_fall_told_plainly_harmless_is_set_aside() -> None:
    assert _colour("邻居在门口台阶滑倒了 人倒没事 这台阶一下雨就滑 赶紧铺个防滑垫")[1] != "red"


def test_a_fall_set_aside_with_nothing_else_named_still_leaves_a_request() -> None:
    u = classify_rules("我家老太太在小区步道上绊倒了 腿蹭破了点 这条道赶紧弄一下", RESIDENT)
    assert (u.request, u.color) == (True, "orange")


# ------------------------------------------------------------------ a graze with worse signs
@pytest.mark.parametrize("text", [
    "外公在单元门口绊倒了 手掌擦破了 喊他半天也不答应 门口那坎赶紧修",
    "邻居大叔滑倒了 胳膊划破了 现在有点糊涂 门口地砖得换",
    "小外孙在沙坑边摔了 膝盖磕破了 哭个不停 沙坑边上那条铁皮赶紧处理",
    "奶奶在楼梯拐角摔了一跤 手擦破了 说心慌胸闷 台阶快修修吧",
])
def test_a_graze_with_worse_signs_stays_red(text: str) -> None:
    assert _colour(text) == (True, "red")


# ------------------------------------------------------------------ everyday smoke turned alarming
@pytest.mark.parametrize("text", [
    "隔壁烤鸭店又在冒烟 今天全是黑烟 窗户都看不清了",
    "楼下馕坑天天冒烟 今天不一样 有股烧塑料的味",
    "后面那家饭馆烟囱每天冒烟 这会儿烟越来越浓 还噼啪响",
    "锅炉房每天都冒烟 今天冒得特别厉害",
])
def test_smoke_beyond_an_everyday_source_stays_red(text: str) -> None:
    assert _colour(text) == (True, "red")


def test_or_still_is_no_habit_word() -> None:
    assert _colour("快看 对面餐厅冒烟了 还是挺大的烟")[1] == "red"


def test_everyday_grill_smoke_stays_a_nuisance() -> None:
    assert _colour("对面烤串摊每天晚上烟熏火燎 窗户都不敢开")[1] != "red"


# ------------------------------------------------------------------ a knock that met silence
@pytest.mark.parametrize("text", [
    "我也去敲了 屋里没人应 灯好几天没亮了",
])
def test_a_knock_that_met_silence_is_no_chatter(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert not any(r.startswith("not request: a bystander") for r in u.reasons), u.reasons


# ------------------------------------------------------------------ a person after 谁家 is no lost property
def test_a_child_claimed_after_whose_is_no_lost_property() -> None:
    u = classify_rules("谁家的小朋友在车库入口一直哭 家长快来领回去", RESIDENT)
    assert not any("lost or misdelivered" in r for r in u.reasons), u.reasons


def test_a_thing_claimed_after_whose_is_still_lost_property() -> None:
    u = classify_rules("谁家的雨伞落在电梯里了 来领一下", RESIDENT)
    assert any("lost or misdelivered" in r for r in u.reasons), u.reasons


# ------------------------------------------------------------------ a leader's emergency still going on
@pytest.mark.parametrize("text", [
    "7楼有人突然抽搐晕倒 已经拨了120 车还没来 人还昏着 麻烦社区后续跟进",
    "4号电梯困了人 已联系维保 还没出来 里面是个孕妇 请社区跟进",
    "地下室闻到煤气 已经通知燃气公司了 味道越来越浓 后续麻烦物业彻底排查",
])
def test_a_leaders_emergency_still_going_on_stays_red(text: str) -> None:
    assert _colour(text, LEADER) == (True, "red")


def test_a_leaders_call_for_more_hands_at_once_is_no_follow_up() -> None:
    assert _colour("5单元电梯困人，已通知物业，请社区马上协调消防跟进处理", LEADER) == (True, "red")


def test_a_leaders_emergency_over_passes_the_follow_up_up() -> None:
    assert _colour("楼道起火已扑灭 已经报警 没人受伤 后续请物业彻底检修", LEADER)[1] != "red"


# ------------------------------------------------------------------ a what-if question
def test_a_spaced_what_if_question_is_a_consultation() -> None:
    joined = join_spaced_words("要是 晚上 停 电 电梯 里 困 了 人 咋办")
    assert joined is not None
    assert _colour(joined) == (True, "blue")


# ------------------------------------------------------------------ a need today, a symptom now
def test_medicine_run_out_is_a_need_today() -> None:
    assert _colour("我妈八十多了一个人住 降压药用完了 社区有没有帮忙买药送药的服务") == (True, "orange")


def test_a_symptom_now_beside_a_nuisance_keeps_care() -> None:
    assert _colour("隔壁空调外机整晚嗡嗡响 我妈心脏不好 现在心慌得睡不着")[1] == "orange"
