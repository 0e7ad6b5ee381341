"""What the WeCom app and smart-robot adapters share: the callback flow and group sends.

Callback flow: GET answers URL verification with the decrypted echostr; POST
checks the signature (403, nothing stored), decrypts and parses (400), then
stores the message through the inbox (dedup by message id, so WeCom's retries
of a slow callback change nothing) and answers 200 at once; processing is
asynchronous, well inside WeCom's 5 s.
"""
from __future__ import annotations

import logging
from abc import abstractmethod
from dataclasses import dataclass
from datetime import datetime

from aiohttp import ClientSession, web

from bot import appkeys as K
from bot.adapters.base import Adapter, DeliveryError, Pace
from bot.adapters.wecom_api import WecomApi, split_text
from bot.adapters.wecom_crypto import BadBody, BadSignature, WecomCrypto
from bot.inbox import accept
from bot.message import InboundMessage, OutboundMessage

log = logging.getLogger("linli.wecom")
MAX_BODY = 64 * 1024
ID_MAX = 128


@dataclass(frozen=True, slots=True)
class GroupRobot:
    env: str        # the variable naming the key: a safe identity for logs and pacing
    key: str


@dataclass(frozen=True, slots=True)
class RobotPacing:
    per_minute: int = 20
    window_s: float = 60.0


class WecomAdapterBase(Adapter):
    path: str

    def __init__(self, crypto: WecomCrypto | None, api: WecomApi, robots: dict[str, GroupRobot],
                 pacing: RobotPacing):
        self.crypto = crypto
        self.api = api
        self.robots = robots
        self.pacing = pacing

    @property  # type: ignore[override]
    def http(self) -> ClientSession | None:
        return self.api.http

    @http.setter
    def http(self, session: ClientSession | None) -> None:
        """The app's session, set by its http cleanup context, is the API client's."""
        self.api.http = session

    # ---- inbound --------------------------------------------------------------------------
    def add_routes(self, app: web.Application) -> None:
        app.router.add_get(self.path, self.verify)
        app.router.add_post(self.path, self.receive)

    def _reject(self, status: int, reason: str) -> web.Response:
        log.warning("rejected WeCom callback", extra={"event": "auth_failed" if status == 403 else "bad_callback",
                                                      "platform": self.name, "reason": reason})
        return web.Response(status=status, text=reason)

    def _params(self, request: web.Request) -> tuple[str, str, str] | None:
        q = request.query
        sig, ts, nonce = q.get("msg_signature", ""), q.get("timestamp", ""), q.get("nonce", "")
        if not (sig and ts and nonce) or max(len(sig), len(ts), len(nonce)) > 128:
            return None
        return sig, ts, nonce

    async def verify(self, request: web.Request) -> web.Response:
        if self.crypto is None:
            return web.Response(status=503, text="WeCom callback not configured")
        params = self._params(request)
        if params is None:
            return self._reject(403, "missing signature parameters")
        echostr = request.query.get("echostr", "")
        if not echostr or len(echostr) > 4096:
            return self._reject(400, "missing echostr")
        try:
            echo = self.crypto.verify_url(*params, echostr)
        except BadSignature as e:
            return self._reject(403, str(e))
        except BadBody as e:
            return self._reject(400, str(e))
        log.info("WeCom URL verified", extra={"event": "wecom_url_verified", "platform": self.name})
        return web.Response(text=echo)

    async def receive(self, request: web.Request) -> web.Response:
        if self.crypto is None:
            return web.Response(status=503, text="WeCom callback not configured")
        params = self._params(request)
        if params is None:
            return self._reject(403, "missing signature parameters")
        if request.content_length is not None and request.content_length > MAX_BODY:
            return self._reject(413, "body too large")
        try:
            body = await request.content.read(MAX_BODY + 1)
        except Exception:  # connection dropped mid-body
            return self._reject(400, "body could not be read")
        if len(body) > MAX_BODY:
            return self._reject(413, "body too large")
        try:
            msg = self.parse(body, *params, now=request.app[K.CLOCK].now())
        except BadSignature as e:
            return self._reject(403, str(e))
        except BadBody as e:
            return self._reject(400, str(e))
        if msg is None:
            return web.Response(text="")
        await accept(request.app, msg)
        return web.Response(text="")

    @abstractmethod
    def parse(self, body: bytes, sig: str, ts: str, nonce: str, *, now: datetime) -> InboundMessage | None:
        """Decrypt and flatten one callback; None for callbacks that carry no text (events, images)."""

    # ---- outbound -------------------------------------------------------------------------
    def robot_pace(self, chat: str | None, text: str) -> Pace | None:
        robot = self.robots.get(chat) if chat else None
        if robot is None:
            return None
        return Pace(key=f"wecom-robot:{robot.env}", per_minute=self.pacing.per_minute,
                    window_s=self.pacing.window_s, cost=len(split_text(text)))

    async def send_to_chat(self, out: OutboundMessage) -> None:
        """A group: through its group robot when it has one, else as an app-created group chat."""
        assert out.chat_id is not None
        robot = self.robots.get(out.chat_id)
        if robot is not None:
            await self.api.robot_send(robot.key, out.text, out.mentions)
        elif self.api.secret:
            await self.api.send_to_appchat(out.chat_id, out.text)
        else:
            raise DeliveryError(f"chat {out.chat_id} has no robot_key_env and no WeCom app is configured",
                                retry_after=300)

    async def send_to_user(self, out: OutboundMessage) -> None:
        assert out.user_id is not None
        if not self.api.secret:
            raise DeliveryError("a private message needs platforms.wecom (the app) configured", retry_after=300)
        await self.api.send_to_user(out.user_id, out.text)


def text_field(value: object, name: str, limit: int = ID_MAX) -> str:
    if not isinstance(value, str) or not value.strip():
        raise BadBody(f"missing field: {name}")
    if len(value) > limit:
        raise BadBody(f"field {name} is too long")
    return value
