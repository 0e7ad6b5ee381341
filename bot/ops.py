"""Operations endpoints: GET /healthz (database, outbox backlog, oldest undelivered) and GET /metrics."""
from __future__ import annotations

import logging

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy.exc import SQLAlchemyError

from bot import appkeys as K
from bot.metrics import health

log = logging.getLogger("linli.ops")


async def healthz(request: web.Request) -> web.Response:
    app = request.app
    try:
        h = health(app[K.ENGINE], app[K.CLOCK].now())
    except SQLAlchemyError as e:
        log.error("health check: database unreachable", extra={"event": "health_db", "error": type(e).__name__})
        return web.json_response({"ok": False, "database": "unreachable"}, status=503)
    body = {"ok": True, "database": "ok", "outbox_backlog": h.outbox_backlog,
            "outbox_parked": h.outbox_parked, "oldest_undelivered_s": h.oldest_undelivered_s}
    if (workers := app.get(K.WORKERS)) is not None:  # processing in worker processes: are they all up?
        body["workers"] = {"expected": len(workers.procs), "alive": workers.alive()}
    return web.json_response(body)


async def metrics(request: web.Request) -> web.Response:
    try:
        body = generate_latest(request.app[K.METRICS].registry)
    except SQLAlchemyError:
        return web.Response(status=503, text="database unreachable")
    return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})


def add_ops_routes(app: web.Application) -> None:
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/metrics", metrics)
