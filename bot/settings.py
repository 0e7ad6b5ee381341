"""The one settings model, loaded from config.yaml; secrets come from the environment.

`load_settings(path)` returns a validated `Settings` or raises `ConfigError`
whose message names every bad key path and how to fix it.
"""
from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from bot.schedules.spec import PLACEHOLDERS, cron_trigger, unknown_placeholders
from bot.understanding.config import UnderstandingConfig

COLORS: tuple[str, ...] = ("red", "orange", "yellow", "blue")
Color = Literal["red", "orange", "yellow", "blue"]
Role = Literal["resident", "leader", "chief", "staff"]


class ConfigError(Exception):
    """A config file that cannot be used; `problems` are (key path, what to fix)."""

    def __init__(self, source: str, problems: list[tuple[str, str]]):
        self.source = source
        self.problems = problems
        lines = [f"{source}: {len(problems)} problem(s)"]
        lines += [f"  {path}: {fix}" for path, fix in problems]
        super().__init__("\n".join(lines))


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Server(_Model):
    host: str = "127.0.0.1"
    port: int = Field(8080, ge=1, le=65535)


class Community(_Model):
    name: str
    chat: str | None = None
    staff: list[str] = []


class Person(_Model):
    name: str
    phone: str | None = None
    platform: str | None = None  # which platform reaches this person; default: the first configured


class Building(_Model):
    id: str
    name: str
    chat: str | None = None
    leader: str | None = None

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, v: Any) -> Any:
        return str(v) if isinstance(v, int) else v


class Grid(_Model):
    id: str
    name: str
    chief: str | None = None
    chats: list[str] = []
    buildings: list[Building] = []


class Sla(_Model):
    ack: int = Field(gt=0, description="minutes to acknowledge")
    resolve: int = Field(gt=0, description="minutes to resolve")


DEFAULT_SLA = {
    "red": Sla(ack=10, resolve=120),
    "orange": Sla(ack=30, resolve=1440),
    "yellow": Sla(ack=240, resolve=4320),
    "blue": Sla(ack=1440, resolve=10080),
}


_HHMM = r"^([01]\d|2[0-3]):[0-5]\d$"


class QuietHours(_Model):
    """Local wall-clock window when non-red reminders wait for its end (red never waits)."""
    start: str = Field("22:00", pattern=_HHMM)
    end: str = Field("07:00", pattern=_HHMM)


class WorkingHours(_Model):
    """Deadlines of the listed colours count only these hours (empty list: wall-clock minutes)."""
    colors: list[Color] = []
    start: str = Field("09:00", pattern=_HHMM)
    end: str = Field("18:00", pattern=_HHMM)
    days: list[int] = Field([1, 2, 3, 4, 5], description="ISO weekdays, 1 = Monday")


class Escalation(_Model):
    quiet_hours: QuietHours | None = QuietHours()
    working_hours: WorkingHours = WorkingHours()
    overdue_repeat_minutes: int | None = Field(None, gt=0, description="default: the colour's ack minutes")
    overdue_max_per_level: int = Field(3, ge=1)
    auto_close_days: float = Field(3, gt=0)
    sweep_seconds: float = Field(30, gt=0)


class Unit(_Model):
    """A body tickets can be handed to with 转交 (e.g. property management, 物业)."""
    name: str
    people: list[str] = []
    chat: str | None = None


class Privacy(_Model):
    private_categories: list[str] = ["dispute", "care"]


class GenericPlatform(_Model):
    secret_env: str = "LINLI_GENERIC_SECRET"
    send_url: str = "http://127.0.0.1:9000/send"
    max_skew_s: int = 300


class OutboxSettings(_Model):
    lease_seconds: int = Field(30, ge=2, le=3600, description="a claimed send not finished by then is retried")
    max_backoff_seconds: int = Field(300, ge=1, le=86400)
    concurrency: int = Field(32, ge=1, le=512)


WECOM_API_BASE = "https://qyapi.weixin.qq.com"


class WecomPlatform(_Model):
    """A WeCom self-built app: private messages to the app, message/send, appchat/send."""

    corp_id: str
    agent_id: int
    secret_env: str = "LINLI_WECOM_SECRET"
    token: str
    aes_key_env: str = "LINLI_WECOM_AES_KEY"
    api_base: str = WECOM_API_BASE       # every WeCom URL starts here (tests, private deployments)
    robot_per_minute: int = Field(20, gt=0)   # group-robot budget per robot
    robot_window_s: float = Field(60.0, gt=0)


class WecomBotPlatform(_Model):
    """A WeCom smart robot (智能机器人) receiving group messages that @ it."""

    token: str
    aes_key_env: str = "LINLI_WECOM_BOT_AES_KEY"
    names: list[str] = []                 # the robot's display names, stripped as "@name"
    api_base: str | None = None           # default: platforms.wecom.api_base, else the official one


class ChatSettings(_Model):
    platform: str | None = None           # which adapter posts unprompted messages to this chat
    robot_key_env: str | None = None      # env var holding this chat's group-robot (群机器人) key


