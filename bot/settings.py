"""The one settings model, loaded from config.yaml; secrets come from the environment.

`load_settings(path)` returns a validated `Settings` or raises `ConfigError`
whose message names every bad key path and how to fix it.
"""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

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
    nice: int = Field(5, ge=0, le=19, description="how much lower the workers' CPU priority is than the web "
                                                  "process's: answering webhooks comes first when cores are busy")


class Limits(_Model):
    """Flood limits per sliding minute; messages over them are stored but not understood."""
    per_sender_per_minute: int = Field(12, gt=0)
    per_chat_per_minute: int = Field(60, gt=0)


class Platforms(_Model):
    generic: GenericPlatform | None = None
    wecom: WecomPlatform | None = None
    wecom_bot: WecomBotPlatform | None = None


_HM = r"^([01]?[0-9]|2[0-3]):[0-5][0-9]$"  # 9:00 or 09:00


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
    time: str = Field("09:00", pattern=_HM)


class Digests(_Model):
    """Built-in digests; set one to null to switch it off."""

    morning: str | None = Field("08:00", pattern=_HM)
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


from bot.settings_checks import (_cross_check, inline_secret_warnings,  # noqa: E402  (they take Settings)
                                  secret_problems)

__all__ = ["ConfigError", "Settings", "load_settings", "parse_settings", "secret_problems",
           "inline_secret_warnings"]
