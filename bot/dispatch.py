"""One claimed message through the router, inside the processing transaction: with a savepoint of
its own (a refusal or a failure undoes its effects only), or bare (cheaper; a failure has the whole
transaction done again carefully, `Redo`). The database's own trouble (`transient`) is never the
message's: it propagates, and the transaction is retried."""
from __future__ import annotations

import logging

from sqlalchemy.exc import DBAPIError, OperationalError

from bot import deferred
from bot.context import Ctx
from bot.router import Router
from bot.services.candidates import CandidateReader
from bot.services.tickets import TicketError

log = logging.getLogger("linli.pipeline")

_INTAKE_CHANGED = frozenset({"filed", "merged", "follow_up", "fixed_report"})  # its conversation's tickets only
_UNCHANGED = frozenset({"ignored", "private_hint", "rate_limited", "unknown_chat"})  # no ticket changed


class Redo(Exception):
    """A handler failed outside a savepoint: roll back and do the transaction again, carefully."""

    def __init__(self, msg_id: str) -> None:
        super().__init__(msg_id)
        self.msg_id = msg_id


def transient(e: Exception) -> bool:
    """Lock timeouts, deadlocks, serialisation failures, a lost connection, a locked SQLite file."""
    if isinstance(e, OperationalError):
        return True
    if isinstance(e, DBAPIError):
        return e.connection_invalidated or getattr(e.orig, "sqlstate", None) in ("40P01", "40001", "55P03")
    return False


def forget_changed(candidates: CandidateReader, ctx: Ctx, command: bool) -> None:
    """Drop the kept candidates a message may have changed: intake changes only its own
    conversation's tickets; a command, a failure or any other outcome may have changed any."""
    if not command and ctx.outcome in _INTAKE_CHANGED:
        candidates.forget(ctx.msg)
    elif command or ctx.outcome not in _UNCHANGED:
        candidates.forget_all()


def dispatch_bare(router: Router, ctx: Ctx) -> None:
    """Dispatch without a savepoint: any failure but the database's own has the whole
    transaction done again with a savepoint per message (`Redo`)."""
    try:
        router.dispatch(ctx)
        ctx.session.flush()
    except Exception as e:
        if transient(e):
            raise
        raise Redo(ctx.msg.msg_id) from e


def dispatch_careful(router: Router, ctx: Ctx) -> None:
    """Dispatch inside a savepoint: a refusal (TicketError) is answered to its sender, any other
    failure is logged; either way the message's effects, and the rows it owed, are undone."""
    savepoint, collected = ctx.session.begin_nested(), deferred.mark(ctx.session)
    try:
        router.dispatch(ctx)
        savepoint.commit()
    except Exception as e:
        refused = isinstance(e, TicketError)
        if not refused and transient(e):
            raise  # the database's condition, not the message's: the transaction is retried
        savepoint.rollback()
        deferred.drop_after(ctx.session, collected)  # what it owed went with it
        ctx.session.expire_all()  # rows read inside it (a ticket it filed by Core) are read anew
        if refused:
            ctx.reply(str(e))
        else:
            log.exception("handler failed", extra={"event": "handler_error", "msg_id": ctx.msg.msg_id,
                                                    "chat": ctx.msg.chat_id})
        ctx.outcome, ctx.ticket_no = ("refused" if refused else "error"), None
