"""WeCom pieces without a server: text splitting, @-stripping, config checks."""
from __future__ import annotations

import pytest

from bot.adapters.wecom_api import classify, split_text
from bot.adapters.wecom_bot import WecomBotAdapter
from bot.adapters.wecom_api import WecomApi
from bot.adapters.wecom_base import RobotPacing
from bot.services.directory import Directory
from bot.settings import ConfigError, parse_settings, secret_problems
from tests.support import community
from tests.wecom_fake import wecom_config


def test_split_keeps_every_character_and_respects_the_byte_limit():
    text = "灯" * 1500   # 4500 bytes, no line breaks: cut between characters
    parts = split_text(text)
    assert "".join(parts) == text
    assert [len(p.encode()) for p in parts] == [2046, 2046, 408]
    assert split_text("短消息") == ["短消息"]


def test_split_prefers_line_breaks():
    lines = [f"第{i}条：" + "水" * 40 for i in range(30)]
    parts = split_text("\n".join(lines))
    assert all(p.endswith("水") for p in parts)
    assert "\n".join(parts).split("\n") == lines


def test_error_kinds():
    assert classify(81013, "user invalid", "message/send").permanent
    assert classify(45009, "freq", "webhook/send").retry_after == 60
    assert not classify(-1, "busy", "message/send").permanent
    bad_secret = classify(40001, "invalid credential", "gettoken")
    assert not bad_secret.permanent and bad_secret.retry_after == 300   # fixable: never park


@pytest.mark.parametrize(("names", "text", "expected"), [
    (["邻里助手"], "@邻里助手 3号楼灯坏了", "3号楼灯坏了"),
    (["邻里助手"], "@张三 @邻里助手\u20053号楼灯坏了", "@张三 3号楼灯坏了"),
    ([], "@邻里 3号楼灯坏了 @张三", "3号楼灯坏了 @张三"),
    ([], "3号楼灯坏了", "3号楼灯坏了"),
])
def test_strip_own_mention(names, text, expected):
    adapter = WecomBotAdapter(None, WecomApi("http://x"), {}, RobotPacing(), names)
    assert adapter.strip_self(text) == expected


def test_chats_must_exist_and_name_a_configured_platform():
    data = community(**wecom_config("http://127.0.0.1:1"))
    data["chats"] = {**data["chats"], "b404": {"robot_key_env": "X"}, "b5": {"platform": "dingtalk"}}
    with pytest.raises(ConfigError) as e:
        parse_settings(data)
    paths = [p for p, _ in e.value.problems]
    assert paths == ["chats.b404", "chats.b5.platform"]


def test_platform_for_chat_and_missing_secrets(monkeypatch):
    s = parse_settings(community(**wecom_config("http://127.0.0.1:1")))
    d = Directory(s)
    assert d.platform_for_chat("office") == "wecom"
    assert d.platform_for_chat("b5") == d.default_platform == "wecom"
    monkeypatch.delenv("LINLI_TEST_WECOM_AES", raising=False)
    monkeypatch.setenv("LINLI_TEST_WECOM_SECRET", "s")
    monkeypatch.setenv("LINLI_TEST_WECOM_BOT_AES", "too-short")
    monkeypatch.setenv("LINLI_TEST_ROBOT_B3", "k")
    monkeypatch.delenv("LINLI_TEST_ROBOT_B9", raising=False)
    problems = dict(secret_problems(s))
    assert set(problems) == {"platforms.wecom.aes_key_env", "platforms.wecom_bot.aes_key_env",
                             "chats.b9.robot_key_env"}
    assert "43-character" in problems["platforms.wecom_bot.aes_key_env"]
