"""The outbox: a backlog for one destination never holds back the others; an outage's
backlog goes out as soon as the platform answers again."""
import asyncio
from datetime import timedelta

from sqlalchemy import update
from sqlmodel import Session, select

from bot import appkeys as K
from bot.outbox import UNREACHABLE, enqueue
from models import OutboxRow
from tests.support import message, post, wait_until


async def test_a_long_backlog_in_one_chat_does_not_starve_other_chats(bot):
    later = bot.app[K.CLOCK].now() + timedelta(hours=1)
    with Session(bot.app[K.ENGINE]) as s:  # 600 replies to a chat whose sends keep failing (backing off)
        for i in range(600):
            enqueue(s, later, platform="generic", chat_id="b5", text=f"stuck {i}")
        s.execute(update(OutboxRow).values(attempts=3))
        s.commit()
    resp = await post(bot.client, message("b3", "r1", "3号楼二单元电梯卡住了 里面有人"))
    assert resp.status == 200
    await bot.platform.wait_for(lambda sent: any(m.get("chat_id") == "b3" for m in sent), timeout=10)
    assert not bot.platform.to_chat("b5")


async def test_when_the_platform_answers_again_replies_held_by_its_outage_go_at_once(bot):
    bot.platform.fail_with = 503
    with Session(bot.app[K.ENGINE]) as s:
        enqueue(s, bot.app[K.CLOCK].now(), platform="generic", chat_id="b5", text="停电通知")
        s.commit()
    bot.app[K.WAKE_OUTBOX].set()

    def row() -> OutboxRow:
        with Session(bot.app[K.ENGINE]) as s:
            return s.exec(select(OutboxRow)).first()  # type: ignore[return-value]
    await wait_until(lambda: row().attempts >= 1, 10, "a failed attempt")
    assert row().last_error.startswith(UNREACHABLE)
    # as after a long outage: its next try is far off
    with Session(bot.app[K.ENGINE]) as s:
        s.execute(update(OutboxRow).values(next_attempt_at=bot.app[K.CLOCK].now() + timedelta(hours=1)))
        s.commit()
    bot.platform.fail_with = None
    resp = await post(bot.client, message("b3", "r1", "2单元楼道灯不亮了"))  # a reply elsewhere gets through
    assert resp.status == 200
    await bot.platform.wait_for(lambda sent: bool(bot.platform.to_chat("b5")), timeout=10)
    assert bot.platform.to_chat("b5")[0]["text"] == "停电通知"


async def test_a_message_the_platform_refuses_is_not_released_by_others_getting_through(bot):
    with Session(bot.app[K.ENGINE]) as s:
        enqueue(s, bot.app[K.CLOCK].now() + timedelta(hours=1), platform="generic", chat_id="b5", text="稍后再试")
        s.execute(update(OutboxRow).values(attempts=2, last_error="HTTP 429: slow down"))
        s.commit()
    resp = await post(bot.client, message("b3", "r1", "2单元楼道灯不亮了"))
    assert resp.status == 200
    await bot.platform.wait_for(lambda sent: bool(bot.platform.to_chat("b3")), timeout=10)
    await asyncio.sleep(0.5)
    assert not bot.platform.to_chat("b5")


async def test_a_fast_send_is_recorded_without_waiting_for_a_slow_one(bot):
    bot.platform.slow_chats["b5"] = 8
    with Session(bot.app[K.ENGINE]) as s:
        now = bot.app[K.CLOCK].now()
        enqueue(s, now, platform="generic", chat_id="b5", text="慢")
        enqueue(s, now, platform="generic", chat_id="b3", text="快")
        s.commit()
    bot.app[K.WAKE_OUTBOX].set()
    engine = bot.app[K.ENGINE]

    def status(chat: str) -> str:
        with Session(engine) as s:
            return s.exec(select(OutboxRow).where(OutboxRow.chat_id == chat)).one().status
    await wait_until(lambda: status("b3") == "sent", 4, "b3 recorded")   # while b5's send still hangs
    assert status("b5") == "pending"
    await bot.client.close()                               # shutdown mid-pass: b5 is tried again later
    assert status("b3") == "sent" and status("b5") == "pending"


async def test_replies_held_by_an_outage_before_a_restart_go_when_the_platform_answers(bot):
    with Session(bot.app[K.ENGINE]) as s:   # left by the last run: unreachable, next try far off
        enqueue(s, bot.app[K.CLOCK].now(), platform="generic", chat_id="b5", text="停电通知")
        s.execute(update(OutboxRow).values(attempts=9, last_error=UNREACHABLE + "connection refused",
                                           next_attempt_at=bot.app[K.CLOCK].now() + timedelta(hours=1)))
        s.commit()
    resp = await post(bot.client, message("b3", "r1", "2单元楼道灯不亮了"))
    assert resp.status == 200
    await bot.platform.wait_for(lambda sent: bool(bot.platform.to_chat("b5")), timeout=10)
    assert bot.platform.to_chat("b5")[0]["text"] == "停电通知"
