"""Keeping residents' details out of group chats (pure functions)."""
from __future__ import annotations

import re

from bot.textnorm import ascii_digits

# mobile and landline numbers, and room numbers written as 302 / 302室 / 1-302 / 3-2-302
_PHONE = re.compile(r"(?<!\d)(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|\d{7,8})(?!\d)")
_ROOM = re.compile(r"(?<![\d#＃])(?:\d{1,3}[-－—]){0,2}\d{3,4}(?:室|房|号房|户)?(?![\d号单楼栋层年月日元块分秒个次人天])")
_ROOM_WORD = re.compile(r"(?<![\d#＃])\d{1,4}\s*(?:室|房间|户)")


def redact(text: str) -> str:
    """Text safe to repeat in a group: phone and room numbers masked (full-width digits too)."""
    text = _PHONE.sub("***", ascii_digits(text))
    text = _ROOM_WORD.sub("***", text)
    return _ROOM.sub("***", text)
