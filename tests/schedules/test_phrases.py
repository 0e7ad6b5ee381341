"""Chat time phrases: what time a notice goes out, read in the community's time zone."""
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.schedules.phrases import PhraseError, parse_when

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # Tuesday 10:00 in Shanghai


def local(text: str) -> str:
    w = parse_when(text, NOW, TZ)
    assert w is not None and w.at is not None
    return w.at.astimezone(TZ).strftime("%Y-%m-%d %H:%M")


@pytest.mark.parametrize("text,expected", [
    ("明天8:00 停水", "2026-11-25 08:00"),
    ("今天 18:30 开会", "2026-11-24 18:30"),
    ("后天下午3点 体检", "2026-11-26 15:00"),
    ("今晚8点 消防演练", "2026-11-24 20:00"),
    ("十一月三十日 九点半 演练", "2026-11-30 09:30"),
    ("11月30日 9:00 演练", "2026-11-30 09:00"),
    ("2026-12-01 7:30 抄表", "2026-12-01 07:30"),
    ("1月5日 9:00 年检", "2027-01-05 09:00"),      # a date already past this year means next year
    ("周五 9:00 大扫除", "2026-11-27 09:00"),
    ("下周一 9:00 大扫除", "2026-11-30 09:00"),
    ("11:00 取快递", "2026-11-24 11:00"),
])
def test_one_off_times(text: str, expected: str) -> None:
    assert local(text) == expected


def test_range_goes_out_at_its_start_and_keeps_the_range_in_the_text() -> None:
    w = parse_when("明天8:00-12:00 停水 请提前储水", NOW, TZ)
    assert w is not None and w.kind == "at"
    assert w.rest == "8:00-12:00 停水 请提前储水"
    assert local("明天8:00-12:00 停水") == "2026-11-25 08:00"


@pytest.mark.parametrize("text,cron,rest", [
    ("每周一 9:00 垃圾分类提醒", "0 9 * * mon", "垃圾分类提醒"),
    ("每星期五 18:00 清理楼道", "0 18 * * fri", "清理楼道"),
    ("每天 7:30 防诈骗提醒", "30 7 * * *", "防诈骗提醒"),
    ("每月1日 9:00 值班表", "0 9 1 * *", "值班表"),
    ("每月一号 早上8点 交水费", "0 8 1 * *", "交水费"),
])
def test_recurring(text: str, cron: str, rest: str) -> None:
    w = parse_when(text, NOW, TZ)
    assert w is not None and (w.kind, w.cron, w.rest) == ("cron", cron, rest)


def test_no_time_phrase_is_none() -> None:
    assert parse_when("停水 @3号楼", NOW, TZ) is None


@pytest.mark.parametrize("text,reason", [
    ("明天 停水", "no_time"), ("25:00 开会", "bad_time"), ("2月30日 9:00 开会", "bad_date"),
    ("每月32日 9:00 开会", "bad_date"),
])
def test_broken_phrases_say_why(text: str, reason: str) -> None:
    with pytest.raises(PhraseError) as e:
        parse_when(text, NOW, TZ)
    assert e.value.reason == reason
