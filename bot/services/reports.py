"""Read-only answers: a responder's 待办, 统计 for chiefs and staff, and the 公示牌 (找谁)."""
from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlmodel import col, or_, select

from bot import texts as T
from bot.clock import from_local, to_local
from bot.services.tickets import ACTIVE, TicketService
from bot.understanding import COLOR_RANK
from models import Ticket


def _deadline(t: Ticket) -> datetime | None:
    return t.ack_due_at if t.state == "open" else t.resolve_due_at


def todo(svc: TicketService, person: str) -> str:
    cond = Ticket.holder_id == person
    if person in svc.d.staff:
        cond = or_(cond, Ticket.holder_id == None)  # noqa: E711  (the office's own)
    rows = list(svc.s.exec(select(Ticket).where(cond, col(Ticket.state).in_(ACTIVE))).all())
    if not rows:
        return T.TODO_NONE
    far = svc.now + timedelta(days=3650)
    rows.sort(key=lambda t: (COLOR_RANK[t.color], _deadline(t) or far, t.no))
    lines = [T.TODO_HEADER.format(n=len(rows))]
    for t in rows[:15]:
        due = _deadline(t)
        if due is None:
            left = ""
        elif due >= svc.now:
            left = T.TIME_LEFT.format(t=T.age_text((due - svc.now).total_seconds() / 60))
        else:
            left = T.TIME_LATE.format(t=T.age_text((svc.now - due).total_seconds() / 60))
        lines.append(T.TODO_LINE.format(no=t.no, color=T.COLOR_NAMES[t.color], state=T.STATE_NAMES[t.state],
                                        category=T.CATEGORY_NAMES.get(t.category, t.category), left=left))
    return "\n".join(lines)


def period_start(svc: TicketService, period: str) -> datetime:
    local = to_local(svc.now, svc.settings.tz).replace(tzinfo=None)
    day = datetime.combine(local.date(), time(0, 0))
    if period == "week":
        day -= timedelta(days=local.isoweekday() - 1)
    return from_local(day, svc.settings.tz)


def _rate(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else T.NO_DATA


def _avg(minutes: list[float]) -> str:
    return T.age_text(sum(minutes) / len(minutes)) if minutes else T.NO_DATA


def stats(svc: TicketService, person: str, period: str) -> str:
    since = period_start(svc, period)
    rows = list(svc.s.exec(select(Ticket).where(Ticket.created_at >= since)).all())
    if person not in svc.d.staff:  # a chief: the tickets of their own grid
        rows = [t for t in rows if any(lv.get("person") == person for lv in t.chain)]
    colors = "，".join(f"{T.COLOR_NAMES[c][0]}{sum(t.color == c for t in rows)}"
                      for c in ("red", "orange", "yellow", "blue"))
    states = "，".join(f"{name}{n}" for s, name in T.STATE_NAMES.items()
                      if (n := sum(t.state == s for t in rows)))
    acked = [t for t in rows if t.acknowledged_at]
    ack_min = [(t.acknowledged_at - t.created_at).total_seconds() / 60 for t in acked]  # type: ignore[operator]
    done = [t for t in rows if t.resolved_at]
    res_min = [(t.resolved_at - t.created_at).total_seconds() / 60 for t in done]  # type: ignore[operator]
    ack_ok = sum(m <= (t.ack_minutes or m) for t, m in zip(acked, ack_min))
    res_ok = sum(m <= (t.resolve_minutes or m) for t, m in zip(done, res_min))
    return T.STATS.format(period=T.PERIOD_NAMES[period], total=len(rows), colors=colors,
                          states=states or T.NO_DATA, ack_rate=_rate(ack_ok, len(acked)),
                          resolve_rate=_rate(res_ok, len(done)), ack_avg=_avg(ack_min),
                          resolve_avg=_avg(res_min))


def _who(svc: TicketService, person: str | None) -> str:
    if not person:
        return T.WHOIS_NOBODY
    p = svc.d.people.get(person)
    return f"{svc.d.name_of(person)} {p.phone}" if p and p.phone else svc.d.name_of(person)


def whois(svc: TicketService, chat: str | None, person: str) -> str:
    d = svc.d
    buildings = [d.building_of_chat(chat)] if d.building_of_chat(chat) else []
    if not buildings and chat in d.chat_grid:
        buildings = [b.id for b in d.chat_grid[chat].buildings]
    if not buildings and chat is None:
        buildings = d.buildings_led_by(person)
    if not buildings:
        return T.WHOIS_WHERE
    office = "、".join(_who(svc, s) for s in sorted(d.staff)[:2]) or T.WHOIS_NOBODY
    lines = []
    for bid in buildings[:10]:
        b, g = d.buildings[bid], d.grid_of_building[bid]
        lines.append(T.WHOIS.format(place=b.name, leader=_who(svc, b.leader), chief=_who(svc, g.chief),
                                    office=office))
    return "\n".join(lines)
