"""Advice given to a neighbour: an answer, not a request.

"你问下社区还能补不", "要么叫你娃在手机上交", "你直接打客服电话", "侬问问居委": a neighbour tells another what
to do. A question word inside it ("还能补不") is the question the other should put, not the writer's own, and an
office named in it is whom to ask. Read only when no problem is named and no official is addressed first
("物业 你问下师傅几点来" asks the office).
"""
from __future__ import annotations

import re

from .vocab_advice import ADVICE, KIN, KIN_HELP, SOFTENERS, URGENT, YOU

_YOU = f"(?:{'|'.join(YOU)})(?!们)"
_ADVICE = re.compile(rf"{_YOU}(?:{'|'.join(SOFTENERS)}){{0,2}}(?:{'|'.join(ADVICE)})"
                     rf"|(?:{'|'.join(KIN_HELP)}){_YOU}(?:家|屋里|屋头)?(?:的)?(?:{'|'.join(KIN)})")


def advice_given(t: str, addressed_at: int = -1) -> str | None:
    """The advice to a neighbour in `t` ("你问下"), None when there is none or an office word at
    `addressed_at` (>= 0) comes before it (the office addressed, then told what to do)."""
    m = _ADVICE.search(t)
    # (nor when help is to be called for someone: "你快打120 他晕过去了" is an emergency told)
    if m is None or 0 <= addressed_at < m.start() or any(w in t for w in URGENT):
        return None
    return m.group(0)
