"""Config broadcasts and digests fire on a controllable clock: on time, once, across restarts."""
from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import Session, select

from bot import appkeys as K
from bot.clock import ManualClock
from bot.db import init_schema, make_engine
from bot.services.broadcasts import fire_due
from bot.services.directory import Directory
from bot.services.notices import NoticeError, Notices
from models import Broadcast, BroadcastFire, OutboxRow
from tests.support import make_settings, message, post

TUE_10 = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)     # Tuesday 10:00 Asia/Shanghai
MON_9 = datetime(2026, 11, 30, 1, 0, tzinfo=UTC)      # next Monday 09:00 Asia/Shanghai
SORTING = {"name": "垃圾分类提醒", "cron": "0 9 * * 1", "to": ["b3", "grid:g2", "person:l3"],
           "text": "今天{weekday}（{date}），请{building}的居民按时分类投放垃圾。楼长{leader}，网格长{chief}，"
                   "未办结{open_tickets}件"}
NO_DIGESTS = {"morning": None, "weekly": None}


def sweep(bot):  # type: ignore[no-untyped-def]
    return bot.app[K.SCHEDULES].sweep()


async def test_cron_broadcast_fires_at_its_minute_in_shanghai_to_every_target_with_placeholders(bot_factory):
    clock = ManualClock(TUE_10)
    bot = await bot_factory(clock=clock, schedules=[SORTING], digests=NO_DIGESTS)
    clock.set(MON_9 - timedelta(seconds=1))
    assert sweep(bot) == []
    clock.set(MON_9)
    [fired] = sweep(bot)
    assert (fired.outcome, fired.messages, fired.due_at) == ("sent", 4, MON_9)
    sent = await bot.platform.wait_count(4)
    assert {m.get("chat_id") or m.get("user_id") for m in sent} == {"b3", "b9", "yard2", "l3"}
    [b3] = bot.platform.to_chat("b3")
    assert b3["text"] == ("今天星期一（11月30日），请3号楼的居民按时分类投放垃圾。楼长李楼长，网格长张网格长，未办结0件")
    assert bot.platform.to_chat("b9")[0]["text"].startswith("今天星期一（11月30日），请9号楼的居民")
    assert "第二网格" in bot.platform.to_chat("yard2")[0]["text"]
    clock.set(MON_9 + timedelta(minutes=5))
    assert sweep(bot) == []
    clock.set(MON_9 + timedelta(days=7))
    [again] = sweep(bot)
    assert again.due_at == MON_9 + timedelta(days=7)
    await bot.platform.wait_count(8)
    await asyncio.sleep(0.1)
    assert len(bot.platform.sent) == 8


async def test_every_minutes_broadcast_and_end_date(bot_factory):
    clock = ManualClock(TUE_10)
    sched = {"name": "防诈骗", "every": 60, "to": ["b5"], "text": "{date} 防诈骗提醒", "end": "2026-11-24"}
    bot = await bot_factory(clock=clock, schedules=[sched], digests=NO_DIGESTS)
    for hours in range(1, 16):
        clock.set(TUE_10 + timedelta(hours=hours))
        sweep(bot)
    # 11:00 ... 23:00 local on the end date, then nothing
    sent = await bot.platform.wait_count(13)
    await asyncio.sleep(0.1)
    assert len(sent) == 13 and all(m["text"] == "11月24日 防诈骗提醒" for m in sent)


async def test_restart_inside_grace_sends_the_missed_one_once(bot_factory):
    clock = ManualClock(TUE_10)
    first = await bot_factory(clock=clock, schedules=[SORTING], digests=NO_DIGESTS)
    await first.client.close()                        # the bot goes down before Monday 9:00
    later = ManualClock(MON_9 + timedelta(minutes=20))  # ... and is back at 9:20 (grace 30)
    bot = await bot_factory(clock=later, schedules=[SORTING], digests=NO_DIGESTS)
    sent = await bot.platform.wait_count(4)
    assert {m.get("chat_id") or m.get("user_id") for m in sent} == {"b3", "b9", "yard2", "l3"}
    assert "星期一" in bot.platform.to_chat("b3")[0]["text"]
    later.advance(minutes=1)
    assert sweep(bot) == []
    await asyncio.sleep(0.2)
    assert len(bot.platform.sent) == 4


