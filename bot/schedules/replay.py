"""Schedules on replay's simulated clock: every due time fires in order, as if the bot ran throughout."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy.engine import Engine

from bot.services.broadcasts import Fired, fire_due, next_fire_at, sync_jobs
from bot.settings import Settings


def start(engine: Engine, settings: Settings, t0: datetime) -> None:
    sync_jobs(engine, settings, t0)


def tick(engine: Engine, settings: Settings, now: datetime, limit: int = 100_000) -> list[Fired]:
    """Fire every schedule due up to `now`, each at its own due time (so its messages carry that time)."""
    fired: list[Fired] = []
    for _ in range(limit):
        due = next_fire_at(engine)
        if due is None or due > now:
            break
        fired += fire_due(engine, settings, due)
    return fired
