"""WeCom end to end: encrypted callbacks in, tickets filed, replies out to a fake WeCom."""
from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlmodel import Session, func, select

from bot import appkeys as K
from bot.app import create_app
from bot.outbox import enqueue
from bot.settings import parse_settings
from models import InboundRecord, OutboxRow, Ticket
from tests.support import community
from tests.wecom_fake import (
    ENV, FakeWecom, app_text_xml, bot_text, encrypted_app_post, encrypted_bot_post, post_app, post_bot,
    wecom_config,
)

VECTOR_QUERY = ("msg_signature=5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3&timestamp=1409659589&nonce=263014780"
                "&echostr=P9nAzCzyDtyTWESHep1vC5X9xho%2FqYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp%2B4RPcs8TgAE7OaBO"
                "%2BFZXvnaqQ%3D%3D")
LIGHT_B9 = "@邻里助手 9号楼1单元三楼楼道的灯坏了好几天，晚上上楼看不清，麻烦派人修一下"


@pytest.fixture(autouse=True)
def _wecom_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for k, v in ENV.items():
        monkeypatch.setenv(k, v)


@pytest.fixture
async def fake() -> AsyncIterator[FakeWecom]:
    f = FakeWecom()
    await f.server.start_server()
    yield f
    await f.server.close()


class WecomBot:
    def __init__(self, client: Any, fake: FakeWecom):
        self.client, self.fake, self.app = client, fake, client.server.app

    def count(self, table: Any) -> int:
        with Session(self.app[K.ENGINE]) as s:
            return s.exec(select(func.count()).select_from(table)).one()

    def tickets(self) -> list[Ticket]:
        with Session(self.app[K.ENGINE]) as s:
            return list(s.exec(select(Ticket).order_by(Ticket.no)).all())

    def outbox(self) -> list[OutboxRow]:
        with Session(self.app[K.ENGINE]) as s:
            return list(s.exec(select(OutboxRow).order_by(OutboxRow.id)).all())


@pytest.fixture
def start(aiohttp_client, fake: FakeWecom, db_url: str):  # type: ignore[no-untyped-def]
    async def go(wecom: dict[str, Any] | None = None, **overrides: Any) -> WecomBot:
        data = community(database=db_url, **{**wecom_config(fake.base, **(wecom or {})), **overrides})
        client = await aiohttp_client(create_app(parse_settings(data, "test-config")))
        return WecomBot(client, fake)
    return go


# ---- URL verification ------------------------------------------------------------------------
async def test_documented_url_verification_vector(aiohttp_client, db_url, monkeypatch):
    monkeypatch.setenv("VECTOR_AES", "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C")
    data = community(database=db_url, platforms={"wecom": {
        "corp_id": "wx5823bf96d3bd56c7", "agent_id": 1, "token": "QDG6eK", "aes_key_env": "VECTOR_AES"}})
    client = await aiohttp_client(create_app(parse_settings(data)))
    resp = await client.get("/webhook/wecom?" + VECTOR_QUERY)
    assert resp.status == 200
    assert await resp.text() == "1616140317555161061"
    forged = await client.get("/webhook/wecom?" + VECTOR_QUERY.replace("5c45ff", "5c45fe"))
    assert forged.status == 403


async def test_robot_url_verification_echoes_decrypted_echostr(start):
    from tests.wecom_fake import BOT_CRYPTO
    bot = await start()
    echostr = BOT_CRYPTO.encrypt("8734521096")
    resp = await bot.client.get("/webhook/wecom-bot", params={**BOT_CRYPTO.sign_params(echostr), "echostr": echostr})
    assert resp.status == 200
    assert await resp.text() == "8734521096"


# ---- smart robot: a resident @s the robot in a building group ---------------------------------
async def test_robot_group_message_files_ticket_and_answers_through_response_url(start, fake):
    bot = await start()
    url = fake.response_url("rc-1")
    resp = await post_bot(bot.client, *encrypted_bot_post(bot_text("b9", "r1", LIGHT_B9, "bm-1", url)))
    assert resp.status == 200
    await fake.wait_for(lambda: fake.of("response_url") and fake.of("message/send"))
    [t] = bot.tickets()
    assert (t.platform, t.chat_id, t.reporter_id, t.holder_id) == ("wecom_bot", "b9", "r1", "g2")
    assert not t.text.startswith("@") and "邻里助手" not in t.text
    [answer] = fake.of("response_url")
    assert f"#{t.no}" in answer["body"]["markdown"]["content"]
    [notice] = fake.of("message/send")     # the grid chief holds it: told privately through the app
    assert notice["body"]["touser"] == "g2" and f"#{t.no}" in notice["body"]["text"]["content"]
    assert fake.problems == [] and fake.rejected == []


