"""WeCom self-built app (自建应用): GET|POST /webhook/wecom, message/send, appchat/send.

Members write to the app privately (a grid chief sends 待办 to the bot); the
app posts to people and to app-created group chats, or to a chat's group robot
when the chat has one.
"""
from __future__ import annotations

import logging
from datetime import UTC, datetime

from wechatpy.enterprise import parse_message
from wechatpy.enterprise.messages import TextMessage

from bot.adapters.base import Pace
from bot.adapters.wecom_base import MAX_BODY, WecomAdapterBase, text_field
from bot.adapters.wecom_crypto import BadBody
from bot.message import InboundMessage, OutboundMessage

log = logging.getLogger("linli.wecom")


class WecomAppAdapter(WecomAdapterBase):
    name = "wecom"
    path = "/webhook/wecom"

    def parse(self, body: bytes, sig: str, ts: str, nonce: str, *, now: datetime) -> InboundMessage | None:
        assert self.crypto is not None
        xml = self.crypto.decrypt_xml(body, sig, ts, nonce)
        try:
            msg = parse_message(xml)
        except Exception:  # missing MsgType, not an <xml> document, ...
            raise BadBody("decrypted body is not a WeCom message") from None
        if not isinstance(msg, TextMessage):
            log.info("WeCom callback without text ignored",
                     extra={"event": "wecom_ignored", "platform": self.name, "type": getattr(msg, "type", "?")})
            return None
        if self.api.agent_id is not None and msg.agent and msg.agent != self.api.agent_id:
            raise BadBody("message is for another agent")
        if not msg.id:
            raise BadBody("missing field: MsgId")
        created = msg.time if isinstance(msg.time, int) and 0 < msg.time < 2**33 else None
        return InboundMessage(
            platform=self.name,
            msg_id=str(msg.id),
            chat_id=None,  # the app callback carries private messages only
            sender_id=text_field(msg.source, "FromUserName"),
            text=text_field(msg.content, "Content", limit=MAX_BODY),
            ts=datetime.fromtimestamp(created, UTC) if created else now,
        )

    def pace(self, out: OutboundMessage) -> Pace | None:
        return self.robot_pace(out.chat_id, out.text)

    async def send(self, out: OutboundMessage) -> None:
        if out.chat_id is not None:
            await self.send_to_chat(out)
        else:
            await self.send_to_user(out)
