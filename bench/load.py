"""Load benchmark: the bot (SQLite, and PostgreSQL with --pg URL) against a bare aiohttp app.

    python bench/load.py [--quick] [--workers N] [--pg postgresql://... [--pg-workers N]]

With --pg the same blast, drain and 500/s run go to a second bot on a fresh database of
that PostgreSQL server (its own worker count: no single-writer lock there). Prints a table, then as its last line one JSON object with accepted_per_s,
ratio_vs_bare, p99_accept_ms, p99_reply_ms, memory_growth, due_query_ms.
Everything runs on loopback; every loop is bounded."""
from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

import aiohttp
from aiohttp import web

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.clock import utcnow  # noqa: E402
from bot.db import init_schema, make_engine  # noqa: E402
from tests.procs import ServeProcess, free_port, stream_message, write_config  # noqa: E402
from tests.support import SECRET, signed_headers  # noqa: E402

NO_LIMITS = {"per_sender_per_minute": 10**9, "per_chat_per_minute": 10**9}
# A street office's load: many building groups, each at a believable rate (500 messages/s
# over 200 groups is 2.5 a second in each), every one of them a served chat.
GRIDS, PER_GRID = 10, 20
CHATS = tuple(f"b{g * PER_GRID + b + 1}" for g in range(GRIDS) for b in range(PER_GRID))


def street_office() -> dict:
    """people and grids for the CHATS: a leader per building, a chief per grid."""
    people = {f"g{g}": {"name": f"网格长{g}"} for g in range(GRIDS)}
    people.update({f"l{c[1:]}": {"name": f"楼长{c[1:]}"} for c in CHATS})
    people.update({"s1": {"name": "王主任"}, "s2": {"name": "刘干事"}})
    grids = [{"id": f"g{g}", "name": f"第{g + 1}网格", "chief": f"g{g}", "buildings": [
        {"id": c[1:], "name": f"{c[1:]}号楼", "chat": c, "leader": f"l{c[1:]}"}
        for c in CHATS[g * PER_GRID:(g + 1) * PER_GRID]]} for g in range(GRIDS)]
    return {"people": people, "grids": grids}


def message(i: int) -> dict:
    return stream_message(i, CHATS)


def say(m: str) -> None:
    print(m, file=sys.stderr, flush=True)


def rss_kb(pid: int) -> int:
    """Resident memory of a process and its children (the bot's worker processes)."""
    total = 0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            total += int(line.split()[1])
    for task in Path(f"/proc/{pid}/task").iterdir():
        children = (task / "children").read_text().split() if (task / "children").exists() else []
        total += sum(rss_kb(int(c)) for c in children)
    return total


def p99(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(len(xs) * 0.99))] if xs else float("nan")


async def blast(url: str, n: int, start: int, conc: int = 64) -> float:
    """Closed loop, `conc` in flight: accepted (200) messages per second."""
    ok = 0
    it = iter(range(start, start + n))
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=conc)) as http:
        async def worker() -> None:
            nonlocal ok
            for i in it:
                body = json.dumps(message(i), ensure_ascii=False).encode()
                async with http.post(url + "/webhook/generic", data=body, headers=signed_headers(body)) as r:
                    await r.read()
                    ok += r.status == 200
        t = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(conc)))
        return ok / (time.perf_counter() - t)


def count(db: str, where: str) -> int:
    """Inbound rows of the bot's database (`db`: its URL) matching `where` (read-only)."""
    from sqlalchemy import create_engine, text
    url = "postgresql+psycopg://" + db.removeprefix("postgresql://") if db.startswith("postgresql://") else db
    engine = _engines.get(url) or _engines.setdefault(url, create_engine(url, pool_size=1))
    with engine.connect() as c:
        return int(c.execute(text(f"SELECT count(*) FROM inbound WHERE {where}")).scalar_one())


_engines: dict = {}


def processed(db: str) -> int:
    return count(db, "processed_at IS NOT NULL")


