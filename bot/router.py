"""Handlers register on a Router by decorator; routers compose with include_router."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.context import Ctx

Handler = Callable[["Ctx"], None]


class Skip(Exception):
    """Raised by a command handler to treat the message as ordinary text instead."""


class Router:
    def __init__(self, name: str = "") -> None:
        self.name = name
        self._commands: dict[str, Handler] = {}
        self._messages: list[Handler] = []
        self._children: list[Router] = []

    def command(self, *names: str) -> Callable[[Handler], Handler]:
        def register(fn: Handler) -> Handler:
            for n in names:
                if n in self._commands:
                    raise ValueError(f"command {n!r} registered twice in router {self.name!r}")
                self._commands[n] = fn
            return fn
        return register

    def message(self) -> Callable[[Handler], Handler]:
        """A handler for text that is not a command."""
        def register(fn: Handler) -> Handler:
            self._messages.append(fn)
            return fn
        return register

    def include_router(self, child: Router) -> Router:
        self._children.append(child)
        return child

    def command_handler(self, name: str) -> Handler | None:
        if name in self._commands:
            return self._commands[name]
        for c in self._children:
            h = c.command_handler(name)
            if h:
                return h
        return None

    def message_handlers(self) -> list[Handler]:
        out = list(self._messages)
        for c in self._children:
            out += c.message_handlers()
        return out

    def dispatch(self, ctx: Ctx) -> str:
        """Run the handler for ctx's command, or the first message handler. Returns what ran."""
        cmd = ctx.command
        if cmd is not None:
            handler = self.command_handler(cmd.name) or self.command_handler("unknown")
            if handler is None:
                return "unhandled"
            try:
                handler(ctx)
                return cmd.name
            except Skip:
                ctx.command = None
        for h in self.message_handlers():
            h(ctx)
            return "message"
        return "unhandled"