async def test_replayed_robot_callback_files_one_ticket_and_answers_once(start, fake):
    bot = await start()
    params, body = encrypted_bot_post(bot_text("b9", "r1", LIGHT_B9, "bm-dup", fake.response_url("rc-dup")))
    for _ in range(3):   # WeCom retries a slow callback with the same body and signature
        assert (await post_bot(bot.client, params, body)).status == 200
    await fake.wait_for(lambda: bool(fake.of("response_url")))
    assert bot.count(InboundRecord) == 1
    assert len(bot.tickets()) == 1
    await asyncio.sleep(0.3)   # give a duplicate reply the chance to show up
    assert len(fake.of("response_url")) == 1 and fake.rejected == []


async def test_stale_response_url_falls_back_to_the_group_robot_with_mention(start, fake):
    bot = await start()
    url = fake.response_url("rc-gone", usable=False)   # WeCom says: already used / expired
    await post_bot(bot.client, *encrypted_bot_post(bot_text("b9", "r1", LIGHT_B9, "bm-2", url)))
    await fake.wait_for(lambda: bool(fake.of("webhook/send")))
    [sent] = fake.of("webhook/send")
    assert sent["chat"] == "b9"
    assert "#1" in sent["body"]["text"]["content"]
    assert sent["body"]["text"]["mentioned_list"] == ["g2"]
    assert [r["api"] for r in fake.rejected] == ["response_url"]


# ---- the app: private messages ---------------------------------------------------------------
async def test_chief_queries_privately_through_the_app(start, fake):
    bot = await start()
    await post_bot(bot.client, *encrypted_bot_post(bot_text("b9", "r1", LIGHT_B9, "bm-3", fake.response_url("r3"))))
    await fake.wait_for(lambda: bool(fake.of("message/send")))
    resp = await post_app(bot.client, *encrypted_app_post(app_text_xml("g2", "查询", 7001)))
    assert resp.status == 200
    await fake.wait_for(lambda: len(fake.of("message/send")) == 2)
    reply = fake.of("message/send")[1]["body"]
    assert reply["touser"] == "g2" and "#1" in reply["text"]["content"]
    resp = await post_app(bot.client, *encrypted_app_post(app_text_xml("g2", "收到 #1", 7002)))
    await fake.wait_for(lambda: bot.tickets()[0].state == "acknowledged")
    assert fake.of("message/send")[0]["body"]["agentid"] == 1000002
    assert fake.problems == []


async def test_resident_private_message_gets_a_hint_and_no_ticket(start, fake):
    bot = await start()
    resp = await post_app(bot.client, *encrypted_app_post(app_text_xml("r7", "你好，想问个事", 7003)))
    assert resp.status == 200
    await fake.wait_for(lambda: bool(fake.of("message/send")))
    [hint] = fake.of("message/send")
    assert hint["body"]["touser"] == "r7" and "说明问题" in hint["body"]["text"]["content"]
    assert bot.tickets() == []


async def test_resident_private_report_through_the_app_becomes_a_ticket(start, fake):
    bot = await start()
    text = "9号楼3单元楼道灯坏了好几天了，晚上上楼看不见，麻烦修一下"
    resp = await post_app(bot.client, *encrypted_app_post(app_text_xml("r8", text, 7004)))
    assert resp.status == 200
    await fake.wait_for(lambda: len(fake.of("message/send")) >= 2)
    [t] = bot.tickets()
    assert (t.building, t.unit, t.chat_id, t.holder_id) == ("9", "3", None, "g2")
    to = {m["body"]["touser"]: m["body"]["text"]["content"] for m in fake.of("message/send")}
    assert "#1" in to["r8"] and "#1" in to["g2"]  # the reporter privately, the holder personally


async def test_office_notice_for_a_ticket_nobody_holds_goes_to_the_app_group(start, fake):
    grids = community()["grids"] + [{"id": "g3", "name": "第三网格", "buildings": [
        {"id": "11", "name": "11号楼", "chat": "b11"}]}]
    bot = await start(grids=grids)
    text = "@邻里助手 11号楼2单元楼道的灯坏了，晚上黑漆漆的，麻烦派人修一下"
    await post_bot(bot.client, *encrypted_bot_post(bot_text("b11", "r2", text, "bm-4", fake.response_url("r4"))))
    await fake.wait_for(lambda: bool(fake.of("appchat/send")) and bool(fake.of("response_url")))
    [notice] = fake.of("appchat/send")
    assert notice["body"]["chatid"] == "office" and "#1" in notice["body"]["text"]["content"]


