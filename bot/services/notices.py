"""Broadcasts created in chat (通知 / 通知列表 / 取消通知), inside the caller's session."""
from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from bot import texts as T
from bot.clock import to_local
from bot.outbox import enqueue
from bot.schedules.phrases import PhraseError, When, parse_when
from bot.schedules.spec import Spec, next_due
from bot.schedules.targets import Dest, may_send, parse_mentions, resolve
from bot.services.directory import Directory
from bot.settings import Settings
from models import Broadcast, BroadcastFire


class NoticeError(Exception):
    """A refusal to show the person who asked (the text is already user-facing)."""


def _when_text(dt: datetime, settings: Settings) -> str:
    local = to_local(dt, settings.tz)
    return T.BROADCAST_WHEN_ONCE.format(date=T.DATE_SHORT.format(m=local.month, d=local.day),
                                        time=f"{local.hour}:{local.minute:02d}")


def _rule(cron: str | None) -> str:
    f = (cron or "").split()
    if len(f) != 5:
        return T.REPEAT_RULES["other"]
    if f[2] == "*" and f[4] == "*":
        return T.REPEAT_RULES["daily"]
    if f[2] == "*":
        return T.REPEAT_RULES["weekly"]
    return T.REPEAT_RULES["monthly"] if f[4] == "*" else T.REPEAT_RULES["other"]


class Notices:
    def __init__(self, session: Session, directory: Directory, settings: Settings, now: datetime):
        self.s, self.d, self.settings, self.now = session, directory, settings, now

    def where_text(self, targets: list[str]) -> str:
        names = []
        for t in targets:
            kind, _, ref = t.partition(":")
            if t == "all":
                names.append("全部楼栋群")
            elif kind == "building" and ref in self.d.buildings:
                names.append(self.d.buildings[ref].name)
            elif kind == "grid" and ref in self.d.grids:
                names.append(self.d.grids[ref].name)
            elif kind == "person":
                names.append(self.d.name_of(ref))
            else:
                b = self.d.building_of_chat(ref.removeprefix("chat:") if kind == "chat" else t)
                names.append(self.d.buildings[b].name if b else "本群")
        return "、".join(names)

    def create(self, creator: str, chat_id: str | None, body: str) -> str:
        """Store (or, without a time, send now) a notice; returns the confirmation text."""
        targets, unknown, rest = parse_mentions(body, self.d)
        if unknown:
            raise NoticeError(T.BROADCAST_UNKNOWN_PLACE.format(name=unknown[0]))
        try:
            when = parse_when(rest, self.now, self.settings.tz)
        except PhraseError as e:
            raise NoticeError(T.BROADCAST_BAD_TIME[e.reason]) from None
        text = when.rest if when else rest
        if not targets:
            if chat_id is None or not self.d.is_served_chat(chat_id):
                raise NoticeError(T.BROADCAST_NO_PLACE)
            targets = [f"chat:{chat_id}"]
        dests = resolve(self.d, targets)
        if not may_send(self.d, creator, dests, targets):
            raise NoticeError(T.BROADCAST_NOT_ALLOWED)
        if not text:
            raise NoticeError(T.BROADCAST_NO_TEXT)
        where = self.where_text(targets)
        if when is None:
            return self._send_now(creator, targets, text, dests, where)
        b = Broadcast(source="chat", name=text[:40], creator_id=creator, kind=when.kind, cron=when.cron,
                      at=when.at, anchor_at=self.now, targets=targets, text=text, created_at=self.now)
        b.next_fire_at = next_due(Spec(kind=b.kind, cron=b.cron, at=b.at), self.settings.tz, self.now)
        if b.next_fire_at is None:
            raise NoticeError(T.BROADCAST_PAST.format(when=_when_text(when.at or self.now, self.settings)))
        self.s.add(b)
        self.s.flush()
        return T.BROADCAST_SCHEDULED.format(id=b.id, when=self.when_label(b), where=where)

    def _send_now(self, creator: str, targets: list[str], text: str, dests: list[Dest], where: str) -> str:
        b = Broadcast(source="chat", name=text[:40], creator_id=creator, kind="at", at=self.now,
                      anchor_at=self.now, targets=targets, text=text, created_at=self.now,
                      last_fired_at=self.now, active=False)
        self.s.add(b)
        self.s.flush()
        assert b.id is not None
        self.s.add(BroadcastFire(broadcast_id=b.id, due_at=self.now, fired_at=self.now, outcome="sent",
                                 messages=len(dests)))
        for dest in dests:
            enqueue(self.s, self.now, platform=dest.platform, chat_id=dest.chat_id, user_id=dest.user_id,
                    text=text)
        return T.BROADCAST_SENT_NOW.format(where=where)

    def when_label(self, b: Broadcast) -> str:
        nxt = _when_text(b.next_fire_at, self.settings) if b.next_fire_at else ""
        if b.kind == "at":
            return nxt
        return T.BROADCAST_WHEN_REPEAT.format(rule=_rule(b.cron) if b.kind == "cron" else T.REPEAT_RULES["other"],
                                              date=nxt.split(" ")[0], time=nxt.split(" ")[-1])

    def may_manage(self, person: str, b: Broadcast) -> bool:
        return may_send(self.d, person, resolve(self.d, b.targets), b.targets)

    def listing(self, person: str) -> str:
        if person not in self.d.staff and person not in self.d.chiefs:
            raise NoticeError(T.BROADCAST_NOT_ALLOWED)
        rows = self.s.exec(select(Broadcast).where(Broadcast.active == True,  # noqa: E712
                                                   col(Broadcast.source).in_(("chat", "config")))
                           .order_by(col(Broadcast.next_fire_at), col(Broadcast.id))).all()
        lines = [T.BROADCAST_LIST_LINE.format(
            id=b.id, when=self.when_label(b), where=self.where_text(b.targets),
            text=(b.text[:24] + ("…" if len(b.text) > 24 else "")) + (T.BROADCAST_FROM_CONFIG if b.source == "config" else ""))
            for b in rows if self.may_manage(person, b)]
        return "\n".join([T.BROADCAST_LIST_HEADER] + lines) if lines else T.BROADCAST_LIST_EMPTY

    def cancel(self, person: str, bid: int | None) -> str:
        if person not in self.d.staff and person not in self.d.chiefs:
            raise NoticeError(T.BROADCAST_NOT_ALLOWED)
        if bid is None:
            raise NoticeError(T.BROADCAST_NEED_ID)
        b = self.s.get(Broadcast, bid)
        if b is None or not b.active or b.source == "digest":
            raise NoticeError(T.BROADCAST_NO_SUCH.format(id=bid))
        if b.source == "config":
            raise NoticeError(T.BROADCAST_IS_CONFIG.format(id=bid))
        if not self.may_manage(person, b):
            raise NoticeError(T.BROADCAST_NOT_ALLOWED)
        b.active, b.next_fire_at, b.cancelled_at, b.cancelled_by = False, None, self.now, person
        self.s.add(b)
        return T.BROADCAST_CANCELLED.format(id=bid)


__all__ = ["Notices", "NoticeError", "When"]
