"""A local server that speaks the WeCom APIs Linli calls, checking each request's shape,
and helpers that build callbacks the way WeCom does (encrypt, sign, post)."""
from __future__ import annotations

import asyncio
import json
import time
from collections import deque
from collections.abc import Callable
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.adapters.wecom_crypto import WecomCrypto

CORP_ID = "wwlinlitestcorp"
AGENT_ID = 1000002
CORP_SECRET = "corp-secret-for-tests"
APP_TOKEN = "AppToken42"
BOT_TOKEN = "BotToken42"
APP_AES = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C"
BOT_AES = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"
ROBOT_KEYS = {"b3": "robot-key-b3-0000", "b9": "robot-key-b9-0000"}
ENV = {"LINLI_TEST_WECOM_SECRET": CORP_SECRET, "LINLI_TEST_WECOM_AES": APP_AES,
       "LINLI_TEST_WECOM_BOT_AES": BOT_AES,
       "LINLI_TEST_ROBOT_B3": ROBOT_KEYS["b3"], "LINLI_TEST_ROBOT_B9": ROBOT_KEYS["b9"]}


def _bytes_ok(content: Any) -> bool:
    return isinstance(content, str) and 0 < len(content.encode()) <= 2048


class FakeWecom:
    """gettoken, message/send, appchat/send, webhook/send and smart-robot response urls."""

    def __init__(self, robot_per_window: int = 20, robot_window_s: float = 60.0) -> None:
        self.calls: list[dict[str, Any]] = []       # accepted sends: {"api", "body", "at", ...}
        self.rejected: list[dict[str, Any]] = []    # {"api", "errcode"}
        self.problems: list[str] = []               # malformed requests from the bot
        self.token_fetches = 0
        self.tokens: set[str] = set()
        self.response_codes: dict[str, bool] = {}   # code -> still usable
        self.robot_limit = (robot_per_window, robot_window_s)
        self.robot_sent: dict[str, deque[float]] = {}
        self.changed = asyncio.Event()
        app = web.Application()
        app.router.add_get("/cgi-bin/gettoken", self.gettoken)
        app.router.add_post("/cgi-bin/message/send", self.message_send)
        app.router.add_post("/cgi-bin/appchat/send", self.appchat_send)
        app.router.add_post("/cgi-bin/webhook/send", self.webhook_send)
        app.router.add_post("/cgi-bin/aibot/response", self.response)
        self.server = TestServer(app)

    @property
    def base(self) -> str:
        return str(self.server.make_url("")).rstrip("/")

    def response_url(self, code: str, usable: bool = True) -> str:
        self.response_codes[code] = usable
        return f"{self.base}/cgi-bin/aibot/response?response_code={code}"

    def expire_tokens(self) -> None:
        self.tokens.clear()

    # ---- helpers --------------------------------------------------------------------------
    def _err(self, api: str, code: int, msg: str) -> web.Response:
        self.rejected.append({"api": api, "errcode": code})
        return web.json_response({"errcode": code, "errmsg": msg})

    def _ok(self, api: str, body: dict[str, Any], **extra: Any) -> web.Response:
        self.calls.append({"api": api, "body": body, "at": time.monotonic(), **extra})
        self.changed.set()
        return web.json_response({"errcode": 0, "errmsg": "ok"})

    async def _json(self, request: web.Request) -> dict[str, Any] | None:
        if request.content_type != "application/json":
            self.problems.append(f"{request.path}: content type {request.content_type}")
        try:
            body = json.loads(await request.read())
        except ValueError:
            self.problems.append(f"{request.path}: body is not JSON")
            return None
        return body if isinstance(body, dict) else None

    def _token_error(self, request: web.Request) -> int | None:
        token = request.query.get("access_token")
        if not token:
            return 41001
        if token not in self.tokens:
            return 42001 if token.startswith("tok-") else 40014
        return None

    # ---- endpoints ------------------------------------------------------------------------
    async def gettoken(self, request: web.Request) -> web.Response:
        if request.query.get("corpid") != CORP_ID:
            return self._err("gettoken", 40013, "invalid corpid")
        if request.query.get("corpsecret") != CORP_SECRET:
            return self._err("gettoken", 40001, "invalid credential")
        self.token_fetches += 1
        token = f"tok-{self.token_fetches}"
        self.tokens.add(token)
        return web.json_response({"errcode": 0, "errmsg": "ok", "access_token": token, "expires_in": 7200})

    async def message_send(self, request: web.Request) -> web.Response:
        if (code := self._token_error(request)) is not None:
            return self._err("message/send", code, "access_token expired or invalid")
        body = await self._json(request)
        if (body is None or not isinstance(body.get("touser"), str) or body.get("msgtype") != "text"
                or body.get("agentid") != AGENT_ID or not _bytes_ok((body.get("text") or {}).get("content"))):
            self.problems.append(f"message/send shape: {body}")
            return self._err("message/send", 40008, "invalid message")
        if body["touser"].startswith("nobody"):
            return web.json_response({"errcode": 81013, "errmsg": "user & party & tag all invalid"})
        return self._ok("message/send", body)

    async def appchat_send(self, request: web.Request) -> web.Response:
        if (code := self._token_error(request)) is not None:
            return self._err("appchat/send", code, "access_token expired or invalid")
        body = await self._json(request)
        if (body is None or not isinstance(body.get("chatid"), str) or body.get("msgtype") != "text"
                or not _bytes_ok((body.get("text") or {}).get("content"))):
            self.problems.append(f"appchat/send shape: {body}")
            return self._err("appchat/send", 40008, "invalid message")
        return self._ok("appchat/send", body)

    async def webhook_send(self, request: web.Request) -> web.Response:
        key = request.query.get("key", "")
        chat = next((c for c, k in ROBOT_KEYS.items() if k == key), None)
        if chat is None:
            return self._err("webhook/send", 93000, "invalid webhook url")
        body = await self._json(request)
        text = (body or {}).get("text") or {}
        mentioned = text.get("mentioned_list", [])
        if (body is None or body.get("msgtype") != "text" or not _bytes_ok(text.get("content"))
                or not (isinstance(mentioned, list) and all(isinstance(m, str) for m in mentioned))):
            self.problems.append(f"webhook/send shape: {body}")
            return self._err("webhook/send", 40008, "invalid message")
        limit, window = self.robot_limit
        q = self.robot_sent.setdefault(key, deque())
        now = time.monotonic()
        while q and now - q[0] >= window:
            q.popleft()
        if len(q) >= limit:
            return self._err("webhook/send", 45009, "api freq out of limit")
        q.append(now)
        return self._ok("webhook/send", body, chat=chat)

    async def response(self, request: web.Request) -> web.Response:
        code = request.query.get("response_code", "")
        body = await self._json(request)
        if body is None or body.get("msgtype") != "markdown" or not isinstance(
                (body.get("markdown") or {}).get("content"), str):
            self.problems.append(f"response_url shape: {body}")
            return self._err("response_url", 40008, "invalid message")
        if not self.response_codes.get(code):
            return self._err("response_url", 95012, "response_code expired or used")
        self.response_codes[code] = False
        return self._ok("response_url", body, code=code)

    # ---- waiting --------------------------------------------------------------------------
    def of(self, api: str) -> list[dict[str, Any]]:
        return [c for c in self.calls if c["api"] == api]

    async def wait_for(self, pred: Callable[[], bool], timeout: float = 8.0) -> None:
        deadline = time.monotonic() + timeout
        while not pred():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out; calls so far: {json.dumps(self.calls, ensure_ascii=False)}")
            self.changed.clear()
            try:
                await asyncio.wait_for(self.changed.wait(), timeout=0.1)
            except TimeoutError:
                pass