# ---- bad input changes nothing ---------------------------------------------------------------
@pytest.mark.parametrize("endpoint", ["app", "bot"])
async def test_forged_signature_is_403_and_stores_nothing(start, fake, endpoint, caplog):
    bot = await start()
    if endpoint == "app":
        params, body = encrypted_app_post(app_text_xml("r1", "楼道灯坏了", 7100))
    else:
        params, body = encrypted_bot_post(bot_text("b9", "r1", LIGHT_B9, "bm-f", fake.response_url("rf")))
    params["msg_signature"] = "0" * 40
    resp = await (post_app if endpoint == "app" else post_bot)(bot.client, params, body)
    assert resp.status == 403
    del params["msg_signature"]
    resp = await (post_app if endpoint == "app" else post_bot)(bot.client, params, body)
    assert resp.status == 403
    assert bot.count(InboundRecord) == 0
    rejected = [r for r in caplog.records if getattr(r, "event", None) == "auth_failed"]
    assert len(rejected) == 2
    assert not any(secret in caplog.text for secret in ENV.values())


async def test_garbage_bodies_are_400_and_store_nothing(start, fake):
    from tests.wecom_fake import APP_CRYPTO, BOT_CRYPTO
    bot = await start()
    params = APP_CRYPTO.sign_params("x")
    assert (await post_app(bot.client, params, b"\x00\xffnot xml at all")).status == 400
    assert (await post_bot(bot.client, BOT_CRYPTO.sign_params("x"), b"{broken json")).status == 400
    junk = "bm90IHJlYWxseSBjaXBoZXJ0ZXh0"   # signed correctly, but not our ciphertext
    body = f"<xml><Encrypt><![CDATA[{junk}]]></Encrypt></xml>".encode()
    assert (await post_app(bot.client, APP_CRYPTO.sign_params(junk), body)).status == 400
    # well-encrypted JSON that is not a message
    assert (await post_bot(bot.client, *encrypted_bot_post('["a list"]'))).status == 400
    assert (await post_bot(bot.client, *encrypted_bot_post({"msgtype": "text", "text": {"content": "hi"},
                                                           "chattype": "group"}))).status == 400
    # the robot's key is not the app's: a body encrypted for another receiver does not decrypt
    enc = BOT_CRYPTO.encrypt(app_text_xml("r1", "hi", 7200))
    wrong = f"<xml><Encrypt><![CDATA[{enc}]]></Encrypt></xml>".encode()
    assert (await post_app(bot.client, APP_CRYPTO.sign_params(enc), wrong)).status == 400
    assert bot.count(InboundRecord) == 0


