"""Processing in worker processes (`processing.workers`): real `serve` processes, a real
SQLite file, the fake platform. Messages become tickets and replies as in-process; the
workers stop with the bot, and die with it when it is killed; nothing is lost."""
from __future__ import annotations

import asyncio
import os
import time

import aiohttp
from sqlmodel import Session, select

from bot.db import make_engine
from models import InboundRecord, Ticket
from tests.procs import ServeProcess, post_signed, write_config
from tests.support import message, wait_until

TEXTS = ["楼道灯不亮了", "垃圾桶满了没人收", "水管漏水了", "门禁坏了"]


def _nice(pid: int) -> int:
    return int(open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[16])


def _children(pid: int) -> list[int]:
    """The worker processes of a bot (spawned interpreters, not multiprocessing's helpers)."""
    out = []
    for task in os.listdir(f"/proc/{pid}/task"):
        path = f"/proc/{pid}/task/{task}/children"
        if os.path.exists(path):
            out += [int(c) for c in open(path).read().split()]
    return [c for c in out if "spawn_main" in open(f"/proc/{c}/cmdline").read()]


def _gone(pids: list[int], timeout: float = 10) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not any(os.path.exists(f"/proc/{p}") and "zombie" not in open(f"/proc/{p}/status").read()
                   for p in pids):
            return True
        time.sleep(0.1)
    return False


async def _processed_metrics(url: str, expected: int, timeout: float = 10) -> tuple[int, str]:
    """linli_messages_processed_total summed over outcomes, once it reaches `expected` (or
    the timeout), and the whole /metrics text."""
    deadline = time.monotonic() + timeout
    async with aiohttp.ClientSession() as http:
        while True:
            async with http.get(url + "/metrics") as r:
                text = await r.text()
            total = sum(int(float(line.rsplit(" ", 1)[1])) for line in text.splitlines()
                        if line.startswith("linli_messages_processed_total{"))
            if total >= expected or time.monotonic() > deadline:
                return total, text
            await asyncio.sleep(0.2)


async def _serve(tmp_path, platform, workers: int) -> tuple[ServeProcess, str]:  # type: ignore[no-untyped-def]
    db = f"sqlite:///{tmp_path}/linli.db"
    bot = ServeProcess(write_config(tmp_path / "c.yaml", db, platform.url, processing={"workers": workers}),
                       tmp_path / "bot.log")
    bot.start()
    await bot.ready()
    return bot, db


async def test_worker_processes_file_tickets_and_the_replies_arrive(tmp_path, platform):
    bot, db = await _serve(tmp_path, platform, workers=2)
    try:
        workers = _children(bot.proc.pid)  # type: ignore[union-attr]
        assert len(workers) == 2
        # processing yields the CPU to answering webhooks (processing.nice, default 5)
        await wait_until(lambda: {_nice(w) - _nice(bot.proc.pid) for w in workers} == {5}, 20,  # type: ignore[union-attr]
                         "workers at nice +5")
        async with aiohttp.ClientSession() as http, http.get(bot.url + "/healthz") as r:
            assert (await r.json())["workers"] == {"expected": 2, "alive": 2}
        async with aiohttp.ClientSession() as http:
            for i in range(12):
                chat = "b3" if i % 2 else "b5"
                assert await post_signed(http, bot.url, message(chat, f"r{i}", f"{i % 4 + 1}单元{TEXTS[i % 4]}",
                                                                msg_id=f"w{i}")) == 200
        await platform.wait_for(lambda s: len({m["quote_msg_id"] for m in s if m.get("quote_msg_id")}) == 12,
                                timeout=30)
        # what the workers processed is counted on the web process's /metrics
        processed, metrics = await _processed_metrics(bot.url, 12)
        assert processed == 12, metrics
        assert 'linli_tickets_filed_total{color="' in metrics
        assert "linli_handler_seconds_count 12.0" in metrics
    finally:
        bot.stop()
    assert _gone(workers), "workers outlived a stopped bot"
    with Session(make_engine(db)) as s:
        recs = s.exec(select(InboundRecord)).all()
        assert all(r.outcome in ("filed", "merged", "follow_up") for r in recs) and len(recs) == 12
        assert s.exec(select(Ticket)).all()
    # per chat, the replies arrive in the order the messages were sent
    for chat in ("b3", "b5"):
        quoted = [m["quote_msg_id"] for m in platform.to_chat(chat) if m.get("quote_msg_id")]
        assert quoted == sorted(quoted, key=lambda q: int(q[1:]))


async def test_killing_the_bot_kills_its_workers_and_a_restart_loses_nothing(tmp_path, platform):
    db = f"sqlite:///{tmp_path}/linli.db"
    cfg = write_config(tmp_path / "c.yaml", db, platform.url, processing={"workers": 1},
                       outbox={"lease_seconds": 3})
    bot = ServeProcess(cfg, tmp_path / "bot.log")
    bot.start()
    await bot.ready()
    workers = _children(bot.proc.pid)  # type: ignore[union-attr]
    accepted = []
    async with aiohttp.ClientSession() as http:
        for i in range(30):
            if await post_signed(http, bot.url, message("b3", f"r{i}", f"{i % 4 + 1}单元{TEXTS[i % 4]} 麻烦看看",
                                                        msg_id=f"k{i:02d}")) == 200:
                accepted.append(f"k{i:02d}")
    bot.kill9()
    assert _gone(workers), "a worker kept running after its bot was killed"
    again = ServeProcess(cfg, tmp_path / "bot2.log")
    again.start()
    await again.ready()
    try:
        engine = make_engine(db)
        for _ in range(300):
            with Session(engine) as s:
                if not s.exec(select(InboundRecord).where(InboundRecord.processed_at == None)).all():  # noqa: E711
                    break
            await asyncio.sleep(0.1)
        await platform.wait_for(lambda s: {m.get("quote_msg_id") for m in s} >= set(accepted), timeout=30)
    finally:
        again.stop()
    with Session(engine) as s:
        assert sorted(r.msg_id for r in s.exec(select(InboundRecord)).all()) == accepted
    quoted = [m["quote_msg_id"] for m in platform.sent if m.get("quote_msg_id")]
    assert sorted(quoted) == accepted  # every owed reply once


async def test_a_worker_that_dies_is_restarted_and_the_bot_still_stops_cleanly(tmp_path, platform):
    bot, _ = await _serve(tmp_path, platform, workers=1)
    try:
        [worker] = _children(bot.proc.pid)  # type: ignore[union-attr]
        await asyncio.sleep(3)            # started and idle: killed while it waits on the shared flags
        os.kill(worker, 9)
        assert _gone([worker])
        async with aiohttp.ClientSession() as http:
            assert await post_signed(http, bot.url, message("b3", "r1", "2单元楼道灯不亮了", msg_id="after")) == 200
        await platform.wait_for(lambda s: any(m.get("quote_msg_id") == "after" for m in s), timeout=20)
        async with aiohttp.ClientSession() as http, http.get(bot.url + "/healthz") as r:
            assert (await r.json())["workers"] == {"expected": 1, "alive": 1}
        assert (await _processed_metrics(bot.url, 1))[0] == 1  # the new worker's metrics reach /metrics
    finally:
        started = time.monotonic()
        bot.stop()
        stopped_in = time.monotonic() - started
    assert stopped_in < 8, f"shutdown took {stopped_in:.1f} s"  # SIGTERM, not the 15 s kill
    assert "worker died; restarted" in (tmp_path / "bot.log").read_text()
