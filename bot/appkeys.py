"""Typed keys for everything the app holds; no module globals."""
from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from aiohttp import ClientSession, web
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy.engine import Engine

from bot.clock import Clock
from bot.schedules.runtime import ScheduleRunner
from bot.metrics import Metrics
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.adapters.base import Adapter
    from bot.pipeline import Pipeline

SETTINGS = web.AppKey("settings", Settings)
CLOCK = web.AppKey("clock", Clock)
ENGINE = web.AppKey("engine", Engine)
HTTP = web.AppKey("http", ClientSession)
ADAPTERS = web.AppKey("adapters", dict)  # name -> Adapter
PIPELINE = web.AppKey("pipeline", object)  # bot.pipeline.Pipeline
WORKERS = web.AppKey("workers", object)  # bot.workers.Workers, when processing runs in worker processes
INBOX = web.AppKey("inbox", object)  # bot.inbox.InboundWriter
WAKE_PROCESSOR = web.AppKey("wake_processor", asyncio.Event)
WAKE_OUTBOX = web.AppKey("wake_outbox", asyncio.Event)
SCHEDULES = web.AppKey("schedules", ScheduleRunner)
SCHEDULER = web.AppKey("scheduler", AsyncIOScheduler)
SWEEPER = web.AppKey("sweeper", object)  # bot.services.deadlines.Sweeper
METRICS = web.AppKey("metrics", Metrics)
CHECKPOINTS = web.AppKey("checkpoints", object)  # bot.db.Checkpoints, on a SQLite file
