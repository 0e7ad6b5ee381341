"""Neighbours joining a noise complaint minutes after it: "+1 我家12楼都听得一清二楚", "是1105在打墙 我也被吵死了",
"401吧 他家中午也打". A noise carries through the building: the floor a neighbour hears it from, or the flat
they name as its source, is the same noise (the labelled conversations count one ticket), unlike a fault
at a spot, where another floor is another fault.

`heard_too` links such a message to the chat's latest open noise ticket when all of:

- the ticket is a noise (category noise), no consultation, reported by another resident and last
  reported within `MINUTES`;
- the message is a noise request (rules or model) naming no other kind of noise than the ticket's
  (`KINDS`: drilling vs a dog vs mahjong...), no second source ("也在装修", "还有...", "隔壁楼"), and no
  "upstairs too" of another flat (每家的楼上 is another flat: 我2806 楼上也是 after 2708楼上);
- no building or unit it writes contradicts the ticket's.

Pure functions; words are data here (a community's own noise words go in `understanding:` families).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .types import RepeatMatch, TicketView, Understanding

MINUTES = 15.0
# fmt: off
# Kinds of noise: two messages naming kinds they do not share are two noises.
KINDS: dict[str, tuple[str, ...]] = {
    "works": ("装修", "电钻", "钻", "砸墙", "打墙", "敲墙", "切割", "电锯", "冲击钻", "锤", "凿"),
    "dog": ("狗",),
    "bird": ("鸡", "鹦鹉", "鸟", "打鸣"),
    "dance": ("广场舞", "音响", "音箱", "唱歌", "唱", "喇叭", "放歌", "K歌", "卡拉OK", "音乐"),
    "mahjong": ("麻将", "打牌", "洗牌", "搓麻"),
    "party": ("划拳", "喝酒", "烧烤", "吆喝"),
    "thuds": ("拖椅子", "拖凳子", "拖桌子", "弹珠", "咚咚", "跺脚", "蹦", "跳绳"),
    "machine": ("外机", "水泵", "风机", "变压器", "发电机", "冷却塔"),
    "traffic": ("汽车", "摩托", "鸣笛", "按喇叭", "炸街"),
    "crying": ("哭", "闹夜"),
    "quarrel": ("吵架", "摔东西", "砸东西", "打架", "骂人", "对骂"),   # a couple's row is no mahjong nor drilling
}
# A second source of noise, not the one reported.
SECOND: tuple[str, ...] = ("也在装修", "也有一家", "也有一户", "也有人家", "也在施工", "还有", "另外", "另一家", "另一户",
                           "隔壁楼", "隔壁那栋", "对面楼", "对面那栋", "别的")
# The noise's maker apologising is no complaint about it.
SORRY: tuple[str, ...] = ("抱歉", "不好意思", "对不起", "见谅")
RELATIVE: tuple[str, ...] = ("楼上", "楼下")   # where the noise is, seen from each home
# Joining words: a message naming no kind of noise joins only by saying it hears the same ("+1 我家12楼都听得到").
AGREEING: tuple[str, ...] = ("也", "+1", "＋1", "同", "一样", "听到", "听得到", "听见", "听得见", "都听", "附议")
# A flat named as the noise's source: "是1105在打墙", "应该是1702吧", "1702家在钻".
_SOURCE = re.compile(r"(?:是|就是)?(\d{3,4})(?:室|号|家|那家)?(?:在|吧|搞|弄|打|钻|敲|装)")
# fmt: on


def kinds(text: str) -> set[str]:
    return {k for k, words in KINDS.items() if any(w in text for w in words)}


def kinds_differ(text: str, ticket_text: str) -> bool:
    """Both texts name a kind of noise and share none (吵架 after 打麻将, 放音乐 after 电钻): two noises."""
    mine, theirs = kinds(text), kinds(ticket_text)
    return bool(mine and theirs and not mine & theirs)


def source_conflict(text: str, ticket_text: str) -> bool:
    """Both texts name a flat as the noise's source, different flats (是2203在打墙 / 是1105在打墙)."""
    src, tsrc = _SOURCE.search(text), _SOURCE.search(ticket_text)
    return bool(src and tsrc and src.group(1) != tsrc.group(1))


def heard_too(u: Understanding, text: str, sender_id: str, building: str | None,
              candidates: Sequence[TicketView]) -> RepeatMatch | None:
    """The chat's latest open noise ticket this message joins (module doc), else None."""
    if not u.request or u.fixed_report or u.category != "noise" or u.category_guessed or u.color == "blue":
        return None
    if any(w in text for w in SECOND) or any(w in text for w in SORRY):
        return None
    recent = [t for t in candidates if t.minutes_since_last_report <= MINUTES]
    if not recent:
        return None
    t = min(recent, key=lambda c: c.minutes_since_last_report)
    if t.category != "noise" or t.color == "blue" or t.reported_by(sender_id):
        return None
    mine, theirs = kinds(text), kinds(t.text)
    if mine and theirs and not mine & theirs:
        return None   # drilling vs a dog: two noises
    if not mine and not any(w in text for w in AGREEING):
        return None   # a noise of a kind no list names (打篮球, 冰柜嗡嗡响, 练琴), told on its own: another noise
    if source_conflict(text, t.text):
        return None   # 是2203在打墙 / 是1105在打墙: two flats named as sources are two noises
    loc, tloc = u.location, t.location
    if building and t.building and building != t.building:
        return None
    if loc and tloc and loc.unit and tloc.unit and loc.unit != tloc.unit:
        return None
    if (any(w in text for w in RELATIVE) and loc and tloc and (loc.room or loc.floor) and (tloc.room or tloc.floor)
            and (loc.room, loc.floor) != (tloc.room, tloc.floor)):
        return None   # "my upstairs too", from another flat: another flat's upstairs
    return RepeatMatch(t.no, "repeat", (f"hears the noise of #{t.no} too, "
                                        f"{t.minutes_since_last_report:.0f} min after its last report",))
