"""A neighbour's sewage said to come from the building's main stack: one blockage, not another home's drain.

"102也是 地漏在返水 估计是主管堵了", "我家也往上冒 是不是主管道堵了": minutes or hours after one home's sewage
report, a second home writes that its drains back up too and names the cause, the main stack (主管, 主管道, 总管,
立管) that both homes drain into. A home's own drain is labelled a ticket of its own, but a home that says the
shared stack is blocked reports the blockage already open (GUIDELINES: the same thing broken), so the floors and
rooms the two homes write do not split them. Only when:

- the message is a request reading as sewage backing up (its main family, or one of its families, or no named
  family and a backing-up word: 返了, 往上冒) and names the main stack; not mended in between, no consultation;
- the ticket is an open sewage report (its main family) of the same chat, last reported within `MINUTES`, in no
  other building or unit (the stack is one unit's; "隔壁单元", "东边那个单元" say another one without its number), no
  consultation, red exactly when the message is (an emergency, a person hurt by the sewage, is a ticket of its own);
- the most recent such ticket is taken.

Pure functions; the caller (repeats.match_repeat) has normalised the text.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .likeness import families, split_keywords, ticket_keywords
from .still_same import mended_since
from .written_places import place_conflict
from .types import RepeatMatch, TicketView, Understanding
from .vocabulary import Vocabulary

MINUTES = 12 * 60.0
# the stack the homes of a unit drain into (主管堵了, 主管道的问题, 排污总管, 污水立管)
MAIN_STACK = ("主管", "总管", "立管", "主下水管", "主排水管")
_SEWAGE = "sewage"
# backing up, told with no cue the rules read ("一楼几家都返了，是主管堵了吧"): with the main stack named, sewage
_BACKING_UP = ("返了", "返水", "往上返", "往上冒", "冒上来", "倒灌", "往外冒")


# another unit or building written without its number: another stack
_OTHER_STACK = re.compile(r"(?:隔壁|对面|那边的?|那个|另[一外]个|别的|其[他它]|[东西南北]边的?那?个?)(?:单元|栋|幢|号楼)")


def names_main_stack(text: str) -> str | None:
    """The main-stack word `text` writes, else None."""
    return next((w for w in MAIN_STACK if w in text), None)


def main_stack(u: Understanding, fam: str | None, text: str, building: str | None,
               candidates: Sequence[TicketView], vocab: Vocabulary) -> RepeatMatch | None:
    """The open sewage ticket whose blockage this message says is the main stack's (module doc), else None."""
    if not u.request or (u.color == "blue" and not u.model_only) or mended_since(text):
        return None
    if fam != _SEWAGE and _SEWAGE not in families(u.keywords) and not (
            fam in (None, "generic_fault") and any(w in text for w in _BACKING_UP)):
        return None
    word = names_main_stack(text)
    if word is None or _OTHER_STACK.search(text):
        return None
    open_ = sorted((t for t in candidates if t.color != "blue" and t.minutes_since_last_report <= MINUTES
                    and (t.color == "red") == (u.color == "red")
                    and split_keywords(ticket_keywords(t, vocab))[0] == _SEWAGE),
                   key=lambda c: c.minutes_since_last_report)
    for t in open_:
        written = (u.location.building if u.location else None, t.location.building if t.location else None)
        if (place_conflict(u.location, t.location, building, t.building, supply=True)
                or (all(written) and written[0] != written[1])):
            continue   # another building's (or unit's) stack is another blockage
        return RepeatMatch(t.no, "repeat", (f"sewage from the main stack ('{word}'): the blockage of #{t.no}, "
                                            f"{t.minutes_since_last_report:.0f} min after it",))
    return None
