"""Someone asked to step in ("有没有人管管", "社区出面", "有没有人来铲一下"): a complaint about a problem (yellow),
not a question (blue); not neighbours asked to help or join in ("有没有人来帮我搬柜子").

Reads the normalised text and vocab_office_asks.INTERVENE. Split out of adjust.py.
"""
from __future__ import annotations

import re

from .vocab_office_asks import INTERVENE

# ...but "有没有人来帮我搬柜子", "有没有人来一起打球": neighbours asked to help or join in, no problem to deal with
_COME_JOIN = re.compile(r"有没有人来(?:帮我|帮忙|帮个忙|一起|陪|玩|打牌|打球|拼)")


def plea_to_intervene(t: str) -> str | None:
    """The words asking someone to step in, read as a complaint (yellow) rather than a question (blue)."""
    return next((w for w in INTERVENE if w in t and not (w == "有没有人来" and _COME_JOIN.search(t))), None)
