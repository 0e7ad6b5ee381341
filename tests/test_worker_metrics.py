"""Metrics relayed from worker processes: a send never blocks processing, and nothing
counted is lost while the web process is slow to read."""
from __future__ import annotations

import multiprocessing as mp

from bot.metrics import Metrics
from bot.worker_metrics import MetricsRelay, drain


def _value(m: Metrics, name: str, **labels: str) -> float:
    return m.registry.get_sample_value(name, labels) or 0.0


def test_counts_wait_in_the_worker_while_the_pipe_is_full_and_all_arrive():
    reader, writer = mp.Pipe(duplex=False)
    relay = MetricsRelay(writer)
    for i in range(20_000):   # far more than a pipe holds (about 27 sends of 300 timings)
        relay.processed("filed" if i % 4 == 0 else "ignored", "red" if i % 8 == 0 else "yellow", 0.002)
    relay.flush(force=True)   # returns with the pipe full instead of waiting for a reader
    assert len(relay.seconds) > 0
    sink = Metrics()
    while relay.outcomes or relay.seconds:
        assert drain(reader, sink)
        relay.flush(force=True)
    assert drain(reader, sink)
    assert _value(sink, "linli_messages_processed_total", outcome="filed") == 5_000
    assert _value(sink, "linli_messages_processed_total", outcome="ignored") == 15_000
    assert _value(sink, "linli_tickets_filed_total", color="red") == 2_500
    assert _value(sink, "linli_tickets_filed_total", color="yellow") == 2_500
    assert _value(sink, "linli_handler_seconds_count") == 20_000


def test_a_worker_gone_reads_as_closed():
    reader, writer = mp.Pipe(duplex=False)
    relay = MetricsRelay(writer)
    relay.processed("ignored", None, 0.001)
    relay.flush(force=True)
    writer.close()
    sink = Metrics()
    assert drain(reader, sink) is False   # what it sent before it went still counts
    assert _value(sink, "linli_messages_processed_total", outcome="ignored") == 1