async def test_restart_outside_grace_skips_and_logs(bot_factory, caplog):
    clock = ManualClock(TUE_10)
    first = await bot_factory(clock=clock, schedules=[SORTING], digests=NO_DIGESTS)
    await first.client.close()
    caplog.set_level("WARNING", logger="linli.schedules")
    bot = await bot_factory(clock=ManualClock(MON_9 + timedelta(hours=2)), schedules=[SORTING],
                            digests=NO_DIGESTS)
    await asyncio.sleep(0.3)
    assert bot.platform.sent == []
    assert any(getattr(r, "event", None) == "broadcast_missed" for r in caplog.records)
    with Session(bot.app[K.ENGINE]) as s:
        [fire] = s.exec(select(BroadcastFire)).all()
        b = s.exec(select(Broadcast).where(Broadcast.key == "垃圾分类提醒")).one()
    assert (fire.outcome, fire.due_at, fire.messages) == ("skipped", MON_9, 0)
    assert b.next_fire_at == MON_9 + timedelta(days=7) and b.active


async def test_two_instances_on_one_database_send_once(bot_factory):
    clock = ManualClock(TUE_10)
    one = await bot_factory(clock=clock, schedules=[SORTING], digests=NO_DIGESTS)
    two = await bot_factory(clock=clock, schedules=[SORTING], digests=NO_DIGESTS)
    clock.set(MON_9 + timedelta(seconds=3))
    fired = sweep(one) + sweep(two)
    assert [f.messages for f in fired] == [4]
    await one.platform.wait_count(4)
    await asyncio.sleep(0.3)
    assert len(one.platform.sent) == 4


async def test_concurrent_sweeps_from_separate_engines_claim_each_due_time_once(bot_factory, db_url):
    clock = ManualClock(TUE_10)
    bot = await bot_factory(clock=clock, schedules=[SORTING], digests=NO_DIGESTS)
    settings = bot.app[K.SETTINGS]
    engines = [make_engine(db_url) for _ in range(4)]
    try:
        with ThreadPoolExecutor(4) as pool:
            results = list(pool.map(lambda e: fire_due(e, settings, MON_9), engines))
    finally:
        for e in engines:
            e.dispose()
    assert sorted(len(r) for r in results) == [0, 0, 0, 1]
    with Session(bot.app[K.ENGINE]) as s:
        assert len(s.exec(select(OutboxRow)).all()) == 4
        assert len(s.exec(select(BroadcastFire)).all()) == 1


async def test_morning_digest_lists_open_tickets_most_urgent_first_and_is_silent_when_empty(bot_factory):
    clock = ManualClock(TUE_10)
    bot = await bot_factory(clock=clock, digests={"morning": "08:00", "weekly": None})
    await post(bot.client, message("b3", "r1", "3号楼楼道灯坏了好几天了 晚上黑乎乎的"))
    await bot.platform.wait_count(2)
    clock.advance(minutes=5)
    await post(bot.client, message("b3", "r2", "3号楼二单元电梯卡住了 里面有人"))
    await bot.platform.wait_count(4)
    await post(bot.client, message("b9", "r3", "9号楼门口垃圾堆了好几天 臭死了"))
    await bot.platform.wait_count(6)
    await post(bot.client, message("b3", "l3", "收到 #1"))
    await bot.platform.wait_count(7)
    n = len(bot.platform.sent)
    clock.set(datetime(2026, 11, 25, 0, 0, tzinfo=UTC))       # Wednesday 08:00
    [fired] = sweep(bot)
    assert fired.outcome == "sent"
    await bot.platform.wait_count(n + 3)
    digest = bot.platform.to_user("l3")[-1]["text"]
    lines = digest.splitlines()
    assert "2" in lines[0] and "李楼长" in lines[0]
    assert lines[1].startswith("🔴#2") and "超时" in lines[1]   # red: its 10-minute ack deadline passed
    assert "#1" in lines[2] and "已签收" in lines[2] and "办结还剩" in lines[2]
    assert "#3" in bot.platform.to_user("g2")[-1]["text"]
    # the chief of grid g1 sees what is open in its buildings; l5's building has nothing
    chief = next(m["text"] for m in bot.platform.to_user("g1") if m["text"].startswith("早安"))
    assert "#1" in chief and "#2" in chief and "#3" not in chief
    assert bot.platform.to_user("l5") == []
    # everything resolved: the next morning says nothing
    for no in (1, 2):
        await post(bot.client, message("b3", "l3", f"办结 #{no}"))
    await post(bot.client, message("b9", "g2", "办结 #3"))
    await bot.platform.wait_count(n + 5)
    clock.set(datetime(2026, 11, 26, 0, 0, tzinfo=UTC))
    [quiet] = sweep(bot)
    assert (quiet.outcome, quiet.messages) == ("empty", 0)


