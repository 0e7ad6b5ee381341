"""The outbox: a backlog for one destination never holds back the others."""
from datetime import timedelta

from sqlalchemy import update
from sqlmodel import Session

from bot import appkeys as K
from bot.outbox import enqueue
from models import OutboxRow
from tests.support import message, post


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
