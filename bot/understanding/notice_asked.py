"""Advance notice asked for next time: "停水也不说一声 下回能不能提前一天在群里讲" — the outage or the spraying is
the reason, the ask is a wish about how the office tells people (blue suggestion), not the supply to restore.
Nothing may be asked about the supply now (when it comes back, still off): then the outage is the matter.
Pure function over normalised text; read by rereads.last_reread after every raise."""
from __future__ import annotations

import re

# next time ... in advance ... tell (a day ahead, in the group)
_NOTICE = re.compile(r"(?:下次|下回|以后|往后|今后).{0,12}(?:提前|早点|早些|事先|预先).{0,10}(?:通知|说|讲|发|告诉|贴)")
# the supply asked after now: the outage itself is the matter
_NOW_ASKED: tuple[str, ...] = ("什么时候", "多咱", "几点", "啥时", "还没", "还是没", "到现在", "一直", "现在", "还停", "还不来",
                               "快点", "赶紧", "急",
                               # the supply told off now (又停水了 家里没水做饭)
                               "又停", "又断", "又没", "没水", "没电", "没气", "没暖气", "停着", "做不了饭", "用不了")


def notice_asked(t: str) -> str | None:
    """Why a request whose ask is advance notice next time is a blue suggestion, or None (`t`: normalised)."""
    m = _NOTICE.search(t)
    if m is None or any(w in t for w in _NOW_ASKED):
        return None
    return f"blue: advance notice asked for next time ('{m.group(0)}'), a suggestion"
