"""Water reaching the electrics minutes after a burst or leaking pipe was reported: the same water, spreading.

"四单元那管子还喷呢 水都漫到电表箱底下了" a few minutes after "我家暖气管子爆了 水哗哗往外喷" shares no cue
word with the report and names a shared place (the meter box) where the report named a home, yet it is
the same leak getting worse: one more report of it, and the ticket service raises its colour to red.
The water runs down and along: floors and homes do not split it; another building or unit does (the
caller's place check).

`spreads_on` reads the same fact told in plain words: "那水淌到我家门口了 门缝底下都进来了" half an hour after
"一楼下水道冒了 漫到楼门口", or the reporter back hours later, "水越来越大了 顺着墙流到五楼屋里去了", after
"楼顶热水器管子漏水 往下淌". The message names no problem of its own (no pipe of its own bursting, no other
kind), tells water moving on (淌到, 流进, 漫到, 进来了, 越来越大) and the ticket is an escape of water (a pipe, a
leak, sewage coming up); floors do not split it (water runs down), another building or unit does.
Pure functions.
"""
from __future__ import annotations

from collections.abc import Iterable

import re
from collections.abc import Sequence

from .likeness import LEAK_FAMILIES, ticket_keywords
from .topic import UPDATE_MINUTES, qualifier_conflict
from .types import RepeatMatch, TicketView, Understanding
from .vocabulary import Vocabulary

MINUTES = 30.0
_REACHES = "flood_electric"


def water_reached(fam: str | None, ticket_families: Iterable[str], t: TicketView) -> bool:
    """This report (main family `fam`) is water reaching the electrics and the ticket (`ticket_families`:
    every problem family its report names; a cry for help may come first) is the burst or leaking pipe it
    comes from, last reported within `MINUTES`. Not a flood of the street or the garage: the electric room
    it reaches is labelled an emergency of its own."""
    return (fam == _REACHES and t.minutes_since_last_report <= MINUTES and t.color != "blue"
            and any(f in LEAK_FAMILIES for f in ticket_families))


# The water moving on: 淌到 / 流进 / 漫到 / 灌进 / 渗到..., 进来了 (through the door), 越来越大 (growing)
_MOVES_ON = re.compile(r"水[^，,。.！!？?；;]{0,10}?(?:[淌流漫灌渗涌](?:到|进|过|下来|下去)|进来|进屋|进家|越来越大|越来越多)"
                       r"|(?:门缝|门底)[^，,。.！!？?；;]{0,6}进来")
# ...from an escape of water the ticket told (its families or its words)
_ESCAPES = frozenset({"burst_pipe", "sewage"})
_ESCAPE_WORDS = ("漏水", "往下淌", "往下流", "冒了", "返水", "反水", "冒水", "漫到", "漫出", "往外冒", "往外流")
# Another source of its own: the writer's own pipe, the flat above ("我家水管也爆了", "是楼上漏下来的"), the rain
_OWN_SOURCE = ("也爆", "也漏", "我家水管", "我家管子", "楼上漏", "楼上的水",
               # rain driven in (a storm or typhoon week): another water than the ticket's pipe
               "雨", "台风", "外面的水", "河水", "海水")
SPREAD_MINUTES = 60.0          # another resident telling where the water got to
SPREAD_REPORTER_MINUTES = 720.0   # the reporter back the same day: "it is getting worse"


def spreads_on(u: Understanding, fam: str | None, text: str, sender_id: str, building: str | None,
               candidates: Sequence[TicketView], vocab: Vocabulary) -> RepeatMatch | None:
    """The latest open escape of water this message tells spreading further (module doc), else None. A cry
    for help ("快来人") is no problem of its own; water reaching the electrics is (`water_reached` weighs it:
    the electric room a flood reaches is an emergency of its own)."""
    if u.fixed_report or fam not in (None, "generic_fault", "distress") or not _MOVES_ON.search(text):
        return None
    if any(w in text for w in _OWN_SOURCE):
        return None
    loc = u.location
    for t in sorted(candidates, key=lambda c: c.minutes_since_last_report):
        mine = t.reported_by(sender_id)
        if t.color == "blue" or t.minutes_since_last_report > (SPREAD_REPORTER_MINUTES if mine else SPREAD_MINUTES):
            continue
        if not (set(ticket_keywords(t, vocab)) & (_ESCAPES | LEAK_FAMILIES) or any(w in t.text for w in _ESCAPE_WORDS)):
            continue
        if mine and t.minutes_since_reported() <= UPDATE_MINUTES:
            return None   # the reporter's own update within the hour: a follow-up (latest_topic.still_there)
        if (building and t.building and building != t.building) or qualifier_conflict(text, t.text):
            return None
        tloc = t.location
        if loc and tloc and loc.unit and tloc.unit and loc.unit != tloc.unit:
            return None
        who = "its reporter" if mine else "a neighbour"
        return RepeatMatch(t.no, "repeat", (f"the water of #{t.no} spreading on, told by {who} "
                                            f"{t.minutes_since_last_report:.0f} min later",))
    return None
