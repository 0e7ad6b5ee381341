"""WeCom smart robot (智能机器人): GET|POST /webhook/wecom-bot, answers via response_url.

The robot receives group messages that @ it as encrypted JSON. Each carries a
response_url that may be used once within an hour; the adapter keeps it as the
message's opaque reply_token ("<received unix time>|<url>") and, once it is
used or stale, answers through the chat's group robot instead.
"""
from __future__ import annotations

import logging
import re
import time
from datetime import datetime
from typing import Any

from bot.adapters.base import DeliveryError, Pace
from bot.adapters.wecom_api import TEXT_MAX_BYTES, WecomApi
from bot.adapters.wecom_base import MAX_BODY, GroupRobot, RobotPacing, WecomAdapterBase, text_field
from bot.adapters.wecom_crypto import BadBody, WecomCrypto
from bot.message import InboundMessage, OutboundMessage

log = logging.getLogger("linli.wecom")
RESPONSE_URL_TTL_S = 3600 - 120   # valid for an hour; keep a margin for clock and queueing
_AT_SPACE = "[ \t\u2005\u00a0]"


def _texts(data: dict[str, Any]) -> list[str]:
    """The text parts of a text or mixed (text + images) message."""
    kind = data.get("msgtype")
    if kind == "text":
        content = (data.get("text") or {}).get("content") if isinstance(data.get("text"), dict) else None
        return [content] if isinstance(content, str) else []
    if kind == "mixed" and isinstance(data.get("mixed"), dict):
        items = data["mixed"].get("msg_item") or []
        return [i["text"]["content"] for i in items if isinstance(i, dict) and i.get("msgtype") == "text"
                and isinstance(i.get("text"), dict) and isinstance(i["text"].get("content"), str)]
    return []


class WecomBotAdapter(WecomAdapterBase):
    name = "wecom_bot"
    path = "/webhook/wecom-bot"

    def __init__(self, crypto: WecomCrypto | None, api: WecomApi, robots: dict[str, GroupRobot],
                 pacing: RobotPacing, names: list[str]):
        super().__init__(crypto, api, robots, pacing)
        if names:  # every "@<its name>", wherever it is
            alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
            self._at_self, self._at_count = re.compile(f"@(?:{alts}){_AT_SPACE}*"), 0
        else:  # the robot only hears messages that @ it; users put that @ first
            self._at_self, self._at_count = re.compile(f"^{_AT_SPACE}*@[^ \t\u2005\u00a0]+{_AT_SPACE}*"), 1
        self._used: dict[str, float] = {}   # response_url -> when used (monotonic)

    # ---- inbound --------------------------------------------------------------------------
    def strip_self(self, text: str) -> str:
        return self._at_self.sub("", text, count=self._at_count).strip()

    def parse(self, body: bytes, sig: str, ts: str, nonce: str, *, now: datetime) -> InboundMessage | None:
        assert self.crypto is not None
        data = self.crypto.decrypt_json(body, sig, ts, nonce)
        texts = _texts(data)
        if not texts:
            log.info("WeCom robot callback without text ignored",
                     extra={"event": "wecom_ignored", "platform": self.name, "type": str(data.get("msgtype"))[:32]})
            return None
        sender = data.get("from")
        chattype = data.get("chattype")
        if chattype not in ("group", "single"):
            raise BadBody("field chattype must be group or single")
        text = self.strip_self("\n".join(texts))
        if not text:
            return None  # only the @: nothing to understand
        quote = data.get("quote") if isinstance(data.get("quote"), dict) else {}
        quoted = "\n".join(_texts(quote)) or None
        url = data.get("response_url")
        token = f"{int(now.timestamp())}|{url}" if isinstance(url, str) and url.startswith(self.api.base) else None
        return InboundMessage(
            platform=self.name,
            msg_id=text_field(data.get("msgid"), "msgid"),
            chat_id=text_field(data.get("chatid"), "chatid") if chattype == "group" else None,
            sender_id=text_field(sender.get("userid") if isinstance(sender, dict) else None, "from.userid"),
            text=text[:MAX_BODY],
            ts=now,
            quote_text=quoted[:MAX_BODY] if quoted else None,
            reply_token=token if token and len(token) < 2048 else None,
        )

    # ---- outbound -------------------------------------------------------------------------
    def _response_url(self, out: OutboundMessage) -> str | None:
        """The message's response_url while it may still be used, else None."""
        if not out.reply_token or len(out.text.encode()) > TEXT_MAX_BYTES:
            return None
        issued, _, url = out.reply_token.partition("|")
        if not issued.isdigit() or time.time() - int(issued) > RESPONSE_URL_TTL_S:
            return None
        cutoff = time.monotonic() - 3600
        self._used = {u: t for u, t in self._used.items() if t > cutoff}
        return None if url in self._used else url

    def pace(self, out: OutboundMessage) -> Pace | None:
        if self._response_url(out):
            return None
        return self.robot_pace(out.chat_id, out.text)

    async def send(self, out: OutboundMessage) -> None:
        url = self._response_url(out)
        if url:
            self._used[url] = time.monotonic()  # once only, whatever happens next
            try:
                await self.api.response_url_send(url, out.text)
                return
            except DeliveryError as e:
                # retry soon; the next attempt sees the url used and goes through the group robot (paced)
                raise DeliveryError(f"response_url failed, falling back: {e.reason}", retry_after=1) from None
        if out.chat_id is not None:
            await self.send_to_chat(out)
        else:
            await self.send_to_user(out)
