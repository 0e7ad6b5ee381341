"""Who speaks: staff, building leaders and grid chiefs answer and announce; residents report.

A responder's message is a request only when it reports an emergency it is not yet handling,
or passes a resident's problem up to the office. A resident who caused a problem and says
it is in hand is not asking for anything.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .marks import Mark
from .office_question import asks_office
from .official_named import official_named
from .passing_up import ACT_NOW_ASK, RELAY_SOMEONE, SCHEDULED_WHEN, STAFF_ASK, ask_passed_up
from .patrol_found import patrol_found
from .responder_handling import (ALREADY_HANDLING, CALLED_HELP, FOLLOW_UP, SEEN_TO, SPOKEN_ENDS, STILL_ON, busy,
                                 clause_at, handling, more_hands)
from .vocab_handling import APOLOGY, CALL_FAILED, HELP_ASK, SELF_HANDLING
from .vocab_passing_up import (ANSWER_OPENINGS, AUDIENCE, CALLED_OFF, ESCALATE, NOTICE_OPENINGS, SCHEDULED_WORK,
                               STAFF_RELAY, TO_RESIDENTS)

RESPONDERS = ("staff", "leader", "chief")
# Staff relaying a resident's report (vocab_passing_up.STAFF_RELAY) near the start of the message
_RELAY_WITHIN = 14  # characters from the start
# "收到。另外..." acknowledges one thing, then raises another: what it acknowledged is no answer to the new one.
BESIDES = ("另外", "还有个事", "还有件事", "顺便说")


_RELAYED = frozenset({Mark.RELAYED})
_PATROL = frozenset({Mark.RELAYED, Mark.PATROL})
_IN_HAND = frozenset({Mark.IN_HAND})
_FIRM = frozenset({Mark.FIRM})
_NOTICE = frozenset({Mark.FIRM, Mark.NOTICE})


@dataclass(frozen=True, slots=True)
class Speaker:
    """The verdict on who speaks: stop (not a request, why) or go on as `role`."""

    stop: str | None = None
    note: str | None = None
    role: str = "resident"
    red_only: bool = False     # a responder reporting an emergency: only the red cues count
    no_red: bool = False       # a responder passing up what is left of a danger already in hand: its red cues do not count
    marks: frozenset[Mark] = frozenset()   # what the verdict establishes (marks.py), beside its stop or note


def speaker(role: str, has_red: bool, t: str, precaution: Sequence[str] = (), reassured: Sequence[str] = ()) -> Speaker:
    """Who speaks and what that makes of the message. `precaution`: words keeping people away
    ("别靠近"), which after a handling verb are a precaution, not handling the danger; `reassured`:
    words saying nobody is hurt or in danger ("没人受伤")."""
    if role in RESPONDERS:
        help_at = min((t.find(w) for w in HELP_ASK if w in t), default=-1)
        relay = next((w for w in STAFF_RELAY if w in t[:_RELAY_WITHIN]), None) if role == "staff" else None
        if role == "staff" and relay is None and (m_r := RELAY_SOMEONE.search(t)) and STAFF_ASK.search(t) \
                and not has_red and not busy(t[m_r.end():], audience=False):
            return Speaker(note=f"{role} passes a problem up to the office ('{m_r.group(0)}')", role="resident",
                           marks=_RELAYED)
        if (relay and not has_red and not t.lstrip().startswith(NOTICE_OPENINGS)
                and not busy(t[t.find(relay) + len(relay):], audience=False)):
            return Speaker(note=f"{role} relays a resident's report ('{relay}')", role="resident")
        if role == "staff" and not has_red and not t.lstrip().startswith(NOTICE_OPENINGS) \
                and not any(a in t for a in AUDIENCE) and (m_a := STAFF_ASK.search(t)) \
                and not busy(t[:m_a.start()], audience=False) and "我帮" not in t[:m_a.start()] \
                and not t.lstrip().startswith(ANSWER_OPENINGS) and not any(n in m_a.group(0) for n in CALLED_OFF) \
                and not (SCHEDULED_WHEN.search(t[:m_a.end()]) and any(w in t for w in SCHEDULED_WORK)):
            return Speaker(note=f"{role} passes a problem up to the office: asks someone to act ('{m_a.group(0)}')",
                           role="resident", marks=_RELAYED)
        if role == "staff" and not has_red and (found := patrol_found(t)):
            return Speaker(note=f"{role} passes up what a patrol found ({found})", role="resident", marks=_PATROL)
        if role == "staff" and has_red and help_at < 0 and (m_n := ACT_NOW_ASK.search(t)) \
                and not t.lstrip().startswith(NOTICE_OPENINGS + ANSWER_OPENINGS) and not any(a in t for a in AUDIENCE) \
                and not handling(t[:m_n.start()]) and not ALREADY_HANDLING.search(t[:m_n.start()]):
            # "巡查发现外墙瓷砖松了 还在翘 请物业马上拉警戒线": a danger found on rounds, a service asked to act
            # now; the staff member reports it, not handling it
            return Speaker(note=f"{role} reports a danger and asks a service to act now ('{m_n.group(0)}')",
                           role=role, red_only=True)
        if role == "staff" and not (has_red and help_at >= 0 and not t.lstrip().startswith(("【", "通知", "提醒"))):
            return Speaker(stop=f"not request: {role} announces or answers", role=role, marks=_FIRM)
        # "请社区今天安排..." asks the office to act: markers after the ask are part of it
        ask_at = min((t.find(w) for w in ESCALATE if w in t), default=len(t))
        if has_red and help_at >= 0:
            ask_at = min(ask_at, help_at)
            t = CALLED_HELP.sub("", t[:ask_at]) + t[ask_at:]
            ask_at = min((t.find(w) for w in ESCALATE + HELP_ASK if w in t), default=len(t))
        if not has_red:
            escalates = ask_passed_up(t)
            if escalates and escalates not in ESCALATE:
                if any(a in t for a in AUDIENCE) or any(w in t for w in SCHEDULED_WORK):
                    escalates = None   # said to everyone, or planned work announced
                else:
                    ask_at = min(ask_at, t.find(escalates))
            besides = max((t.find(w) for w in BESIDES if w in t[:ask_at]), default=0)
            before = t[besides:ask_at]
            # "已经拉了警戒线，没人受伤，请安排维修": what is already done in an earlier clause is no
            # answer to the ask; only handling in the ask's own clause is
            # (a space between words ends a clause in chat: "今天已经送了 以后能不能让服务站每周送")
            clause = before[max(before.rfind(b) for b in SPOKEN_ENDS) + 1:]
            if not escalates and (named := official_named(t)) and not busy(t, audience=False):
                return Speaker(note=f"{role} puts a question or a need to an official ({named})", role="resident",
                               marks=frozenset({Mark.ADDRESSED}))
            if not escalates and asks_office(t):
                return Speaker(note=f"{role} asks the office a question", role="resident")
            if not escalates and t.lstrip().startswith(NOTICE_OPENINGS):
                # "各位居民 ... 大家检查一下": a notice to everyone, firm against the model (Mark.FIRM)
                return Speaker(stop=f"not request: {role} announces to the residents", role=role, marks=_NOTICE)
            if not escalates or busy(before, handling=False) or busy(clause) \
                    or any(w in t for w in TO_RESIDENTS):
                return Speaker(stop=f"not request: {role} speaks without an emergency", role=role)
            return Speaker(note=f"{role} passes a problem up to the office ('{escalates}')", role="resident",
                           marks=_RELAYED | ({Mark.QUESTIONS_RELAYED} if "问" in escalates else set()))
        handled = handling(t[:ask_at])
        if handled is None and (m_h := ALREADY_HANDLING.search(t[:ask_at])) \
                and not any(p in t[m_h.end():m_h.end() + 8] for p in precaution):
            handled = m_h.group(0)
        if handled is None and help_at < 0 and (m_s := SEEN_TO.search(t[:ask_at])):
            handled = m_s.group(0)
        escalates = next((w for w in ESCALATE if w in t[ask_at:ask_at + 6]), None) if help_at < 0 else None
        safe = next((w for w in reassured if w in t[:ask_at]), None)
        still = STILL_ON.search(t) if handled else None
        if handled and escalates and safe and not still and handled not in clause_at(t, ask_at) \
                and not any(w in t for w in TO_RESIDENTS):
            # "棚顶塌了，已经拉了警戒线，没人受伤，请安排维修": the danger is in hand and nobody is hurt;
            # the repair is passed up
            return Speaker(note=f"{role} has the danger in hand ('{handled}') and passes the rest up ('{escalates}')",
                           role="resident", no_red=True, marks=_IN_HAND)
        follow = FOLLOW_UP.search(t) if handled and help_at < 0 and not still else None
        if follow and handled not in clause_at(t, follow.start()) and t.find(handled) < follow.start() \
                and not any(w in t for w in TO_RESIDENTS) and not more_hands(t, follow.start(), handled):
            # "已报警处理 后续请司法所介入调解": the emergency is in hand; the follow-up is passed up
            return Speaker(note=f"{role} has the emergency in hand ('{handled}') and passes a follow-up up "
                                f"('{follow.group(0)}')", role="resident", no_red=True, marks=_IN_HAND)
        more = more_hands(t, ask_at, handled) if handled and not safe else None
        if handled and not more and still:
            return Speaker(note=f"{role} has called help ('{handled}') but the danger goes on ('{still.group(0)}')",
                           role=role, red_only=True)
        if more:
            # "电梯困人，已通知维保，请社区协调消防": the help called is not enough; the office is asked
            # for more, so the emergency is still to be handled
            return Speaker(note=f"{role} has called help ('{handled}') and asks the office for more ('{more}')",
                           role=role, red_only=True)
        failed = next((w for w in CALL_FAILED if w in t[t.find(handled) + len(handled):]), None) if handled else None
        if failed:   # "已经叫人别动了 供电所电话打不通": a precaution taken, the help that would handle it out of reach
            return Speaker(note=f"{role} took a step ('{handled}') but could not reach help ('{failed}')", role=role,
                           red_only=True)
        if handled:
            return Speaker(stop=f"not request: {role} is handling it ('{handled}')", role=role, marks=_FIRM)
        return Speaker(note=f"{role} reports an emergency", role=role, red_only=True)
    if not has_red and any(a in t for a in APOLOGY) and any(m in t for m in SELF_HANDLING):
        return Speaker(stop="not request: the resident answers that they are handling it themselves", role=role)
    return Speaker(role=role)
