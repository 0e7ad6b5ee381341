"""Operations: /healthz, /metrics, flood limits, secrets kept out of logs and out of the file."""
from __future__ import annotations

import io
import logging
import subprocess
import sys

from bot.logs import JsonFormatter, known_secrets
from bot.settings import inline_secret_warnings, parse_settings
from tests.procs import ROOT
from tests.support import SECRET, community, make_settings, message, post


async def test_healthz_reports_database_and_outbox(bot):
    bot.platform.fail_with = 503
    assert (await post(bot.client, message("b3", "r1", "2单元电梯坏了，停在6楼"))).status == 200
    await bot.platform.wait_for(lambda s: True, 0.1)
    for _ in range(50):
        body = await (await bot.client.get("/healthz")).json()
        if body["outbox_backlog"]:
            break
        await __import__("asyncio").sleep(0.1)
    assert body["ok"] is True and body["database"] == "ok"
    assert body["outbox_backlog"] >= 1 and body["oldest_undelivered_s"] is not None


async def test_metrics_count_messages_tickets_and_failures(bot):
    bot.platform.fail_with = 400
    assert (await post(bot.client, message("b3", "r1", "2单元电梯坏了，停在6楼"))).status == 200
    for _ in range(50):
        text = await (await bot.client.get("/metrics")).text()
        if "linli_delivery_failures_total" in text and 'permanent="true"' in text:
            break
        await __import__("asyncio").sleep(0.1)
    assert 'linli_messages_in_total{duplicate="false",platform="generic"} 1.0' in text
    assert 'linli_tickets_filed_total{color=' in text
    assert 'linli_tickets{color=' in text and "linli_outbox_parked" in text
    assert 'linli_delivery_failures_total{permanent="true"}' in text
    assert "linli_handler_seconds_bucket" in text


async def test_one_sender_flooding_gets_one_notice_and_few_tickets(bot_factory):
    bot = await bot_factory(limits={"per_sender_per_minute": 5, "per_chat_per_minute": 1000})
    for i in range(30):
        resp = await post(bot.client, message("b3", "flooder", f"{i % 6 + 1}单元{i % 17 + 1}楼楼道灯不亮了 {i}"))
        assert resp.status == 200
    await bot.platform.wait_count(1)
    await __import__("asyncio").sleep(1.0)
    assert len(bot.tickets()) <= 5
    notices = [m for m in bot.platform.to_chat("b3") if "频繁" in m["text"]]
    assert len(notices) == 1 and notices[0]["mentions"] == ["flooder"]
    assert len(bot.platform.to_chat("b3")) <= 6  # at most the budget's replies and one notice


async def test_a_flooded_chat_is_not_spammed_by_the_bot(bot_factory):
    bot = await bot_factory(limits={"per_sender_per_minute": 1000, "per_chat_per_minute": 4})
    for i in range(20):
        await post(bot.client, message("b5", f"r{i}", f"{i % 6 + 1}单元{i % 17 + 1}楼水管漏水了"))
    await bot.platform.wait_count(1)
    await __import__("asyncio").sleep(1.0)
    assert len(bot.platform.to_chat("b5")) <= 5
    assert sum("消息过多" in m["text"] for m in bot.platform.to_chat("b5")) == 1


def test_check_config_warns_about_inline_secrets():
    s = parse_settings(community(database="postgresql://linli:hunter22@db/linli",
                                 platforms={"generic": {"secret_env": "X"},
                                            "wecom": {"corp_id": "ww1", "agent_id": 1, "token": "t"}}))
    paths = [p for p, _ in inline_secret_warnings(s)]
    assert paths == ["database"]
    with_secret = parse_settings(community(platforms={"generic": {"secret_env": "X"}},
                                           understanding={"not_request": ["x"]}))
    assert inline_secret_warnings(with_secret) == []
    clean = parse_settings(community(platforms={"generic": {"secret_env": "X"}}))
    assert inline_secret_warnings(clean) == []


def test_check_config_command_prints_the_warning(tmp_path, monkeypatch):
    import yaml
    cfg = tmp_path / "c.yaml"
    cfg.write_text(yaml.safe_dump(community(database="postgresql://linli:hunter22@db/linli",
                                            platforms={"generic": {"secret_env": "LINLI_X"}})), encoding="utf-8")
    out = subprocess.run([sys.executable, "run_bot.py", "check-config", "--config", str(cfg)], cwd=ROOT,
                         capture_output=True, text=True, timeout=60, env={"LINLI_X": "s3cret-value", "PATH": "/usr/bin"})
    assert "warning" in out.stderr and "database" in out.stderr and "hunter22" not in out.stderr
    assert out.returncode == 0


def test_secrets_never_reach_the_log(db_url):
    settings = make_settings(db_url, "http://127.0.0.1:9/send")
    buf = io.StringIO()
    handler = logging.StreamHandler(buf)
    handler.setFormatter(JsonFormatter(known_secrets(settings)))
    log = logging.getLogger("linli.test.secrets")
    log.addHandler(handler)
    try:
        log.error("send failed for %s", f"https://x/send?key={SECRET}", extra={"url": f"key={SECRET}"})
    finally:
        log.removeHandler(handler)
    line = buf.getvalue()
    assert SECRET not in line and "***" in line
