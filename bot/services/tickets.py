"""Tickets: filing, merging, acknowledging, resolving. Each call runs inside the
caller's session; every state change appends an event and writes its outbox rows
in that same transaction."""
from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from types import SimpleNamespace
from typing import cast

from sqlalchemy import bindparam, literal, update
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from bot import deferred
from bot import texts as T
from bot.message import InboundMessage
from bot.db import plain_insert
from bot.escalation.policy import Clocks, add_minutes, next_step
from bot.outbox import enqueue
from bot.privacy import redact
from bot.services.candidates import ACTIVE, CandidateReader
from bot.services.directory import Directory
from bot.settings import Settings
from bot.understanding import (COLOR_RANK, Location, TicketView, Understanding, Vocabulary, could_match,
                               match_fixed, match_repeat)
from models import Counter, Ticket, TicketEvent, TicketReport



@functools.cache
def _ticket_insert():  # type: ignore[no-untyped-def]
    t = Ticket.__table__  # type: ignore[attr-defined]
    return t.insert().returning(t.c.id)


def _columns(t: Ticket) -> dict[str, object]:
    return {c.name: getattr(t, c.name) for c in Ticket.__table__.columns if c.name != "id"}  # type: ignore[attr-defined]


@functools.cache
def _ticket_defaults() -> tuple[tuple[str, object, Callable[[], object] | None], ...]:
    """(field, default, default factory) of every Ticket field that has a default."""
    return tuple((name, f.default, f.default_factory) for name, f in Ticket.model_fields.items()  # type: ignore[misc]
                 if not f.is_required())


def _new_ticket(**values: object) -> Ticket:
    """A ticket about to be inserted, as plain attributes with the model's defaults. Building the
    SQLModel instance (SQLAlchemy's instrumentation of some fifty fields) cost more than its
    INSERT; the row is inserted by Core and later changes load it anew, so the instance would
    never be used as one. Never add it to a session. (Every default is immutable or comes from a
    factory, so tickets share no default object.)"""
    row = {name: factory() if factory else default for name, default, factory in _ticket_defaults()}
    row.update(values)
    return cast(Ticket, SimpleNamespace(**row))


@functools.cache
def _next_no_statement():  # type: ignore[no-untyped-def]
    """Take the next ticket number (a plain UPDATE ... RETURNING: no ORM bookkeeping)."""
    c = Counter.__table__  # type: ignore[attr-defined]
    return update(c).where(c.c.name == "ticket").values(value=c.c.value + 1).returning(c.c.value)


@functools.cache
def _file_statement():  # type: ignore[no-untyped-def]
    """(PostgreSQL) take the next ticket number, insert the ticket with it and its first
    report, in one statement: the counter's UPDATE ... RETURNING, the ticket's INSERT ...
    SELECT from it and the report's from that are data-modifying CTEs, and the statement
    returns the new ticket's (id, no): one round trip instead of three. No row: there is no
    counter yet (nothing was inserted). SQLite has no data-modifying CTEs (and no round trips)."""
    c = Counter.__table__  # type: ignore[attr-defined]
    t = Ticket.__table__  # type: ignore[attr-defined]
    r = TicketReport.__table__  # type: ignore[attr-defined]
    n = update(c).where(c.c.name == "ticket").values(value=c.c.value + 1).returning(c.c.value).cte("n")
    cols = [k for k in t.columns if k.name not in ("id", "no")]
    new = (t.insert().from_select([k.name for k in cols] + ["no"],
                                  sa_select(*[bindparam(k.name, type_=k.type) for k in cols], n.c.value))
           .returning(t.c.id, t.c.no, t.c.source_msg_id, t.c.reporter_id, t.c.text, t.c.created_at).cte("new"))
    first = r.insert().from_select(
        ["ticket_id", "msg_id", "sender_id", "kind", "text", "at"],
        sa_select(new.c.id, new.c.source_msg_id, new.c.reporter_id, literal("first"), new.c.text,
                  new.c.created_at)).cte("first")
    return sa_select(new.c.id, new.c.no).add_cte(first)


class TicketError(Exception):
    """A refusal to show the person who asked (the text is already user-facing)."""


