"""Round 27 (u27w): a danger told beside a story of another place.

The rules set aside every danger cue told inside a story from elsewhere and carry the story on the Understanding;
hybrid reads the model once on the words said of here (news_elsewhere.py): a danger only in the story is no red,
a danger told here (after the story, in words no "here" list knows, or before it) is red.
"""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify, default_vocabulary
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.marks import Mark
from bot.understanding.normalising import normalise
from bot.understanding.scan import Scan
from bot.understanding.telling import elsewhere_span, story_of

RESIDENT = Context(sender_role="resident", chat_building="5")


def _story(text: str):
    vocab = default_vocabulary()
    scan = Scan(normalise(text, vocab), vocab)
    away = elsewhere_span(scan)
    assert away is not None
    return story_of(scan, away)


@pytest.mark.parametrize("text", [
    "朋友圈看到外地有人煤气中毒 好吓人 大家晚上记得开窗",
    "网上说外省一个小区电梯掉下来了 好几个人受伤 以后坐电梯都怕",
    "网上说外省有人被困电梯窒息 太吓人了",
    # near misses: a now-word or a floor inside the news itself is no turn back here
    "看新闻说外地一栋楼着火 现在还在烧 消防都去了",
    "新闻里说某市一小区12楼起火 三个人被困",
    # a turn back here that says all is well
    "网上说外省有人被困电梯窒息 刚才二单元电梯也停了一会儿 好在里面没人",
])
def test_news_alone_is_no_red(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.color != "red", u.reasons


@pytest.mark.parametrize("text", [
    "网上说外省有人被困电梯窒息 这会儿二单元电梯里头关着个老爷子",
    "朋友圈看到外地一个老人摔倒没人管 刚刚2单元门口躺着个大爷 叫他也不答应",
    "听说外省有个老人走丢了 刚才7栋的王奶奶出门到现在还没回来 电话也不接",
    "新闻说外省有栋楼外墙掉下来砸了人 现在8栋外墙那块砖晃得厉害 下面全是人",
])
def test_a_danger_here_after_news_in_words_no_here_list_knows_is_red(text: str) -> None:
    u = classify(text, RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons
    assert any("words about here" in r for r in u.reasons), u.reasons


@pytest.mark.parametrize("text", [
    # the danger in cue words, after a turn back here no list knows (a place, a now-word)
    "网上说外省有人被困电梯 这会儿二单元电梯里也困着人",
    "看到新闻说外地有个小区煤气爆炸 刚才6号楼楼道里闻到好大一股煤气味",
    "新闻里讲外省一个小区燃气爆炸 现在五楼楼道一股煤气味 呛得很",
])
def test_a_danger_here_after_news_in_known_words_is_red(text: str) -> None:
    u = classify(text, RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    # the text turns back here in a word of the "here" list: the rules read the rest (as before this round)
    "看新闻说外地有人煤气中毒 咱们楼道现在也一股煤气味 头都晕了",
    "网上说外省有人被困电梯 咱们楼电梯现在也困人了 快来人",
])
def test_a_danger_after_a_known_here_word_stays_red(text: str) -> None:
    u = classify(text, RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    # a story turned back here in a known word, the danger after it in words no list knows (round 28)
    "网上看到外地有人被困电梯 咱们楼电梯里头这会儿关着个老爷子 喊了半天了",
    "听说隔壁小区有老人摔了没人管 我们单元门口现在躺着个大爷 叫他也不答应",
])
def test_a_danger_after_a_known_here_word_in_unknown_words_is_red(text: str) -> None:
    u = classify(text, RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    "二单元电梯里头关着个老爷子半天了 网上说外省有人被困电梯窒息",
    "2单元门口躺着个大爷 叫他也不答应 朋友圈看到外地一个老人摔倒没人管",
])
def test_a_danger_here_before_news_in_unknown_words_is_red(text: str) -> None:
    u = classify(text, RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    # the danger before the news in cue words: the rules read it (as before)
    "4栋楼顶这会儿冒黑烟了 抖音上刷到外地也有栋楼着火",
    "3单元楼道里全是黑烟 呛得睁不开眼 新闻里天天说电动车着火",
])
def test_a_danger_here_before_news_in_known_words_is_red(text: str) -> None:
    u = classify(text, RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    # the news is the reason for an ask about the same hazard here: after a place here no list knows...
    "看新闻说外地电梯困人 6号楼电梯啥时候也检修一下",
    "网上说别的小区电动车充电起火 2单元楼道那几辆车能不能叫人挪走",
])
def test_an_ask_here_after_news_in_words_no_here_list_knows_is_a_request_not_red(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.request and u.color not in (None, "red"), u.reasons


@pytest.mark.parametrize("text", [
    # ...or after a word of the "here" list (as before)
    "听说隔壁小区电动车起火死了人 咱们楼道那几辆车啥时候清",
    "网上说外地楼道着火 我们三单元楼道里那些纸箱子能不能清一下",
])
def test_an_ask_here_after_a_known_here_word_is_a_request_not_red(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.request and u.color not in (None, "red"), u.reasons


@pytest.mark.parametrize("text", [
    "转发一下：“某地一小区电动车在楼道充电起火 烧死两人”物业能不能把我们单元楼道的车清一清",
    "转发：“外地有个老小区电梯困人两个钟头”物业麻烦查查咱们3号楼的电梯",
])
def test_a_forward_whose_poster_asks_the_office_reports_what_it_quotes(text: str) -> None:
    # as before this round: nothing in the quote is set aside as told of another place, no story is carried
    u = classify(text, RESIDENT)
    assert u.request, u.reasons
    assert u.story is None and Mark.TOLD_ELSEWHERE not in u.marks, u.reasons
    assert not any("told of another place" in r for r in u.reasons), u.reasons


@pytest.mark.parametrize("text", [
    "转发：某地一高层住宅起火 浓烟滚滚 提醒大家注意用电安全",
    "【转】外地一小区电动车半夜起火 烧死三人 现在3号楼的人都吓坏了",
])
def test_a_forward_alone_stays_news(text: str) -> None:
    u = classify(text, RESIDENT)
    assert not u.request, u.reasons


def test_the_words_about_here_run_from_the_first_clause_that_says_now_or_names_a_place() -> None:
    s = _story("网上说外省有人被困电梯窒息 太吓人了 这会儿二单元电梯里头关着个老爷子")
    assert (s.marker, s.closed, s.here) == ("网上说", False, "这会儿二单元电梯里头关着个老爷子")


def test_the_words_before_the_story_are_about_here() -> None:
    s = _story("二单元电梯里头关着个老爷子 网上说外省有人被困电梯窒息")
    assert s.here == "二单元电梯里头关着个老爷子" and not s.closed


@pytest.mark.parametrize("text", [
    "新闻里说某市一小区12楼起火 三个人被困",        # the floor is in the story's opening clause
    "网上说 外省一个小区3号楼起火 烧了好几层",      # a clause naming the other place
    "看新闻说外地一栋楼着火 烧死两人 太惨了",       # no place here, no now
])
def test_the_news_own_clauses_are_not_about_here(text: str) -> None:
    assert _story(text).here == ""


def test_a_story_closed_by_a_here_word_keeps_what_follows() -> None:
    s = _story("看新闻说外地燃气爆炸 咱们小区燃气管道老化")
    assert s.closed and s.here == "咱们小区燃气管道老化"


def test_told_elsewhere_marks_a_danger_set_aside_only_as_told_of_another_place() -> None:
    u = classify_rules("网上说外省有人被困电梯窒息 这会儿二单元电梯里头关着个老爷子", RESIDENT)
    assert Mark.SET_ASIDE in u.marks and Mark.TOLD_ELSEWHERE in u.marks and u.story is not None
    # a danger also denied here is set aside for more than the story
    u = classify_rules("楼道里不是着火 是有人烧纸 网上说外地有人被困电梯", RESIDENT)
    assert Mark.SET_ASIDE in u.marks and Mark.TOLD_ELSEWHERE not in u.marks
