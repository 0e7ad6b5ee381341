"""What every platform adapter provides. Only adapters know platform payloads."""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass

from aiohttp import ClientSession, web

from bot.message import OutboundMessage


class DeliveryError(Exception):
    """A send that did not succeed. `permanent` failures are parked, others retried.
    `unreachable`: the platform itself did not answer (connection, timeout, HTTP 5xx), not
    this message's fault — the first success on that platform retries such rows at once."""

    def __init__(self, reason: str, *, permanent: bool = False, retry_after: float | None = None,
                 unreachable: bool = False):
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent
        self.retry_after = retry_after
        self.unreachable = unreachable and not permanent


@dataclass(frozen=True, slots=True)
class Pace:
    """A send budget shared by every message with the same key (e.g. one group robot)."""

    key: str
    per_minute: int
    window_s: float = 60.0   # the budget is per_minute sends per window_s seconds (tests shorten it)
    cost: int = 1            # sends this message takes (a long text split into parts)


class Adapter(ABC):
    name: str
    http: ClientSession | None = None  # set by the app's http cleanup context

    @abstractmethod
    def add_routes(self, app: web.Application) -> None:
        """Register this platform's inbound webhook routes."""

    @abstractmethod
    async def send(self, out: OutboundMessage) -> None:
        """Deliver one message; raise DeliveryError when it was not delivered."""

    def pace(self, out: OutboundMessage) -> Pace | None:
        """The rate budget this message draws on, if the platform limits it."""
        return None
