"""A fix that lasted only a moment: "路灯又黑了 才亮了一天", "门禁又坏了，刚修好没两天".

The fixed words come after the fault is told back (又 before them), and are themselves bounded: 才 / 刚 right
before them and a short span right after (一天, 两天, 没几天, 半天). What the message tells is the fault back,
the fix only the reason for the complaint. A bare "才修好一天" with no 又 before it (an answer, "it was only
fixed yesterday") stays a fixed report.
"""
from __future__ import annotations

import re

# 才 / 刚 (刚刚) within two characters before the fixed word ("才亮了", "刚给修好")
_ONLY_JUST = re.compile(r"(?:才|刚)[^\s，,。.!！?？；;]{0,2}$")
# a short span right after it ("一天", "两天", "没几天", "不到一周", "半个月")
_SHORT_SPAN = re.compile(r"^(?:了)?\s?(?:没|不到)?(?:[一两二三几半]|\d)(?:个)?(?:天|日|晚|礼拜|星期|周|钟头|小时|个月)")


def fix_short_lived(t: str, start: int, end: int) -> str | None:
    """The fixed words at t[start:end] bounded as lasting a moment after the fault was told back with 又
    (the span words, e.g. '才…一天'); None otherwise."""
    if "又" not in t[:start]:
        return None
    before = _ONLY_JUST.search(t[max(0, start - 3):start])
    span = _SHORT_SPAN.match(t[end:end + 8])
    if before is None or span is None:
        return None
    return f"{before.group(0)}…{span.group(0).strip()}"
