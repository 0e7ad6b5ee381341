"""Homophone typos of important words (电体 -> 电梯, 拉级 -> 垃圾), generated with pypinyin.

Every one-character substitution of a cue word by a common character of the same toneless reading (both
characters for the short words in `vocab_data.TYPO_DOUBLE`), unless the variant is a word itself or adds
a fault (漏到 is a leak, not a mistyped 楼道). `compile_typos` compiles them into a small automaton (for
`vocabulary.build_vocabulary`) and lets jieba's dictionary (`jieba_frequent`) veto variants that are real words.
"""
from __future__ import annotations

import logging
import unicodedata
from functools import lru_cache
from typing import Any

import ahocorasick

from . import vocab_data as D


def jieba_frequent(min_freq: int = 20):
    """Yield (word, frequency) of jieba's dictionary, read as text: no model load, nothing kept."""
    import os

    import jieba

    logging.getLogger("jieba").setLevel(logging.WARNING)
    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                parts = line.split(" ", 2)
                if len(parts) >= 2 and 2 <= len(parts[0]) <= 4 and parts[1].isdigit() and int(parts[1]) >= min_freq:
                    yield parts[0], int(parts[1])
    except OSError:
        return


@lru_cache(maxsize=1)
def _pinyin_table() -> dict[int, str]:
    """pypinyin's single-character table; its JSON copy is far lighter to load than the module."""
    import json
    import os

    import pypinyin

    path = os.path.join(os.path.dirname(pypinyin.__file__), "pinyin_dict.json")
    try:
        with open(path, encoding="utf-8") as f:
            return {int(k): v for k, v in json.load(f).items()}
    except (OSError, ValueError):
        from pypinyin.pinyin_dict import pinyin_dict

        return dict(pinyin_dict)


def _reading(ch: str) -> str | None:
    """The main toneless pinyin of a character."""
    r = _pinyin_table().get(ord(ch))
    if not r:
        return None
    r = unicodedata.normalize("NFD", r.split(",")[0])
    return "".join(c for c in r if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def homophones() -> dict[str, tuple[str, ...]]:
    """Toneless pinyin -> common characters (GB2312 level 1) that read so."""
    by_sound: dict[str, list[str]] = {}
    for hi in range(0xB0, 0xF8):   # both GB2312 levels: 电悌 is a typo too
        for lo in range(0xA1, 0xFF):
            try:
                ch = bytes((hi, lo)).decode("gb2312")
            except UnicodeDecodeError:
                continue
            reading = _reading(ch)   # main reading only: rare ones add noise
            if reading:
                by_sound.setdefault(reading, []).append(ch)
    return {k: tuple(v) for k, v in by_sound.items()}


def typo_variants(words: list[str]) -> dict[str, str]:
    """One-character homophone substitutions of each word that are not words themselves."""
    sounds = homophones()
    canon = set(words)
    faults = [f for f in D.FAULT_STATES if len(f) == 1] + ["没", "不", "无", "未"]   # 没气 is no typo of 煤气
    out: dict[str, str] = {}

    def alts(ch: str) -> set[str]:
        return set(sounds.get(_reading(ch) or "", ())) | {ch}

    for w in words:
        options = [alts(ch) for ch in w]
        variants: set[str] = set()
        if w in D.TYPO_DOUBLE:   # both characters may be mistyped (拉级 -> 垃圾)
            variants = {a + b for a in options[0] for b in options[1]}
        else:             # longer words: one character mistyped
            for i in range(len(w)):
                variants |= {w[:i] + a + w[i + 1:] for a in options[i]}
        for v in variants:
            if v == w or v in canon or any(f in v and f not in w for f in faults):
                continue   # 漏到 is a leak going somewhere, not a mistyped 楼道
            out.setdefault(v, w)
    return out


def free_tables() -> None:
    """Drop the pinyin and homophone tables once the vocabulary is compiled (they are only needed then)."""
    homophones.cache_clear()
    _pinyin_table.cache_clear()


def compile_typos(typo_words: list[str]) -> tuple[Any | None, frozenset[str]]:
    """The typo automaton (variant -> (variant, canonical word)) over the variants of `typo_words` that are
    no real word, or None when there are none; and the common two-character words a variant must not cut
    through (一楼|电表)."""
    variants = typo_variants(typo_words) if typo_words else {}
    typo_automaton = None
    firsts, lasts = {v[0] for v in variants}, {v[-1] for v in variants}
    guard_words: set[str] = set()
    for w in D.NOT_TYPOS:
        variants.pop(w, None)
    for w, _n in jieba_frequent(20):
        variants.pop(w, None)          # a real word is not a typo (无业 is not 物业)
        if len(w) == 2 and (w[1] in firsts or w[0] in lasts):
            guard_words.add(w)
    guard = frozenset(guard_words)
    if variants:
        typo_automaton = ahocorasick.Automaton()
        for v, w in variants.items():
            typo_automaton.add_word(v, (v, w))
        typo_automaton.make_automaton()
    return typo_automaton, guard
