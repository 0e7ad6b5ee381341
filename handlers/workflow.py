"""转交 / 退回 / 改色 / 待办 / 统计 / 找谁 / 评价 / 没修好, and a bare 1/2/3 answering the rating question."""
from bot import texts as T
from bot.context import Ctx
from bot.router import Router, Skip
from bot.services import reports, workflow
from bot.services.tickets import TicketError
from handlers.tickets import responder_only, target

router = Router("workflow")


def _args(ctx: Ctx) -> str:
    return ctx.command.args if ctx.command else ""


@router.command("transfer")
def transfer(ctx: Ctx) -> None:
    responder_only(ctx, "transfer")
    t = target(ctx, "transfer")
    entry = workflow.find_assignee(ctx.tickets, _args(ctx), tuple(m for m in ctx.msg.mentions if m != ctx.sender))
    if entry is None:
        if not _args(ctx).strip() and not ctx.msg.mentions:
            raise TicketError(T.TRANSFER_WHO.format(no=t.no))
        units = "、".join(u.name for u in ctx.settings.units.values()) or T.WHOIS_NOBODY
        raise TicketError(T.TRANSFER_UNKNOWN.format(name=_args(ctx).strip().lstrip("@＠")[:20], units=units))
    workflow.transfer(ctx.tickets, t, ctx.sender, entry)
    ctx.outcome, ctx.ticket_no = "transferred", t.no


@router.command("return")
def return_(ctx: Ctx) -> None:
    responder_only(ctx, "return")
    t = target(ctx, "return")
    workflow.return_(ctx.tickets, t, ctx.sender, _args(ctx))
    ctx.outcome, ctx.ticket_no = "returned", t.no


@router.command("recolor")
def recolor(ctx: Ctx) -> None:
    responder_only(ctx, "recolor")
    t = target(ctx, "recolor")
    workflow.recolor(ctx.tickets, t, ctx.sender, _args(ctx))
    ctx.outcome, ctx.ticket_no = "recolored", t.no


@router.command("todo")
def todo(ctx: Ctx) -> None:
    if not ctx.directory.is_responder(ctx.sender):
        raise TicketError(T.NOT_RESPONDER.format(action=T.ACTION_NAMES["todo"]))
    ctx.reply(reports.todo(ctx.tickets, ctx.sender))
    ctx.outcome = "todo"


@router.command("stats")
def stats(ctx: Ctx) -> None:
    if ctx.role not in ("chief", "staff"):
        raise TicketError(T.CHIEF_ONLY.format(action=T.ACTION_NAMES["stats"]))
    period = "week" if _args(ctx) in ("本周", "这周", "本星期") else "today"
    ctx.reply(reports.stats(ctx.tickets, ctx.sender, period))
    ctx.outcome = "stats"


@router.command("whois")
def whois(ctx: Ctx) -> None:
    ctx.reply(reports.whois(ctx.tickets, ctx.msg.chat_id, ctx.sender))
    ctx.outcome = "whois"


@router.command("rate")
def rate(ctx: Ctx) -> None:
    cmd = ctx.command
    assert cmd is not None
    rating = workflow.parse_rating(cmd.args)
    if cmd.ref is None and rating is None:
        raise Skip  # "评价一下物业……" is chatter
    if cmd.ref is None and not ctx.msg.quote_msg_id:
        t = workflow.latest_resolved_reported(ctx.tickets, ctx.sender, ctx.msg.chat_id)
        if t is None:
            raise TicketError(T.NOTHING_TO_RATE)
    else:
        t = target(ctx, "rate")
    if rating is None:
        raise TicketError(T.RATE_HOW.format(no=t.no))
    workflow.rate(ctx.tickets, t, ctx.sender, rating)
    ctx.outcome, ctx.ticket_no = "rated", t.no


@router.command("rate_reply")
def rate_reply(ctx: Ctx) -> None:
    """A bare 1/2/3 from a reporter whose ticket awaits a rating; anyone else's digit is chatter."""
    rating = workflow.parse_rating(ctx.command.args if ctx.command else "")
    t = workflow.latest_resolved_reported(ctx.tickets, ctx.sender, ctx.msg.chat_id, unrated=True)
    if t is None or rating is None:
        raise Skip
    workflow.rate(ctx.tickets, t, ctx.sender, rating)
    ctx.outcome, ctx.ticket_no = "rated", t.no


@router.command("reopen")
def reopen(ctx: Ctx) -> None:
    cmd = ctx.command
    assert cmd is not None
    if cmd.ref is None and not ctx.msg.quote_msg_id:
        t = workflow.latest_resolved_reported(ctx.tickets, ctx.sender, ctx.msg.chat_id)
        if t is None:
            raise Skip  # "没修好啊" about something never filed: let understanding read it
    else:
        t = target(ctx, "reopen")
    workflow.reopen(ctx.tickets, t, ctx.sender, cmd.args or cmd.word)
    ctx.outcome, ctx.ticket_no = "reopened", t.no
