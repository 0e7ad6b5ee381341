"""A "+1" that adds a wish of its own to a consultation or suggestion: another request, not a vote.

"+1 再搞个小孩写作业的地方", "同求 另外再加几个健身器材": the neighbour agrees with the suggestion just made and
asks for one more thing. GUIDELINES answer consultations one by one: the added wish is a request of its
own, not one more report of the first. Pure functions.
"""
from __future__ import annotations

import re

from .types import TicketView

# "再" + a verb of providing (再搞个, 再加几个, 再建一个, 再弄, 再装, 再开个, 再设, 再配, 再添, 再整, 再修个...)
_MORE = re.compile(r"再(?:搞|加|建|弄|装|开|设|配|添|整|修|放|安|搭|办|买|种)")

# ...not a question whether or when it happens again (the same consultation, not a wish of its own)
_WHEN_AGAIN = re.compile(r"时候|几时|几号|哪天|还会|会不会|会再")


def added_wish(text: str, t: TicketView) -> str | None:
    """The wish a "me too" to a consultation or suggestion (a blue ticket) adds ("再搞个..."), else None."""
    if t.color != "blue":
        return None
    if _WHEN_AGAIN.search(text):
        return None   # "+1 啥时候再开放", "同问 还会再办吗": the same question, asked again
    m = _MORE.search(text)
    return m.group(0) if m else None
