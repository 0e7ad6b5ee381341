"""Which kind of place a text is about: a home (我家, 屋里), a shared area (楼道, 车库), a word used as a
place (草坪上, 楼道里), a flat's own door lock or the building's entrance.

Read as words of the texts only (no written Location: that is `written_places`'s): a home and a shared
area are different places for the same symptom. Pure functions.
"""
from __future__ import annotations

import re

from .vocab_doors import ENTRANCE_DOOR, OWN_DOOR_LOCK

# A home (我屋一楼厕所) and a shared area (车库电梯口) are different places for the same symptom.
HOME = ("我家", "我屋", "家里", "屋里", "我们家", "自己家")
# (status_ask weighs the same list: a corridor leak after one home's leak is another spot)
SHARED_AREA = ("车库", "地下室", "楼道", "电梯口", "电梯厅", "大堂", "大厅", "门口", "路上", "小区里", "过道", "楼梯间",
               "走廊", "公共")


def at_home(text: str) -> bool:
    """The text is about a home only (我家客厅...), no shared area named."""
    return any(w in text for w in HOME) and not any(w in text for w in SHARED_AREA)


def shared_only(text: str) -> bool:
    """The text is about a shared area only (大厅, 门口...), no home named."""
    return any(w in text for w in SHARED_AREA) and not any(w in text for w in HOME)


def _one_kind_each(a: str, b: str, one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """One text names words of `one` only, the other words of `other` only."""
    def kind(x: str) -> str | None:
        has_one, has_other = any(w in x for w in one), any(w in x for w in other)
        return "one" if has_one and not has_other else "other" if has_other and not has_one else None
    ka, kb = kind(a), kind(b)
    return bool(ka and kb and ka != kb)


def home_vs_shared(a: str, b: str) -> bool:
    """One text is about a home only, the other about a shared area only."""
    return _one_kind_each(a, b, HOME, SHARED_AREA)


def own_door_vs_entrance(a: str, b: str) -> bool:
    """One text is about a flat's own door lock (智能锁), the other about the building's entrance (门禁)."""
    return _one_kind_each(a, b, OWN_DOOR_LOCK, ENTRANCE_DOOR)


_LOCATIVE = ("上", "里", "边", "旁", "前", "后", "附近", "那边", "这边", "周围", "门口", "下面", "底下")


def as_place(word: str, text: str) -> bool:
    """`word` is used as a place in `text` (草坪上, 楼道里), not as the thing that is wrong."""
    i = text.find(word)
    while i >= 0:
        if text.startswith(_LOCATIVE, i + len(word)):
            return True
        i = text.find(word, i + 1)
    return False


def within_area(word: str, text: str) -> bool:
    """Every `word` of `text` is part of a longer shared-area word: the 电梯 of "电梯厅那个出风口" names the hall,
    not the lift."""
    spans = [(m.start(), m.start() + len(a)) for a in SHARED_AREA if a != word and word in a
             for m in re.finditer(re.escape(a), text)]
    at = [m.start() for m in re.finditer(re.escape(word), text)]
    return bool(at) and all(any(s <= i and i + len(word) <= e for s, e in spans) for i in at)
