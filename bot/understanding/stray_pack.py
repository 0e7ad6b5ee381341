"""A pack of stray dogs going after people: a hazard that will grow (orange safety), not a pest to catch.

"河边那群野狗 五六只 今早追着孩子跑": a pack of strays chasing or lunging at people will bite someone
sooner or later (GUIDELINES orange: a hazard that will grow); one pet off its lead that chased a child, or
strays that killed a cat, is the everyday complaint (yellow) and is left as it is: both a pack (PACK) and a
person gone after (CHASED, then a person) must be told.
"""
from __future__ import annotations

import re

# fmt: off
_STRAYS = r"(?:野狗|流浪狗|流浪犬|土狗|狗群)"
PACK: tuple[str, ...] = ("一群", "成群", "一帮", "一大群", "好几只", "五六只", "三四只", "四五只", "六七只", "七八只", "狗群")
_CHASED = re.compile(r"(?:追|扑|撵|围)(?:着|住|倒|咗|了)?[^，,。!！?？\s]{0,4}?"
                     r"(?:孩子|小孩|娃|孙|细佬|老人|阿婆|阿公|人|学生|路人)")
# fmt: on


def stray_pack(t: str) -> str | None:
    """The reason a pack of strays going after people is orange (`t`: normalised), or None."""
    if not re.search(_STRAYS, t) or not any(p in t for p in PACK):
        return None
    m = _CHASED.search(t)
    return f"orange: a pack of stray dogs going after people ('{m.group(0)}'), a hazard that will grow" if m else None
