"""Hand over, return, recolour, rate and reopen: state changes with their outbox rows,
in the caller's session (like TicketService, whose helpers they use)."""
from __future__ import annotations

from datetime import timedelta

from bot import texts as T
from bot.outbox import enqueue
from bot.privacy import redact
from bot.textnorm import ascii_digits
from bot.services.tickets import ACTIVE, TicketError, TicketService
from models import Ticket


def _about(t: Ticket) -> dict[str, object]:
    return {"no": t.no, "color": T.COLOR_NAMES[t.color], "category": T.CATEGORY_NAMES.get(t.category, t.category)}


def find_assignee(svc: TicketService, args: str, mentions: tuple[str, ...]) -> dict | None:
    """The chain entry for whom `转交` names: a mentioned person, @name, or a configured unit."""
    d = svc.d
    for pid in mentions:
        if pid in d.people:
            return {"level": "person", "person": pid, "chat": None}
    word = args.strip().lstrip("@＠").split()[0] if args.strip() else ""
    if not word:
        return None
    for key, unit in d.units.items():
        if word in (key, unit.name):
            return {"level": "unit", "name": unit.name, "person": unit.people[0] if unit.people else None,
                    "members": list(unit.people), "chat": unit.chat}
    for pid, p in d.people.items():
        if word in (pid, p.name):
            return {"level": "person", "person": pid, "chat": None}
    return None


def transfer(svc: TicketService, t: Ticket, actor: str, entry: dict) -> None:
    svc.check_actor(t, actor, "transfer")
    svc.check_state(t, ACTIVE, "transfer")
    if entry.get("level") == "unit" and t.chain[t.holder_level].get("name") == entry.get("name"):
        raise TicketError(T.TRANSFER_SAME.format(no=t.no, to=entry.get("name")))
    chain = [dict(lv) for lv in t.chain]
    at = next((i for i, lv in enumerate(chain) if entry.get("level") != "unit"
               and lv.get("person") == entry.get("person")), None)
    if at is None:  # a new holder below the one handing over, who becomes their superior
        chain.insert(t.holder_level, entry)
        at = t.holder_level
    if at == t.holder_level and chain[at].get("person") == t.holder_id and len(chain) == len(t.chain):
        raise TicketError(T.TRANSFER_SAME.format(no=t.no, to=_label(svc, chain[at])))
    old = t.holder_id
    t.chain, t.holder_level, t.holder_id = chain, at, chain[at].get("person")
    t.state, t.acknowledged_at, t.updated_at = "open", None, svc.now
    svc.set_clocks(t)  # the new holder's clocks start now
    svc.s.add(t)
    svc.log(t, "transferred", actor, from_=old, to=t.holder_id, entry=chain[at])
    to = _label(svc, chain[at])
    notify = T.TRANSFER_NOTIFY.format(**_about(t), place=svc.place_text(t), who=svc.d.name_of(actor),
                                      text=t.text[:300])
    if t.holder_id:
        svc.to_person(t.holder_id, notify, t)
    if chain[at].get("level") == "unit" and chain[at].get("chat"):  # never a residents' group
        enqueue(svc.s, svc.now, platform=svc.d.default_platform, chat_id=chain[at]["chat"],
                text=notify if not svc.is_private(t) else T.TRANSFER_NOTIFY.format(
                    **_about(t), place="", who=svc.d.name_of(actor), text=""), ticket_no=t.no)
    svc.to_group(t, T.TRANSFERRED.format(no=t.no, to=to))


def _label(svc: TicketService, lv: dict) -> str:
    name = svc.d.name_of(lv["person"]) if lv.get("person") else ""
    return (lv.get("name") or T.LEVEL_NAMES.get(lv["level"], "")) + name


def return_(svc: TicketService, t: Ticket, actor: str, reason: str) -> None:
    svc.check_actor(t, actor, "return")
    svc.check_state(t, ACTIVE, "return")
    if not reason.strip():
        raise TicketError(T.RETURN_REASON.format(no=t.no))
    t.state, t.updated_at = "returned", svc.now
    t.ack_due_at = t.resolve_due_at = None
    svc.replan(t)
    svc.s.add(t)
    svc.log(t, "returned", actor, reason=reason[:300])
    reason_text = T.PRIVATE_CATEGORY if svc.is_private(t) else redact(reason[:200])
    svc.to_group(t, T.RETURNED.format(no=t.no, who=svc.d.name_of(actor), reason=reason_text))


