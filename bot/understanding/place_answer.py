"""The reporter answers "which floor?": a message that is only a place ("十一楼 麻烦了", "3单元502 谢谢").

A responder asks a reporter where they live ("大爷家几楼？我找人背下去") and the reporter answers with a
bare place and a courtesy word. The place is the reporter's home, where help must go, not where the
problem is: it follows up the reporter's ticket even when the ticket's report wrote another floor (the
first reporter's) — filed on its own it would be a ticket with no problem at all.

Only a message that says nothing but a place (numbers with 楼 / 层 / 单元 / 号 / 室..., 我家 / 住 / 在, and
thanks) counts, from a sender who reported one of the chat's open tickets within `MINUTES`. Pure functions;
the caller (repeats.match_repeat) has normalised the text.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .types import RepeatMatch, TicketView, Understanding

# The reporter's answer follows the question within this many minutes of their report.
MINUTES = 60.0
_NUMBER = "[0-9０-９一二三四五六七八九十两]+"
_PLACE = rf"{_NUMBER}\s*(?:号楼|号院|栋|幢|座|单元|楼|层|号|室|户|门)?"
_FILLER = ("我家", "我们家", "我住", "住在", "住", "家", "在", "是", "的", "麻烦了", "麻烦你了", "麻烦您了", "麻烦",
           "谢谢你", "谢谢您", "谢谢", "多谢", "辛苦了", "辛苦", "好的", "嗯")
_ONLY_PLACE = re.compile(r"^(?:" + _PLACE + "|" + "|".join(_FILLER) + r"|[\s，,。.!！~、])+$")


def only_place(text: str) -> bool:
    """The text is a bare place with at most a courtesy word ("十一楼 麻烦了", "二单元 602")."""
    return bool(re.search(_NUMBER, text)) and _ONLY_PLACE.match(text.strip()) is not None


def place_answer(u: Understanding, text: str, sender_id: str,
                 candidates: Sequence[TicketView]) -> RepeatMatch | None:
    """The sender's ticket this bare-place answer follows up (module doc), else None."""
    if u.location is None or not only_place(text):
        return None
    own = [t for t in candidates if t.reported_by(sender_id) and t.minutes_since_last_report <= MINUTES]
    if not own:
        return None
    t = min(own, key=lambda c: c.minutes_since_last_report)
    return RepeatMatch(t.no, "follow_up", (f"the reporter of #{t.no} answers with where they live",))
