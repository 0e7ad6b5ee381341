"""Notices by chat: 通知 [when] text @places, 通知列表, 取消通知 N (staff; chiefs for their grid)."""
import re

from bot import texts as T
from bot.context import Ctx
from bot.router import Router, Skip
from bot.services.notices import NoticeError, Notices

router = Router("broadcasts")
_LOOKS_LIKE_NOTICE = re.compile(r"[@＠]|^\s*(?:每|今天|明天|后天|大后天|下?周|星期|[0-9０-９一二三四五六七八九十]+\s*(?:月|[:：点]))")


def _notices(ctx: Ctx) -> Notices:
    return Notices(ctx.session, ctx.directory, ctx.settings, ctx.now)


def _may_notice(ctx: Ctx) -> bool:
    return ctx.sender in ctx.directory.staff or ctx.sender in ctx.directory.chiefs


def _answer(ctx: Ctx, outcome: str, fn) -> None:  # type: ignore[no-untyped-def]
    try:
        ctx.reply(fn())
        ctx.outcome = outcome
    except NoticeError as e:
        ctx.reply(str(e))
        ctx.outcome = "refused"


@router.command("notice")
def notice(ctx: Ctx) -> None:
    cmd = ctx.command
    assert cmd is not None
    looks = bool(_LOOKS_LIKE_NOTICE.search(cmd.args))
    if not looks and not cmd.slash:
        raise Skip  # "通知一下，电梯坏了" is ordinary text
    if not _may_notice(ctx):
        ctx.reply(T.BROADCAST_NOT_ALLOWED)
        ctx.outcome = "refused"
        return
    _answer(ctx, "notice", lambda: _notices(ctx).create(ctx.sender, ctx.msg.chat_id, cmd.args))


@router.command("notice_list")
def notice_list(ctx: Ctx) -> None:
    _answer(ctx, "notice_list", lambda: _notices(ctx).listing(ctx.sender))


@router.command("notice_cancel")
def notice_cancel(ctx: Ctx) -> None:
    cmd = ctx.command
    assert cmd is not None
    no = cmd.ticket_no
    if no is None:
        m = re.match(r"\s*(\d{1,9})", cmd.args)
        no = int(m.group(1)) if m else None
    _answer(ctx, "notice_cancel", lambda: _notices(ctx).cancel(ctx.sender, no))
