"""A message acknowledged to the platform is never lost: not by a crash after the 200,
not by kill -9 in the middle of a burst. Real processes, real SQLite file."""
import json
from datetime import UTC, datetime

import aiohttp
from sqlmodel import Session, select

from bot.db import init_schema, make_engine
from bot.inbox import store_inbound
from bot.message import InboundMessage
from models import InboundRecord, Ticket
from tests.procs import ServeProcess, write_config
from tests.support import message, signed_headers


async def test_message_stored_but_not_processed_before_a_crash_is_processed_on_restart(tmp_path, platform):
    db = f"sqlite:///{tmp_path}/linli.db"
    engine = make_engine(db)
    init_schema(engine)
    # exactly what the webhook does before it answers 200; then the process "dies"
    now = datetime.now(UTC)
    store_inbound(engine, InboundMessage(platform="generic", msg_id="before-crash", chat_id="b3", sender_id="r1",
                                         text="3号楼2单元电梯卡住了 里面有人", ts=now), now)
    bot = ServeProcess(write_config(tmp_path / "c.yaml", db, platform.url), tmp_path / "bot.log")
    bot.start()
    await bot.ready()
    try:
        await platform.wait_for(lambda s: any(m.get("chat_id") == "b3" for m in s), timeout=15)
    finally:
        bot.stop()
    [group] = platform.to_chat("b3")
    assert "#1" in group["text"] and group["quote_msg_id"] == "before-crash"
    with Session(engine) as s:
        assert s.exec(select(InboundRecord)).one().outcome == "filed"


async def test_kill_9_during_a_burst_loses_nothing_and_repeats_nothing(tmp_path, platform):
    db = f"sqlite:///{tmp_path}/linli.db"
    cfg = write_config(tmp_path / "c.yaml", db, platform.url, outbox={"lease_seconds": 3})
    bot = ServeProcess(cfg, tmp_path / "bot.log")
    bot.start()
    await bot.ready()
    accepted = []
    texts = ["楼道灯不亮了", "垃圾桶满了没人收", "水管漏水了", "电梯停了", "门禁坏了"]
    async with aiohttp.ClientSession() as http:
        for i in range(40):
            body = json.dumps(message(f"b{3 if i % 2 else 5}", f"r{i}", f"{i % 4 + 1}单元{texts[i % 5]} 麻烦看看",
                                      msg_id=f"burst-{i}"), ensure_ascii=False).encode()
            async with http.post(bot.url + "/webhook/generic", data=body, headers=signed_headers(body)) as r:
                if r.status == 200:
                    accepted.append(f"burst-{i}")
    bot.kill9()
    assert len(accepted) == 40
    restarted = ServeProcess(cfg, tmp_path / "bot2.log")
    restarted.start()
    await restarted.ready()
    engine = make_engine(db)
    try:
        for _ in range(200):
            with Session(engine) as s:
                pending = s.exec(select(InboundRecord).where(InboundRecord.processed_at == None)).all()  # noqa: E711
            if not pending:
                break
            import asyncio
            await asyncio.sleep(0.1)
        with Session(engine) as s:
            recs = s.exec(select(InboundRecord)).all()
            tickets = s.exec(select(Ticket)).all()
        assert sorted(r.msg_id for r in recs) == sorted(accepted)
        assert all(r.processed_at is not None for r in recs)
        linked = [r for r in recs if r.outcome in ("filed", "merged", "follow_up")]
        assert len(linked) == 40
        # every filed or merged message owed one group reply: all arrive, none twice
        await platform.wait_for(lambda s: len([m for m in s if m.get("chat_id")]) >= 40, timeout=20)
    finally:
        restarted.stop()
    quoted = [m["quote_msg_id"] for m in platform.sent if m.get("chat_id")]
    assert sorted(quoted) == sorted(accepted)
    assert len({t.no for t in tickets}) == len(tickets)
