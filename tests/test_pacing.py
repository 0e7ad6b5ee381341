"""Send budgets shared through the database: counted from the platform's answer, by every process."""
from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta

from bot import pacing
from bot.adapters.base import Pace
from bot.db import init_schema, make_engine

ROBOT = Pace(key="wecom-robot:B3", per_minute=2, window_s=60.0)
T0 = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)


def _engine(db_url: str):  # type: ignore[no-untyped-def]
    engine = make_engine(db_url)   # SQLite, or PostgreSQL (its advisory locks) when the suite runs there
    init_schema(engine)
    return engine


def _choose(engine, candidates, at):  # type: ignore[no-untyped-def]
    """One worker's pass: count the budgets, choose, record the chosen (as `_claim_all` does)."""
    with engine.begin() as c:
        chosen, wait = pacing.choose(candidates, pacing.count(c, [p for _, p in candidates if p], at))
        pacing.record(c, [(i, p) for i, p in candidates if i in chosen and p], at)
    return chosen, wait


def test_the_budget_lets_through_what_fits_and_says_when_the_next_may_go():
    assert pacing.choose([(1, ROBOT), (2, ROBOT), (3, ROBOT), (4, None)], {}) == ([1, 2, 4], 60.0)
    # two sends 50 s and 10 s ago: the next may go when the older one leaves the window
    assert pacing.wait_s([(50.0, 1), (10.0, 1)], ROBOT) == 10.0
    assert pacing.wait_s([(10.0, 1)], ROBOT) == 0.0


def test_a_long_text_in_parts_spends_one_send_per_part():
    three_parts = Pace(key="r", per_minute=4, window_s=60.0, cost=3)
    assert pacing.wait_s([(40.0, 1), (5.0, 1)], three_parts) == 20.0   # 2 spent + 3 > 4: wait for the older
    assert pacing.wait_s([(5.0, 1)], three_parts) == 0.0
    whole = Pace(key="r", per_minute=2, window_s=60.0, cost=5)           # more parts than the budget
    assert pacing.wait_s([], whole) == 0.0                                 # goes alone, never stuck


def test_a_send_counts_from_the_platforms_answer_not_from_when_it_was_chosen(db_url):
    engine = _engine(db_url)
    one = Pace(key="robot", per_minute=1, window_s=60.0)
    assert _choose(engine, [(1, one)], T0) == ([1], float("inf"))
    assert _choose(engine, [(2, one)], T0 + timedelta(seconds=30)) == ([], 30.0)  # chosen: counted at once
    with engine.begin() as c:
        pacing.answered(c, [(1, T0)], T0 + timedelta(seconds=20))                  # a slow send, answered late
    assert _choose(engine, [(2, one)], T0 + timedelta(seconds=61)) == ([], 19.0)  # the window starts there
    assert _choose(engine, [(2, one)], T0 + timedelta(seconds=80))[0] == [2]


def test_a_retried_send_does_not_keep_its_earlier_attempts_in_the_window(db_url):
    """A row that failed and is sent again: answering the new attempt moves only its own mark, so
    the first attempt leaves the window on time (moving both kept one failing row's marks alive
    until they filled the robot's whole budget)."""
    engine = _engine(db_url)
    two = Pace(key="robot", per_minute=2, window_s=60.0)
    for at in (T0, T0 + timedelta(seconds=30)):   # the same row, chosen and answered twice
        assert _choose(engine, [(1, two)], at)[0] == [1]
        with engine.begin() as c:
            pacing.answered(c, [(1, at)], at + timedelta(seconds=1))
    # at 62 s the first attempt (answered at 1 s) has left the window: one place is free
    assert _choose(engine, [(2, two)], T0 + timedelta(seconds=62))[0] == [2]


def test_two_workers_on_one_database_draw_on_one_budget(db_url):
    engine = _engine(db_url)   # two processes' workers are two transactions on the same tables
    assert _choose(engine, [(1, ROBOT)], T0)[0] == [1]
    assert _choose(engine, [(2, ROBOT), (3, ROBOT)], T0 + timedelta(seconds=1))[0] == [2]
    assert _choose(engine, [(3, ROBOT)], T0 + timedelta(seconds=2)) == ([], 58.0)
    assert _choose(engine, [(3, ROBOT)], T0 + timedelta(seconds=60))[0] == [3]   # the first left the window


def test_sends_out_of_every_window_are_forgotten(db_url):
    engine = _engine(db_url)
    for i in range(5):
        _choose(engine, [(i, Pace(key="robot", per_minute=10, window_s=60.0))], T0 + timedelta(minutes=i))
    with engine.begin() as c:
        marks = pacing.count(c, [Pace(key="robot", per_minute=10, window_s=60.0)], T0 + timedelta(minutes=4))
        left = c.exec_driver_sql("SELECT count(*) FROM pace_mark").scalar()
    assert marks == {"robot": [(0.0, 1)]} and left == 1


def test_two_workers_deciding_at_the_same_moment_wait_for_each_other(db_url):
    """The second decision waits for the first one's transaction (a lock per budget), so both
    cannot read the same count and both send the last place in the budget."""
    engine = _engine(db_url)
    one = Pace(key="robot", per_minute=1, window_s=60.0)
    first_counted, results = threading.Event(), {}

    def first() -> None:
        with engine.begin() as c:
            chosen, _ = pacing.choose([(1, one)], pacing.count(c, [one], T0))
            first_counted.set()
            time.sleep(0.3)                      # still deciding when the other one starts
            pacing.record(c, [(1, one)], T0)
        results["first"] = chosen

    t = threading.Thread(target=first)
    t.start()
    first_counted.wait(5)
    results["second"] = _choose(engine, [(2, one)], T0 + timedelta(seconds=0.1))[0]
    t.join()
    assert results == {"first": [1], "second": []}
