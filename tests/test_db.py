"""The SQLite write gate: busy writers take turns on a file lock (threads and processes);
the write-ahead log is copied into the database in the background, not inside a commit."""
from __future__ import annotations

import multiprocessing as mp
import threading
import time

import os

import pytest
from sqlalchemy import text

from bot import appkeys as K
from bot.db import FALLBACK_CHECKPOINT_PAGES, Checkpoints, make_engine, write_gate
from tests.support import message, post, wait_until


def _hold(url: str, seconds: float, started) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(url)
    with write_gate(engine):
        started.set()
        time.sleep(seconds)


def test_gated_writers_never_overlap_across_threads(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path}/g.db")
    inside, overlaps = [0], [0]

    def writer() -> None:
        for _ in range(20):
            with write_gate(engine):
                inside[0] += 1
                overlaps[0] += inside[0] > 1
                time.sleep(0.001)
                inside[0] -= 1
    threads = [threading.Thread(target=writer) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert overlaps[0] == 0


def test_a_writer_in_another_process_holds_the_gate(tmp_path):
    url = f"sqlite:///{tmp_path}/g.db"
    ctx = mp.get_context("spawn")
    started = ctx.Event()
    other = ctx.Process(target=_hold, args=(url, 1.0, started))
    other.start()
    assert started.wait(30)
    t = time.monotonic()
    with write_gate(make_engine(url)):
        waited = time.monotonic() - t
    other.join(10)
    assert waited > 0.5


def test_no_gate_for_an_in_memory_database():
    engine = make_engine("sqlite://")   # nothing to share: no lock (a real gate, nested, would deadlock)
    with write_gate(engine), write_gate(engine):
        pass



def _autocheckpoint(engine) -> int:  # type: ignore[no-untyped-def]
    with engine.connect() as c:
        return int(c.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar_one())


def test_a_served_database_leaves_checkpoints_to_the_background(tmp_path):
    url = f"sqlite:///{tmp_path}/c.db"
    assert _autocheckpoint(make_engine(url)) == 1000   # commands and replays: SQLite's default
    served = make_engine(url, background_checkpoints=True)
    assert _autocheckpoint(served) == FALLBACK_CHECKPOINT_PAGES
    with served.begin() as c:
        c.execute(text("CREATE TABLE t (x TEXT)"))
        for i in range(200):
            c.execute(text("INSERT INTO t VALUES (:x)"), {"x": "楼道灯坏了" * 50})
    busy, frames, copied = Checkpoints(served).run_once()
    assert busy == 0 and frames > 0 and copied == frames   # the whole log is in the database now


@pytest.mark.skipif(bool(os.environ.get("LINLI_TEST_PG_URL")), reason="SQLite's write-ahead log")
async def test_the_running_bot_checkpoints_on_its_own(bot):
    checkpoints = bot.app[K.CHECKPOINTS]
    checkpoints.every_s = 0.05
    assert (await post(bot.client, message("b3", "r1", "2单元电梯坏了，停在6楼"))).status == 200
    runs = checkpoints.runs
    await wait_until(lambda: checkpoints.runs > runs + 1, 5, "a background checkpoint")
    assert _autocheckpoint(bot.app[K.ENGINE]) == FALLBACK_CHECKPOINT_PAGES
