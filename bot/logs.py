"""Structured logs: one JSON object per line, with the extra fields a record carries."""
from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import Iterable

from sqlalchemy.engine import make_url

from bot.settings import Settings

_STD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    """`secrets`: values never to be written (replaced by ***), whatever logged them."""

    def __init__(self, secrets: Iterable[str] = ()):
        super().__init__()
        self.secrets = sorted({x for x in secrets if x and len(x) >= 4}, key=len, reverse=True)

    def format(self, record: logging.LogRecord) -> str:
        line = self._format(record)
        for secret in self.secrets:
            line = line.replace(secret, "***")
            quoted = json.dumps(secret, ensure_ascii=False)[1:-1]
            if quoted != secret:
                line = line.replace(quoted, "***")
        return line

    def _format(self, record: logging.LogRecord) -> str:
        out = {"ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + "Z",
               "level": record.levelname.lower(), "logger": record.name, "msg": record.getMessage()}
        out.update({k: v for k, v in vars(record).items() if k not in _STD and not k.startswith("_")})
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False, default=str)


def known_secrets(settings: Settings) -> list[str]:
    """Every secret value the settings point at: env vars named by *_env keys, the database password."""
    out: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                if str(k).endswith("_env") and isinstance(v, str) and os.environ.get(v):
                    out.append(os.environ[v])
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(settings.model_dump())
    password = make_url_password(settings.database)
    if password:
        out.append(password)
    return out


def make_url_password(url: str) -> str | None:
    try:
        return make_url(url).password  # type: ignore[return-value]
    except Exception:
        return None


def setup_logging(level: str = "INFO", secrets: Iterable[str] = ()) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)  # every sweep would log twice