async def paced(url: str, rate: int, seconds: float, start: int, replies: dict[str, float],
                db: str) -> tuple[list, list, float]:
    """Open loop at `rate`/s: time to 200 for each; every 10th is a problem report whose
    group reply (quoting it) is timed to the fake send endpoint. Also: messages processed
    per second while the stream lasted."""
    accept: list[float] = []
    sent_at: dict[str, float] = {}
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=400)) as http:
        async def one(i: int) -> None:
            m = message(i)
            if i % 10 == 0:  # a problem report: its group reply quotes it
                m = dict(m, msg_id=f"p{i}", text=f"{i // 10 % 6 + 1}单元{i // 60 % 30 + 1}楼路灯坏了")
                sent_at[f"p{i}"] = time.perf_counter()
            body = json.dumps(m, ensure_ascii=False).encode()
            t = time.perf_counter()
            async with http.post(url + "/webhook/generic", data=body, headers=signed_headers(body)) as r:
                await r.read()
                if r.status != 200:
                    say(f"paced message {i}: HTTP {r.status}")
            accept.append((time.perf_counter() - t) * 1000)
        tasks = []
        t0, before = time.perf_counter(), processed(db)
        for k in range(int(rate * seconds)):
            await asyncio.sleep(max(0.0, t0 + k / rate - time.perf_counter()))
            tasks.append(asyncio.create_task(one(start + k)))
        await asyncio.gather(*tasks)
    under_load = (processed(db) - before) / (time.perf_counter() - t0)
    deadline = time.perf_counter() + 60
    while len([u for u in sent_at if u in replies]) < len(sent_at) and time.perf_counter() < deadline:
        await asyncio.sleep(0.1)
    reply_ms = [(replies[u] - t) * 1000 for u, t in sent_at.items() if u in replies]
    return accept, reply_ms, under_load


async def drain(db: str, limit_s: float) -> tuple[int, float]:
    """Wait until the bot has processed every stored message (at most limit_s):
    (how many it processed meanwhile, seconds)."""
    def pending() -> int:
        return count(db, "processed_at IS NULL")
    first, t = pending(), time.perf_counter()
    while time.perf_counter() - t < limit_s and (left := pending()):
        await asyncio.sleep(0.2)
    return first - left, time.perf_counter() - t