async def test_weekly_digest_counts_for_the_office(bot_factory):
    clock = ManualClock(TUE_10)
    bot = await bot_factory(clock=clock, digests={"morning": None, "weekly": {"weekday": 1, "time": "09:00"}})
    await post(bot.client, message("b3", "r1", "3号楼二单元电梯卡住了 里面有人"))
    await bot.platform.wait_count(2)
    clock.advance(minutes=5)
    await post(bot.client, message("b3", "l3", "收到 #1"))
    await bot.platform.wait_count(3)
    clock.advance(minutes=60)
    await post(bot.client, message("b3", "l3", "办结 #1"))
    await post(bot.client, message("b9", "r3", "9号楼门口垃圾堆了好几天 臭死了"))
    await bot.platform.wait_count(6)
    clock.set(MON_9)
    [fired] = sweep(bot)
    assert fired.messages == 1
    await bot.platform.wait_for(lambda s: bool([m for m in s if m.get("chat_id") == "office"
                                                and "本周" in m["text"]]))
    text = [m for m in bot.platform.to_chat("office") if "本周" in m["text"]][0]["text"]
    assert "新增 2 件" in text and "🔴1" in text
    assert "按时签收 50%（1/2）" in text and "按时办结 50%（1/2）" in text  # #2 missed both
    assert "已办结1" in text and "尚未办结（含以前的）：1 件" in text
    assert "最慢：#2" in text


async def test_weekly_digest_is_silent_for_an_empty_week(bot_factory):
    clock = ManualClock(TUE_10)
    bot = await bot_factory(clock=clock, digests={"morning": None, "weekly": {"weekday": 1, "time": "09:00"}})
    clock.set(MON_9)
    [fired] = sweep(bot)
    assert fired.outcome == "empty"
    await asyncio.sleep(0.2)
    assert bot.platform.sent == []


def test_private_notice_must_name_its_places(tmp_path):
    """A notice written to the bot privately has no chat to default to."""
    settings = make_settings(f"sqlite:///{tmp_path}/n.db", "http://127.0.0.1:9/send")
    engine = make_engine(settings.database)
    init_schema(engine)
    with Session(engine) as s:
        notices = Notices(s, Directory(settings), settings, TUE_10)
        with pytest.raises(NoticeError, match="写明发往哪里"):
            notices.create("s1", None, "明天8:00 停水")
        assert "已安排通知 1" in notices.create("s1", None, "明天8:00 停水 @3号楼")
    engine.dispose()


async def test_the_running_scheduler_fires_at_the_due_time_without_a_manual_sweep(bot_factory):
    clock = ManualClock(TUE_10)
    bot = await bot_factory(clock=clock, schedules=[SORTING], digests=NO_DIGESTS)
    clock.set(MON_9 - timedelta(seconds=1))
    assert sweep(bot) == []              # plans a wake-up one second from now
    clock.set(MON_9)
    sent = await bot.platform.wait_count(4, timeout=5)
    assert {m.get("chat_id") or m.get("user_id") for m in sent} == {"b3", "b9", "yard2", "l3"}
