"""Due times from crontab / every specs in the community time zone; placeholders."""
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.schedules.spec import Spec, fill, latest_due, next_due, unknown_placeholders

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # Tuesday 10:00 local


def test_crontab_weekday_1_is_monday_at_local_time() -> None:
    due = next_due(Spec("cron", cron="0 9 * * 1"), TZ, NOW)
    assert due is not None
    assert due.astimezone(TZ).strftime("%a %Y-%m-%d %H:%M") == "Mon 2026-11-30 09:00"
    assert due == datetime(2026, 11, 30, 1, 0, tzinfo=UTC)


@pytest.mark.parametrize("dow,day", [("0", "Sun"), ("7", "Sun"), ("5", "Fri"), ("sat", "Sat")])
def test_crontab_weekday_numbers(dow: str, day: str) -> None:
    due = next_due(Spec("cron", cron=f"30 7 * * {dow}"), TZ, NOW)
    assert due is not None and due.astimezone(TZ).strftime("%a %H:%M") == f"{day} 07:30"


def test_next_due_is_strictly_after() -> None:
    spec = Spec("cron", cron="*/15 * * * *")
    first = next_due(spec, TZ, NOW)
    assert first == NOW + timedelta(minutes=15)
    assert next_due(spec, TZ, first) == NOW + timedelta(minutes=30)


def test_every_counts_from_its_anchor_and_respects_end() -> None:
    spec = Spec("every", every_minutes=60, anchor=NOW, end=NOW + timedelta(hours=2))
    assert next_due(spec, TZ, NOW) == NOW + timedelta(hours=1)
    assert next_due(spec, TZ, NOW + timedelta(hours=1)) == NOW + timedelta(hours=2)
    assert next_due(spec, TZ, NOW + timedelta(hours=2)) is None


def test_start_date_holds_back_the_first_fire() -> None:
    start = datetime(2026, 11, 30, 16, 0, tzinfo=UTC)  # 2026-12-01 00:00 local
    due = next_due(Spec("cron", cron="0 9 * * *", start=start), TZ, NOW)
    assert due is not None and due.astimezone(TZ).strftime("%m-%d %H:%M") == "12-01 09:00"


def test_one_off() -> None:
    at = NOW + timedelta(hours=3)
    assert next_due(Spec("at", at=at), TZ, NOW) == at
    assert next_due(Spec("at", at=at), TZ, at) is None


def test_latest_due_counts_the_missed_ones() -> None:
    spec = Spec("every", every_minutes=10, anchor=NOW)
    last, skipped = latest_due(spec, TZ, NOW + timedelta(minutes=10), NOW + timedelta(minutes=45))
    assert (last, skipped) == (NOW + timedelta(minutes=40), 3)


def test_placeholders() -> None:
    assert unknown_placeholders("今天{weekday}，请{building}的居民{foo}") == ["foo"]
    assert fill("{date}{weekday}：{building}有{open_tickets}件", {"date": "11月30日", "weekday": "星期一",
                                                            "building": "3号楼", "open_tickets": "2"}) \
        == "11月30日星期一：3号楼有2件"


def test_braces_typed_in_a_chat_notice_stay_as_written():
    from bot.schedules.spec import fill
    assert fill("今天{weekday}，{重要}停水", {"weekday": "周一"}) == "今天周一，{重要}停水"
    assert fill("停水{ 通知", {"weekday": "周一"}) == "停水{ 通知"
