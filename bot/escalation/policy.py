"""Escalation policy: pure functions of a ticket's clocks, the settings and `now`.

A ticket that nobody acknowledges climbs its chain one level per ack interval;
one acknowledged but not resolved in time gets overdue notices (督办) to the
holder and a superior, repeated up to a cap per level before the notices climb
to the next level; a resolved ticket closes itself after a while. Non-red
reminders that fall in quiet hours wait for the morning.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.clock import from_local, to_local
from bot.settings import Escalation


@dataclass(frozen=True, slots=True)
class Clocks:
    """What the policy needs to know about one ticket."""

    state: str                      # open / acknowledged / resolved / closed / returned
    color: str
    chain_len: int
    holder_level: int
    ack_minutes: int
    ack_due_at: datetime | None
    resolve_due_at: datetime | None
    resolved_at: datetime | None = None
    overdue_level: int | None = None  # chain index of the superior last told; None: no notice yet
    overdue_count: int = 0            # notices sent at overdue_level
    last_notice_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Step:
    kind: str        # escalate / overdue / close
    level: int       # chain index the step addresses (new holder level, or the superior told)
    due: datetime    # when to act (after any quiet-hours wait)


def _hm(text: str) -> time:
    h, m = text.split(":")
    return time(int(h), int(m))


def after_quiet_hours(when: datetime, color: str, cfg: Escalation, tz: ZoneInfo) -> datetime:
    """`when`, or the end of the quiet hours it falls in; red never waits."""
    q = cfg.quiet_hours
    if q is None or color == "red":
        return when
    start, end = _hm(q.start), _hm(q.end)
    if start == end:
        return when
    local = to_local(when, tz)
    t = local.time()
    naive = local.replace(tzinfo=None)
    if start < end:  # e.g. 12:00-14:00 within one day
        if start <= t < end:
            return from_local(datetime.combine(naive.date(), end), tz)
        return when
    if t >= start:   # e.g. 22:00-07:00 across midnight: evening part
        return from_local(datetime.combine(naive.date() + timedelta(days=1), end), tz)
    if t < end:      # morning part
        return from_local(datetime.combine(naive.date(), end), tz)
    return when


def add_minutes(start: datetime, minutes: float, color: str, cfg: Escalation, tz: ZoneInfo) -> datetime:
    """A deadline `minutes` after `start`: wall-clock, or working hours only for configured colours."""
    wh = cfg.working_hours
    if color not in wh.colors or not wh.days:
        return start + timedelta(minutes=minutes)
    day_start, day_end = _hm(wh.start), _hm(wh.end)
    left = timedelta(minutes=minutes)
    cur = to_local(start, tz).replace(tzinfo=None)
    for _ in range(3660):  # at most ten years of days
        open_at = datetime.combine(cur.date(), day_start)
        close_at = datetime.combine(cur.date(), day_end)
        if cur.isoweekday() in wh.days and cur < close_at:
            begin = max(cur, open_at)
            if begin + left <= close_at:
                return from_local(begin + left, tz)
            left -= close_at - begin
        cur = datetime.combine(cur.date() + timedelta(days=1), time(0, 0))
    raise ValueError("working hours never reach the deadline")


def repeat_minutes(c: Clocks, cfg: Escalation) -> int:
    return cfg.overdue_repeat_minutes or c.ack_minutes


def next_step(c: Clocks, cfg: Escalation, tz: ZoneInfo) -> Step | None:
    """The next deadline action for a ticket, or None when its clocks are stopped."""
    top = c.chain_len - 1
    if c.state == "resolved" and c.resolved_at is not None:
        return Step("close", c.holder_level, c.resolved_at + timedelta(days=cfg.auto_close_days))
    if c.state not in ("open", "acknowledged"):
        return None
    steps: list[Step] = []
    if c.state == "open" and c.ack_due_at is not None and c.holder_level < top:
        steps.append(Step("escalate", c.holder_level + 1,
                          after_quiet_hours(c.ack_due_at, c.color, cfg, tz)))
    overdue = _overdue_step(c, cfg, top)
    if overdue is not None:
        steps.append(Step("overdue", overdue.level, after_quiet_hours(overdue.due, c.color, cfg, tz)))
    return min(steps, key=lambda s: s.due) if steps else None


def _overdue_step(c: Clocks, cfg: Escalation, top: int) -> Step | None:
    if c.resolve_due_at is None:
        return None
    if c.overdue_level is None or c.last_notice_at is None:
        return Step("overdue", min(c.holder_level + 1, top), c.resolve_due_at)
    due = c.last_notice_at + timedelta(minutes=repeat_minutes(c, cfg))
    if c.overdue_count < cfg.overdue_max_per_level:
        return Step("overdue", c.overdue_level, due)
    if c.overdue_level < top:
        return Step("overdue", c.overdue_level + 1, due)
    return None  # the cap at the top level: nothing further to send


def after_overdue(c: Clocks, level: int) -> tuple[int, int]:
    """(overdue_level, overdue_count) after a notice at `level`."""
    if c.overdue_level == level:
        return level, c.overdue_count + 1
    return level, 1
