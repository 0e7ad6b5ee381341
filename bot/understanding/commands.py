"""Chat command parsing: pure, no clock, no database.

A command is a command word at the start of the message (after any @mentions),
optionally prefixed with "/", followed by a ticket reference (#12, ＃12, 12号单,
工单12) and, for commands that take one, free text. A "/word" that is no
command is reported as unknown; other text is not a command at all.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# word -> canonical name. Longer words first so 已办结 wins over 办结.
COMMAND_WORDS: dict[str, str] = {
    "收到": "ack", "接单": "ack", "签收": "ack",
    "已办结": "resolve", "办结": "resolve",
    "查询": "query", "查单": "query",
    "帮助": "help", "help": "help",
    "通知列表": "notice_list", "取消通知": "notice_cancel", "通知": "notice",
    "转交": "transfer", "退回": "return", "改色": "recolor",
    "待办": "todo", "统计": "stats",
    "网格员": "whois", "找谁": "whois",
    "评价": "rate", "没修好": "reopen",
}
# commands whose text after the ticket number is kept as an argument
TAKES_TEXT = {"resolve", "transfer", "return", "recolor", "rate", "reopen", "notice", "notice_cancel"}
# commands that take only one of a few words after them ("统计一下人数" is no command)
ARG_WORDS = {"stats": {"今天", "今日", "本周", "这周", "本星期"}}
# a bare 1/2/3 may answer the rating question (the handler decides whether it does)
RATING_REPLIES = {"1": 1, "2": 2, "3": 3, "１": 1, "２": 2, "３": 3}
# commands that may be followed by nothing but a ticket reference
# #12 / ＃12 / 12号单 / 工单12 — never a bare "2单": "2单元" is a unit
_TICKET_REF = re.compile(r"(?:[#＃]\s*(\d{1,9})|(\d{1,9})\s*号单|工单\s*[#＃]?\s*(\d{1,9}))")
_LEADING_MENTIONS = re.compile(r"^(?:\s*@\S+\s*)+")
_PUNCT = " \t\r\n,，.。!！:：;；、~～"


@dataclass(frozen=True, slots=True)
class Command:
    name: str                   # canonical name, or "unknown"
    word: str                   # as written
    ticket_no: int | None = None    # written in the command itself
    args: str = ""
    slash: bool = False         # written as /word
    quoted_no: int | None = None  # named by the quoted message (e.g. the bot's ticket reply)

    @property
    def ref(self) -> int | None:
        """The ticket the command names: its own number, else the quoted message's."""
        return self.ticket_no if self.ticket_no is not None else self.quoted_no


def strip_mentions(text: str) -> str:
    return _LEADING_MENTIONS.sub("", text, count=1).strip()


def ticket_ref(text: str | None) -> int | None:
    """The first ticket number referenced in a text (e.g. the bot's quoted message)."""
    if not text:
        return None
    m = _TICKET_REF.search(text)
    if not m:
        return None
    return int(next(g for g in m.groups() if g))


def parse_command(text: str, quote_text: str | None = None, words: dict[str, str] | None = None) -> Command | None:
    words = words or COMMAND_WORDS
    body = strip_mentions(text)
    slash = body.startswith("/") or body.startswith("／")
    if slash:
        body = body[1:].lstrip()
    if body.strip(_PUNCT) in RATING_REPLIES and not slash:
        return Command("rate_reply", body.strip(_PUNCT), args=body.strip(_PUNCT))
    word = next((w for w in sorted(words, key=len, reverse=True) if body.lower().startswith(w)), None)
    if word is None:
        if slash:
            first = re.split(r"[\s#＃]", body, maxsplit=1)[0][:20]
            return Command("unknown", first or "/", slash=True)
        return None
    name = words[word]
    rest = body[len(word):].strip(_PUNCT)
    no = None
    m = _TICKET_REF.match(rest)
    if m:
        no = int(next(g for g in m.groups() if g))
        rest = rest[m.end():].strip(_PUNCT)
    quoted = ticket_ref(quote_text)
    if rest and name in ARG_WORDS and rest in ARG_WORDS[name]:
        return Command(name, word, no, rest, slash, quoted)
    if rest and name not in TAKES_TEXT:
        # "查询一下社保怎么交" is a question, not the 查询 command
        return Command("unknown", word, no, rest, slash, quoted) if slash else None
    return Command(name, word, no, rest, slash, quoted)
