"""Responder and resident commands on tickets: 收到/接单, 办结, 查询, 帮助."""
from bot import texts as T
from bot.context import Ctx
from bot.router import Router, Skip
from bot.services.tickets import TicketError
from models import Ticket

router = Router("tickets")


def target(ctx: Ctx, action: str) -> Ticket:
    """The ticket a command names: #N / N号单, a quoted ticket message, or the holder's only one."""
    cmd = ctx.command
    assert cmd is not None
    if cmd.ticket_no is not None:
        t = ctx.tickets.get(cmd.ticket_no)
        if t is None:
            raise TicketError(T.NO_SUCH_TICKET.format(no=cmd.ticket_no))
        return t
    if ctx.msg.quote_msg_id:
        t = ctx.tickets.by_message(ctx.msg.quote_msg_id)
        if t is None and cmd.quoted_no is not None:
            t = ctx.tickets.get(cmd.quoted_no)
        if t is not None:
            return t
        raise Skip  # "收到" in reply to a notice or a neighbour: no ticket is meant
    held = ctx.tickets.held_by(ctx.sender)
    if action in ("ack", "resolve", "transfer", "return") and len(held) == 1:
        return held[0]
    raise TicketError(T.NEED_TICKET_NO.format(cmd=cmd.word))


def responder_only(ctx: Ctx, action: str) -> None:
    """Residents saying 收到 to a notice is chatter; with a ticket number it is a refusal."""
    if ctx.directory.is_responder(ctx.sender):
        return
    cmd = ctx.command
    if cmd and (cmd.ticket_no is not None or cmd.slash or ctx.msg.chat_id is None):
        raise TicketError(T.NOT_RESPONDER.format(action=T.ACTION_NAMES[action]))
    raise Skip


@router.command("ack")
def ack(ctx: Ctx) -> None:
    responder_only(ctx, "ack")
    t = target(ctx, "ack")
    ctx.tickets.acknowledge(t, ctx.sender)
    ctx.outcome, ctx.ticket_no = "acknowledged", t.no


@router.command("resolve")
def resolve(ctx: Ctx) -> None:
    responder_only(ctx, "resolve")
    t = target(ctx, "resolve")
    ctx.tickets.resolve(t, ctx.sender, ctx.command.args if ctx.command else "")
    ctx.outcome, ctx.ticket_no = "resolved", t.no


@router.command("query")
def query(ctx: Ctx) -> None:
    cmd = ctx.command
    assert cmd is not None
    if cmd.ticket_no is None and not ctx.msg.quote_msg_id:
        own = ctx.tickets.reported_by(ctx.sender) + ctx.tickets.held_by(ctx.sender)
        own = list({t.no: t for t in own}.values())
        if not own:
            ctx.reply(T.QUERY_NONE_OWN)
        else:
            ctx.reply("\n".join([T.QUERY_OWN_HEADER] + [ctx.tickets.status_line(t) for t in own[:5]]))
        ctx.outcome = "query"
        return
    t = target(ctx, "query")
    ctx.reply(ctx.tickets.status_line(t))
    ctx.outcome, ctx.ticket_no = "query", t.no


@router.command("help")
def help_(ctx: Ctx) -> None:
    if not ctx.directory.is_responder(ctx.sender):
        ctx.reply(T.HELP_RESIDENT + T.HELP_RESIDENT_MORE)
    else:
        chief = ctx.role in ("chief", "staff")
        ctx.reply(T.HELP_RESPONDER + T.HELP_RESPONDER_MORE + (T.HELP_CHIEF_MORE if chief else ""))
    ctx.outcome = "help"


@router.command("unknown")
def unknown(ctx: Ctx) -> None:
    ctx.reply(T.UNKNOWN_COMMAND.format(cmd=ctx.command.word if ctx.command else ""))
    ctx.outcome = "unknown_command"