# ---- callbacks, built as WeCom builds them -------------------------------------------------
APP_CRYPTO = WecomCrypto(APP_TOKEN, APP_AES, CORP_ID)
BOT_CRYPTO = WecomCrypto(BOT_TOKEN, BOT_AES, "")


def app_text_xml(sender: str, text: str, msg_id: int, created: int | None = None) -> str:
    return (f"<xml><ToUserName><![CDATA[{CORP_ID}]]></ToUserName><FromUserName><![CDATA[{sender}]]>"
            f"</FromUserName><CreateTime>{created or int(time.time())}</CreateTime><MsgType><![CDATA[text]]>"
            f"</MsgType><Content><![CDATA[{text}]]></Content><MsgId>{msg_id}</MsgId>"
            f"<AgentID>{AGENT_ID}</AgentID></xml>")


def encrypted_app_post(inner_xml: str) -> tuple[dict[str, str], bytes]:
    enc = APP_CRYPTO.encrypt(inner_xml)
    params = APP_CRYPTO.sign_params(enc)
    body = (f"<xml><ToUserName><![CDATA[{CORP_ID}]]></ToUserName><Encrypt><![CDATA[{enc}]]></Encrypt>"
            f"<AgentID><![CDATA[{AGENT_ID}]]></AgentID></xml>").encode()
    return params, body


def bot_text(chat: str | None, sender: str, text: str, msg_id: str, response_url: str,
             quote: str | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {"msgid": msg_id, "aibotid": "AIBOTID", "chattype": "group" if chat else "single",
                            "from": {"userid": sender}, "response_url": response_url,
                            "msgtype": "text", "text": {"content": text}}
    if chat:
        data["chatid"] = chat
    if quote:
        data["quote"] = {"msgtype": "text", "text": {"content": quote}}
    return data


def encrypted_bot_post(inner: dict[str, Any] | str) -> tuple[dict[str, str], bytes]:
    plain = inner if isinstance(inner, str) else json.dumps(inner, ensure_ascii=False)
    enc = BOT_CRYPTO.encrypt(plain)
    return BOT_CRYPTO.sign_params(enc), json.dumps({"encrypt": enc}).encode()


async def post_app(client: TestClient, params: dict[str, str], body: bytes):  # type: ignore[no-untyped-def]
    return await client.post("/webhook/wecom", params=params, data=body, headers={"Content-Type": "text/xml"})


async def post_bot(client: TestClient, params: dict[str, str], body: bytes):  # type: ignore[no-untyped-def]
    return await client.post("/webhook/wecom-bot", params=params, data=body,
                             headers={"Content-Type": "application/json"})


def wecom_config(base: str, **wecom: Any) -> dict[str, Any]:
    """Settings overrides: the app and the robot on the fake; b3 and b9 have group robots."""
    return {
        "platforms": {
            "wecom": {"corp_id": CORP_ID, "agent_id": AGENT_ID, "secret_env": "LINLI_TEST_WECOM_SECRET",
                      "token": APP_TOKEN, "aes_key_env": "LINLI_TEST_WECOM_AES", "api_base": base, **wecom},
            "wecom_bot": {"token": BOT_TOKEN, "aes_key_env": "LINLI_TEST_WECOM_BOT_AES", "names": ["邻里助手"]},
        },
        "chats": {"b3": {"robot_key_env": "LINLI_TEST_ROBOT_B3"}, "b9": {"robot_key_env": "LINLI_TEST_ROBOT_B9"},
                  "office": {"platform": "wecom"}},
    }
