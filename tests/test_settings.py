"""check-config: a good file passes; a bad one names the key path and the fix, never a traceback."""
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bot.settings import ConfigError, load_settings, parse_settings
from tests.support import community

ROOT = Path(__file__).resolve().parent.parent


def check_config(path: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base = {"PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, str(ROOT / "run_bot.py"), "check-config", "--config", str(path)],
                          capture_output=True, text=True, env={**base, **(env or {})}, cwd=ROOT, timeout=60)


def problems_of(data: dict) -> list[tuple[str, str]]:
    with pytest.raises(ConfigError) as e:
        parse_settings(data)
    return e.value.problems


def test_shipped_config_and_eval_community_load_unchanged():
    s = load_settings(ROOT / "config.yaml")
    assert s.community.name and s.sla["red"].ack == 10
    ev = ROOT.parent / "shared" / "eval" / "community.yaml"
    if ev.exists():
        assert len(load_settings(ev).grids) == 3


def test_defaults_fill_everything_but_the_community():
    s = parse_settings(community())
    assert s.timezone == "Asia/Shanghai" and s.database.startswith("sqlite")
    assert (s.server.host, s.server.port) == ("127.0.0.1", 8080)
    assert s.sla["blue"].resolve == 10080
    assert s.platforms.generic is not None


def test_chat_used_by_two_buildings_is_named():
    data = community()
    data["grids"][0]["buildings"][1]["chat"] = "b3"
    [(path, fix)] = problems_of(data)
    assert path == "grids[0].buildings[1].chat" and "b3" in fix and "grids[0].buildings[0].chat" in fix


def test_leader_not_in_people_is_named():
    data = community()
    data["grids"][0]["buildings"][0]["leader"] = "ghost"
    [(path, fix)] = problems_of(data)
    assert path == "grids[0].buildings[0].leader" and "ghost" in fix and "people" in fix


def test_bad_colour_in_sla_is_named():
    data = community(sla={"purple": {"ack": 1, "resolve": 2}})
    [(path, fix)] = problems_of(data)
    assert path.startswith("sla") and "red, orange, yellow, blue" in fix


def test_missing_section_and_unknown_key():
    data = community(colour="red")
    del data["people"]
    paths = dict(problems_of(data))
    assert "people" in paths and "colour" in paths


def test_check_config_cli_reports_missing_secret_without_traceback(tmp_path):
    cfg = tmp_path / "c.yaml"
    cfg.write_text(yaml.safe_dump(community(platforms={"generic": {"secret_env": "MY_SECRET"}}), allow_unicode=True))
    bad = check_config(cfg)
    assert bad.returncode == 2
    assert "platforms.generic.secret_env" in bad.stderr and "MY_SECRET" in bad.stderr
    assert "Traceback" not in bad.stderr
    good = check_config(cfg, {"MY_SECRET": "s3cret"})
    assert good.returncode == 0 and "OK" in good.stdout


def test_check_config_cli_on_broken_yaml_and_missing_file(tmp_path):
    cfg = tmp_path / "c.yaml"
    cfg.write_text("community: [unclosed\n")
    r = check_config(cfg)
    assert r.returncode == 2 and "YAML" in r.stderr and "Traceback" not in r.stderr
    r = check_config(tmp_path / "nope.yaml")
    assert r.returncode == 2 and "cannot be read" in r.stderr
