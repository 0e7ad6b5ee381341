"""Two `serve` processes on one PostgreSQL database behind a naive round-robin balancer:
each inbound message processed once, each reply sent once, each chat in order."""
from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections import Counter

import aiohttp
import pytest
from sqlmodel import Session, col, select

from bot.db import make_engine
from models import InboundRecord, OutboxRow, TicketReport
from tests.procs import ROOT, post_signed, stream_message
from tests.support import SECRET, SECRET_ENV
from tests.support import wait_until
from tests.test_faults import NO_LIMITS, settled

pytestmark = pytest.mark.skipif(not os.environ.get("LINLI_TEST_PG_URL"), reason="needs LINLI_TEST_PG_URL")
N = 400


async def test_two_processes_share_the_work_and_do_everything_once(bot_proc, platform, db_url):
    a, b = bot_proc("a", limits=NO_LIMITS), bot_proc("b", limits=NO_LIMITS)
    out = subprocess.run([sys.executable, "run_bot.py", "migrate", "--config", str(a.config)], cwd=ROOT,
                         capture_output=True, text=True, timeout=60, env={**os.environ, SECRET_ENV: SECRET})
    assert out.returncode == 0, out.stderr
    a.start(), b.start()
    await asyncio.gather(a.ready(), b.ready())
    async with aiohttp.ClientSession() as http:
        async def send(i: int) -> int:
            return await post_signed(http, (a, b)[i % 2].url, stream_message(i))
        for start in range(0, N, 40):
            assert set(await asyncio.gather(*(send(i) for i in range(start, start + 40)))) == {200}
    engine = make_engine(db_url)
    await wait_until(lambda: settled(engine), 120, "both processes done")
    with Session(engine) as s:
        recs = s.exec(select(InboundRecord)).all()
        reports = Counter(r.msg_id for r in s.exec(select(TicketReport)))
        rows = s.exec(select(OutboxRow).order_by(col(OutboxRow.id))).all()
    assert len(recs) == N and all(r.outcome for r in recs)
    assert reports and max(reports.values()) == 1
    await platform.wait_for(lambda sent: len(sent) >= len(rows), 30)
    await asyncio.sleep(0.5)
    delivered = Counter(m["delivery_id"] for m in platform.sent)
    assert set(delivered) == {f"linli-{r.id}" for r in rows} and max(delivered.values()) == 1
    for chat in ("b3", "b5"):  # per chat, replies arrive in the order they were owed
        got = [int(m["delivery_id"].split("-")[1]) for m in platform.to_chat(chat)]
        assert got == sorted(got)
    engine.dispose()
