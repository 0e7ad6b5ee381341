"""A smell noticed from somewhere else: "我在三楼也闻到了", "12号楼这边都闻得着 是不是那化粪池又满了".

A smell travels: minutes after a report of a smell (sewage welling up, rubbish rotting, gas), a neighbour
writes where *they* are and that they smell it there. The place they write is their vantage point, not the
problem's, so it does not split the report (GUIDELINES count one more report of the first). `smelled_from`
links such a message to the chat's latest open smell ticket when all of:

- the message writes a vantage point right before its smelling (`_FROM_HERE`: 这边 / 这儿 / 我在… / 我家…,
  then 也 / 都 and 闻到 / 闻得着 / 闻见), and no "it does not smell here";
- it names no problem family, or the ticket's own;
- the ticket, the latest reported by someone else within `MINUTES` that tells a smell (a smell family, or a
  smell word in its text: smell_apart.tells_smell), is no consultation, and the message smells no gas or burning
  the ticket does not (smell_apart.danger_apart).

Pure functions; the caller (repeats.match_repeat) has normalised the text.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .likeness import same_family, split_keywords, ticket_keywords
from .smell_apart import danger_apart, tells_smell
from .types import RepeatMatch, TicketView, Understanding
from .vocabulary import Vocabulary

MINUTES = 30.0
# Where the sender stands, then the smelling: "我在二楼前楼也闻到了", "12号楼这边都闻得着", "我家阳台也闻得见".
_FROM_HERE = re.compile(r"(?:这边|这儿|这里|我在[^\s,.!?;:，。！？；：]{1,8}?|我家[^\s,.!?;:，。！？；：]{0,6}?)"
                        r"(?:也|都)?(?:能)?闻(?:到|得着|得到|得见|见)")
_NOT_HERE = ("没闻到", "闻不到", "没味")


def smelled_from(u: Understanding, fam: str | None, text: str, sender_id: str,
                 candidates: Sequence[TicketView], vocab: Vocabulary) -> RepeatMatch | None:
    """The smell ticket a neighbour smells from where they are (module doc), else None."""
    here = _FROM_HERE.search(text)
    if here is None or u.fixed_report or any(w in text for w in _NOT_HERE):
        return None
    recent = [t for t in candidates if t.minutes_since_last_report <= MINUTES and t.color != "blue"
              and not t.reported_by(sender_id) and tells_smell(t, vocab) and not danger_apart(text, t, vocab)]
    if not recent:
        return None
    t = min(recent, key=lambda c: c.minutes_since_last_report)
    tfam = split_keywords(ticket_keywords(t, vocab))[0]
    if fam is not None and not same_family(fam, tfam):
        return None   # "这边也闻到了 下水道也堵了" names a problem of its own
    return RepeatMatch(t.no, "repeat", (f"smells #{t.no} from where they are ('{here.group(0)}'), "
                                        f"{t.minutes_since_last_report:.0f} min after it",))
