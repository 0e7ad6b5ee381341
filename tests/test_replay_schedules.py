"""Replay a week: every scheduled broadcast and digest appears in the outbox at its simulated time."""
from bot.replay import run_replay
from tests.support import make_settings

SORTING = {"name": "垃圾分类提醒", "cron": "0 9 * * 1", "to": ["b3", "b5"], "text": "今天{weekday}，请{building}的居民按时分类投放垃圾"}


def test_a_replayed_week_shows_every_broadcast_at_its_time(tmp_path):
    settings = make_settings("sqlite://", "http://127.0.0.1:9/send", schedules=[SORTING],
                             digests={"morning": "08:00", "weekly": {"weekday": 1, "time": "09:00"}})
    records = [
        {"id": "a", "t": 0, "chat": "b3", "sender": "r1", "text": "3号楼楼道灯坏了好几天了 晚上黑乎乎的"},
        {"id": "b", "t": 10, "chat": "office", "sender": "s1", "text": "通知 明天8:00 停水 @9号楼"},
        {"id": "c", "t": 7 * 1440, "chat": "b5", "sender": "r2", "text": "谢谢楼长"},
    ]
    _, outbox = run_replay(records, settings, start="2026-11-24 10:00", workdir=str(tmp_path))
    by_text = [(o["t"], o["to"].get("chat_id") or o["to"].get("user_id"), o["text"]) for o in outbox]
    sorting = [(t, to) for t, to, text in by_text if "分类投放" in text]
    monday_9 = 6 * 1440 - 60                      # Monday 09:00 is 5 days 23 hours after Tuesday 10:00
    assert sorting == [(monday_9, "b3"), (monday_9, "b5")]
    assert (1320, "b9", "停水") in by_text         # Wednesday 08:00
    mornings = [t for t, to, text in by_text if to == "l3" and text.startswith("早安")]
    assert mornings == [1320 + 1440 * d for d in range(7)]     # Wed..Tue 08:00, up to the last record
    weekly = [(t, to) for t, to, text in by_text if text.startswith("【本周工单】")]
    assert weekly == [(monday_9, "office")]
    assert all(t <= 7 * 1440 for t, _, _ in by_text)
