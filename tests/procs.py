"""Run the bot as a real `run_bot.py serve` process, for restart and crash tests."""
from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import aiohttp
import yaml

from tests.support import SECRET, SECRET_ENV, community

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def write_config(path: Path, db_url: str, send_url: str, **overrides: Any) -> Path:
    data = community(database=db_url, platforms={"generic": {"secret_env": SECRET_ENV, "send_url": send_url}},
                     **overrides)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


class BotProcess:
    def __init__(self, config: Path, log: Path):
        self.config = config
        self.log = log
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self, timeout: float = 30.0) -> None:
        env = {**os.environ, SECRET_ENV: SECRET}
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen([sys.executable, str(ROOT / "run_bot.py"), "serve", "--config",
                                          str(self.config), "--port", str(self.port)],
                                         cwd=ROOT, env=env, stdout=log, stderr=log)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        async with aiohttp.ClientSession() as http:
            while True:
                if self.proc.poll() is not None:
                    raise RuntimeError(f"bot exited: {self.log.read_text()[-2000:]}")
                try:
                    async with http.get(self.url + "/webhook/generic") as r:
                        if r.status in (200, 405):
                            return
                except aiohttp.ClientError:
                    pass
                if loop.time() > deadline:
                    raise TimeoutError(self.log.read_text()[-2000:])
                await asyncio.sleep(0.1)

    def kill(self) -> None:
        """kill -9: no shutdown handlers, no flushing."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()