def may_recolor(svc: TicketService, t: Ticket, actor: str) -> bool:
    if actor in svc.d.staff:
        return True
    return actor in svc.d.chiefs and any(lv.get("person") == actor for lv in t.chain)


def recolor(svc: TicketService, t: Ticket, actor: str, args: str) -> None:
    if not may_recolor(svc, t, actor):
        raise TicketError(T.CHIEF_ONLY.format(action=T.ACTION_NAMES["recolor"]))
    svc.check_state(t, ACTIVE, "recolor")
    word = args.strip()[:1]
    color = T.COLOR_WORDS.get(word)
    if color is None:
        raise TicketError(T.RECOLOR_HOW.format(no=t.no))
    if color == t.color:
        raise TicketError(T.RECOLOR_SAME.format(no=t.no, color=T.COLOR_NAMES[color]))
    reason = args.strip()[1:].lstrip("色").strip(" ，,。")
    old, t.color, t.updated_at = t.color, color, svc.now
    svc.set_clocks(t)
    svc.s.add(t)
    svc.log(t, "recolored", actor, old=old, new=color, reason=reason[:300])
    svc.to_group(t, T.RECOLORED.format(no=t.no, color=T.COLOR_NAMES[color], who=svc.d.name_of(actor)),
                 mentions=(t.holder_id,) if t.holder_id else ())


def parse_rating(args: str) -> int | None:
    args = ascii_digits(args)
    word = args.strip().split()[0] if args.strip() else ""
    by_word = {"1": 1, "2": 2, "3": 3, "满意": 1, "基本满意": 2, "不满意": 3}
    return by_word.get(word)


def rating_window_open(svc: TicketService, t: Ticket) -> bool:
    return t.resolved_at is not None and svc.now <= t.resolved_at + timedelta(
        days=svc.settings.escalation.auto_close_days)


def rate(svc: TicketService, t: Ticket, person: str, rating: int) -> None:
    if person not in svc.reporters(t):
        raise TicketError(T.NOT_REPORTER.format(no=t.no))
    svc.check_state(t, ("resolved", "closed"), "rate")
    if not rating_window_open(svc, t):
        raise TicketError(T.RATE_CLOSED.format(no=t.no))
    t.rating, t.rated_at, t.updated_at = rating, svc.now, svc.now
    svc.s.add(t)
    svc.log(t, "rated", person, rating=rating)
    svc.to_group(t, T.RATED.format(no=t.no, rating=T.RATING_NAMES[rating]))
    if rating == 3:
        reopen(svc, t, person, T.RATING_NAMES[3])


def reopen(svc: TicketService, t: Ticket, person: str, why: str) -> None:
    """Back to its holder with fresh clocks; the grid chief is told."""
    if person not in svc.reporters(t):
        raise TicketError(T.NOT_REPORTER.format(no=t.no))
    svc.check_state(t, ("resolved", "closed"), "reopen")
    if not rating_window_open(svc, t):
        raise TicketError(T.RATE_CLOSED.format(no=t.no))
    t.state, t.resolved_at, t.closed_at, t.acknowledged_at = "open", None, None, None
    t.fixed_reported_at = None  # not fixed after all: it takes repeat reports again
    t.reopened += 1
    t.updated_at = svc.now
    svc.set_clocks(t)
    svc.s.add(t)
    svc.log(t, "reopened", person, why=why[:300])
    level, name = svc.holder_label(t)
    svc.notify_holder(t, T.REOPENED_NOTIFY.format(no=t.no, why=why[:100] or T.RATING_NAMES[3]))
    chief = next((lv.get("person") for lv in t.chain if lv.get("level") == "chief"), None)
    text = T.REOPENED_CHIEF.format(no=t.no, holder=f"{level}{name}")
    if chief and chief != t.holder_id:
        svc.to_person(chief, text, t)
    elif chief is None and t.holder_id and svc.d.office_chat:
        enqueue(svc.s, svc.now, platform=svc.d.default_platform, chat_id=svc.d.office_chat,
                text=text, ticket_no=t.no)
    svc.to_group(t, T.REOPENED_GROUP.format(no=t.no, holder=f"{level}{name}"),
                 mentions=(t.holder_id,) if t.holder_id else ())


def latest_resolved_reported(svc: TicketService, person: str, chat: str | None,
                             unrated: bool = False) -> Ticket | None:
    """The person's most recently resolved ticket from this chat, still in its rating window."""
    for t in svc.reported_by(person, limit=10):
        if t.state == "resolved" and t.chat_id == chat and rating_window_open(svc, t) \
                and not (unrated and t.rating is not None):
            return t
    return None
