"""Free text in a group: understand it, then file, merge or let it be."""
from bot.context import Ctx
from bot import texts as T
from bot.router import Router

router = Router("requests")


@router.message()
def on_text(ctx: Ctx) -> None:
    u = ctx.understand()
    result = ctx.tickets.intake(ctx.msg, u)
    if result.understanding is not None:   # the chat around it changed the reading (a danger still open)
        ctx.understanding = result.understanding
    if result.outcome == "ignored" and ctx.msg.chat_id is None:
        ctx.reply(T.PRIVATE_HINT)  # a private message is always answered
        ctx.outcome = "private_hint"
        return
    ctx.outcome, ctx.ticket_no = result.outcome, result.ticket_no
    ctx.extra.update(ticket_color=result.color, ticket_category=result.category)
