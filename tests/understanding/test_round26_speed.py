"""Round 26, speed: what makes classify faster must read every message exactly as before.

- A message is folded (width, case, dialect, typos) once: the rules, the model and the last word share it
  through bounded memos on `normalising.normalise` and `dialect.to_mandarin`; a memo never serves one vocabulary's
  fold for another's, nor one message's for the next.
- The clause around a position is found from the text's separator places (found once per text): the same
  bounds as the scan over every separator, at every position of texts with separators anywhere.
- `word_lists.first_of` (read by the kinds' readings) prepares each word list once and skips a text holding
  none of its first parts: the same word as reading the list in order.
Sentences are our own."""
from __future__ import annotations

from dataclasses import replace

import pytest

from bot.understanding import Context, classify
from bot.understanding.clauses import SEPARATORS, clause_bounds
from bot.understanding.dialect import to_mandarin
from bot.understanding.normalising import normalise
from bot.understanding.vocabulary import default_vocabulary
from bot.understanding.word_lists import first_of

VOCAB = default_vocabulary()
RESIDENT = Context(sender_role="resident", chat_building="5")

# our own messages: requests, chatter, dialect, traditional characters, typos, English, places, emoji codes
MESSAGES = [
    "3号楼二单元的电体又停了，里面好像有人",
    "楼道灯不亮好几天了 麻烦物业来看看",
    "唔該幫手睇下，部電梯冇反應",
    "樓下一直滴水，邊個負責？",
    "阿拉屋里厢水管漏了，侬好来看看伐",
    "someone stuck in the lift at block 7!!",
    "4503 still no water since morning",
    "收到[强][强]",
    "谢谢师傅 修好了",
    "十二楼走廊有股煤气味，好吓人",
    "东门口垃圾桶满了没人收，臭死了",
    "老人在家摔倒了起不来 快来人",
    "请问老年卡在哪里办理？",
    "建议小区多装几个充电桩",
    "七栋1单元602楼上天天半夜电钻",
    "车位被外面的车占了 能不能管管",
    "楼道里有人给电动车充电 太危险了",
    "昨天停电了，今天好了",
    "下水道反水了 满地都是",
    "窗户玻璃裂了快要掉下来，底下有小孩玩",
    "哈哈哈 今天天气真好",
    "ＡＢＣ　全角字符　电梯坏了",
    "",
    "   ",
    "B2车库的灯一闪一闪的",
    "21号楼三单元五楼暖气一点都不热 家里有老人",
]


def _reading(u):
    return (u.request, u.color, u.category, u.location, u.reasons, u.model_only, u.category_guessed, u.fixed_report)


def _clear_memos() -> None:
    normalise.cache_clear()
    to_mandarin.cache_clear()


def test_a_message_is_folded_once_for_all_its_readings():
    _clear_memos()
    classify("12楼楼道灯坏了好几天了 麻烦尽快修一下", RESIDENT)
    assert normalise.cache_info().misses == 1        # rules, form check and last word share one fold
    assert to_mandarin.cache_info().hits >= 1         # the model reads the fold the rules made


@pytest.mark.parametrize("text", [m for m in MESSAGES if m.strip()])
def test_memoised_folds_equal_the_plain_ones(text):
    _clear_memos()
    assert to_mandarin(text.lower()) == to_mandarin.__wrapped__(text.lower())
    assert normalise(text, VOCAB) == normalise.__wrapped__(text, VOCAB)


def test_a_fold_is_never_served_to_another_vocabulary():
    no_typos = replace(VOCAB, typo_automaton=None)
    _clear_memos()
    assert normalise("电体坏了", VOCAB) == "电梯坏了"
    assert normalise("电体坏了", no_typos) == "电体坏了"   # same text, another vocabulary: its own fold
    assert normalise("电体坏了", VOCAB) == "电梯坏了"


def test_readings_do_not_depend_on_the_message_before():
    fresh = []
    for text in MESSAGES:
        _clear_memos()
        fresh.append(_reading(classify(text, RESIDENT)))
    _clear_memos()
    in_a_row = [_reading(classify(text, RESIDENT)) for text in MESSAGES + MESSAGES[::-1]]
    assert in_a_row == fresh + fresh[::-1]


def test_memos_stay_bounded():
    _clear_memos()
    for i in range(300):
        classify(f"{i}号楼电梯坏了", RESIDENT)
    assert normalise.cache_info().currsize <= normalise.cache_info().maxsize <= 64
    assert to_mandarin.cache_info().currsize <= to_mandarin.cache_info().maxsize <= 256


def _bounds_by_scanning(t: str, at: int) -> tuple[int, int]:
    return clause_bounds(t, at, ends=set(SEPARATORS))   # another set: the scan over every separator


@pytest.mark.parametrize("t", [
    "", "，", "电梯坏了", "电梯坏了，", "，电梯坏了", "电梯坏了，，楼道灯也不亮。麻烦看看！！",
    "a b\tc\nd", "三楼…四楼～五楼、六楼;七楼", "  有人吗  ", "谢谢.ok,bye!",
])
def test_clause_bounds_from_separator_places_equal_the_scan(t):
    for at in range(len(t) + 1):
        assert clause_bounds(t, at) == _bounds_by_scanning(t, at), (t, at)


def _first_by_reading(words, t):
    return next((w for w in words if all(p in t for p in w.split("+"))), None)


@pytest.mark.parametrize("words,t", [
    (("漏水", "渗水", "滴水"), "楼上一直在滴水"),
    (("漏水", "渗水", "滴水"), "楼上很吵"),
    (("电梯+坏", "电梯+停", "坏"), "电梯停了"),
    (("电梯+坏", "电梯+停", "坏"), "灯坏了"),
    (("电梯+坏",), "坏了的是门不是电梯"),
    (("门+锁", "锁"), "锁芯松了"),
    (("+1",), "我也是"),
    ((), "电梯坏了"),
    (["水管+爆", "水管"], "水管爆了"),   # a list, not a tuple
    (("ok", "no+water"), "still no water"),
])
def test_first_of_equals_reading_the_list_in_order(words, t):
    assert first_of(words, t) == _first_by_reading(words, t)
