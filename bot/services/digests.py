"""Built-in digests: the morning list for each leader and chief, the weekly figures for the office.

Each returns (destination, text) pairs to enqueue; an empty list when there is nothing to say.
"""
from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta

from sqlalchemy import or_
from sqlmodel import Session, col, select

from bot import texts as T
from bot.clock import to_local
from bot.schedules.targets import Dest
from bot.services.directory import Directory
from bot.services.tickets import ACTIVE
from bot.settings import COLORS, Settings
from models import Ticket

FAR = datetime.max.replace(year=9000)
RANK = {c: i for i, c in enumerate(COLORS)}


def _deadline(t: Ticket) -> tuple[str, datetime | None]:
    if t.state == "open" and t.ack_due_at is not None:
        return "ack", t.ack_due_at
    return "resolve", t.resolve_due_at


def _place(d: Directory, t: Ticket) -> str:
    b = d.buildings.get(t.building or "")
    return f"（{b.name}）" if b else ""


def morning_line(d: Directory, t: Ticket, now: datetime) -> str:
    what, due = _deadline(t)
    if due is None:
        due_text = ""
    elif due >= now:
        due_text = T.DIGEST_DUE_LEFT.format(what=T.DIGEST_DUE_WHAT[what],
                                            left=T.age_text((due - now).total_seconds() / 60))
    else:
        due_text = T.DIGEST_DUE_OVER.format(what=T.DIGEST_DUE_WHAT[what],
                                            over=T.age_text((now - due).total_seconds() / 60))
    return T.DIGEST_MORNING_LINE.format(icon=T.COLOR_ICONS.get(t.color, ""), no=t.no,
                                        category=T.CATEGORY_NAMES.get(t.category, t.category),
                                        place=_place(d, t), state=T.STATE_NAMES.get(t.state, t.state), due=due_text)


def urgency_key(t: Ticket) -> tuple[datetime, int, int]:
    """Soonest (or longest overdue) deadline first, then the more urgent colour."""
    _, due = _deadline(t)
    return (due.replace(tzinfo=None) if due else FAR, RANK.get(t.color, 9), t.no)


def _concerns(d: Directory, person: str):  # type: ignore[no-untyped-def]
    """Tickets a leader or chief answers for: held by them, or still open in their buildings / grid
    (an escalated ticket stays on the leader's list until it is done)."""
    buildings = set(d.buildings_led_by(person))
    chats: set[str] = set()
    grid = d.chiefs.get(person)
    if grid:
        buildings |= {b.id for b in grid.buildings}
        chats |= set(grid.chats)
    return or_(Ticket.holder_id == person, col(Ticket.building).in_(buildings), col(Ticket.chat_id).in_(chats))


def morning(s: Session, d: Directory, now: datetime) -> list[tuple[Dest, str]]:
    out: list[tuple[Dest, str]] = []
    for person in sorted(set(d.leaders) | set(d.chiefs)):
        held = s.exec(select(Ticket).where(col(Ticket.state).in_(ACTIVE), _concerns(d, person))).all()
        if not held:
            continue
        held = sorted(held, key=urgency_key)
        lines = [T.DIGEST_MORNING_HEADER.format(name=d.name_of(person), n=len(held))]
        lines += [morning_line(d, t, now) for t in held[:20]]
        out.append((Dest(d.platform_for_person(person), user_id=person, person=person), "\n".join(lines)))
    return out


def _rate(ok: int, n: int) -> str:
    return f"{round(100 * ok / n)}%（{ok}/{n}）" if n else "—"


def weekly(s: Session, d: Directory, settings: Settings, now: datetime) -> list[tuple[Dest, str]]:
    since = now - timedelta(days=7)
    week = list(s.exec(select(Ticket).where(Ticket.created_at >= since, Ticket.created_at < now)
                       .order_by(col(Ticket.no))).all())
    still_open = s.exec(select(Ticket.id).where(col(Ticket.state).in_(ACTIVE))).all()
    if not week and not still_open:
        return []
    tz = settings.tz
    lo, hi = to_local(since, tz), to_local(now - timedelta(minutes=1), tz)
    lines = [T.DIGEST_WEEKLY_HEADER.format(start=T.DATE_SHORT.format(m=lo.month, d=lo.day),
                                           end=T.DATE_SHORT.format(m=hi.month, d=hi.day), n=len(week))]
    if week:
        colors = Counter(t.color for t in week)
        states = Counter(t.state for t in week)
        lines.append(T.DIGEST_WEEKLY_COLORS.format(parts="　".join(
            f"{T.COLOR_ICONS[c]}{colors[c]}" for c in COLORS if colors[c])))
        lines.append(T.DIGEST_WEEKLY_STATES.format(parts="　".join(
            f"{name}{states[k]}" for k, name in T.STATE_NAMES.items() if states[k])))
        ack_ok = ack_n = res_ok = res_n = 0
        for t in week:
            sla = settings.sla[t.color]  # type: ignore[index]
            ack_by, res_by = t.created_at + timedelta(minutes=sla.ack), t.created_at + timedelta(minutes=sla.resolve)
            if t.acknowledged_at is not None or ack_by <= now:
                ack_n += 1
                ack_ok += bool(t.acknowledged_at is not None and t.acknowledged_at <= ack_by)
            if t.resolved_at is not None or res_by <= now:
                res_n += 1
                res_ok += bool(t.resolved_at is not None and t.resolved_at <= res_by)
        lines.append(T.DIGEST_WEEKLY_ONTIME.format(ack=_rate(ack_ok, ack_n), resolve=_rate(res_ok, res_n)))
        slow = sorted(week, key=lambda t: (t.resolved_at or now) - t.created_at, reverse=True)[:3]
        lines.append(T.DIGEST_WEEKLY_SLOW.format(items="；".join(T.DIGEST_WEEKLY_SLOW_ITEM.format(
            no=t.no, category=T.CATEGORY_NAMES.get(t.category, t.category),
            age=T.age_text(((t.resolved_at or now) - t.created_at).total_seconds() / 60)) for t in slow)))
    lines.append(T.DIGEST_WEEKLY_OPEN.format(n=len(still_open)))
    text = "\n".join(lines)
    if d.office_chat:
        return [(Dest(d.default_platform, chat_id=d.office_chat), text)]
    return [(Dest(d.platform_for_person(p), user_id=p, person=p), text) for p in sorted(d.staff)]
