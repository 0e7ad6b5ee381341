"""Who a broadcast goes to: target strings -> destinations (pure lookups on the Directory).

Target strings: `all` (every building chat), a chat id or `chat:<id>`, `grid:<id>` (every chat
of the grid: its grid-wide chats and its buildings' chats), `building:<id>`, `person:<id>`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot.services.directory import Directory

ALL_WORDS = ("全部", "全体", "所有楼栋", "所有楼", "所有群")
_AT = re.compile(r"[@＠]\s*([^\s@＠,，、;；]+)")


@dataclass(frozen=True, slots=True)
class Dest:
    platform: str
    chat_id: str | None = None
    user_id: str | None = None
    building: str | None = None   # building id, for a building chat
    grid: str | None = None       # grid id, for a grid or building chat or a chief
    person: str | None = None


def _chat_dest(d: Directory, chat: str) -> Dest:
    b = d.building_of_chat(chat)
    g = d.chat_grid.get(chat)
    return Dest(d.default_platform, chat_id=chat, building=b, grid=g.id if g else None)


def resolve(d: Directory, targets: list[str]) -> list[Dest]:
    out: dict[tuple[str | None, str | None], Dest] = {}

    def add(dest: Dest) -> None:
        out.setdefault((dest.chat_id, dest.user_id), dest)

    for t in targets:
        kind, _, ref = t.partition(":") if ":" in t else ("chat", "", t)
        if t == "all":
            for b in d.buildings.values():
                if b.chat:
                    add(_chat_dest(d, b.chat))
        elif kind == "grid" and ref in d.grids:
            g = d.grids[ref]
            for b in g.buildings:
                if b.chat:
                    add(_chat_dest(d, b.chat))
            for c in g.chats:
                add(_chat_dest(d, c))
        elif kind == "building" and ref in d.buildings:
            chat = d.buildings[ref].chat
            if chat:
                add(_chat_dest(d, chat))
        elif kind == "person" and ref in d.people:
            g = d.chiefs.get(ref)
            led = d.buildings_led_by(ref)
            add(Dest(d.platform_for_person(ref), user_id=ref, person=ref, building=led[0] if led else None,
                     grid=g.id if g else (d.grid_of_building[led[0]].id if led else None)))
        elif kind == "chat" and d.is_served_chat(ref):
            add(_chat_dest(d, ref))
    return list(out.values())


def parse_mentions(text: str, d: Directory) -> tuple[list[str], list[str], str]:
    """@3号楼 @第一网格 @全部 in a notice -> (targets, unknown names, text without them)."""
    by_name: dict[str, str] = {}
    for b in d.buildings.values():
        by_name[b.name] = by_name[f"{b.id}号楼"] = by_name[f"{b.id}栋"] = f"building:{b.id}"
    for g in d.grids.values():
        by_name[g.name] = f"grid:{g.id}"
    targets: list[str] = []
    unknown: list[str] = []
    for m in _AT.finditer(text):
        name = m.group(1)
        t = "all" if name in ALL_WORDS else by_name.get(name)
        if t is None:
            unknown.append(name)
        elif t not in targets:
            targets.append(t)
    rest = re.sub(r"\s{2,}", " ", _AT.sub("", text)).strip(" \t，,")
    return targets, unknown, rest


def may_send(d: Directory, person: str, dests: list[Dest], targets: list[str]) -> bool:
    """Staff anywhere; a grid chief only to chats of their own grid; nobody else."""
    if person in d.staff:
        return True
    g = d.chiefs.get(person)
    if g is None or "all" in targets:
        return False
    return all(x.chat_id is not None and x.grid == g.id for x in dests)
