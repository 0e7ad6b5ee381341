"""Real `run_bot.py serve` processes for fault and multi-process tests, and a signed load sender."""
from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import aiohttp
import yaml

from tests.support import SECRET, SECRET_ENV, community, signed_headers

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def write_config(path: Path, db_url: str, send_url: str, **overrides: Any) -> Path:
    data = community(database=db_url, platforms={"generic": {"secret_env": SECRET_ENV, "send_url": send_url}},
                     **overrides)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


class ServeProcess:
    def __init__(self, config: Path, log: Path):
        self.config, self.log = config, log
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        env = {**os.environ, SECRET_ENV: SECRET, "PYTHONUNBUFFERED": "1"}
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen([sys.executable, "run_bot.py", "serve", "--config", str(self.config),
                                          "--port", str(self.port)], cwd=ROOT, env=env,
                                         stdout=log, stderr=subprocess.STDOUT)

    async def ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        async with aiohttp.ClientSession() as http:
            while time.monotonic() < deadline:
                assert self.proc and self.proc.poll() is None, self.log.read_text()[-3000:]
                try:
                    async with http.get(self.url + "/healthz") as r:
                        if r.status == 200:
                            return
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.1)
        raise AssertionError(f"bot did not start: {self.log.read_text()[-3000:]}")

    def kill9(self) -> None:
        assert self.proc
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


async def post_signed(http: aiohttp.ClientSession, url: str, payload: dict[str, Any]) -> int:
    """Status of one signed post; 0 when the connection failed."""
    body = json.dumps(payload, ensure_ascii=False).encode()
    try:
        async with http.post(url + "/webhook/generic", data=body, headers=signed_headers(body),
                             timeout=aiohttp.ClientTimeout(total=15)) as r:
            await r.read()
            return r.status
    except (aiohttp.ClientError, TimeoutError):
        return 0


PROBLEMS = ["楼道灯不亮了", "电梯坏了停在二楼", "水管漏水了", "垃圾好几天没人清", "门禁打不开",
            "下水道堵了", "路灯坏了", "楼下有人乱停车堵住消防通道"]


def stream_message(i: int, chats: tuple[str, ...] = ("b3", "b5", "b9", "yard")) -> dict[str, Any]:
    """The i-th message of a synthetic stream: new problems, repeats, chatter."""
    chat = chats[i % len(chats)]
    kind = i % 10
    if kind >= 3:
        text = f"今天天气不错 {i}"
    else:
        unit, floor = (i // 7) % 6 + 1, (i // 3) % 18 + 1
        text = f"{unit}单元{floor}楼{PROBLEMS[(i // 2) % len(PROBLEMS)]}"
    return {"msg_id": f"s{i}", "chat_id": chat, "sender_id": f"r{i % 300}", "text": text}
