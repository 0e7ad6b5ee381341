"""Time sources. All times are aware UTC datetimes; services take `now` as a parameter."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo


def utcnow() -> datetime:
    return datetime.now(UTC)


class Clock:
    """The real clock."""

    def now(self) -> datetime:
        return utcnow()


class ManualClock(Clock):
    """A clock tests and replay move by hand."""

    def __init__(self, start: datetime):
        self._now = start

    def now(self) -> datetime:
        return self._now

    def set(self, when: datetime) -> None:
        self._now = when

    def advance(self, minutes: float = 0, seconds: float = 0) -> None:
        self._now += timedelta(minutes=minutes, seconds=seconds)


def aware(dt: datetime) -> datetime:
    """A stored datetime as aware UTC (SQLite gives back the naive UTC it was written as)."""
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def to_local(dt: datetime, tz: ZoneInfo) -> datetime:
    return aware(dt).astimezone(tz)


def from_local(dt: datetime, tz: ZoneInfo) -> datetime:
    """A naive local wall time -> aware UTC."""
    return dt.replace(tzinfo=tz).astimezone(UTC)
