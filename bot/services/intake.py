"""Intake: what one understood message does to the tickets of its chat. It files a new ticket, merges
a repeat into an open one (raising its colour when the repeat is more urgent), adds a follow-up's
place, or offers a "fixed" report to the holder as evidence to close. Runs in the service's session:
state, events and outbox rows commit together."""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from bot import texts as T
from bot.db import plain_insert
from bot.message import InboundMessage
from bot.services.ticket_rows import columns, file_statement, new_ticket, ticket_insert
from bot.understanding import COLOR_RANK, Location, Understanding, could_match, match_fixed
from bot.understanding.joins import join_ticket
from bot.understanding.danger_near import stranded_in_danger
from models import Ticket, TicketReport

if TYPE_CHECKING:
    from bot.services.tickets import TicketService


@dataclass(frozen=True, slots=True)
class Intake:
    outcome: str            # filed / merged / follow_up / fixed_report / ignored
    ticket_no: int | None = None
    color: str | None = None       # the ticket's, after this message
    category: str | None = None
    understanding: Understanding | None = None   # the message's reading as the chat around it changed it


def intake(svc: TicketService, msg: InboundMessage, u: Understanding) -> Intake:
    """What this message does to the tickets of its chat (module doc)."""
    building = (u.location.building if u.location and u.location.building else None) \
        or svc.d.building_of_chat(msg.chat_id)
    if u.fixed_report:
        views = svc.candidates(msg)
        fixed = match_fixed(u, views, svc.vocab, msg.text, msg.sender_id) if views else None
        if fixed is not None:
            t = svc.by_no(fixed.ticket_no)
            _fixed_reported(svc, t, msg, list(fixed.reasons))
            return Intake("fixed_report", t.no, t.color, t.category)
        return Intake("ignored")
    views = None
    if could_match(u, msg.text, svc.vocab) and (views := svc.candidates(msg)):
        match = join_ticket(u, msg.text, msg.sender_id, building, views, svc.vocab)
        if match is not None:
            return _merge(svc, svc.by_no(match.ticket_no), msg, u, match.kind, list(match.reasons))
    if not u.request:
        return Intake("ignored")
    # (a request always passed could_match, so `views` holds the chat's open tickets here)
    if u.color != "red" and (raised := stranded_in_danger(u, msg.text, building, views or [], svc.vocab)):
        return replace(_file(svc, msg, raised, building), understanding=raised)
    return _file(svc, msg, u, building)


def _fixed_reported(svc: TicketService, t: Ticket, msg: InboundMessage, reasons: list[str]) -> None:
    """A resident says the problem is over: offer it to the holder as evidence to close."""
    t.fixed_reported_at = t.updated_at = svc.now
    svc.s.add(t)
    svc.log(t, "fixed_reported", msg.sender_id, msg_id=msg.msg_id, text=msg.text[:300], reasons=reasons)
    svc.notify_holder(t, T.FIXED_OFFER.format(no=t.no, text=msg.text[:200]))


