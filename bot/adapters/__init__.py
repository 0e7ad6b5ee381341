"""Platform adapters: the only code that knows platform payloads."""
from __future__ import annotations

from bot.adapters.base import Adapter, DeliveryError, Pace
from bot.settings import Settings


def build_adapters(settings: Settings) -> dict[str, Adapter]:
    from bot.adapters import generic, wecom

    adapters: dict[str, Adapter] = {}
    for build in (generic.build,):
        a = build(settings)
        if a is not None:
            adapters[a.name] = a
    for a in wecom.build(settings):  # the WeCom app and smart robot share one API client
        adapters[a.name] = a
    return adapters


__all__ = ["Adapter", "DeliveryError", "Pace", "build_adapters"]
