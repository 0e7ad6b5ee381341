"""The generic webhook: authentic messages are stored once; anything else changes nothing."""
import asyncio
import json
import time

from sqlmodel import Session, func, select

from bot import appkeys as K
from models import InboundRecord, OutboxRow
from tests.support import message, post, signed_headers


def count(bot, table) -> int:  # type: ignore[no-untyped-def]
    with Session(bot.app[K.ENGINE]) as s:
        return s.exec(select(func.count()).select_from(table)).one()


async def test_signed_message_is_accepted_and_stored(bot):
    resp = await post(bot.client, message("b3", "r1", "大家好"))
    assert resp.status == 200
    assert (await resp.json())["ok"] is True
    assert count(bot, InboundRecord) == 1


async def test_forged_signature_is_401_and_stores_nothing(bot):
    body = json.dumps(message("b3", "r1", "3号楼电梯卡住了 里面有人")).encode()
    resp = await post(bot.client, body, headers=signed_headers(body, secret="not-the-secret"))
    assert resp.status == 401
    assert count(bot, InboundRecord) == 0


async def test_missing_signature_is_401(bot):
    resp = await bot.client.post("/webhook/generic", data=b'{"msg_id":"x"}')
    assert resp.status == 401
    assert count(bot, InboundRecord) == 0


async def test_stale_timestamp_is_401(bot):
    body = json.dumps(message("b3", "r1", "楼道灯坏了")).encode()
    resp = await post(bot.client, body, ts=int(time.time()) - 301)
    assert resp.status == 401
    assert "stale" in (await resp.json())["error"]
    assert count(bot, InboundRecord) == 0


async def test_bad_json_is_400_with_reason(bot):
    resp = await post(bot.client, b"{not json")
    assert resp.status == 400
    assert "JSON" in (await resp.json())["error"]
    assert count(bot, InboundRecord) == 0


async def test_missing_field_is_400_naming_it(bot):
    payload = message("b3", "r1", "hi")
    del payload["sender_id"]
    resp = await post(bot.client, payload)
    assert resp.status == 400
    assert "sender_id" in (await resp.json())["error"]


async def test_oversized_body_is_413(bot):
    payload = message("b3", "r1", "长" * 30000)  # > 64 KiB in UTF-8
    resp = await post(bot.client, payload)
    assert resp.status == 413
    assert count(bot, InboundRecord) == 0


async def test_duplicate_msg_id_is_200_and_processed_once(bot):
    payload = message("b3", "r1", "3号楼2单元楼道灯不亮了 麻烦修一下", msg_id="dup-1")
    assert (await post(bot.client, payload)).status == 200
    second = await post(bot.client, payload)
    assert second.status == 200
    assert (await second.json())["duplicate"] is True
    await bot.platform.wait_count(2)
    assert count(bot, InboundRecord) == 1
    assert len(bot.tickets()) == 1
    assert len(bot.platform.to_chat("b3")) == 1


async def test_unknown_chat_is_stored_and_ignored(bot):
    resp = await post(bot.client, message("nowhere", "r1", "电梯卡住了 里面有人"))
    assert resp.status == 200
    assert count(bot, InboundRecord) == 1
    # wait until the processor has passed over it: then nothing was filed or sent
    rec = None
    for _ in range(100):
        with Session(bot.app[K.ENGINE]) as s:
            rec = s.exec(select(InboundRecord)).one()
        if rec.processed_at:
            break
        await asyncio.sleep(0.05)
    assert rec is not None and rec.outcome == "unknown_chat"
    assert bot.tickets() == []
    assert count(bot, OutboxRow) == 0
