"""Checks across the settings that one field's validator cannot make (a chat in two
buildings, a leader not in people, a schedule naming an unknown grid) and the secrets
check `serve` and `check-config` run. Each problem is (key path, how to fix it)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.schedules.spec import PLACEHOLDERS, cron_trigger, unknown_placeholders

if TYPE_CHECKING:
    from bot.settings import Settings


def _cross_check(s: Settings) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    try:
        ZoneInfo(s.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        problems.append(("timezone", f"'{s.timezone}' is not an IANA time zone; use e.g. Asia/Shanghai"))
    people = s.people
    for i, sid in enumerate(s.community.staff):
        if sid not in people:
            problems.append((f"community.staff[{i}]", f"'{sid}' is not in people; add it under people:"))
    chat_owner: dict[str, str] = {}
    if s.community.chat:
        chat_owner[s.community.chat] = "community.chat"
    building_ids: dict[str, str] = {}
    grid_ids: set[str] = set()
    for gi, g in enumerate(s.grids):
        gp = f"grids[{gi}]"
        if g.id in grid_ids:
            problems.append((f"{gp}.id", f"grid id '{g.id}' is used twice; give each grid its own id"))
        grid_ids.add(g.id)
        if g.chief and g.chief not in people:
            problems.append((f"{gp}.chief", f"'{g.chief}' is not in people; add it under people: or remove the chief"))
        chats = [(f"{gp}.chats[{ci}]", c) for ci, c in enumerate(g.chats)]
        for bi, b in enumerate(g.buildings):
            bp = f"{gp}.buildings[{bi}]"
            if b.id in building_ids:
                problems.append((f"{bp}.id", f"building id '{b.id}' is also used at {building_ids[b.id]}; ids must be unique"))
            building_ids[b.id] = bp
            if b.leader and b.leader not in people:
                problems.append((f"{bp}.leader", f"'{b.leader}' is not in people; add it under people: or remove the leader"))
            if b.chat:
                chats.append((f"{bp}.chat", b.chat))
        for path, chat in chats:
            if chat in chat_owner:
                problems.append((path, f"chat '{chat}' is already used at {chat_owner[chat]}; each chat belongs to one place"))
            else:
                chat_owner[chat] = path
    platforms = {k for k, v in s.platforms.model_dump().items() if v}
    for chat, cs in s.chats.items():
        if chat not in chat_owner:
            problems.append((f"chats.{chat}", f"chat '{chat}' is not used by community.chat or any grid; remove it or fix its name"))
        if cs.platform and cs.platform not in platforms:
            problems.append((f"chats.{chat}.platform", f"'{cs.platform}' is not configured under platforms:"))
    for key, unit in s.units.items():
        for i, pid in enumerate(unit.people):
            if pid not in people:
                problems.append((f"units.{key}.people[{i}]", f"'{pid}' is not in people; add it under people:"))
        if not unit.people and not unit.chat:
            problems.append((f"units.{key}", "needs people: or chat: so a handed-over ticket reaches someone"))
    problems += _schedule_problems(s, building_ids, grid_ids, chat_owner)
    return problems


def _schedule_problems(s: Settings, building_ids: dict[str, str], grid_ids: set[str],
                       chats: dict[str, str]) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    names: set[str] = set()
    for i, sc in enumerate(s.schedules):
        p = f"schedules[{i}]"
        if sc.name in names:
            problems.append((f"{p}.name", f"'{sc.name}' is used twice; give each schedule its own name"))
        names.add(sc.name)
        if sc.cron is not None:
            try:
                cron_trigger(sc.cron, ZoneInfo("UTC"))
            except ValueError as e:
                problems.append((f"{p}.cron", f"'{sc.cron}' is not a crontab expression ({e}); "
                                              "use minute hour day month weekday, e.g. \"0 9 * * 1\""))
        if sc.start and sc.end and sc.end < sc.start:
            problems.append((f"{p}.end", "is before start; swap them or remove end"))
        try:
            bad = unknown_placeholders(sc.text)
        except ValueError:
            problems.append((f"{p}.text", "has an unmatched { or }; write {{ or }} for a literal brace"))
        else:
            for name in bad:
                problems.append((f"{p}.text", f"unknown placeholder {{{name}}}; use one of "
                                              + ", ".join("{" + x + "}" for x in PLACEHOLDERS)))
        for ti, t in enumerate(sc.to):
            kind, _, ref = t.partition(":") if ":" in t else ("", "", t)
            ok = {"grid": ref in grid_ids, "building": ref in building_ids, "person": ref in s.people,
                  "": t == "all" or t in chats}.get(kind, False)
            if not ok:
                problems.append((f"{p}.to[{ti}]", f"'{t}' is not a known target; use all, a chat id, "
                                                  "grid:<id>, building:<id> or person:<id>"))
    return problems


def secret_problems(s: Settings) -> list[tuple[str, str]]:
    """Secrets named by the config but absent from the environment (needed to serve)."""
    problems = []
    if s.platforms.generic and not s.secret(s.platforms.generic.secret_env):
        problems.append(("platforms.generic.secret_env",
                         f"environment variable {s.platforms.generic.secret_env} is not set; export it before serving"))
    env_keys: list[tuple[str, str]] = []
    if s.platforms.wecom:
        env_keys += [("platforms.wecom.secret_env", s.platforms.wecom.secret_env),
                     ("platforms.wecom.aes_key_env", s.platforms.wecom.aes_key_env)]
    if s.platforms.wecom_bot:
        env_keys.append(("platforms.wecom_bot.aes_key_env", s.platforms.wecom_bot.aes_key_env))
    env_keys += [(f"chats.{c}.robot_key_env", cs.robot_key_env) for c, cs in s.chats.items() if cs.robot_key_env]
    for path, env in env_keys:
        if not s.secret(env):
            problems.append((path, f"environment variable {env} is not set; export it before serving"))
    for path, env in env_keys:
        key = s.secret(env)
        if key and path.endswith("aes_key_env") and len(key) != 43:
            problems.append((path, f"{env} must be the 43-character EncodingAESKey from the WeCom admin console"))
    return problems


# (a WeCom callback `token` is configured inline by design: it only proves the callback's origin)
_SECRET_WORDS = ("secret", "password", "passwd", "aes_key", "encoding_aes_key", "api_key", "corpsecret")


def inline_secret_warnings(s: Settings) -> list[tuple[str, str]]:
    """Secrets written into the file itself (they belong in the environment, named by *_env)."""
    out: list[tuple[str, str]] = []
    if s.database_env is None and re.match(r"^[a-z+]+://[^/@:]*:[^/@]+@", s.database):
        out.append(("database", "holds a password; put the URL in an environment variable and name it "
                                "with database_env: instead"))

    def walk(node: Any, path: str) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                p = f"{path}.{k}" if path else str(k)
                key = str(k).lower()
                if isinstance(v, str) and v and not key.endswith("_env") and any(w in key for w in _SECRET_WORDS):
                    out.append((p, f"is a secret written in the file; set it in the environment and name the "
                                   f"variable with {k}_env: instead"))
                else:
                    walk(v, p)
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, f"{path}[{i}]")

    walk(s.model_dump(exclude={"database", "database_env"}), "")
    return out
