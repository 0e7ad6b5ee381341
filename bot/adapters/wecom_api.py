"""The WeCom server API over aiohttp: access token, message/send, appchat/send,
group-robot webhook/send and smart-robot response_url posts.

aiohttp rather than wechatpy's client: wechatpy's WeChatClient is synchronous
(requests), so each send would block the event loop or need a thread; the app
already holds one aiohttp session, and every URL here is built from one
`api_base` so tests and private deployments can point it at their own server.
wechatpy is still used for what it does well: crypto and message parsing.

Errors become DeliveryError: permanent for what can never succeed (unknown
user, missing chat, bad content), transient with a delay for rate limits,
busy servers, network trouble and configuration problems an operator can fix
(bad secret, robot key, IP allow-list) — so no owed message is parked for a
mistake that a restart with the right config cures.
"""
from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from aiohttp import ClientError, ClientSession, ClientTimeout

from bot.adapters.base import DeliveryError

log = logging.getLogger("linli.wecom")

TEXT_MAX_BYTES = 2048
TOKEN_ERRORS = frozenset({40014, 41001, 42001})     # invalid / missing / expired access_token
RATE_ERRORS = frozenset({45009, 45033, 45047})       # API frequency limits
CONFIG_ERRORS = frozenset({40001, 40013, 40056, 48002, 60020, 93000, 301002})  # secret, corp, agent, ip, key
PERMANENT_ERRORS = frozenset({40003, 40008, 44004, 45002, 60011, 81013, 86001, 86003, 86008, 93008})
_TIMEOUT = ClientTimeout(total=10)


def split_text(text: str, limit: int = TEXT_MAX_BYTES) -> list[str]:
    """Parts of at most `limit` UTF-8 bytes, cut at line breaks where possible, never inside a character."""
    parts: list[str] = []
    rest = text
    while len(rest.encode()) > limit:
        cut, size = 0, 0
        for i, ch in enumerate(rest):
            size += len(ch.encode())
            if size > limit:
                break
            cut = i + 1
        newline = rest.rfind("\n", 0, cut)
        if newline > cut // 2:
            cut = newline + 1
        parts.append(rest[:cut].rstrip("\n"))
        rest = rest[cut:]
    parts.append(rest)
    return [p for p in parts if p] or [""]


def classify(errcode: int, errmsg: str, where: str) -> DeliveryError:
    reason = f"WeCom {where} errcode {errcode}: {errmsg[:120]}"
    if errcode in PERMANENT_ERRORS:
        return DeliveryError(reason, permanent=True)
    if errcode in RATE_ERRORS:
        return DeliveryError(reason, retry_after=60)
    if errcode in CONFIG_ERRORS:
        return DeliveryError(reason + " (check the WeCom configuration)", retry_after=300)
    return DeliveryError(reason)  # -1 busy and anything unknown: retried with backoff


