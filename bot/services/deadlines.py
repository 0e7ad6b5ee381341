"""The deadline sweeper: finds due tickets with one indexed query and takes each step once.

A step is claimed by a compare-and-set on the ticket's `step_seq` in the same
transaction that applies it and writes its outbox rows and event, so a restart
never loses a step and two processes on one database never both take it.
"""
from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import func, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from bot import texts as T
from bot.clock import aware
from bot.db import write_gate
from bot.escalation.policy import after_overdue, next_step
from bot.outbox import enqueue
from bot.services.directory import Directory
from bot.services.tickets import TicketService
from bot.settings import Settings
from models import Ticket

log = logging.getLogger("linli.deadlines")

BATCH = 200


class Sweeper:
    def __init__(self, engine: Engine, settings: Settings):
        self.engine = engine
        self.settings = settings
        self.directory = Directory(settings)

    def next_due(self) -> datetime | None:
        """The earliest pending step's time (replay steps its clock through these)."""
        with Session(self.engine) as s:
            due = s.exec(select(func.min(Ticket.next_due_at))).first()
        return aware(due) if due else None

    def sweep(self, now: datetime, limit: int = BATCH) -> int:
        """Take every step due at `now`; returns how many this process took."""
        taken = 0
        while True:
            with Session(self.engine) as s:
                q = (select(Ticket.id, Ticket.step_seq).where(Ticket.next_due_at <= now)  # type: ignore[operator]
                     .order_by(col(Ticket.next_due_at), col(Ticket.id)).limit(limit))
                due = list(s.exec(q).all())
            done = sum(self._take(tid, seq, now) for tid, seq in due if tid is not None)
            taken += done
            if len(due) < limit or not done:
                return taken

    def _take(self, ticket_id: int, seq: int, now: datetime) -> bool:
        with write_gate(self.engine), Session(self.engine) as s:  # SQLite: queue with the other writers
            claimed = s.exec(update(Ticket)  # type: ignore[call-overload]
                             .where(col(Ticket.id) == ticket_id, col(Ticket.step_seq) == seq,
                                    col(Ticket.next_due_at) <= now)
                             .values(step_seq=seq + 1))
            if claimed.rowcount != 1:  # another process (or a command) got there first
                s.rollback()
                return False
            t = s.get(Ticket, ticket_id)
            assert t is not None
            svc = TicketService(s, self.directory, self.settings, now)
            step = next_step(svc.clocks(t), self.settings.escalation, self.settings.tz)
            if step is not None and step.due <= now:
                Steps(svc).apply(t, step.kind, step.level)
            svc.replan(t)
            s.add(t)
            s.commit()
            return step is not None and step.due <= now


class Steps:
    """What each deadline step does to a ticket and whom it tells."""

    def __init__(self, svc: TicketService):
        self.svc = svc
        self.d = svc.d

    def apply(self, t: Ticket, kind: str, level: int) -> None:
        getattr(self, kind)(t, level)

    def _about(self, t: Ticket) -> dict[str, object]:
        return {"no": t.no, "color": T.COLOR_NAMES[t.color],
                "category": T.CATEGORY_NAMES.get(t.category, t.category)}

    def escalate(self, t: Ticket, level: int) -> None:
        svc, lv = self.svc, t.chain[level]
        old = t.holder_level
        t.holder_level, t.holder_id = level, lv.get("person")
        t.escalations += 1
        t.ack_due_at = svc.deadline(t, t.ack_minutes or svc.settings.sla[t.color].ack)  # type: ignore[index]
        if level == len(t.chain) - 1:
            t.ack_due_at = None  # the top level: its reminders come from the resolve clock
        t.updated_at = svc.now
        svc.log(t, "escalated", None, from_level=old, to_level=level, to=t.holder_id)
        name, person = svc.level_label(t, level)
        if t.holder_id:
            svc.to_person(t.holder_id, T.ESCALATED_NOTIFY.format(
                **self._about(t), place=svc.place_text(t), text=t.text[:300]), t)
        if lv.get("level") == "office" or not t.holder_id:
            self._to_office(t, T.ESCALATED_OFFICE.format(**self._about(t)), chat=lv.get("chat"))
        svc.to_group(t, T.ESCALATED_GROUP.format(no=t.no, level=name))

    def overdue(self, t: Ticket, level: int) -> None:
        svc = self.svc
        late = T.age_text((svc.now - t.resolve_due_at).total_seconds() / 60) if t.resolve_due_at else ""
        t.overdue_level, t.overdue_count = after_overdue(svc.clocks(t), level)
        t.last_notice_at = svc.now
        svc.log(t, "overdue", None, level=level, count=t.overdue_count)
        about = self._about(t)
        if t.holder_id:
            svc.to_person(t.holder_id, T.OVERDUE_HOLDER.format(**about, late=late), t)
        superior = t.chain[level]
        lname, pname = svc.holder_label(t)
        text = T.OVERDUE_SUPERIOR.format(**about, holder=f"{lname}{pname}", late=late)
        person = superior.get("person")
        if person and person != t.holder_id:
            svc.to_person(person, text, t)
        elif not person:
            self._to_office(t, text if t.holder_id else T.OVERDUE_HOLDER.format(**about, late=late),
                            chat=superior.get("chat"))

    def close(self, t: Ticket, level: int) -> None:
        svc = self.svc
        t.state, t.closed_at, t.updated_at = "closed", svc.now, svc.now
        svc.log(t, "closed", None, auto=True)

    def _to_office(self, t: Ticket, text: str, chat: str | None) -> None:
        svc = self.svc
        chat = chat or self.d.office_chat
        if chat:
            enqueue(svc.s, svc.now, platform=self.d.default_platform, chat_id=chat, text=text, ticket_no=t.no)
        else:
            for staff in sorted(self.d.staff):
                svc.to_person(staff, text, t)
