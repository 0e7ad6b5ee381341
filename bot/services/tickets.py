"""Tickets: filing, merging, acknowledging, resolving. Each call runs inside the
caller's session; every state change appends an event and writes its outbox rows
in that same transaction."""
from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from bot import deferred
from bot import texts as T
from bot.message import InboundMessage
from bot.escalation.policy import Clocks, add_minutes, next_step
from bot.outbox import enqueue
from bot.privacy import redact
from bot.services.candidates import ACTIVE, CandidateReader
from bot.services.directory import Directory
from bot.services.intake import Intake, intake
from bot.services.ticket_rows import next_no_statement
from bot.settings import Settings
from bot.understanding import TicketView, Understanding, Vocabulary
from models import Counter, Ticket, TicketEvent, TicketReport

__all__ = ["ACTIVE", "Intake", "TicketError", "TicketService"]


class TicketError(Exception):
    """A refusal to show the person who asked (the text is already user-facing)."""


class TicketService:
    def __init__(self, session: Session, directory: Directory, settings: Settings, now: datetime,
                 vocab: Vocabulary | None = None, reader: CandidateReader | None = None):
        self.s = session
        self.reader = reader or CandidateReader()
        self.d = directory
        self.settings = settings
        self.now = now
        self.vocab = vocab
        self.one_statement_filing = session.get_bind().dialect.name == "postgresql"

    # ---- lookups -------------------------------------------------------------------------
    def get(self, no: int) -> Ticket | None:
        # FOR UPDATE (omitted on SQLite, whose writes are serialised): a sweeper step and a
        # command on the same ticket never overwrite each other on PostgreSQL
        return self.s.exec(select(Ticket).where(Ticket.no == no).with_for_update()).first()

    def candidates(self, msg: InboundMessage) -> list[TicketView]:
        """The open tickets this message may repeat, follow up or report fixed."""
        return self.reader.read(self.s, msg, self.now)

    def by_no(self, no: int) -> Ticket:
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
    def next_no(self) -> int:
        row = self.s.execute(next_no_statement()).first()
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

    # ---- intake (bot/services/intake.py) ---------------------------------------------------
    def intake(self, msg: InboundMessage, u: Understanding) -> Intake:
        """File, merge, follow up or take a fixed report: what this message does to the tickets."""
        return intake(self, msg, u)

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
