"""Test support: a fake platform send endpoint, signed posting, and a community config."""
from __future__ import annotations

import asyncio
import copy
import json
import time
from collections.abc import Callable
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.adapters.generic import sign
from bot.settings import Settings, parse_settings

SECRET = "test-secret-用于测试"
SECRET_ENV = "LINLI_TEST_GENERIC_SECRET"

COMMUNITY: dict[str, Any] = {
    "timezone": "Asia/Shanghai",
    "community": {"name": "幸福里社区", "chat": "office", "staff": ["s1", "s2"]},
    "people": {
        "s1": {"name": "王主任"}, "s2": {"name": "刘干事"},
        "g1": {"name": "张网格长"}, "g2": {"name": "陈网格长"},
        "l3": {"name": "李楼长"}, "l5": {"name": "赵楼长"},
    },
    "grids": [
        {"id": "g1", "name": "第一网格", "chief": "g1", "chats": ["yard"], "buildings": [
            {"id": "3", "name": "3号楼", "chat": "b3", "leader": "l3"},
            {"id": "5", "name": "5号楼", "chat": "b5", "leader": "l5"},
        ]},
        {"id": "g2", "name": "第二网格", "chief": "g2", "chats": ["yard2"], "buildings": [
            {"id": "9", "name": "9号楼", "chat": "b9"},
        ]},
    ],
}


def community(**overrides: Any) -> dict[str, Any]:
    data = copy.deepcopy(COMMUNITY)
    data.update(overrides)
    return data


def make_settings(db_url: str, send_url: str, **overrides: Any) -> Settings:
    data = community(database=db_url,
                     platforms={"generic": {"secret_env": SECRET_ENV, "send_url": send_url}}, **overrides)
    return parse_settings(data, "test-config")


class FakePlatform:
    """A local HTTP server that speaks the generic platform's send protocol."""

    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []
        self.seen_ids: set[str] = set()
        self.redelivered = 0
        self.bad_signatures = 0
        self.fail_with: int | None = None   # answer this status instead of 200
        self.slow_chats: dict[str, float] = {}  # chat -> seconds to wait before answering
        self.changed = asyncio.Event()
        self.app = web.Application()
        self.app.router.add_post("/send", self.handle)
        self.server = TestServer(self.app)

    async def handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        ts = request.headers.get("X-Linli-Timestamp", "")
        if request.headers.get("X-Linli-Signature") != sign(SECRET, ts, body):
            self.bad_signatures += 1
            return web.json_response({"error": "bad signature"}, status=401)
        if self.fail_with:
            return web.json_response({"error": "unavailable"}, status=self.fail_with)
        if delay := self.slow_chats.get(json.loads(body).get("chat_id") or ""):
            await asyncio.sleep(delay)
        mid = json.loads(body).get("delivery_id", "")
        if mid in self.seen_ids:  # an at-least-once redelivery: acknowledged, not shown twice
            self.redelivered += 1
            return web.json_response({"ok": True, "duplicate": True})
        self.seen_ids.add(mid)
        self.sent.append(json.loads(body))
        self.changed.set()
        return web.json_response({"ok": True})

    @property
    def url(self) -> str:
        return str(self.server.make_url("/send"))

    def to_chat(self, chat: str) -> list[dict[str, Any]]:
        return [m for m in self.sent if m.get("chat_id") == chat]

    def to_user(self, user: str) -> list[dict[str, Any]]:
        return [m for m in self.sent if m.get("user_id") == user]

    async def wait_for(self, pred: Callable[[list[dict[str, Any]]], bool], timeout: float = 5.0) -> None:
        deadline = time.monotonic() + timeout
        while not pred(self.sent):
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting; sent so far: {json.dumps(self.sent, ensure_ascii=False)}")
            self.changed.clear()
            try:
                await asyncio.wait_for(self.changed.wait(), timeout=0.1)
            except TimeoutError:
                pass

    async def wait_count(self, n: int, timeout: float = 5.0) -> list[dict[str, Any]]:
        await self.wait_for(lambda s: len(s) >= n, timeout)
        await asyncio.sleep(0.05)
        return self.sent


def signed_headers(body: bytes, secret: str = SECRET, ts: int | None = None) -> dict[str, str]:
    t = str(int(time.time()) if ts is None else ts)
    return {"X-Linli-Timestamp": t, "X-Linli-Signature": sign(secret, t, body),
            "Content-Type": "application/json"}


_seq = iter(range(1, 10**9))


def message(chat: str | None, sender: str, text: str, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"msg_id": extra.pop("msg_id", f"m{next(_seq)}"), "chat_id": chat,
                            "sender_id": sender, "text": text}
    body.update(extra)
    return body


async def post(client: TestClient, payload: dict[str, Any] | bytes, **kw: Any):  # type: ignore[no-untyped-def]
    body = payload if isinstance(payload, bytes) else json.dumps(payload, ensure_ascii=False).encode()
    headers = kw.pop("headers", None) or signed_headers(body, **kw)
    return await client.post("/webhook/generic", data=body, headers=headers)


async def wait_until(pred, timeout: float, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not pred():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.2)
