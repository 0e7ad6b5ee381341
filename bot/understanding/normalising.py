"""A message folded for reading: width and case folded, emoji codes blanked, homophone typos corrected.

`normalise` is the one text every rule, the model and the last word read (`Scan` runs over it). The typo
table (`typos.py`, compiled into `Vocabulary.typo_automaton`) proposes a correction for each variant found;
a correction is set aside where the variant only cuts through a real word, a floor or building number, or
a measure after its number.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .vocabulary import Vocabulary, normalise_words

_EMOJI_CODE = re.compile(r"\[[^\[\]\s]{1,6}\]")


@lru_cache(maxsize=16)   # one fold per message for the rules, the model and the last word (bounded: memory flat)
def normalise(text: str, vocab: Vocabulary) -> str:
    """Width/case folded, emoji codes blanked, known homophone typos corrected."""
    t = normalise_words(text)
    if "[" in t:
        t = _EMOJI_CODE.sub(lambda m: " 链接 " if m.group(0) == "[链接]" else " ", t)
    ta = vocab.typo_automaton
    if ta is not None:
        out: list[str] = []
        last = 0
        guard = vocab.typo_guard
        found: list[tuple[int, int, str]] = []
        for end, (variant, word) in ta.iter(t):
            start = end - len(variant) + 1
            numbered = word in _NUMBERED_PLACES and start > 0 and (t[start - 1].isdigit() or t[start - 1] in _NUMERALS)
            if not numbered and ((start > 0 and t[start - 1:start + 1] in guard) or t[end:end + 2] in guard):
                continue   # the variant cuts through a real word: 一楼|电表 is not 漏电 (but 一担元 is 一单元)
            if start > 0 and t[start] in "楼层栋幢" and (t[start - 1].isdigit() or t[start - 1] in _PLACE_BEFORE):
                continue   # a floor or a building: 19楼|电井, 3号楼|电体, 我们楼|电闸, 一栋楼|电 are not 漏电
            if start > 0 and t[start] in _UNITS and (t[start - 1].isdigit() or t[start - 1] in _NUMERALS):
                continue   # a measure after its number: 只剩7度了 is a temperature, not 堵了
            found.append((start, end, word))
        # leftmost-longest of the variants kept (a variant set aside no longer hides one it overlaps: 3号楼电体)
        if len(found) > 1:
            found.sort(key=lambda f: (f[0], f[0] - f[1]))
        for start, end, word in found:
            if start < last:
                continue
            out.append(t[last:start])
            out.append(word)
            last = end + 1
        if out:
            out.append(t[last:])
            t = "".join(out)
    return t


# before 楼/层 naming a place (3号楼, 我们楼, 这栋楼, 整层): the 楼 there is the place, not a typo's start
_PLACE_BEFORE = "一二三四五六七八九十号们这那本整各该此每顶底高低栋幢座"
# units said after a number (degrees of a room's temperature)
_UNITS = "度"
# a place word that follows its number (一担元, 3单园 by voice input): after a numeral a variant of it is
# the place, even where the numeral and the variant's first character make a word (一担 a load)
_NUMBERED_PLACES = frozenset({"单元"})
_NUMERALS = "一二三四五六七八九十两"
