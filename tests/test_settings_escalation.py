"""The escalation, units and privacy config sections: defaults and key-path errors."""
import pytest

from bot.settings import ConfigError, parse_settings
from tests.support import community


def test_defaults():
    s = parse_settings(community())
    assert (s.escalation.quiet_hours.start, s.escalation.quiet_hours.end) == ("22:00", "07:00")  # type: ignore[union-attr]
    assert s.escalation.overdue_max_per_level == 3 and s.escalation.auto_close_days == 3
    assert s.privacy.private_categories == ["dispute", "care"] and s.units == {}


def test_bad_values_name_their_key_paths():
    with pytest.raises(ConfigError) as e:
        parse_settings(community(escalation={"quiet_hours": {"start": "25:00"}},
                                 units={"wuye": {"name": "物业", "people": ["nobody"]}}))
    paths = [p for p, _ in e.value.problems]
    assert "escalation.quiet_hours.start" in paths
    with pytest.raises(ConfigError) as e:
        parse_settings(community(units={"wuye": {"name": "物业", "people": ["nobody"]}}))
    assert [p for p, _ in e.value.problems] == ["units.wuye.people[0]"]
