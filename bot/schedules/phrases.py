"""Time phrases at the start of a chat notice: pure, given `now` and the time zone.

One-off:   明天8:00 · 今天 18:30 · 后天下午3点 · 11月30日 9:00 · 2026-12-01 7:30 · 周五 9:00 · 9:00
Recurring: 每天 7:30 · 每周一 9:00 · 每星期五 18:00 · 每月1日 9:00
A range end (明天8:00-12:00) is kept in the text ("8:00-12:00 停水"); the notice goes out at its start.
Chinese numerals (十一月三十日, 八点半) are read with cn2an.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import cn2an

from bot.clock import from_local, to_local
from bot.textnorm import ascii_digits

_N = r"[0-9０-９]+|[零〇一二两三四五六七八九十]+"
_PART = r"(?P<part>凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|今晚|早|晚)?"
_TIME = (_PART + r"\s*(?P<h>" + _N + r")\s*(?:[:：](?P<m>[0-9]{2})|点\s*(?:(?P<half>半)|(?P<pm>" + _N + r")\s*分?)?)")
_END = r"(?:\s*(?:-|－|~|～|至|到)\s*(?P<eh>[0-9]{1,2})[:：](?P<em>[0-9]{2}))?"
_WD = "一二三四五六日天"
_RECUR = re.compile(r"^\s*(?:(?P<daily>每天|每日)|每(?:周|星期|礼拜)(?P<wd>[" + _WD + r"1-7])"
                    r"|每月\s*(?P<md>" + _N + r")\s*[日号])\s*" + _TIME + _END)
_DATE = (r"(?:(?P<rel>大后天|后天|明天|明日|今天|今日|今晚)"
         r"|(?:(?P<y>[0-9]{4})\s*[年\-/.])?\s*(?P<mo>" + _N + r")\s*(?:月|-|/|\.)\s*(?P<d>" + _N + r")\s*[日号]?"
         r"|(?P<next>下)?(?:周|星期|礼拜)(?P<wd1>[" + _WD + r"]))")
_ONCE = re.compile(r"^\s*(?:" + _DATE + r")?\s*" + _TIME + _END)
_DATE_ONLY = re.compile(r"^\s*" + _DATE)
_REL_DAYS = {"今天": 0, "今日": 0, "今晚": 0, "明天": 1, "明日": 1, "后天": 2, "大后天": 3}
_CRON_DOW = {"一": "mon", "二": "tue", "三": "wed", "四": "thu", "五": "fri", "六": "sat", "日": "sun",
             "天": "sun", "1": "mon", "2": "tue", "3": "wed", "4": "thu", "5": "fri", "6": "sat", "7": "sun"}
_PY_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}


class PhraseError(ValueError):
    """A time phrase that was started but cannot be read (reason is a key into texts)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class When:
    kind: str                    # at / cron
    rest: str                    # the notice text after the phrase
    at: datetime | None = None   # aware UTC, for "at"
    cron: str | None = None      # standard crontab, for "cron"


def _num(s: str) -> int:
    s = ascii_digits(s)
    return int(s) if s.isdigit() else int(cn2an.cn2an(s, "smart"))


def _clock(m: re.Match[str]) -> tuple[int, int]:
    h = _num(m["h"])
    minute = int(m["m"]) if m["m"] else 30 if m["half"] else _num(m["pm"]) if m["pm"] else 0
    part = m["part"] or (m["rel"] if "rel" in m.re.groupindex and m["rel"] == "今晚" else None)
    if part in ("下午", "傍晚", "晚上", "今晚", "晚") and 1 <= h < 12:
        h += 12
    elif part == "中午" and h < 6:
        h += 12
    if not (0 <= h <= 23 and 0 <= minute <= 59):
        raise PhraseError("bad_time")
    return h, minute


def _rest(text: str, m: re.Match[str], h: int, minute: int) -> str:
    rest = text[m.end():].strip(" \t，,：:")
    if m["eh"]:
        rest = f"{h}:{minute:02d}-{int(m['eh'])}:{m['em']} {rest}".strip()
    return rest


def parse_when(text: str, now: datetime, tz: ZoneInfo) -> When | None:
    """The time phrase leading `text`, or None when it starts with none."""
    m = _RECUR.match(text)
    if m:
        h, minute = _clock(m)
        if m["daily"]:
            cron = f"{minute} {h} * * *"
        elif m["wd"]:
            cron = f"{minute} {h} * * {_CRON_DOW[m['wd']]}"
        else:
            day = _num(m["md"])
            if not 1 <= day <= 31:
                raise PhraseError("bad_date")
            cron = f"{minute} {h} {day} * *"
        return When("cron", _rest(text, m, h, minute), cron=cron)
    m = _ONCE.match(text)
    if not m:
        if _DATE_ONLY.match(text):
            raise PhraseError("no_time")
        return None
    h, minute = _clock(m)
    today = to_local(now, tz).date()
    if m["rel"]:
        day = today + timedelta(days=_REL_DAYS[m["rel"]])
    elif m["mo"]:
        year = int(m["y"]) if m["y"] else today.year
        try:
            day = date(year, _num(m["mo"]), _num(m["d"]))
        except ValueError:
            raise PhraseError("bad_date") from None
        if not m["y"] and day < today:
            day = day.replace(year=year + 1)   # "1月5日" said in December means next January
    elif m["wd1"]:
        wd = _PY_WD[m["wd1"]]
        if m["next"]:   # 下周一: Monday of next calendar week
            day = today + timedelta(days=7 - today.weekday() + wd)
        else:           # 周五: the next such day, today included
            day = today + timedelta(days=(wd - today.weekday()) % 7)
    else:
        day = today
    at = from_local(datetime.combine(day, time(h, minute)), tz)
    return When("at", _rest(text, m, h, minute), at=at)