class WecomApi:
    """One corp's API: a cached access token and the send calls. `http` is set by the app."""

    def __init__(self, api_base: str, corp_id: str | None = None, secret: str | None = None,
                 agent_id: int | None = None):
        self.base = api_base.rstrip("/")
        self.corp_id = corp_id
        self.secret = secret
        self.agent_id = agent_id
        self.http: ClientSession | None = None
        self._token: str | None = None
        self._token_until = 0.0
        self._lock = asyncio.Lock()

    # ---- transport ------------------------------------------------------------------------
    async def _request(self, method: str, url: str, where: str, **kw: Any) -> dict[str, Any]:
        """JSON from WeCom, or DeliveryError; never puts URLs (tokens, keys) in the reason."""
        if self.http is None:
            raise DeliveryError("HTTP session not started")
        try:
            async with self.http.request(method, url, timeout=_TIMEOUT, **kw) as resp:
                if resp.status != 200:
                    raise DeliveryError(f"WeCom {where} HTTP {resp.status}",
                                        permanent=resp.status in (400, 404, 405, 413), unreachable=resp.status >= 500)
                data = await resp.json(content_type=None)
        except (ClientError, TimeoutError) as e:
            raise DeliveryError(f"WeCom {where} {type(e).__name__}", unreachable=True) from None
        except ValueError as e:
            raise DeliveryError(f"WeCom {where} {type(e).__name__}") from None
        if not isinstance(data, dict):
            raise DeliveryError(f"WeCom {where} answered a non-object")
        return data

    @staticmethod
    def _errcode(data: dict[str, Any]) -> int:
        code = data.get("errcode", 0)
        return code if isinstance(code, int) else -1

    def _log_error(self, where: str, code: int, data: dict[str, Any]) -> None:
        log.warning("WeCom API error", extra={"event": "wecom_error", "api": where, "errcode": code,
                                              "errmsg": str(data.get("errmsg", ""))[:120]})

    # ---- access token ---------------------------------------------------------------------
    async def token(self) -> str:
        async with self._lock:
            if self._token and time.monotonic() < self._token_until:
                return self._token
            if not (self.corp_id and self.secret):
                raise DeliveryError("WeCom app secret not configured", retry_after=300)
            data = await self._request("GET", f"{self.base}/cgi-bin/gettoken", "gettoken",
                                       params={"corpid": self.corp_id, "corpsecret": self.secret})
            code = self._errcode(data)
            token = data.get("access_token")
            if code != 0 or not isinstance(token, str) or not token:
                self._log_error("gettoken", code, data)
                raise classify(code, str(data.get("errmsg", "no access_token")), "gettoken")
            expires = data.get("expires_in", 7200)
            expires = expires if isinstance(expires, int) and expires > 0 else 7200
            self._token, self._token_until = token, time.monotonic() + max(expires - 300, expires / 2)
            log.info("WeCom access token fetched", extra={"event": "wecom_token", "expires_in": expires})
            return token

    def _forget(self, token: str) -> None:
        if self._token == token:
            self._token, self._token_until = None, 0.0

    async def call(self, path: str, payload: dict[str, Any]) -> dict[str, Any]:
        """POST an access-token API; a rejected token is refreshed once and the call retried."""
        where = path.rsplit("/cgi-bin/", 1)[-1]
        for attempt in (1, 2):
            token = await self.token()
            data = await self._request("POST", f"{self.base}{path}", where,
                                       params={"access_token": token}, json=payload)
            code = self._errcode(data)
            if code == 0:
                return data
            self._log_error(where, code, data)
            if code in TOKEN_ERRORS and attempt == 1:
                self._forget(token)
                continue
            raise classify(code, str(data.get("errmsg", "")), where)
        raise AssertionError("unreachable")

    # ---- sends ----------------------------------------------------------------------------
    async def send_to_user(self, user: str, text: str) -> None:
        for part in split_text(text):
            data = await self.call("/cgi-bin/message/send", {
                "touser": user, "msgtype": "text", "agentid": self.agent_id, "text": {"content": part}})
            if data.get("invaliduser"):
                raise DeliveryError(f"WeCom message/send: user {user} is not reachable by this app",
                                    permanent=True)

    async def send_to_appchat(self, chat: str, text: str) -> None:
        for part in split_text(text):
            await self.call("/cgi-bin/appchat/send", {"chatid": chat, "msgtype": "text", "text": {"content": part}})

    async def robot_send(self, key: str, text: str, mentions: tuple[str, ...] = ()) -> None:
        """Group robot (群机器人): no token, the key is the credential."""
        parts = split_text(text)
        for i, part in enumerate(parts):
            body: dict[str, Any] = {"content": part}
            if mentions and i == 0:
                body["mentioned_list"] = list(mentions)
            data = await self._request("POST", f"{self.base}/cgi-bin/webhook/send", "webhook/send",
                                       params={"key": key}, json={"msgtype": "text", "text": body})
            code = self._errcode(data)
            if code != 0:
                self._log_error("webhook/send", code, data)
                raise classify(code, str(data.get("errmsg", "")), "webhook/send")

    async def response_url_send(self, url: str, text: str) -> None:
        """Smart robot: answer one message through its response_url (valid once, for an hour)."""
        data = await self._request("POST", url, "response_url",
                                   json={"msgtype": "markdown", "markdown": {"content": text}})
        code = self._errcode(data)
        if code != 0:
            self._log_error("response_url", code, data)
            raise classify(code, str(data.get("errmsg", "")), "response_url")
