"""When a broadcast is due, and what its text says: pure functions of `now` and the time zone.

Fire times come from APScheduler's triggers (CronTrigger / IntervalTrigger), not hand-rolled
cron. Standard crontab numbers weekdays 0/7 = Sunday, 1 = Monday; APScheduler 3 numbers
0 = Monday, so `cron_trigger` rewrites weekday numbers to names first.
"""
from __future__ import annotations

import re
import string
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

PLACEHOLDERS: tuple[str, ...] = ("date", "weekday", "building", "leader", "chief", "open_tickets")
WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_CRON_DOW = ("sun", "mon", "tue", "wed", "thu", "fri", "sat", "sun")  # crontab 0..7
_TINY = timedelta(microseconds=1)


@dataclass(frozen=True, slots=True)
class Spec:
    kind: str                       # cron / every / at
    cron: str | None = None
    every_minutes: int | None = None
    at: datetime | None = None      # aware UTC
    anchor: datetime | None = None  # aware UTC; interval jobs count from here
    start: datetime | None = None   # aware UTC
    end: datetime | None = None     # aware UTC


def _dow_field(field: str) -> str:
    """Crontab weekday numbers -> names (a number after '/' is a step, kept)."""
    return re.sub(r"(?<![/\d])([0-7])(?!\d)", lambda m: _CRON_DOW[int(m.group(1))], field)


def cron_trigger(expr: str, tz: ZoneInfo, start: datetime | None = None,
                 end: datetime | None = None) -> CronTrigger:
    """A standard 5-field crontab expression in `tz`; ValueError when it is not one."""
    fields = expr.split()
    if len(fields) != 5:
        raise ValueError(f"needs 5 fields (minute hour day month weekday), got {len(fields)}")
    minute, hour, day, month, dow = fields
    return CronTrigger(minute=minute, hour=hour, day=day, month=month, day_of_week=_dow_field(dow),
                       timezone=tz, start_date=start, end_date=end)


def trigger(spec: Spec, tz: ZoneInfo) -> BaseTrigger | None:
    if spec.kind == "cron" and spec.cron:
        return cron_trigger(spec.cron, tz, spec.start, spec.end)
    if spec.kind == "every" and spec.every_minutes:
        anchor = spec.start or spec.anchor or datetime(2000, 1, 1, tzinfo=UTC)
        return IntervalTrigger(minutes=spec.every_minutes, start_date=anchor, end_date=spec.end, timezone=tz)
    return None


def next_due(spec: Spec, tz: ZoneInfo, after: datetime) -> datetime | None:
    """The first due time strictly after `after` (aware UTC), or None when there is none."""
    if spec.kind == "at":
        return spec.at if spec.at is not None and spec.at > after else None
    trig = trigger(spec, tz)
    if trig is None:
        return None
    nxt = trig.get_next_fire_time(None, after.astimezone(tz) + _TINY)
    return nxt.astimezone(UTC) if nxt is not None else None


def latest_due(spec: Spec, tz: ZoneInfo, first: datetime, now: datetime,
               limit: int = 100_000) -> tuple[datetime, int]:
    """From a due time `first` <= now: the last due time <= now and how many came before it."""
    last, skipped = first, 0
    while skipped < limit:
        nxt = next_due(spec, tz, last)
        if nxt is None or nxt > now:
            break
        last, skipped = nxt, skipped + 1
    return last, skipped


def placeholders(text: str) -> list[str]:
    """Field names used by a template; ValueError for broken braces."""
    return [f for _, f, _, _ in string.Formatter().parse(text) if f is not None]


def unknown_placeholders(text: str) -> list[str]:
    return [f for f in placeholders(text) if f not in PLACEHOLDERS]


def fill(text: str, values: dict[str, str]) -> str:
    """Placeholders filled; anything else in braces (a notice typed in chat: "{重要}") stays as written."""
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError:  # an unmatched brace: nothing to fill
        return text
    out = []
    for literal, field, spec, conv in parts:
        out.append(literal)
        if field is None:
            continue
        if field in PLACEHOLDERS and not spec and not conv:
            out.append(values.get(field, ""))
        else:
            out.append("{" + field + (f"!{conv}" if conv else "") + (f":{spec}" if spec else "") + "}")
    return "".join(out)
