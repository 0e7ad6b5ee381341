"""The one settings model, loaded from config.yaml; secrets come from the environment.

`load_settings(path)` returns a validated `Settings` or raises `ConfigError`
whose message names every bad key path and how to fix it.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

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


class GenericPlatform(_Model):
    secret_env: str = "LINLI_GENERIC_SECRET"
    send_url: str = "http://127.0.0.1:9000/send"
    max_skew_s: int = 300


class Limits(_Model):
    """Flood limits per sliding minute; messages over them are stored but not understood."""
    per_sender_per_minute: int = Field(12, gt=0)
    per_chat_per_minute: int = Field(60, gt=0)


class Platforms(_Model):
    model_config = ConfigDict(extra="allow", frozen=True)  # later platforms add their own sections
    generic: GenericPlatform | None = None


class Settings(_Model):
    model_config = ConfigDict(extra="allow", frozen=True)  # later issues add sections
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
    limits: Limits = Limits()

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
    return problems


_SECRET_WORDS = ("secret", "token", "password", "passwd", "aes_key", "encoding_aes_key", "api_key", "corpsecret")


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
