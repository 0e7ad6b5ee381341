"""A cause guessed at: "马路上在挖沟，估计管子挖破了" tells what a neighbour thinks broke, not a fault they report.

Every problem the rules found lies in the clause a guess word opens (估计, 八成, 怕是, 肯定是 ...), after it, nothing
is told after that clause, the guess is not of who did it (估计是楼上装修把水管打破了), and the message asks nothing and names no home of the writer's: a neighbour's explanation of a trouble already known. A fault told in a clause of its
own ("家里一滴水都没有 估计管子冻住了", "我家也返了 估计是主管道堵了") is still reported, and a guess is no firm
chatter: the statistical model may read a report in it when very sure.
"""
from __future__ import annotations

import re

from .clauses import SEPARATORS

GUESSES: tuple[str, ...] = ("估计", "八成", "多半是", "怕是", "肯定是", "应该是", "我猜", "可能是")
_ASKED = ("?", "？", "吗", "伐", "能不能", "麻烦", "请", "帮忙", "怎么办", "来人", "看看", "看一下")
# one's own home named, or the writer met it too: the trouble is theirs ("俺家也返了 估计是主管道堵了", "那个味我也
# 闻到了 应该是..."), the guess only explains it
# a clause told after the guess is what was seen (估计是水管爆了 水哗哗往外流, 估计是谁家的狗 天天半夜叫): the guess only
# explains the report; any word after the guess clause counts (not a closing particle, punctuation or an emoji)
_TOLD_AFTER = re.compile(r"[\u4e00-\u9fff]{2,}|[a-z0-9]{2,}", re.IGNORECASE)
_OWN_HOME = ("我家", "俺家", "我们家", "咱家", "家里", "屋里", "我屋", "我这", "我们这", "我也", "闻到", "我们也")


def guessed_cause(t: str, starts: list[int]) -> str | None:
    """The guess word when every problem found (their start positions) is inside the clause it opens."""
    if not starts or any(w in t for w in _ASKED + _OWN_HOME):
        return None
    for g in GUESSES:
        at = t.find(g)
        if at < 0:
            continue
        end = next((i for i in range(at + len(g), len(t)) if t[i] in SEPARATORS), len(t))
        if all(at + len(g) <= s < end for s in starts) and not _TOLD_AFTER.search(t, end) and "把" not in t[at:end]:
            return g
    return None