def due_query_ms(tmp: Path, n: int) -> float:
    from sqlalchemy import insert, select
    from models import Ticket
    engine = make_engine(f"sqlite:///{tmp}/due.db")
    init_schema(engine)
    now = utcnow()
    rows = [dict(no=i, state="open", color="yellow", category="other", text="t", platform="generic",
                 chat_id="b3", source_msg_id=f"m{i}", reporter_id="r", chain=[], reasons=[], keywords=[],
                 created_at=now, updated_at=now, next_due_at=now + timedelta(minutes=i % 5000 - 10))
            for i in range(1, n + 1)]
    with engine.begin() as c:
        c.execute(insert(Ticket), rows)
    q = (select(Ticket.id).where(Ticket.next_due_at <= now, Ticket.state.in_(("open", "acknowledged")))
         .order_by(Ticket.next_due_at).limit(1000))
    best = float("inf")
    with engine.connect() as c:
        for _ in range(5):
            t = time.perf_counter()
            c.execute(q).all()
            best = min(best, (time.perf_counter() - t) * 1000)
    engine.dispose()
    return best


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--pg", help="also measure the bot on this PostgreSQL database URL")
    ap.add_argument("--workers", type=int, default=1, help="processing.workers of the bot (0: in the web process)")
    ap.add_argument("--pg-workers", type=int, default=2, help="processing.workers of the bot on PostgreSQL")
    a = ap.parse_args()
    n_blast, mem_small, mem_big, pace_s = (5_000, 10_000, 30_000, 5) if a.quick else (20_000, 10_000, 200_000, 20)
    replies: dict[str, float] = {}

    async def send(request: web.Request) -> web.Response:
        m = await request.json()
        if m.get("quote_msg_id"):
            replies.setdefault(m["quote_msg_id"], time.perf_counter())
        return web.json_response({"ok": True})
    fake = web.Application()
    fake.router.add_post("/send", send)
    runner = web.AppRunner(fake, access_log=None)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    send_url = f"http://127.0.0.1:{port}/send"

    tmp = Path(tempfile.mkdtemp(prefix="linli-bench-"))
    table: list[tuple[str, str, str]] = []
    bare_port = free_port()
    bare = subprocess.Popen([sys.executable, str(ROOT / "bench/bare_app.py"), str(bare_port), SECRET])
    processing = {"workers": a.workers}
    sqlite_url = f"sqlite:///{tmp}/bench.db"
    bot = ServeProcess(write_config(tmp / "c.yaml", sqlite_url, send_url, limits=NO_LIMITS,
                                    processing=processing, **street_office()), tmp / "bot.log")
    bot.start()
    try:
        await bot.ready()
        await asyncio.sleep(1)
        say('bare app')
        bare_rate = await blast(f"http://127.0.0.1:{bare_port}", n_blast, 0)
        say(f'bare {bare_rate:.0f}/s; bot')
        rate = await blast(bot.url, n_blast, 0)
        say(f'bot {rate:.0f}/s; draining the backlog')
        backlog, drain_s = await drain(sqlite_url, 90 if a.quick else 300)
        say(f'{backlog} processed in {drain_s:.1f} s; paced')
        accept, reply_ms, under_load = await paced(bot.url, 500, pace_s, 10**7, replies, sqlite_url)
        say('memory')
        sent = n_blast + 500 * pace_s
        await blast(bot.url, max(mem_small - sent, 0), 2 * 10**7)
        rss_small = rss_kb(bot.proc.pid)  # type: ignore[union-attr]
        await blast(bot.url, mem_big - max(mem_small, sent), 3 * 10**7)
        rss_big = rss_kb(bot.proc.pid)  # type: ignore[union-attr]
        bot.stop()  # its backlog must not share the CPU with the PostgreSQL run
        pg: dict[str, float] = {}
        if a.pg:
            from tests.pg import fresh_database
            pg_url = fresh_database(a.pg)
            pgbot = ServeProcess(write_config(tmp / "pg.yaml", pg_url, send_url, limits=NO_LIMITS,
                                              processing={"workers": a.pg_workers}, **street_office()), tmp / "pg.log")
            pgbot.start()
            try:
                await pgbot.ready()
                say('PostgreSQL: blast')
                pg["rate"] = await blast(pgbot.url, n_blast, 0)
                pg_backlog, pg_drain_s = await drain(pg_url, 90 if a.quick else 300)
                pg["processed"] = pg_backlog / pg_drain_s
                say('PostgreSQL: paced')
                replies.clear()
                pg_accept, pg_reply, pg["under_load"] = await paced(pgbot.url, 500, pace_s, 4 * 10**7, replies, pg_url)
                pg["p99_accept"], pg["p99_reply"] = p99(pg_accept), p99(pg_reply)
            finally:
                pgbot.stop()
    finally:
        bot.stop()
        bare.terminate()
        bare.wait(10)
        await runner.cleanup()
    due = due_query_ms(tmp, 100_000)
    result = {"accepted_per_s": round(rate), "ratio_vs_bare": round(rate / bare_rate, 2),
              "p99_accept_ms": round(p99(accept), 1), "p99_reply_ms": round(p99(reply_ms), 1) if reply_ms else None,
              "memory_growth": round(rss_big / rss_small, 2), "due_query_ms": round(due, 1),
              "processed_per_s": round(backlog / drain_s), "processed_under_load_per_s": round(under_load)}
    table = [("signed messages accepted per second, SQLite", f"{rate:,.0f}", ">= 1,000"),
             ("messages processed per second (the accepted backlog, drained)", f"{backlog / drain_s:,.0f}", ""),
             ("messages processed per second while 500/s arrive", f"{under_load:,.0f}", ""),
             ("bare aiohttp app, same load", f"{bare_rate:,.0f}", ""),
             ("ratio to the bare app", f"{rate / bare_rate:.2f}", ">= 0.30"),
             ("p99 time to 200 at 500 messages/s", f"{p99(accept):.1f} ms", "<= 50 ms"),
             ("p99 message -> reply at the send endpoint", f"{p99(reply_ms):.1f} ms ({len(reply_ms)} replies)", "<= 1 s"),
             (f"RSS after {mem_big:,} vs after {mem_small:,} messages",
              f"{rss_big / 1024:.0f} / {rss_small / 1024:.0f} MiB = {rss_big / rss_small:.2f}x", "<= 1.2x"),
             ("due tickets among 100,000 open", f"{due:.1f} ms", "<= 100 ms")]
    if pg:
        table[1:1] = [
            (f"PostgreSQL (workers {a.pg_workers}): accepted per second", f"{pg['rate']:,.0f}", ""),
            ("PostgreSQL: processed per second, drained / while 500/s arrive",
             f"{pg['processed']:,.0f} / {pg['under_load']:,.0f}", ""),
            ("PostgreSQL: p99 to 200 / p99 message -> reply at 500/s",
             f"{pg['p99_accept']:.1f} ms / {pg['p99_reply']:.1f} ms", "")]
        result.update(accepted_per_s_pg=round(pg["rate"]), p99_reply_ms_pg=round(pg["p99_reply"], 1),
                      processed_under_load_per_s_pg=round(pg["under_load"]))
    print("| figure | measured | target |\n|---|---|---|")
    for row in table:
        print(f"| {row[0]} | {row[1]} | {row[2]} |")
    print(json.dumps(result))


if __name__ == "__main__":
    asyncio.run(main())
