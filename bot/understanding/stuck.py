"""Who is stuck by the problem just reported: one more report of it, not a new care request.

After "电梯又停了 显示屏黑的", neighbours write "我老妈在18楼 下不来了", "我住二十三楼 爬不上去":
people stranded by the same lift. After "电梯卡住了 里面有人", "是我妈 说里面特别闷": the person
inside it. After "婆婆电话一直没人接 帮忙敲下门", "敲了没人应 里头好像有人在哼": the person behind
the door. Each reads as a care request of its own (an old parent, a cry for help), yet the labelled
conversations count it as another report of the ticket just filed (GUIDELINES: the same problem).

`stuck` links such a message to the chat's latest open ticket when all of:

- the ticket is a lift (category elevator) or a person no one can reach (category care), reported
  within `STUCK_MINUTES` by another resident, and is no consultation;
- the message is a request telling of people stranded upstairs (lift), of someone inside the lift, or
  of someone behind the door (care), and names no other problem family;
- someone heard inside a stopped lift after a care ticket (an oxygen machine without power) is
  the lift's emergency, not the person behind the care ticket's door;
- a stranded neighbour asking for hands ("能不能找几个人帮忙抬一下", "下不去楼怎么办") asks for help of
  its own: a care request, labelled apart, not linked here.
- no building, unit or lift qualifier contradicts the ticket's (1号梯 vs 2号梯 are two lifts).

Pure functions; the words are data in vocab_topic.py.
"""
from __future__ import annotations

from collections.abc import Sequence

from .topic import latest_from_another
from .types import RepeatMatch, TicketView, Understanding
from .vocab_topic import AIRLESS, BEHIND_DOOR, CAUGHT, HELP_ASK, IN_LIFT, INSIDE, LIFT_INSIDE, LIFT_WORDS, STRANDED

STUCK_MINUTES = 30.0
_LIFT_FAMILIES = {"lift_out", "trapped", "lift_minor"}
_MY_FAMILIES = {None, "distress", "care_urgent", "person_down", "alone_silent", "lift_out", "trapped", "lift_minor",
                "generic_fault"}


def _no_stairs(text: str) -> str:
    """The text with 楼梯 (the stairs) blanked, so that 梯里 / 梯门 read only a lift ("楼梯里太黑" is no lift)."""
    return text.replace("楼梯", "楼_")


def _names_lift(fam: str | None, text: str) -> bool:
    """The message is about a lift ("电梯停在半中间 里头好像有人"): someone inside it, not behind a home's door."""
    # the rules' lift family (电悌 is folded there), not the model's category: "门里头有人" is a home's door
    if fam in _LIFT_FAMILIES:
        return True
    plain = _no_stairs(text)
    return any(w in plain for w in LIFT_WORDS)


def trapped_in_lift(text: str) -> bool:
    """Someone is caught inside a lift ("我老公在电梯里 停电的时候卡在半路了"): the lift's emergency, a ticket
    of its own even when a power cut stopped it (the outage's ticket is the building's supply)."""
    plain = _no_stairs(text)
    return any(w in plain for w in LIFT_INSIDE) and any(w in text for w in CAUGHT)


def stuck(u: Understanding, fam: str | None, text: str, sender_id: str, building: str | None,
          candidates: Sequence[TicketView]) -> RepeatMatch | None:
    """The chat's latest open ticket if this message tells who is stuck by it."""
    if not u.request or u.fixed_report or fam not in _MY_FAMILIES:
        return None
    t = latest_from_another(u, text, sender_id, building, candidates, STUCK_MINUTES)
    if t is None:
        return None
    lift = t.category == "elevator" or bool(_LIFT_FAMILIES & set(t.keywords))
    plain = _no_stairs(text)
    if (lift and (w := next((w for w in STRANDED if w in text), None)) is not None
            and not any(h in text for h in HELP_ASK)):
        why = f"stranded by the lift ('{w}')"
    elif lift and (w := next((w for w in IN_LIFT if w in plain), None)) is not None:
        why = f"someone inside the lift ('{w}')"
    elif (lift and (w := next((w for w in AIRLESS if w in text), None)) is not None
          and ("trapped" in t.keywords or any(i in plain for i in INSIDE))):
        why = f"someone short of breath inside the lift ('{w}')"
    elif (t.category == "care" and not _names_lift(fam, text)
          and (w := next((w for w in BEHIND_DOOR if w in text), None)) is not None):
        why = f"the person behind the door ('{w}')"
    else:
        return None
    return RepeatMatch(t.no, "repeat", (f"tells who is stuck by #{t.no}: {why}, "
                                        f"{t.minutes_since_reported():.0f} min later",))
