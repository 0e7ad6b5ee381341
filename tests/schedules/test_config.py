"""schedules: in config.yaml is checked by check-config: key path and how to fix."""
import yaml

from bot.cli import main
from tests.support import SECRET_ENV, community


def write(tmp_path, **extra):  # type: ignore[no-untyped-def]
    data = community(platforms={"generic": {"secret_env": SECRET_ENV}}, **extra)
    p = tmp_path / "config.yaml"
    p.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return str(p)


def test_good_schedules_pass(tmp_path, capsys):
    path = write(tmp_path, schedules=[
        {"name": "垃圾分类提醒", "cron": "0 9 * * 1", "to": ["b3", "grid:g1", "person:l3"],
         "text": "今天{weekday}，请{building}的居民按时分类投放垃圾", "start": "2026-12-01"},
        {"name": "防诈骗", "every": 1440, "to": ["all"], "text": "{date} 谨防电信诈骗，{chief}提醒您"}],
        digests={"morning": "07:30", "weekly": {"weekday": 5, "time": "17:00"}})
    assert main(["check-config", "--config", path]) == 0
    assert "OK" in capsys.readouterr().out


def test_unknown_placeholder_target_and_bad_cron_fail_with_key_paths(tmp_path, capsys):
    path = write(tmp_path, schedules=[
        {"name": "a", "cron": "0 25 * * 1", "to": ["b3", "b99", "grid:g7"], "text": "{date}{楼号}"},
        {"name": "b", "every": 30, "cron": "0 9 * * *", "to": ["b3"], "text": "x"}])
    assert main(["check-config", "--config", path]) == 2
    err = capsys.readouterr().err
    assert "schedules[1]" in err and "exactly one of cron: or every:" in err


def test_cross_checks_name_each_bad_key(tmp_path, capsys):
    path = write(tmp_path, schedules=[
        {"name": "a", "cron": "0 25 * * 1", "to": ["b3", "b99", "grid:g7"], "text": "{date}{楼号}"}])
    assert main(["check-config", "--config", path]) == 2
    err = capsys.readouterr().err
    assert "schedules[0].cron" in err
    assert "schedules[0].to[1]: 'b99' is not a known target" in err
    assert "schedules[0].to[2]: 'grid:g7'" in err
    assert "schedules[0].text: unknown placeholder {楼号}" in err


def test_bad_digest_time(tmp_path, capsys):
    path = write(tmp_path, digests={"morning": "8点"})
    assert main(["check-config", "--config", path]) == 2
    assert "digests.morning" in capsys.readouterr().err
