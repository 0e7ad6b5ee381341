from __future__ import annotations

import os
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp.test_utils import TestClient
from sqlmodel import Session, select

from bot import appkeys as K
from bot.app import create_app
from bot.clock import Clock
from models import Ticket
from tests.support import SECRET, SECRET_ENV, FakePlatform, make_settings


@pytest.fixture(autouse=True)
def _secret_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SECRET_ENV, SECRET)


@pytest.fixture
def db_url(tmp_path) -> str:  # type: ignore[no-untyped-def]
    pg = os.environ.get("LINLI_TEST_PG_URL")
    if pg:
        from tests.pg import fresh_database
        return fresh_database(pg)
    return f"sqlite:///{tmp_path}/linli.db"


@pytest.fixture
async def platform() -> AsyncIterator[FakePlatform]:
    fake = FakePlatform()
    await fake.server.start_server()
    yield fake
    await fake.server.close()


class Bot:
    """The running app under test, its fake platform, and a way to look at its tickets."""

    def __init__(self, client: TestClient, platform: FakePlatform):
        self.client = client
        self.platform = platform
        self.app = client.server.app

    def tickets(self) -> list[Ticket]:
        with Session(self.app[K.ENGINE]) as s:
            return list(s.exec(select(Ticket).order_by(Ticket.no)).all())

    def ticket(self, no: int) -> Ticket:
        with Session(self.app[K.ENGINE]) as s:
            t = s.exec(select(Ticket).where(Ticket.no == no)).one()
            return t


@pytest.fixture
def bot_factory(aiohttp_client, platform: FakePlatform, db_url: str):  # type: ignore[no-untyped-def]
    async def start(clock: Clock | None = None, **overrides: Any) -> Bot:
        settings = make_settings(db_url, platform.url, **overrides)
        client = await aiohttp_client(create_app(settings, clock=clock))
        return Bot(client, platform)
    return start


@pytest.fixture
async def bot(bot_factory) -> Bot:  # type: ignore[no-untyped-def]
    return await bot_factory()


from tests.test_faults import bot_proc  # noqa: E402,F401  (real serve processes, shared with multi-process tests)