@dataclass(frozen=True, slots=True)
class Intake:
    outcome: str            # filed / merged / follow_up / fixed_report / ignored
    ticket_no: int | None = None
    color: str | None = None       # the ticket's, after this message
    category: str | None = None


class TicketService:
    def __init__(self, session: Session, directory: Directory, settings: Settings, now: datetime,
                 vocab: Vocabulary | None = None, reader: CandidateReader | None = None):
        self.s = session
        self.reader = reader or CandidateReader()
        self.d = directory
        self.settings = settings
        self.now = now
        self.vocab = vocab
        self._one_statement_filing = session.get_bind().dialect.name == "postgresql"

    # ---- lookups -------------------------------------------------------------------------
    def get(self, no: int) -> Ticket | None:
        # FOR UPDATE (omitted on SQLite, whose writes are serialised): a sweeper step and a
        # command on the same ticket never overwrite each other on PostgreSQL
        return self.s.exec(select(Ticket).where(Ticket.no == no).with_for_update()).first()

    def candidates(self, msg: InboundMessage) -> list[TicketView]:
        """The open tickets this message may repeat, follow up or report fixed."""
        return self.reader.read(self.s, msg, self.now)

    def _by_no(self, no: int) -> Ticket:
        t = self.get(no)
        assert t is not None, f"candidate #{no} vanished inside its own transaction"
        return t

    def held_by(self, person: str) -> list[Ticket]:
        q = select(Ticket).where(Ticket.holder_id == person, col(Ticket.state).in_(ACTIVE))
        return list(self.s.exec(q).all())

    def reported_by(self, person: str, limit: int = 5) -> list[Ticket]:
        ids = select(TicketReport.ticket_id).where(TicketReport.sender_id == person)
        q = select(Ticket).where(col(Ticket.id).in_(ids)).order_by(col(Ticket.id).desc()).limit(limit)
        return list(self.s.exec(q).all())

    def by_message(self, msg_id: str) -> Ticket | None:
        rep = self.s.exec(select(TicketReport).where(TicketReport.msg_id == msg_id)).first()
        return self.s.get(Ticket, rep.ticket_id) if rep else None

    # ---- helpers -------------------------------------------------------------------------
    def _next_no(self) -> int:
        row = self.s.execute(_next_no_statement()).first()
        if row is not None:
            return int(row[0])
        self.s.add(Counter(name="ticket", value=1))
        self.s.flush()
        return 1

    def log(self, t: Ticket, action: str, actor: str | None, **detail: object) -> None:
        assert t.id is not None
        deferred.insert(self.s, TicketEvent, dict(ticket_id=t.id, at=self.now, actor_id=actor, action=action,
                                                  detail=detail))

    def set_clocks(self, t: Ticket) -> None:
        """Start the ticket's clocks now, from the colour's SLA as configured now (copied)."""
        sla = self.settings.sla[t.color]  # type: ignore[index]
        t.ack_minutes, t.resolve_minutes = sla.ack, sla.resolve
        t.ack_due_at = None if t.state != "open" else self.deadline(t, sla.ack)
        t.resolve_due_at = self.deadline(t, sla.resolve)
        t.overdue_level, t.overdue_count, t.last_notice_at = None, 0, None
        self.replan(t)

    def deadline(self, t: Ticket, minutes: int) -> datetime:
        return add_minutes(self.now, minutes, t.color, self.settings.escalation, self.settings.tz)

    def clocks(self, t: Ticket) -> Clocks:
        return Clocks(state=t.state, color=t.color, chain_len=len(t.chain), holder_level=t.holder_level,
                      ack_minutes=t.ack_minutes or self.settings.sla[t.color].ack,  # type: ignore[index]
                      ack_due_at=t.ack_due_at, resolve_due_at=t.resolve_due_at, resolved_at=t.resolved_at,
                      overdue_level=t.overdue_level, overdue_count=t.overdue_count,
                      last_notice_at=t.last_notice_at)

    def replan(self, t: Ticket) -> None:
        """Put the ticket's next deadline step where the sweeper's indexed query finds it."""
        step = next_step(self.clocks(t), self.settings.escalation, self.settings.tz)
        t.next_due_at = step.due if step else None

    def is_private(self, t: Ticket) -> bool:
        return t.category in self.settings.privacy.private_categories

    def to_group(self, t: Ticket, text: str, *, quote: str | None = None,
                 mentions: tuple[str, ...] = (), reply_token: str | None = None) -> None:
        if t.chat_id is None:  # reported privately: the "group" is the reporter, on the same platform
            enqueue(self.s, self.now, platform=t.platform, user_id=t.reporter_id, text=text, ticket_no=t.no)
            return
        enqueue(self.s, self.now, platform=t.platform, chat_id=t.chat_id, text=text, mentions=mentions,
                quote_msg_id=quote, reply_token=reply_token, ticket_no=t.no)

    def to_person(self, person: str, text: str, t: Ticket | None = None) -> None:
        enqueue(self.s, self.now, platform=self.d.platform_for_person(person), user_id=person, text=text,
                ticket_no=t.no if t else None)

    def holder_label(self, t: Ticket) -> tuple[str, str]:
        return self.level_label(t, t.holder_level)

    def level_label(self, t: Ticket, index: int) -> tuple[str, str]:
        """(level name, person name) of a chain step: ("网格长", "张网格长"), ("物业", "")."""
        lv = t.chain[index] if 0 <= index < len(t.chain) else {"level": "office", "person": None}
        name = self.d.name_of(lv["person"]) if lv.get("person") else ""
        return lv.get("name") or T.LEVEL_NAMES.get(lv["level"], ""), name

    def place_text(self, t: Ticket) -> str:
        b = self.d.buildings.get(t.building or "")
        parts = [b.name if b else (f"{t.building}号楼" if t.building else "")]
        if t.unit:
            parts.append(f"{t.unit}单元")
        if t.floor:
            parts.append(f"{t.floor}层")
        if t.room:
            parts.append(f"{t.room}室")
        return "".join(parts)

    def reporters(self, t: Ticket) -> list[str]:
        q = select(TicketReport.sender_id).where(TicketReport.ticket_id == t.id).order_by(col(TicketReport.id))
        return list(dict.fromkeys(self.s.exec(q).all()))

    # ---- intake --------------------------------------------------------------------------
    def intake(self, msg: InboundMessage, u: Understanding) -> Intake:
        building = (u.location.building if u.location and u.location.building else None) \
            or self.d.building_of_chat(msg.chat_id)
        if u.fixed_report:
            views = self.candidates(msg)
            fixed = match_fixed(u, views, self.vocab) if views else None
            if fixed is not None:
                t = self._by_no(fixed.ticket_no)
                self._fixed_reported(t, msg, list(fixed.reasons))
                return Intake("fixed_report", t.no, t.color, t.category)
            return Intake("ignored")
        if could_match(u, msg.text, self.vocab) and (views := self.candidates(msg)):
            match = match_repeat(u, msg.text, msg.sender_id, building, views, self.vocab)
            if match is not None:
                return self._merge(self._by_no(match.ticket_no), msg, u, match.kind, list(match.reasons))
        if not u.request:
            return Intake("ignored")
        return self._file(msg, u, building)

    def _fixed_reported(self, t: Ticket, msg: InboundMessage, reasons: list[str]) -> None:
        """A resident says the problem is over: offer it to the holder as evidence to close."""
        t.fixed_reported_at = t.updated_at = self.now
        self.s.add(t)
        self.log(t, "fixed_reported", msg.sender_id, msg_id=msg.msg_id, text=msg.text[:300], reasons=reasons)
        self.notify_holder(t, T.FIXED_OFFER.format(no=t.no, text=msg.text[:200]))

    def _file(self, msg: InboundMessage, u: Understanding, building: str | None) -> Intake:
        color, category = u.color or "yellow", u.category or "other"
        chain = [lv.as_dict() for lv in self.d.chain_for(building, msg.chat_id)]
        loc = u.location or Location()
        t = _new_ticket(no=None, color=color, category=category, text=msg.text[:2000],
                       building=building, unit=loc.unit, floor=loc.floor, room=loc.room,
                       written_location=u.location.as_dict() if u.location else None,
                       platform=msg.platform, chat_id=msg.chat_id, source_msg_id=msg.msg_id,
                       reporter_id=msg.sender_id, reporter_name=msg.sender_name,
                       holder_id=chain[0]["person"], holder_level=0, chain=chain,
                       created_at=self.now, updated_at=self.now, reasons=list(u.reasons),
                       keywords=list(u.keywords))
        self.set_clocks(t)
        self._insert_filed(t)
        self.reader.remember(t)
        self.log(t, "filed", msg.sender_id, color=color, category=category, reasons=list(u.reasons),
                 chain=chain, ack_due=t.ack_due_at.isoformat() if t.ack_due_at else None)
        level, name = self.holder_label(t)
        if self.is_private(t):
            self.to_group(t, T.FILED_PRIVATE.format(no=t.no), quote=msg.msg_id, reply_token=msg.reply_token)
        else:
            self.to_group(t, T.FILED.format(icon=T.COLOR_ICONS[color], no=t.no, color=T.COLOR_NAMES[color],
                                        category=T.CATEGORY_NAMES.get(category, category), level=level,
                                            holder=name),
                          quote=msg.msg_id, mentions=(t.holder_id,) if t.holder_id else (),
                          reply_token=msg.reply_token)
        self.notify_holder(t, T.FILED_NOTIFY.format(no=t.no, color=T.COLOR_NAMES[color],
                                                    category=T.CATEGORY_NAMES.get(category, category),
                                                    place=self.place_text(t), text=msg.text[:300]))
        return Intake("filed", t.no, t.color, t.category)

    def _insert_filed(self, t: Ticket) -> None:
        """Number the new ticket and insert it and its first report (the message it was filed
        from). Core INSERTs (the ORM's unit of work was most of the cost of filing); `t` stays
        outside the session: later changes in this transaction load the row anew."""
        if self._one_statement_filing:
            row = self.s.execute(_file_statement(), _columns(t)).first()
            if row is not None:
                t.id, t.no = row
                return
        t.no = self._next_no()
        t.id = self.s.execute(_ticket_insert(), _columns(t)).scalar_one()
        self.s.execute(plain_insert(TicketReport), dict(ticket_id=t.id, msg_id=t.source_msg_id, sender_id=t.reporter_id,
                                                        kind="first", text=t.text, at=t.created_at))

    def notify_holder(self, t: Ticket, text: str) -> None:
        """Tell the current holder personally; at the office level, the office group."""
        if t.holder_id:
            self.to_person(t.holder_id, text, t)
        elif self.d.office_chat:
            enqueue(self.s, self.now, platform=self.d.platform_for_chat(self.d.office_chat),
                    chat_id=self.d.office_chat, text=text, ticket_no=t.no)
        else:
            for staff in sorted(self.d.staff):
                self.to_person(staff, text, t)

    def _merge(self, t: Ticket, msg: InboundMessage, u: Understanding, kind: str, reasons: list[str]) -> Intake:
        known = set(self.reporters(t))
        self.s.execute(plain_insert(TicketReport), dict(ticket_id=t.id, msg_id=msg.msg_id, sender_id=msg.sender_id,
                                                   kind=kind, text=msg.text[:2000], at=self.now))
        if msg.sender_id not in known:
            t.reporters += 1
        t.updated_at = self.now
        if kind == "follow_up" and u.location:
            for part in ("unit", "floor", "room"):
                if getattr(t, part) is None and getattr(u.location, part):
                    setattr(t, part, getattr(u.location, part))
        raised = bool(u.request and u.color and COLOR_RANK[u.color] < COLOR_RANK[t.color])
        self.log(t, "merged" if kind == "repeat" else "follow_up", msg.sender_id, msg_id=msg.msg_id,
                 reasons=reasons + list(u.reasons))
        if raised:
            old, t.color = t.color, u.color  # type: ignore[assignment]
            self.set_clocks(t)
            self.log(t, "recolored", msg.sender_id, old=old, new=t.color, reasons=list(u.reasons))
            self.notify_holder(t, T.RAISED_NOTIFY.format(no=t.no, color=T.COLOR_NAMES[t.color],
                                                         text=msg.text[:300]))
        self.s.add(t)
        if kind == "follow_up" and not raised:
            text = T.FOLLOW_UP.format(no=t.no)
        elif raised:
            text = T.MERGED_RAISED.format(no=t.no, count=t.reporters, color=T.COLOR_NAMES[t.color])
        else:
            text = T.MERGED.format(no=t.no, count=t.reporters)
        self.to_group(t, text, quote=msg.msg_id, reply_token=msg.reply_token)
        return Intake("merged" if kind == "repeat" else "follow_up", t.no, t.color, t.category)

    # ---- responder actions ------------------------------------------------------------------
    def may_act(self, t: Ticket, actor: str) -> bool:
        """The holder, anyone above the holder in the ticket's chain, and staff."""
        if actor in self.d.staff or actor == t.holder_id:
            return True
        if t.chain and actor in (t.chain[t.holder_level].get("members") or ()):
            return True  # any member of a unit the ticket was handed to
        return any(lv.get("person") == actor for lv in t.chain[t.holder_level + 1:])

    def check_actor(self, t: Ticket, actor: str, action: str) -> None:
        if not self.may_act(t, actor):
            level, name = self.holder_label(t)
            raise TicketError(T.NOT_ALLOWED.format(no=t.no, holder=f"{level}{name}",
                                                   action=T.ACTION_NAMES.get(action, action)))

    def check_state(self, t: Ticket, allowed: tuple[str, ...], action: str) -> None:
        if t.state not in allowed:
            raise TicketError(T.WRONG_STATE.format(no=t.no, state=T.STATE_NAMES[t.state],
                                                   action=T.ACTION_NAMES.get(action, action)))

    def acknowledge(self, t: Ticket, actor: str) -> None:
        self.check_actor(t, actor, "ack")
        self.check_state(t, ("open",), "ack")
        t.state, t.acknowledged_at, t.updated_at = "acknowledged", self.now, self.now
        if t.holder_id != actor and actor not in self.d.staff:
            self._take_over(t, actor)
        t.ack_due_at = None
        self.replan(t)
        self.s.add(t)
        self.log(t, "acknowledged", actor)
        self.to_group(t, T.STATE_CHANGED.format(no=t.no, state=T.STATE_NAMES[t.state], who=self.d.name_of(actor)))

    def _take_over(self, t: Ticket, actor: str) -> None:
        for i, lv in enumerate(t.chain):
            if lv.get("person") == actor:
                t.holder_level, t.holder_id = i, actor
                return

    def resolve(self, t: Ticket, actor: str, remark: str = "") -> None:
        self.check_actor(t, actor, "resolve")
        self.check_state(t, ACTIVE, "resolve")
        t.state, t.resolved_at, t.updated_at = "resolved", self.now, self.now
        t.ack_due_at = t.resolve_due_at = None
        t.rating = t.rated_at = None
        self.replan(t)
        self.s.add(t)
        self.log(t, "resolved", actor, remark=remark)
        who = self.d.name_of(actor)
        # a private-category ticket's remark stays out of the group (the log keeps it)
        text = (T.RESOLVED_REMARK.format(no=t.no, who=who, remark=redact(remark[:200]))
                if remark and not self.is_private(t)
                else T.STATE_CHANGED.format(no=t.no, state=T.STATE_NAMES[t.state], who=who))
        reporters = tuple(self.reporters(t))
        self.to_group(t, text, mentions=reporters)
        self.to_group(t, T.RATE_ASK.format(no=t.no), mentions=reporters)

    def status_line(self, t: Ticket) -> str:
        level, name = self.holder_label(t)
        category = T.PRIVATE_CATEGORY if self.is_private(t) else T.CATEGORY_NAMES.get(t.category, t.category)
        return T.QUERY_ONE.format(no=t.no, state=T.STATE_NAMES[t.state], color=T.COLOR_NAMES[t.color],
                                  category=category, level=level,
                                  holder=name, age=T.age_text((self.now - t.created_at).total_seconds() / 60))