class Processing(_Model):
    """Where stored messages are understood and filed."""
    workers: int = Field(0, ge=0, le=32, description="0: in the web process; N: in N worker processes "
                                                      "(use 1 or more on a machine with more than one core)")
    poll_ms: int = Field(20, ge=1, le=1000, description="how often workers look for new messages and the "
                                                        "outbox for new replies")


class Limits(_Model):
    """Flood limits per sliding minute; messages over them are stored but not understood."""
    per_sender_per_minute: int = Field(12, gt=0)
    per_chat_per_minute: int = Field(60, gt=0)


class Platforms(_Model):
    generic: GenericPlatform | None = None
    wecom: WecomPlatform | None = None
    wecom_bot: WecomBotPlatform | None = None


_HHMM = r"^([01]?[0-9]|2[0-3]):[0-5][0-9]$"


class ScheduleConfig(_Model):
    """A broadcast from config: `cron` (crontab, community time zone) or `every` (minutes)."""

    name: str
    cron: str | None = None
    every: int | None = Field(None, gt=0, description="minutes between sends")
    to: list[str] = Field(min_length=1)
    text: str = Field(min_length=1)
    start: date | None = None
    end: date | None = None

    @field_validator("to", mode="before")
    @classmethod
    def _targets_as_text(cls, v: Any) -> Any:
        return [str(x) for x in v] if isinstance(v, list) else v

    @model_validator(mode="after")
    def _one_timing(self) -> "ScheduleConfig":
        if (self.cron is None) == (self.every is None):
            raise ValueError("give exactly one of cron: or every:")
        return self


class WeeklyDigest(_Model):
    weekday: int = Field(1, ge=1, le=7, description="1 = Monday ... 7 = Sunday")
    time: str = Field("09:00", pattern=_HHMM)


class Digests(_Model):
    """Built-in digests; set one to null to switch it off."""

    morning: str | None = Field("08:00", pattern=_HHMM)
    weekly: WeeklyDigest | None = WeeklyDigest()


class Settings(_Model):
    timezone: str = "Asia/Shanghai"
    database: str = "sqlite:///linli.db"
    database_env: str | None = None  # env var holding the URL (with its password); wins over database:
    database_timeout_s: float = Field(5.0, gt=0, le=60)  # lock/connect wait before a webhook answers 503

    @model_validator(mode="before")
    @classmethod
    def _database_from_env(cls, data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get("database_env"), str) and os.environ.get(data["database_env"]):
            data = {**data, "database": os.environ[data["database_env"]]}
        return data
    server: Server = Server()
    community: Community
    people: dict[str, Person]
    grids: list[Grid]
    sla: dict[Color, Sla] = DEFAULT_SLA
    platforms: Platforms = Platforms(generic=GenericPlatform())
    chats: dict[str, ChatSettings] = {}
    understanding: UnderstandingConfig = UnderstandingConfig()
    outbox: OutboxSettings = OutboxSettings()
    schedules: list[ScheduleConfig] = []
    digests: Digests = Digests()
    schedule_grace_minutes: int = Field(30, ge=0, description="a send missed while down goes out this late")
    escalation: Escalation = Escalation()
    units: dict[str, Unit] = {}
    privacy: Privacy = Privacy()
    limits: Limits = Limits()
    processing: Processing = Processing()

    @field_validator("sla")
    @classmethod
    def _sla_complete(cls, v: dict[str, Sla]) -> dict[str, Sla]:
        return {**DEFAULT_SLA, **v}

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def secret(self, env_name: str) -> str | None:
        return os.environ.get(env_name) or None


def _loc(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


_FIX_BY_TYPE = {
    "missing": "is required; add it",
    "extra_forbidden": "is not a known key; remove it or check its spelling",
    "literal_error": "must be one of red, orange, yellow, blue",
}


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


def parse_settings(data: Any, source: str = "config") -> Settings:
    if not isinstance(data, dict):
        raise ConfigError(source, [("(top level)", "must be a mapping of keys such as community:, people:, grids:")])
    try:
        s = Settings.model_validate(data)
    except ValidationError as e:
        problems = []
        for err in e.errors():
            fix = _FIX_BY_TYPE.get(err["type"], err["msg"])
            problems.append((_loc(err["loc"]), fix))
        raise ConfigError(source, problems) from None
    problems = _cross_check(s)
    if problems:
        raise ConfigError(source, problems)
    return s


def load_settings(path: str | os.PathLike[str]) -> Settings:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as e:
        raise ConfigError(str(p), [("(file)", f"cannot be read ({e.strerror}); check the path given to --config")]) from None
    except UnicodeDecodeError:
        raise ConfigError(str(p), [("(file)", "is not UTF-8 text; save it as UTF-8")]) from None
    try:
        data = yaml.safe_load(text)
    except RecursionError:
        raise ConfigError(str(p), [("(file)", "is nested too deeply to be a config")]) from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "(file)"
        raise ConfigError(str(p), [(where, f"is not valid YAML: {getattr(e, 'problem', e)}")]) from None
    return parse_settings(data, str(p))


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
