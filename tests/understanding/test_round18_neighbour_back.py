"""Round 18 repeat linking: a neighbour comes back hours or days after another resident's report and says the
thing is still there, was promised and nothing came of it, or (a nuisance) is at it again, naming it more
broadly or more narrowly (排气扇 / 气扇, 煤气罐 / 气罐); a thing mended in between and broken anew is a new
ticket, and a breakdown "again" is a new one too. Sentences are our own."""
from __future__ import annotations

from bot.understanding import match_repeat
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.still_same import mended_since
from bot.understanding.neighbour_back import back_word, common_piece
from bot.understanding.vocabulary import normalise_words
from tests.understanding.linking import RESIDENT, model_request
from tests.understanding.linking import open_ticket as _ticket

_HOUR = 60.0


def _link(text: str, t, sender: str = "r5", model: bool = False):
    u = model_request(text) if model else classify_rules(text, RESIDENT)
    return match_repeat(u, normalise_words(text), sender, "4", [t])


# ------------------------------------------------------------------ the words of coming back
def test_told_before_and_nothing_came_of_it_is_a_back_word():
    assert back_word("前天就说过了 到今天也没弄") is not None
    assert back_word("说好的师傅呢") == "说好的"
    assert back_word("麻烦物业来看看") is None


def test_again_counts_only_when_asked_for():
    assert back_word("楼上那家又在剁肉", again=True) == "又"
    assert back_word("楼上那家又在剁肉", again=False) is None
    assert back_word("又要交物业费了", again=True) is None


def test_a_question_whether_it_was_mended_is_no_mend():
    assert mended_since("上礼拜刚换的灯泡 又不亮了")
    assert not mended_since("那个水泵修好没 啥时候来水")


def test_a_piece_both_name_is_a_thing_but_everyday_words_are_not():
    assert common_piece("排气扇还是嗡嗡响", "饭馆后面的大排气扇吵死人", ()) == "排气扇"
    assert common_piece("晚上物业还是没人", "晚上物业电话打不通", ()) is None
    assert common_piece("单元门口还是那样", "单元门口堆满了", ("单元门", "门口")) is None


# ------------------------------------------------------------------ a neighbour, hours later, still there
def test_a_neighbour_days_later_says_the_fan_named_more_narrowly_is_still_roaring():
    t = _ticket("饭馆后墙那台大排气扇从早转到半夜 吵得我们睡不着", minutes=30 * _HOUR)
    m = _link("那个气扇还是嗡嗡的 老人一宿没合眼 求管管", t, model=True)
    assert m is not None and m.ticket_no == 9, m


def test_a_neighbour_says_the_gas_cylinders_are_still_piled_there():
    t = _ticket("面馆把五六个液化气罐堆在单元门口 挡着路了 太危险", minutes=20 * _HOUR)
    m = _link("单元门口那些气罐还堆着呢 太吓人了 赶紧搬走", t, model=True)
    assert m is not None and m.ticket_no == 9, m


def test_a_neighbour_says_the_promised_repair_never_came():
    t = _ticket("三单元门锁坏了 门关不上 谁都能进", minutes=22 * _HOUR)
    m = _link("三单元门锁还是坏的 说好昨天下午来修的呢", t)
    assert m is not None and m.ticket_no == 9, m


def test_the_nuisance_at_it_again_joins_the_open_noise_ticket():
    t = _ticket("楼下烧烤摊半夜还在划拳喝酒 吵得孩子睡不着", minutes=24 * _HOUR)
    m = _link("烧烤摊今晚又划拳到一点 到底有没有人管", t)
    assert m is not None and m.ticket_no == 9, m


# ------------------------------------------------------------------ and what stays apart
def test_a_thing_mended_in_between_and_broken_anew_is_a_new_ticket():
    t = _ticket("一楼下水道返水了 地漏往外冒脏水", minutes=50 * _HOUR)
    assert _link("一楼下水道又返水了 前天刚通的 这回更厉害", t) is None


def test_a_breakdown_again_is_a_new_ticket_not_the_old_one_back():
    t = _ticket("三号楼电梯坏了 停在七楼不动", minutes=40 * _HOUR)
    assert _link("三号楼电梯又坏了 停在九楼不动", t, model=True) is None


def test_the_same_kind_with_nothing_named_in_common_stays_apart():
    t = _ticket("小区东边草坪上有狗屎 踩了一脚", minutes=30 * _HOUR)
    assert _link("楼道里的垃圾还是没人收 臭死了", t) is None


def test_another_unit_still_broken_is_another_ticket():
    t = _ticket("三单元门锁坏了 门关不上 谁都能进", minutes=22 * _HOUR)
    assert _link("五单元门锁还是坏的 说好昨天来修的呢", t) is None
