"""The escalation policy as pure functions: no database, no clock but `now`."""
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.escalation.policy import Clocks, add_minutes, after_quiet_hours, next_step
from bot.settings import Escalation

TZ = ZoneInfo("Asia/Shanghai")
CFG = Escalation()


def local(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=TZ).astimezone(UTC)


def clocks(**kw) -> Clocks:  # type: ignore[no-untyped-def]
    base = dict(state="open", color="yellow", chain_len=3, holder_level=0, ack_minutes=60,
                ack_due_at=local(24, 11), resolve_due_at=local(24, 20))
    base.update(kw)
    return Clocks(**base)  # type: ignore[arg-type]


def test_quiet_hours_move_non_red_to_morning_and_leave_red_alone():
    assert after_quiet_hours(local(24, 23, 30), "yellow", CFG, TZ) == local(25, 7)
    assert after_quiet_hours(local(25, 3), "orange", CFG, TZ) == local(25, 7)
    assert after_quiet_hours(local(25, 7), "blue", CFG, TZ) == local(25, 7)
    assert after_quiet_hours(local(24, 21, 59), "yellow", CFG, TZ) == local(24, 21, 59)
    assert after_quiet_hours(local(24, 23, 30), "red", CFG, TZ) == local(24, 23, 30)
    assert after_quiet_hours(local(24, 23), "yellow", Escalation(quiet_hours=None), TZ) == local(24, 23)


def test_working_hours_only_for_configured_colours():
    cfg = Escalation(working_hours={"colors": ["blue"]})
    friday_5pm = local(27, 17)
    assert add_minutes(friday_5pm, 120, "blue", cfg, TZ) == local(30, 10)     # Mon 10:00
    assert add_minutes(friday_5pm, 120, "yellow", cfg, TZ) == local(27, 19)   # wall clock
    assert add_minutes(local(28, 12), 30, "blue", cfg, TZ) == local(30, 9, 30)  # Saturday counts nothing


def test_unacknowledged_climbs_one_level_per_step_until_the_top():
    step = next_step(clocks(), CFG, TZ)
    assert step is not None and (step.kind, step.level, step.due) == ("escalate", 1, local(24, 11))
    top = next_step(clocks(holder_level=2, ack_due_at=None), CFG, TZ)
    assert top is not None and (top.kind, top.due) == ("overdue", local(24, 20))


def test_escalation_due_in_quiet_hours_waits_unless_red():
    late = local(26, 12)
    c = clocks(ack_due_at=local(24, 23), resolve_due_at=late)
    assert next_step(c, CFG, TZ).due == local(25, 7)  # type: ignore[union-attr]
    red = clocks(ack_due_at=local(24, 23), resolve_due_at=late, color="red")
    assert next_step(red, CFG, TZ).due == local(24, 23)  # type: ignore[union-attr]


def test_overdue_repeats_then_climbs_then_stops_at_the_cap():
    cfg = Escalation(overdue_max_per_level=2)
    c = clocks(state="acknowledged", ack_due_at=None, resolve_due_at=local(24, 12))
    first = next_step(c, cfg, TZ)
    assert first is not None and (first.kind, first.level, first.due) == ("overdue", 1, local(24, 12))
    again = next_step(clocks(state="acknowledged", ack_due_at=None, overdue_level=1, overdue_count=1,
                             last_notice_at=local(24, 12)), cfg, TZ)
    assert again is not None and (again.level, again.due) == (1, local(24, 13))  # every ack interval
    up = next_step(clocks(state="acknowledged", ack_due_at=None, overdue_level=1, overdue_count=2,
                          last_notice_at=local(24, 13)), cfg, TZ)
    assert up is not None and up.level == 2
    assert next_step(clocks(state="acknowledged", ack_due_at=None, overdue_level=2, overdue_count=2,
                            last_notice_at=local(24, 14)), cfg, TZ) is None


def test_resolved_closes_after_configured_days_and_other_states_have_no_clock():
    r = next_step(clocks(state="resolved", resolved_at=local(24, 12)), CFG, TZ)
    assert r is not None and (r.kind, r.due) == ("close", local(24, 12) + timedelta(days=3))
    assert next_step(clocks(state="closed"), CFG, TZ) is None
    assert next_step(clocks(state="returned"), CFG, TZ) is None
