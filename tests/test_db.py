"""The SQLite write gate: busy writers take turns on a file lock (threads and processes)."""
from __future__ import annotations

import multiprocessing as mp
import threading
import time

from bot.db import make_engine, write_gate


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

