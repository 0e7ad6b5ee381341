"""Replay runs deadlines on its simulated clock and lists every outbound message in order."""
from bot.replay import run_replay
from tests.support import make_settings


def records():  # type: ignore[no-untyped-def]
    return [
        {"id": "a1", "chat": "b3", "sender": "r1", "t": 0, "text": "3号楼二单元电梯卡住了 里面有人"},
        {"id": "a2", "chat": "b5", "sender": "r2", "t": 1, "text": "5号楼电梯困人了 快来"},
        {"id": "a3", "chat": "b5", "sender": "l5", "t": 4, "text": "收到"},
        {"id": "a4", "chat": "b3", "sender": "r9", "t": 25, "text": "谢谢大家"},
    ]


def test_replay_escalates_what_nobody_acknowledges_at_the_due_minutes(tmp_path):
    settings = make_settings(f"sqlite:///{tmp_path}/unused.db", "http://127.0.0.1:9/send")
    preds, out = run_replay(records(), settings, workdir=str(tmp_path))
    assert [p["ticket"] for p in preds] == [1, 2, None, None]
    ts = [o["t"] for o in out]
    assert ts == sorted(ts) and max(ts) <= 25
    b3 = [(o["t"], o["text"]) for o in out if o["to"] == {"chat_id": "b3"}]
    assert (10.0, "#1 已升级至网格长") in b3 and (20.0, "#1 已升级至社区") in b3
    assert any(o["to"] == {"user_id": "g1"} and o["t"] == 10.0 and o["ticket"] == 1 for o in out)
    assert any(o["to"] == {"chat_id": "office"} and o["t"] == 20.0 for o in out)
    assert not any("升级" in o["text"] for o in out if o["ticket"] == 2)  # acknowledged in time


def test_replay_timers_stop_at_the_last_record(tmp_path):
    settings = make_settings(f"sqlite:///{tmp_path}/unused.db", "http://127.0.0.1:9/send")
    _, out = run_replay(records()[:1], settings, workdir=str(tmp_path))
    assert all(o["t"] == 0 for o in out)
