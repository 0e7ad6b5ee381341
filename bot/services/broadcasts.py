"""Scheduled broadcasts: keep config and digest jobs in the database, fire what is due exactly once.

`fire_due(engine, settings, now)` is the whole firing rule, a plain function of `now`:
for each active job whose next due time has come, claim (job, due time) by INSERTing a
BroadcastFire row -- the unique key makes a second process's claim fail and roll back --
and write its outbox rows and its next due time in that same transaction. A due time more
than `schedule_grace_minutes` old (the bot was down) is skipped and logged; of several
missed due times only the latest can still be sent.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import Session, col, func, select

from bot import texts as T
from bot.clock import from_local, to_local
from bot.db import write_gate
from bot.outbox import enqueue
from bot.schedules.spec import WEEKDAY_NAMES, Spec, fill, latest_due, next_due
from bot.schedules.targets import Dest, resolve
from bot.services import digests
from bot.services.directory import Directory
from bot.services.tickets import ACTIVE
from bot.settings import Settings
from models import Broadcast, BroadcastFire, Ticket

log = logging.getLogger("linli.schedules")


@dataclass(frozen=True, slots=True)
class Fired:
    broadcast_id: int
    name: str
    due_at: datetime
    outcome: str      # sent / empty / skipped
    messages: int
    skipped: int


def spec_of(b: Broadcast) -> Spec:
    return Spec(kind=b.kind, cron=b.cron, every_minutes=b.every_minutes, at=b.at, anchor=b.anchor_at,
                start=b.start_at, end=b.end_at)


def _local_midnight(day: date | None, settings: Settings, plus_days: int = 0) -> datetime | None:
    if day is None:
        return None
    return from_local(datetime.combine(day + timedelta(days=plus_days), time()), settings.tz)


def _end_of_day(day: date | None, settings: Settings) -> datetime | None:
    """The end date is the last day that may fire."""
    midnight = _local_midnight(day, settings, plus_days=1)
    return midnight - timedelta(seconds=1) if midnight else None


def desired_jobs(settings: Settings, now: datetime) -> list[dict]:
    """The config and digest jobs the settings ask for, as Broadcast field values."""
    jobs = []
    for sc in settings.schedules:
        jobs.append(dict(source="config", key=sc.name, name=sc.name, kind="cron" if sc.cron else "every",
                         cron=sc.cron, every_minutes=sc.every, targets=list(sc.to), text=sc.text,
                         start_at=_local_midnight(sc.start, settings),
                         end_at=_end_of_day(sc.end, settings)))
    dg = settings.digests
    if dg.morning:
        h, m = dg.morning.split(":")
        jobs.append(dict(source="digest", key="morning", name="morning digest", kind="cron",
                         cron=f"{int(m)} {int(h)} * * *", every_minutes=None, targets=[], text="",
                         start_at=None, end_at=None))
    if dg.weekly:
        h, m = dg.weekly.time.split(":")
        jobs.append(dict(source="digest", key="weekly", name="weekly digest", kind="cron",
                         cron=f"{int(m)} {int(h)} * * {WEEKDAY_NAMES[dg.weekly.weekday - 1]}",
                         every_minutes=None, targets=[], text="", start_at=None, end_at=None))
    return jobs


_TIMING = ("kind", "cron", "every_minutes", "start_at", "end_at")


def sync_jobs(engine: Engine, settings: Settings, now: datetime, attempts: int = 3) -> None:
    """Make the stored config/digest jobs match the settings; keep due times of unchanged ones."""
    for attempt in range(attempts):
        try:
            _sync(engine, settings, now)
            return
        except (IntegrityError, OperationalError):  # another process synced at the same moment
            if attempt == attempts - 1:
                raise


def _sync(engine: Engine, settings: Settings, now: datetime) -> None:
    tz = settings.tz
    wanted = {(j["source"], j["key"]): j for j in desired_jobs(settings, now)}
    with Session(engine) as s:
        rows = s.exec(select(Broadcast).where(col(Broadcast.source).in_(("config", "digest")))).all()
        have = {(b.source, b.key): b for b in rows}
        for key, b in have.items():
            if key not in wanted and b.active:
                b.active, b.next_fire_at = False, None
                s.add(b)
        for key, j in wanted.items():
            b = have.get(key)
            if b is None:
                b = Broadcast(**j, anchor_at=now, created_at=now)
                b.next_fire_at = next_due(spec_of(b), tz, now)
                b.active = b.next_fire_at is not None
            else:
                changed = not b.active or any(getattr(b, f) != j[f] for f in _TIMING)
                for f, v in j.items():
                    setattr(b, f, v)
                if changed:
                    b.anchor_at = now
                    b.next_fire_at = next_due(spec_of(b), tz, now)
                    b.active = b.next_fire_at is not None
            s.add(b)
        s.commit()


def next_fire_at(engine: Engine) -> datetime | None:
    with Session(engine) as s:
        return s.exec(select(func.min(Broadcast.next_fire_at)).where(Broadcast.active == True)).one()  # noqa: E712


def fire_due(engine: Engine, settings: Settings, now: datetime) -> list[Fired]:
    """Fire every job due at or before `now`, each due time once across all processes."""
    with Session(engine) as s:
        due = s.exec(select(Broadcast.id, Broadcast.next_fire_at)
                     .where(Broadcast.active == True, col(Broadcast.next_fire_at) <= now)  # noqa: E712
                     .order_by(col(Broadcast.next_fire_at), col(Broadcast.id))).all()
    d = Directory(settings)
    fired = []
    for bid, due_at in due:
        if bid is not None and due_at is not None:
            try:
                f = _fire_one(engine, d, settings, bid, due_at, now)
            except Exception:  # one broken job must not hold back the others (it is retried next sweep)
                log.exception("broadcast failed", extra={"event": "broadcast_error", "broadcast": bid})
                continue
            if f is not None:
                fired.append(f)
    return fired


def _fire_one(engine: Engine, d: Directory, settings: Settings, bid: int, due_at: datetime,
              now: datetime) -> Fired | None:
    tz = settings.tz
    with Session(engine) as s:
        b = s.get(Broadcast, bid)
        if b is None or not b.active or b.next_fire_at != due_at:
            return None
        spec = spec_of(b)
    claim_due, skipped = latest_due(spec, tz, due_at, now)
    late = now - claim_due > timedelta(minutes=settings.schedule_grace_minutes)
    with write_gate(engine), Session(engine) as s:  # SQLite: queue with the other writers
        try:  # the claim is the transaction's first statement (SQLite takes the write lock here)
            s.add(BroadcastFire(broadcast_id=bid, due_at=claim_due, fired_at=now, outcome="claimed",
                                skipped=skipped))
            s.flush()
        except IntegrityError:
            s.rollback()
            return None
        b = s.get(Broadcast, bid)
        if b is None or not b.active or b.next_fire_at != due_at:
            s.rollback()
            return None
        n = 0 if late else _send(s, d, settings, b, now)
        outcome = "skipped" if late else ("sent" if n else "empty")
        fire = s.exec(select(BroadcastFire).where(BroadcastFire.broadcast_id == bid,
                                                  BroadcastFire.due_at == claim_due)).one()
        fire.outcome, fire.messages = outcome, n
        b.next_fire_at = next_due(spec, tz, max(claim_due, now))
        b.last_fired_at = claim_due if not late else b.last_fired_at
        b.active = b.next_fire_at is not None
        s.add_all([fire, b])
        s.commit()
        name = b.name
    if late or skipped:
        log.warning("broadcast due times missed", extra={
            "event": "broadcast_missed", "broadcast": bid, "job": name, "due": claim_due.isoformat(),
            "sent_latest": not late, "missed": skipped + (1 if late else 0)})
    log.info("broadcast fired", extra={"event": "broadcast_fired", "broadcast": bid, "job": name,
                                       "due": claim_due.isoformat(), "outcome": outcome, "messages": n})
    return Fired(bid, name, claim_due, outcome, n, skipped)


def _send(s: Session, d: Directory, settings: Settings, b: Broadcast, now: datetime) -> int:
    if b.source == "digest":
        pairs = (digests.morning(s, d, now) if b.key == "morning"
                 else digests.weekly(s, d, settings, now) if b.key == "weekly" else [])
    else:
        pairs = [(dest, fill(b.text, placeholder_values(s, d, settings, dest, now)))
                 for dest in resolve(d, b.targets)]
    for dest, text in pairs:
        enqueue(s, now, platform=dest.platform, chat_id=dest.chat_id, user_id=dest.user_id, text=text)
    return len(pairs)


def placeholder_values(s: Session, d: Directory, settings: Settings, dest: Dest, now: datetime) -> dict[str, str]:
    local = to_local(now, settings.tz)
    grid = d.grids.get(dest.grid) if dest.grid else None
    b = d.buildings.get(dest.building) if dest.building else None
    q = select(func.count()).select_from(Ticket).where(col(Ticket.state).in_(ACTIVE))
    if dest.person:
        q = q.where(Ticket.holder_id == dest.person)
    elif b:
        q = q.where(Ticket.building == b.id)
    elif grid:
        q = q.where(col(Ticket.building).in_([x.id for x in grid.buildings]) | col(Ticket.chat_id).in_(grid.chats))
    if dest.person and dest.person in d.chiefs and not d.buildings_led_by(dest.person):
        place = grid.name if grid else ""
    else:
        place = b.name if b else grid.name if grid else settings.community.name
    return {"date": T.DATE_SHORT.format(m=local.month, d=local.day), "weekday": T.WEEKDAYS[local.weekday()],
            "building": place, "leader": d.name_of(b.leader) if b and b.leader else "",
            "chief": d.name_of(grid.chief) if grid and grid.chief else "",
            "open_tickets": str(s.exec(q).one())}
