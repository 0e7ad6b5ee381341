"""Platform adapters: the only code that knows platform payloads."""
from __future__ import annotations

from bot.adapters.base import Adapter, DeliveryError, Pace
from bot.settings import Settings


def build_adapters(settings: Settings) -> dict[str, Adapter]:
    from bot.adapters import generic

    adapters: dict[str, Adapter] = {}
    for build in (generic.build,):
        a = build(settings)
        if a is not None:
            adapters[a.name] = a
    return adapters


__all__ = ["Adapter", "DeliveryError", "Pace", "build_adapters"]