async def test_xml_with_entity_declarations_is_refused(start, fake):
    bot = await start()
    bomb = ('<!DOCTYPE xml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            '<xml><Encrypt>&b;</Encrypt></xml>').encode()
    from tests.wecom_fake import APP_CRYPTO
    assert (await post_app(bot.client, APP_CRYPTO.sign_params("x"), bomb)).status == 400
    # inside the ciphertext too
    inner = '<!DOCTYPE xml [<!ENTITY x SYSTEM "file:///etc/passwd">]>' + app_text_xml("r1", "&x;", 7300)
    assert (await post_app(bot.client, *encrypted_app_post(inner))).status == 400
    assert bot.count(InboundRecord) == 0


async def test_events_and_images_are_acknowledged_and_ignored(start, fake):
    bot = await start()
    event = ("<xml><ToUserName>c</ToUserName><FromUserName>r1</FromUserName><CreateTime>1</CreateTime>"
             "<MsgType>event</MsgType><Event>enter_agent</Event><AgentID>1000002</AgentID></xml>")
    assert (await post_app(bot.client, *encrypted_app_post(event))).status == 200
    image = {"msgid": "img-1", "chattype": "group", "chatid": "b9", "from": {"userid": "r1"},
             "msgtype": "image", "image": {"url": "x"}}
    assert (await post_bot(bot.client, *encrypted_bot_post(image))).status == 200
    assert bot.count(InboundRecord) == 0


# ---- outbound: tokens, errors, pacing ---------------------------------------------------------
async def _owe(bot: WecomBot, n: int, **kw: Any) -> None:
    with Session(bot.app[K.ENGINE]) as s:
        now = bot.app[K.CLOCK].now()
        for i in range(n):
            enqueue(s, now, text=kw.get("text", f"第{i + 1}条通知"), **{k: v for k, v in kw.items() if k != "text"})
        s.commit()
    bot.app[K.WAKE_OUTBOX].set()


async def test_expired_token_is_refreshed_once_and_the_message_delivered(start, fake):
    bot = await start()
    await _owe(bot, 1, platform="wecom", user_id="l3")
    await fake.wait_for(lambda: len(fake.of("message/send")) == 1)
    fake.expire_tokens()
    await _owe(bot, 1, platform="wecom", user_id="l5")
    await fake.wait_for(lambda: len(fake.of("message/send")) == 2)
    assert fake.token_fetches == 2
    assert [r["errcode"] for r in fake.rejected] == [42001]
    await fake.wait_for(lambda: all(r.status == "sent" for r in bot.outbox()))  # recorded after the send


async def test_unknown_user_is_parked_not_retried(start, fake):
    bot = await start()
    await _owe(bot, 1, platform="wecom", user_id="nobody-here")
    await _owe(bot, 1, platform="wecom", user_id="l3")
    await fake.wait_for(lambda: bool(fake.of("message/send")))
    await fake.wait_for(lambda: bot.outbox()[1].status == "sent")  # recorded after the send
    rows = bot.outbox()
    assert rows[0].status == "parked" and "81013" in (rows[0].last_error or "")
    assert rows[1].status == "sent"


async def test_robot_rate_limit_paces_21_messages_and_loses_none(start, fake):
    fake.robot_limit = (20, 2.0)      # WeCom's 20 a minute, on a 2 s window so the test is quick
    bot = await start(wecom={"robot_window_s": 2.0})
    await _owe(bot, 21, platform="wecom_bot", chat_id="b3")
    await fake.wait_for(lambda: len(fake.of("webhook/send")) == 21, timeout=15)
    sent = fake.of("webhook/send")
    assert [c["body"]["text"]["content"] for c in sent] == [f"第{i + 1}条通知" for i in range(21)]
    assert fake.rejected == []                       # never over the robot's limit
    assert sent[20]["at"] - sent[0]["at"] >= 1.9     # the 21st waited for the window
    await fake.wait_for(lambda: all(r.status == "sent" for r in bot.outbox()))
    assert all(r.attempts == 0 for r in bot.outbox())


async def test_a_restart_remembers_the_robot_budget_spent_in_the_window(start, fake):
    fake.robot_limit = (20, 3.0)      # 20 per window, as the platform counts them
    first = await start(wecom={"robot_window_s": 3.0})
    await _owe(first, 20, platform="wecom_bot", chat_id="b3")
    await fake.wait_for(lambda: [r.status for r in first.outbox()] == ["sent"] * 20, timeout=15)
    await first.client.close()        # the bot restarts within the window
    second = await start(wecom={"robot_window_s": 3.0})
    await _owe(second, 1, platform="wecom_bot", chat_id="b3", text="重启后的通知")
    await fake.wait_for(lambda: len(fake.of("webhook/send")) == 21, timeout=15)
    sent = fake.of("webhook/send")
    assert sent[20]["body"]["text"]["content"] == "重启后的通知"
    assert fake.rejected == []                       # the restarted bot did not overdraw the budget
    assert sent[20]["at"] - sent[0]["at"] >= 2.9     # it waited for the window the first one opened
    await fake.wait_for(lambda: all(r.status == "sent" and r.attempts == 0 for r in second.outbox()))


async def test_two_bots_on_one_database_share_the_robot_budget(start, fake):
    """Two `serve` processes (two apps, each with its own outbox worker) behind one load
    balancer draw on one robot's budget: what one spent, the other does not spend again."""
    fake.robot_limit = (20, 3.0)      # 20 per window, as the platform counts them
    one = await start(wecom={"robot_window_s": 3.0})
    two = await start(wecom={"robot_window_s": 3.0})
    await _owe(one, 20, platform="wecom_bot", chat_id="b3")
    await fake.wait_for(lambda: [r.status for r in one.outbox()] == ["sent"] * 20, timeout=15)
    await _owe(two, 1, platform="wecom_bot", chat_id="b3", text="另一进程的通知")  # wakes the other one
    await fake.wait_for(lambda: len(fake.of("webhook/send")) == 21, timeout=15)
    sent = fake.of("webhook/send")
    assert sent[20]["body"]["text"]["content"] == "另一进程的通知"
    assert fake.rejected == []                       # never over the robot's limit, counted across both
    assert sent[20]["at"] - sent[0]["at"] >= 2.9     # it waited for the window the other one opened
    await fake.wait_for(lambda: all(r.status == "sent" and r.attempts == 0 for r in two.outbox()))


async def test_long_text_is_split_into_robot_sized_parts(start, fake):
    bot = await start()
    long = "\n".join(f"第{i}行：楼道灯已修好，感谢大家耐心等待。" for i in range(120))
    await _owe(bot, 1, platform="wecom", chat_id="b3", text=long)
    await fake.wait_for(lambda: bot.outbox()[0].status == "sent")
    parts = [c["body"]["text"]["content"] for c in fake.of("webhook/send")]
    assert len(parts) >= 2 and all(len(p.encode()) <= 2048 for p in parts)
    assert "\n".join(parts) == long
    assert fake.problems == []
