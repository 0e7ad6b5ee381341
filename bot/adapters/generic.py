"""The generic signed JSON webhook: POST /webhook/generic, and signed POSTs to send_url."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
from datetime import UTC, datetime
from typing import Any

from aiohttp import ClientError, ClientSession, ClientTimeout, web

from bot.adapters.base import Adapter, DeliveryError
from bot.inbox import accept
from bot.message import InboundMessage, OutboundMessage
from bot.settings import GenericPlatform, Settings

log = logging.getLogger("linli.generic")
MAX_BODY = 64 * 1024
_ID_MAX = 128


def sign(secret: str, timestamp: str, body: bytes) -> str:
    return hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


class BadPayload(ValueError):
    pass


def _str(obj: dict[str, Any], key: str, required: bool = True, limit: int = _ID_MAX) -> str | None:
    v = obj.get(key)
    if v is None:
        if required:
            raise BadPayload(f"missing field: {key}")
        return None
    if not isinstance(v, str):
        raise BadPayload(f"field {key} must be a string")
    if required and not v.strip():
        raise BadPayload(f"field {key} must not be empty")
    if len(v) > limit:
        raise BadPayload(f"field {key} is too long")
    if "\x00" in v:  # PostgreSQL text cannot hold NUL: refuse it the same way on every database
        raise BadPayload(f"field {key} contains a NUL character")
    return v


def parse_payload(body: bytes) -> InboundMessage:
    """The generic JSON body -> InboundMessage, or BadPayload with a short reason."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        raise BadPayload("body is not valid JSON") from None
    if not isinstance(data, dict):
        raise BadPayload("body must be a JSON object")
    text = _str(data, "text", limit=MAX_BODY)
    assert text is not None
    ts_raw = data.get("ts")
    if ts_raw is None:
        ts = datetime.now(UTC)
    elif isinstance(ts_raw, int) and not isinstance(ts_raw, bool) and 0 <= ts_raw < 2**33:
        ts = datetime.fromtimestamp(ts_raw, UTC)
    else:
        raise BadPayload("field ts must be unix seconds")
    mentions = data.get("mentions") or []
    if not isinstance(mentions, list) or not all(isinstance(m, str) and len(m) <= _ID_MAX and "\x00" not in m
                                                  for m in mentions):
        raise BadPayload("field mentions must be a list of ids")
    quote = data.get("quote")
    if quote is not None and not isinstance(quote, dict):
        raise BadPayload("field quote must be an object")
    return InboundMessage(
        platform="generic",
        msg_id=_str(data, "msg_id"),  # type: ignore[arg-type]
        chat_id=_str(data, "chat_id"),
        sender_id=_str(data, "sender_id"),  # type: ignore[arg-type]
        sender_name=_str(data, "sender_name", required=False),
        text=text,
        ts=ts,
        mentions=tuple(mentions[:50]),
        quote_msg_id=_str(quote, "msg_id") if quote else None,
        quote_text=_str(quote, "text", required=False, limit=MAX_BODY) if quote else None,
    )


class GenericAdapter(Adapter):
    name = "generic"

    def __init__(self, cfg: GenericPlatform, secret: str | None):
        self.cfg = cfg
        self.secret = secret
        self.http: ClientSession | None = None  # set by the app's http cleanup context

    def add_routes(self, app: web.Application) -> None:
        app.router.add_post("/webhook/generic", self.webhook)

    def _verify(self, request: web.Request, body: bytes) -> str | None:
        """None when the request is authentic, else the reason."""
        if not self.secret:
            return "no secret configured"
        ts = request.headers.get("X-Linli-Timestamp", "")
        sig = request.headers.get("X-Linli-Signature", "")
        if not ts.isdigit() or len(ts) > 12 or not sig:
            return "missing signature headers"
        if abs(time.time() - int(ts)) > self.cfg.max_skew_s:
            return "stale timestamp"
        if not hmac.compare_digest(sign(self.secret, ts, body), sig.lower()):
            return "bad signature"
        return None

    async def webhook(self, request: web.Request) -> web.Response:
        if request.content_length is not None and request.content_length > MAX_BODY:
            return web.json_response({"error": "body too large"}, status=413)
        try:
            body = await request.content.read(MAX_BODY + 1)
        except Exception:  # connection dropped mid-body
            return web.json_response({"error": "body could not be read"}, status=400)
        if len(body) > MAX_BODY:
            return web.json_response({"error": "body too large"}, status=413)
        reason = self._verify(request, body)
        if reason:
            log.warning("rejected webhook", extra={"event": "auth_failed", "reason": reason})
            return web.json_response({"error": reason}, status=401)
        try:
            msg = parse_payload(body)
        except BadPayload as e:
            return web.json_response({"error": str(e)}, status=400)
        new = await accept(request.app, msg)
        return web.json_response({"ok": True, "duplicate": not new})

    async def send(self, out: OutboundMessage) -> None:
        if out.chat_id is not None:
            payload: dict[str, Any] = {"chat_id": out.chat_id, "text": out.text,
                                       "mentions": list(out.mentions), "quote_msg_id": out.quote_msg_id}
        else:
            payload = {"user_id": out.user_id, "text": out.text}
        payload["delivery_id"] = f"linli-{out.id}"  # the same on a retry: lets the platform drop repeats
        body = json.dumps(payload, ensure_ascii=False).encode()
        ts = str(int(time.time()))
        headers = {"Content-Type": "application/json", "X-Linli-Timestamp": ts,
                   "X-Linli-Signature": sign(self.secret or "", ts, body)}
        assert self.http is not None
        try:
            async with self.http.post(self.cfg.send_url, data=body, headers=headers,
                                      timeout=ClientTimeout(total=10)) as resp:
                if 200 <= resp.status < 300:
                    return
                detail = (await resp.text())[:200]
                permanent = 400 <= resp.status < 500 and resp.status not in (408, 425, 429)
                raise DeliveryError(f"HTTP {resp.status}: {detail}", permanent=permanent,
                                    unreachable=resp.status >= 500)
        except (ClientError, TimeoutError) as e:
            raise DeliveryError(f"{type(e).__name__}: {e}", unreachable=True) from None


def build(settings: Settings) -> GenericAdapter | None:
    cfg = settings.platforms.generic
    if cfg is None:
        return None
    return GenericAdapter(cfg, settings.secret(cfg.secret_env))
