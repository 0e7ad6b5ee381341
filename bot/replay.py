"""Replay a recorded conversation through the real pipeline on a simulated clock."""
from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from bot.clock import from_local
from bot.db import init_schema, make_engine
from bot.inbox import store_inbound
from bot.message import InboundMessage
from bot.pipeline import Pipeline, Processed
from bot.schedules.replay import start as start_schedules
from bot.schedules.replay import tick as fire_schedules
from bot.services.deadlines import Sweeper
from bot.services.directory import Directory
from bot.understanding import COLOR_RANK, Understanding
from bot.settings import Settings
from handlers import build_router
from models import OutboxRow

DEFAULT_START = "2026-11-24 10:00"  # a Tuesday morning


def read_records(path: str | Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        recs = [json.loads(line) for line in f if line.strip()]
    return sorted(recs, key=lambda r: float(r.get("t", 0)))  # stable: file order within a minute


def prediction(rec: dict[str, Any], p: Processed | None) -> dict[str, Any]:
    u = p.understanding if p else None
    # a follow-up that is no request of its own (a detail, a place) adds to the ticket but is not a report
    linked = p is not None and (p.outcome in ("filed", "merged") or (p.outcome == "follow_up" and bool(u and u.request)))
    color = u.color if u and u.request else None
    category = u.category if u and u.request else None
    if linked and p and (category in (None, "other") or color is None or (u is not None and u.category_guessed)
                         or (p.outcome in ("merged", "follow_up") and u is not None and u.model_only)):
        # a "me too" or a detail without its own cue: it is about the ticket's problem
        if not own_colour(color, category, u, p.extra.get("ticket_color"), p.extra.get("ticket_category")):
            color = p.extra.get("ticket_color") or color
        category = p.extra.get("ticket_category") or category
    return {
        "id": rec["id"],
        "request": bool(linked or (u and u.request)),
        "color": color,
        "category": category,
        "location": u.location.as_dict() if u and u.location else None,
        "ticket": p.ticket_no if linked and p else None,
        "merged": bool(p and p.outcome in ("merged", "follow_up")),
    }


def own_colour(color: str | None, category: str | None, u: Understanding | None, ticket_color: str | None,
               ticket_category: str | None) -> bool:
    """A merged message only the model read keeps its own colour when the model reads it as the ticket's kind of
    problem (the same category, not guessed) told in its own words: colour is of the message's own report (a
    lift question about a mother who cannot walk the stairs, orange, under a red ticket of someone trapped).
    At most one step milder than the ticket's: a "me too" the model reads calmer never drops a red to yellow."""
    if u is None or color is None or u.category_guessed or category in (None, "other") or category != ticket_category:
        return False
    if color == "blue" and ticket_color != "blue":
        return False   # merged into a problem's ticket, it tells the problem again: no consultation of its own
    return ticket_color in COLOR_RANK and COLOR_RANK[color] - COLOR_RANK[ticket_color] <= 1


def run_deadlines(sweeper: Sweeper, until: datetime) -> None:
    """Take every deadline step due up to `until`, each at its own due time (its outbox `t`)."""
    while (due := sweeper.next_due()) is not None and due <= until:
        sweeper.sweep(due)


def run_replay(records: Iterable[dict[str, Any]], settings: Settings, start: str = DEFAULT_START,
               workdir: str | None = None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Returns (predictions, outbound messages) for the records, in order."""
    tz = settings.tz
    t0 = from_local(datetime.strptime(start, "%Y-%m-%d %H:%M"), tz)
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        engine = make_engine(f"sqlite:///{tmp}/replay.db")
        init_schema(engine)
        run_settings = settings.model_copy(update={"database": str(engine.url)})
        pipeline = Pipeline(engine, run_settings, build_router())
        platform = Directory(run_settings).default_platform
        start_schedules(engine, run_settings, t0)
        sweeper = Sweeper(engine, run_settings)
        preds = []
        for rec in records:
            now = t0 + timedelta(minutes=float(rec.get("t", 0)))
            run_deadlines(sweeper, now)
            fire_schedules(engine, run_settings, now)
            msg = InboundMessage(platform=platform, msg_id=str(rec["id"]), chat_id=rec.get("chat"),
                                 sender_id=str(rec.get("sender", "")), text=str(rec.get("text", "")), ts=now,
                                 quote_msg_id=rec.get("quote"))
            store_inbound(engine, msg, now)
            done = pipeline.process_pending(now)
            preds.append(prediction(rec, next((p for p in done if p.msg_id == msg.msg_id), None)))
        with Session(engine) as s:
            rows = s.exec(select(OutboxRow).order_by(col(OutboxRow.id))).all()
            outbound = [{"t": round((r.created_at - t0).total_seconds() / 60, 2),
                         "to": {"chat_id": r.chat_id} if r.chat_id else {"user_id": r.user_id},
                         "text": r.text, "ticket": r.ticket_no} for r in rows]
        engine.dispose()
    return preds, outbound
