"""Round 21 request vs chatter in new styles: a neighbour's answer that ends "就行 / 就中 / 就成" tells how,
it reports nothing; a hurt person judged "问题不大" is no danger read in; a building leader who has made
the call and is on the way ("电话我打完了 正往那赶") or has taken the loose pieces down ("都敲掉了") is
handling it; Cantonese 琴晚 places an event in the past (a pet lost last night is no missing person), "我都系" is a me-too; a supply out typed in
toneless pinyin is read as the words; the writer's home named by number before the problem ("我家就是五楼
...") says where it is; compensation applied for (申请赔偿) asks a channel. Receive a message, expect this decision. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify
from bot.understanding.answer_how import tells_how
from bot.understanding.dialect import to_mandarin
from bot.understanding.vocabulary import default_vocabulary

RESIDENT = Context(sender_role="resident")
LEADER = Context(sender_role="leader")
VOCAB = default_vocabulary()


# ------------------------------------------------------------------ an answer telling how
@pytest.mark.parametrize("text", [
    "带上户口本去居委会窗口办就成",
    "抽血前一晚九点以后别吃东西就中",
    "滤网拆下来用清水冲一冲就行了",
])
def test_an_answer_ending_that_is_enough_tells_how(text: str) -> None:
    assert tells_how(text) is not None


@pytest.mark.parametrize("text", [
    "是带复印件就行吗",                    # still a question
    "希望晚上也能开 刷卡就行",              # a wish
    "麻烦物业派个人来瞧一眼就行",            # an ask to the office
    "门口那摊水扫一扫就好了",               # 就好了 is left out
])
def test_no_answer_when_it_still_asks(text: str) -> None:
    assert tells_how(text) is None


def test_an_answer_is_no_request() -> None:
    u = classify("抽血前一晚九点以后别吃东西就中 水少喝一口", RESIDENT)
    assert not u.request, u.reasons
    assert any("an answer telling what will do" in r for r in u.reasons), u.reasons


# ------------------------------------------------------------------ a hurt person judged not serious
@pytest.mark.parametrize("word", ["问题不大", "没什么大碍"])
def test_not_serious_is_a_reassurance(word: str) -> None:
    assert word in VOCAB.words["reassured"]


def test_a_neighbours_judgement_after_a_fall_is_no_report() -> None:
    u = classify("额头擦破一块皮，人很清醒，估计问题不大，最好还是拍个片子", RESIDENT)
    assert not u.request, u.reasons


# ------------------------------------------------------------------ a leader handling it in dialect
@pytest.mark.parametrize("text", [
    "7号楼电梯关人了 里头一个老太太 电话我打完了 正往那赶",
    "三单元门头松的瓷砖都敲掉了 过两天再补",
])
def test_a_leader_on_the_way_or_done_is_handling_it(text: str) -> None:
    u = classify(text, LEADER)
    assert not u.request, u.reasons
    assert any("is handling it" in r for r in u.reasons), u.reasons


def test_a_leader_asking_for_hands_still_reports() -> None:
    u = classify("7号楼电梯关人了 里头一个老太太 谁能过来帮一下", LEADER)
    assert (u.request, u.color) == (True, "red"), u.reasons


# ------------------------------------------------------------------ Cantonese time words, a me-too
def test_cantonese_last_night_is_last_night() -> None:
    assert "昨晚" in to_mandarin("琴晚停咗成个钟电")


def test_a_past_pet_loss_is_no_missing_person() -> None:
    u = classify("有冇人见过一只白色嘅猫仔 颈有个铃铛 琴晚走失咗", RESIDENT)
    assert u.color != "red", u.reasons


def test_compensation_applied_for_is_affairs() -> None:
    u = classify("前晚停了一夜电 冰箱里的肉全臭了 请问能不能申请赔偿", RESIDENT)
    assert (u.request, u.color, u.category) == (True, "blue", "affairs"), u.reasons


def test_cantonese_me_too_without_other_marks() -> None:
    assert to_mandarin("我都系 住五楼").startswith("我也是")


def test_a_rope_tied_is_not_folded() -> None:
    assert to_mandarin("绳子系好了") == "绳子系好了"


# ------------------------------------------------------------------ pinyin typed by a second-language writer
def test_a_supply_out_in_pinyin_is_read() -> None:
    u = classify("ni hao, wo jia ting shui le, 6hao lou 2 lou 手机打字慢", RESIDENT)
    assert (u.request, u.color, u.category) == (True, "orange", "utilities"), u.reasons
    assert u.location is not None and (u.location.building, u.location.floor) == ("6", "2")


# ------------------------------------------------------------------ the writer's home named before the problem
def test_home_named_before_the_problem_is_a_report() -> None:
    u = classify("我家就是五楼 卫生间顶上的墙皮 一片一片往下掉", RESIDENT)
    assert u.request, u.reasons


def test_home_named_in_a_retort_stays_a_reply() -> None:
    u = classify("我家就是三楼的 在阳台晒个被子怎么了", RESIDENT)
    assert not u.request, u.reasons
