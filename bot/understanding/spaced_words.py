"""A message written word by word ("楼顶 谁家 养 鸽子 。 鸽子 粪 掉 我们 窗台"): read with the words joined.

Mandarin written as a second language, or pasted from an input method, may put a space between every
word. The rules read a space as a clause boundary and the character n-gram model never saw such text,
so both read it badly; joined, it is the usual form. A space that separates clauses
("3号楼电梯卡住了 里面有人") is kept: a message counts as written word by word only when it has several
spaced Chinese words and they are short (most of one or two characters). Only a space between two
Chinese characters (or beside Chinese punctuation) goes: "她 65 岁", "yakxi 谢谢" keep theirs, so a
number or a foreign word is not glued to the next one.
"""
from __future__ import annotations

import re

# at least this many spaced Chinese words, of this mean length at most (characters): ZZN-style text
# reads 1.2-1.9, a message of spaced clauses 3 or more ("电梯卡住了 里面有人 快来")
MIN_WORDS = 5
MAX_MEAN_LEN = 2.2
# ...and this share of them one character long (了, 不, 热, 水): a clause is seldom one character
MIN_SINGLE_SHARE = 0.25
# ...or, in a short message, words of two characters (halting Mandarin: "我家 暖气 不热 好冷", a greeting or a name
# before it): at most this many spaced words, half of them two characters or fewer, none longer than this
MAX_SHORT_WORDS = 10
MAX_SHORT_WORD_LEN = 4

_HAN = r"\u3400-\u9fff"
_PUNCT = r"，。！？；：、…「」『』“”（）,!?;:"
_WORD = re.compile(rf"[{_HAN}]")
# a run of spaces with a Chinese character or Chinese punctuation on each side
_GAP = re.compile(rf"(?<=[{_HAN}{_PUNCT}])[ \u3000]+(?=[{_HAN}{_PUNCT}])")


def word_by_word(text: str) -> bool:
    """Whether `text` is written with a space between (nearly) every word."""
    words = [w for w in text.split() if _WORD.search(w)]
    if len(words) < MIN_WORDS:
        return False
    lengths = [sum(1 for c in w if _WORD.match(c)) for w in words]
    if (sum(lengths) / len(lengths) <= MAX_MEAN_LEN
            and sum(1 for n in lengths if n == 1) >= MIN_SINGLE_SHARE * len(lengths)):
        return True
    return (len(words) <= MAX_SHORT_WORDS and max(lengths) <= MAX_SHORT_WORD_LEN
            and sorted(lengths)[(len(lengths) - 1) // 2] <= 2)   # (the lower median)


def join_spaced_words(text: str) -> str | None:
    """`text` with the spaces between its words removed, when it is written word by word; else None."""
    if not text or " " not in text or not word_by_word(text):
        return None
    joined = _GAP.sub("", text)
    return joined if joined != text else None
