"""Hostile input: every parser gives a clear error or a normal answer, never a crash or a hang.

Property tests (hypothesis) over random bytes, huge numbers, deep JSON, control and
zero-width characters, emoji and 64 KiB of text; the webhook is driven over real HTTP."""
from __future__ import annotations

import json
import time

import yaml
from hypothesis import HealthCheck, given, settings, strategies as st

from bot.adapters.generic import MAX_BODY, BadPayload, parse_payload
from bot.settings import ConfigError, load_settings, parse_settings
from bot.understanding import Context, classify
from bot.understanding.commands import parse_command
from bot.understanding.location import parse_location
from tests.support import community, message, post

NASTY_CHARS = st.sampled_from(["\u200b", "\u200d", "\ufeff", "\u202e", "\x00", "\x1b", "\r", "\n", "\t",
                               "👨‍👩‍👧", "🔥", "＃", "#", "号", "单", "楼", "单元", "@", "收到", "办结", "\ud7ff",
                               "9" * 40, "-1", "１２", "十二", "三百万", "漏水", "电梯"])
NASTY_TEXT = st.lists(st.one_of(st.text(max_size=20), NASTY_CHARS), max_size=40).map("".join)
BIG = st.sampled_from(["楼" * 65536, "1" * 65536, "#" + "9" * 5000, "电梯坏了" * 16000, "\u200b" * 65536,
                       "单元" * 30000 + "3", "@a " * 20000])
JSONISH = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(),
                       lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids, max_size=4),
                       max_leaves=20)
QUICK = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _bounded(fn, *args):  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    out = fn(*args)
    assert time.perf_counter() - t < 2.0, "no input may take seconds"
    return out


@QUICK
@given(st.one_of(NASTY_TEXT, BIG), st.one_of(st.none(), NASTY_TEXT))
def test_parse_command_never_crashes(text, quote):
    cmd = _bounded(parse_command, text, quote)
    assert cmd is None or isinstance(cmd.name, str)


@QUICK
@given(st.one_of(NASTY_TEXT, BIG))
def test_parse_location_never_crashes(text):
    _bounded(parse_location, text)


@QUICK
@given(st.one_of(NASTY_TEXT, BIG), st.sampled_from(["resident", "leader", "staff"]))
def test_classify_never_crashes(text, role):
    u = _bounded(classify, text, Context(sender_role=role, chat_building="3", known_buildings=frozenset({"3", "5"})))
    assert u.color in (None, "red", "orange", "yellow", "blue")


@QUICK
@given(st.one_of(st.binary(max_size=300), JSONISH.map(lambda v: json.dumps(v).encode()),
                 st.integers(1, 100_000).map(lambda n: b"[" * n + b"]" * n),
                 st.integers(1, 100_000).map(lambda n: b'{"a":' * n + b"1" + b"}" * n),
                 st.builds(lambda t, ts: json.dumps({"msg_id": "m", "chat_id": "b3", "sender_id": "r", "text": t,
                                                     "ts": ts}).encode(),
                           st.one_of(NASTY_TEXT, BIG), st.one_of(st.integers(-2**70, 2**70), st.floats(), st.text()))))
def test_parse_payload_gives_a_message_or_a_reason(body):
    try:
        msg = _bounded(parse_payload, body)
    except BadPayload as e:
        assert str(e)
    else:
        assert msg.msg_id and msg.sender_id


@QUICK
@given(JSONISH)
def test_parse_settings_gives_settings_or_config_error(data):
    try:
        parse_settings(data)
    except ConfigError as e:
        assert e.problems


@QUICK
@given(st.sampled_from(["community", "people", "grids", "sla", "server", "limits", "timezone", "platforms"]),
       JSONISH)
def test_a_bad_section_in_a_good_config_is_a_config_error(key, value):
    try:
        parse_settings(community(**{key: value}))
    except ConfigError as e:
        assert e.problems and all(isinstance(p, str) for p, _ in e.problems)


@settings(max_examples=60, deadline=None)
@given(st.one_of(st.binary(max_size=500), st.text(max_size=300).map(str.encode),
                 st.just(b"a: &a [" + b"*a," * 50 + b"]"), st.just(b"!!python/object:os.system {}"),
                 st.just(b"a: " + b"[" * 5000)))
def test_load_settings_of_any_file_is_a_config_error(tmp_path_factory, raw):
    p = tmp_path_factory.mktemp("cfg") / "c.yaml"
    p.write_bytes(raw)
    try:
        load_settings(p)
    except ConfigError as e:
        assert e.problems


HOSTILE_BODIES = [
    b"\x00\xff\xfe" * 100, b"[" * 60000 + b"]" * 60000 + b" ", b'{"a":' * 10000 + b"1" + b"}" * 10000,
    json.dumps(message("b3", "r1", "楼" * 20000 + "\u200b" * 1000 + "🔥" * 500)).encode(),
    json.dumps(message("b3", "r1", "1" * 60000)).encode(),
    json.dumps(message("b3", "r1", "电梯坏了", ts=2**80)).encode(),
    json.dumps(message("b3", "r1", "电梯坏了", ts=1.5e308)).encode(),
    json.dumps(message("b3", "r1", "电梯坏了", mentions=[{"x": 1}])).encode(),
    json.dumps(message("b3" * 100, "r1", "电梯坏了")).encode(),
    json.dumps(message("b3", "r1\u0000\u202e", "收到 #999999999999999999999")).encode(),
    json.dumps(message(None, "r1", "办结 #" + "9" * 9 + " " + "备注" * 10000)).encode(),
    json.dumps({"msg_id": "q", "chat_id": "b3", "sender_id": "r", "text": "查询", "quote": {"msg_id": 5}}).encode(),
]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(extra=st.one_of(st.binary(max_size=2000), JSONISH.map(lambda v: json.dumps(v).encode()),
                       st.builds(lambda t: json.dumps(message("b3", "r9", t)).encode(), st.one_of(NASTY_TEXT, BIG))))
async def test_webhook_answers_hostile_bodies_with_a_clear_status(bot, extra):
    for body in HOSTILE_BODIES[:1] + [extra]:
        resp = await post(bot.client, body)
        assert resp.status in (200, 400, 413), await resp.text()
        assert "error" in await resp.json() or resp.status == 200


async def test_webhook_fixed_hostile_bodies_then_still_serves(bot):
    for body in HOSTILE_BODIES:
        resp = await post(bot.client, body)
        assert resp.status in (200, 400, 413), (body[:80], await resp.text())
    resp = await post(bot.client, message("b3", "r1", "3单元电梯坏了，停在6楼"))
    assert resp.status == 200
    await bot.platform.wait_for(lambda sent: any("已受理" in m["text"] for m in sent), 15)
    big = b"x" * (MAX_BODY + 1)
    assert (await post(bot.client, big)).status == 413


def test_yaml_bomb_is_refused_without_expanding(tmp_path):
    bomb = "a: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
        f"{c}: &{c} [{','.join(['*' + p] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi"))
    p = tmp_path / "bomb.yaml"
    p.write_text(bomb)
    t = time.perf_counter()
    try:
        load_settings(p)
    except ConfigError:
        pass
    assert time.perf_counter() - t < 5
    assert yaml  # the loader is yaml.safe_load: no object construction