def _file(svc: TicketService, msg: InboundMessage, u: Understanding, building: str | None) -> Intake:
    color, category = u.color or "yellow", u.category or "other"
    chain = [lv.as_dict() for lv in svc.d.chain_for(building, msg.chat_id)]
    loc = u.location or Location()
    t = new_ticket(no=None, color=color, category=category, text=msg.text[:2000],
                   building=building, unit=loc.unit, floor=loc.floor, room=loc.room,
                   written_location=u.location.as_dict() if u.location else None,
                   platform=msg.platform, chat_id=msg.chat_id, source_msg_id=msg.msg_id,
                   reporter_id=msg.sender_id, reporter_name=msg.sender_name,
                   holder_id=chain[0]["person"], holder_level=0, chain=chain,
                   created_at=svc.now, updated_at=svc.now, reasons=list(u.reasons),
                   keywords=list(u.keywords))
    svc.set_clocks(t)
    _insert_filed(svc, t)
    svc.reader.remember(t)
    svc.log(t, "filed", msg.sender_id, color=color, category=category, reasons=list(u.reasons),
            chain=chain, ack_due=t.ack_due_at.isoformat() if t.ack_due_at else None)
    level, name = svc.holder_label(t)
    if svc.is_private(t):
        svc.to_group(t, T.FILED_PRIVATE.format(no=t.no), quote=msg.msg_id, reply_token=msg.reply_token)
    else:
        svc.to_group(t, T.FILED.format(icon=T.COLOR_ICONS[color], no=t.no, color=T.COLOR_NAMES[color],
                                       category=T.CATEGORY_NAMES.get(category, category), level=level,
                                       holder=name),
                     quote=msg.msg_id, mentions=(t.holder_id,) if t.holder_id else (),
                     reply_token=msg.reply_token)
    svc.notify_holder(t, T.FILED_NOTIFY.format(no=t.no, color=T.COLOR_NAMES[color],
                                               category=T.CATEGORY_NAMES.get(category, category),
                                               place=svc.place_text(t), text=msg.text[:300]))
    return Intake("filed", t.no, t.color, t.category)


def _insert_filed(svc: TicketService, t: Ticket) -> None:
    """Number the new ticket and insert it and its first report (the message it was filed
    from). Core INSERTs (the ORM's unit of work was most of the cost of filing); `t` stays
    outside the session: later changes in this transaction load the row anew."""
    if svc.one_statement_filing:
        row = svc.s.execute(file_statement(), columns(t)).first()
        if row is not None:
            t.id, t.no = row
            return
    t.no = svc.next_no()
    t.id = svc.s.execute(ticket_insert(), columns(t)).scalar_one()
    svc.s.execute(plain_insert(TicketReport), dict(ticket_id=t.id, msg_id=t.source_msg_id, sender_id=t.reporter_id,
                                                   kind="first", text=t.text, at=t.created_at))


def _merge(svc: TicketService, t: Ticket, msg: InboundMessage, u: Understanding, kind: str,
           reasons: list[str]) -> Intake:
    known = set(svc.reporters(t))
    svc.s.execute(plain_insert(TicketReport), dict(ticket_id=t.id, msg_id=msg.msg_id, sender_id=msg.sender_id,
                                              kind=kind, text=msg.text[:2000], at=svc.now))
    if msg.sender_id not in known:
        t.reporters += 1
    t.updated_at = svc.now
    if kind == "follow_up" and u.location:
        for part in ("unit", "floor", "room"):
            if getattr(t, part) is None and getattr(u.location, part):
                setattr(t, part, getattr(u.location, part))
    raised = bool(u.request and u.color and COLOR_RANK[u.color] < COLOR_RANK[t.color])
    svc.log(t, "merged" if kind == "repeat" else "follow_up", msg.sender_id, msg_id=msg.msg_id,
            reasons=reasons + list(u.reasons))
    if raised:
        old, t.color = t.color, u.color  # type: ignore[assignment]
        svc.set_clocks(t)
        svc.log(t, "recolored", msg.sender_id, old=old, new=t.color, reasons=list(u.reasons))
        svc.notify_holder(t, T.RAISED_NOTIFY.format(no=t.no, color=T.COLOR_NAMES[t.color],
                                                    text=msg.text[:300]))
    svc.s.add(t)
    if kind == "follow_up" and not raised:
        text = T.FOLLOW_UP.format(no=t.no)
    elif raised:
        text = T.MERGED_RAISED.format(no=t.no, count=t.reporters, color=T.COLOR_NAMES[t.color])
    else:
        text = T.MERGED.format(no=t.no, count=t.reporters)
    svc.to_group(t, text, quote=msg.msg_id, reply_token=msg.reply_token)
    return Intake("merged" if kind == "repeat" else "follow_up", t.no, t.color, t.category)
