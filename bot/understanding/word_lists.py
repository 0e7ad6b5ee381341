"""The first word of a list a text holds, the lists prepared once (many readings ask each message of several).

Each list is split into its "A+B" parts once, with a pattern of every word's first part: a text holding
none of them is passed over at once, without reading the list word by word.
"""
from __future__ import annotations

import re
from functools import lru_cache


def first_of(words: tuple[str, ...], t: str) -> str | None:
    """The first word of `words` in `t`; "A+B" when every part is there."""
    heads, entries = _prepared(words if isinstance(words, tuple) else tuple(words))
    if heads.search(t) is None:   # no word's first part is there: none of them can be
        return None
    return next((w for w, parts in entries if all(p in t for p in parts)), None)


@lru_cache(maxsize=1024)   # keyed by the module-level word lists: a bounded set
def _prepared(words: tuple[str, ...]) -> tuple[re.Pattern[str], tuple[tuple[str, tuple[str, ...]], ...]]:
    """A list read by `first_of`, prepared once: a pattern of every word's first part, each word's parts."""
    entries = tuple((w, tuple(w.split("+"))) for w in words)
    return re.compile("|".join(sorted({re.escape(p[0]) for _w, p in entries}))), entries
