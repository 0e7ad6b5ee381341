"""One leak between two flats: the neighbour below and the household above speak of the same water.

Minutes after "水管爆了 已经流到楼下了 602", the flat below writes "我是502 天花板在滴水了"; after
"天花板往下流水 应该是楼上水管爆了", the upstairs household writes "我就是楼上的 阀门拧不动". Neither
repeats the report's words, each names its own floor, and one may read as a cry for help rather than
a pipe: yet it is one escape of water, one ticket (GUIDELINES: the same problem, one source).

`between_floors` links such a message to the chat's latest open ticket when all of:

- the ticket is an escape of water in a home (a burst pipe, a leak, sewage backing up), reported
  within `LEAK_MINUTES` by another resident, and is no consultation;
- the message is the flat right below (its floor, or its room's floor, is one less than the ticket's)
  and says water comes through its ceiling; or it speaks as / of the household above that the ticket
  blamed ("楼上"), with water or the valve; or both blame the flat above and speak of water;
- no building, unit or place qualifier contradicts the ticket's.

A neighbour on the same floor whose own roof leaks ("我也是六楼 天花板在滴水") is another home's leak:
not linked here. Pure functions.
"""
from __future__ import annotations

from collections.abc import Sequence

from .written_places import floor_of
from .me_too import deliberately_no_request
from .topic import latest_from_another
from .types import Location, RepeatMatch, TicketView, Understanding

LEAK_MINUTES = 30.0
_ESCAPE_FAMILIES = {"burst_pipe", "sewage"}
_ESCAPE_WORDS = ("爆了", "水管爆", "漏水", "滴水", "呲水", "跑水", "往下流水", "往下淌", "返水", "冒水")
_CEILING = ("天花板", "顶棚", "棚顶", "吊顶", "屋顶")
_WATER = ("滴", "渗", "湿", "漏", "淌", "流水", "冒水", "漫", "水管", "进水管", "哗哗")
_VALVE = ("水阀", "总阀", "阀门")
# Someone handling it ("物业已经去关1602的水阀了", "已关闭楼上进水阀 请注意用电"): a notice, no report.
_HANDLED = ("已经去", "已关", "已经关", "关好了", "已通知", "请注意", "注意安全", "注意用电")
# The household above speaking, or named as the source
_ABOVE = ("我就是楼上", "楼上是我家", "楼上那户是我家", "楼上那家是我家", "我是楼上")
_MY_FAMILIES = {None, "burst_pipe", "sewage", "flood_electric", "fault_utilities", "distress", "care_urgent"}


def mentions_floors(text: str) -> bool:
    """Cheap test for `repeats.could_match`: the message speaks of the flat above or below."""
    return "楼上" in text or "楼下" in text


def _escape(t: TicketView) -> bool:
    return bool(_ESCAPE_FAMILIES & set(t.keywords)) or any(w in t.text for w in _ESCAPE_WORDS)


def _below(a: Location | None, b: Location | None) -> bool:
    fa, fb = (floor_of(a), floor_of(b)) if a is not None and b is not None else (None, None)
    return bool(fa and fb and fa.isdigit() and fb.isdigit() and int(fb) - int(fa) == 1)


def _floors_differ(a: Location | None, b: Location | None) -> bool:
    fa, fb = (floor_of(a), floor_of(b)) if a is not None and b is not None else (None, None)
    return bool(fa and fb and fa != fb)


def between_floors(u: Understanding, fam: str | None, text: str, sender_id: str, building: str | None,
                   candidates: Sequence[TicketView]) -> RepeatMatch | None:
    """The chat's latest open ticket if this message speaks of the same water from the flat below or above."""
    if u.fixed_report or fam not in _MY_FAMILIES:
        return None
    t = latest_from_another(u, text, sender_id, building, candidates, LEAK_MINUTES)
    if t is None or not _escape(t):
        return None
    loc, tloc = u.location, t.location
    above = any(w in text for w in _ABOVE)
    noticed = deliberately_no_request(u)
    if any(w in text for w in _HANDLED) or (noticed and not above):
        return None   # a notice or someone handling it; "我就是楼上的" reads as a reply, yet reports
    water = any(w in text for w in _WATER)
    valve = water or any(w in text for w in _VALVE)
    if _below(loc, tloc) and any(w in text for w in _CEILING) and water:
        why = "the flat right below"
    elif "楼上" in t.text and valve and (above or bool(loc and loc.room and loc.room in t.text)):
        why = "the household above it blamed"
    elif "楼上" in t.text and "楼上" in text and water and not _floors_differ(loc, tloc):
        why = "the same flat above"
    else:
        return None
    return RepeatMatch(t.no, "repeat", (f"the same leak as #{t.no}: {why}, "
                                        f"{t.minutes_since_reported():.0f} min later",))
