"""A care need told while still waiting on an outage: one more report of the outage.

"水还没来啊？家里有个卧床的老人 要擦身 能不能先送点水来", "电到底什么时候能恢复 我爸的制氧机等着用": someone vulnerable
is named and hands are asked for (care_apart.hands_for), which alone would make the message a care ticket of its
own; but the message first waits on the building's outage (the supply still not back, when will it be), and the
labelled conversations count it as one more report of that outage. Without the wait ("能不能帮忙送两箱水上来
家里就我妈一个人") it stays a care request (care_apart). So is a neighbour's question about the supply asked while
the outage is open ("几点来电啊 冰箱里的东西要坏了", "什么时候来水嘛 都中午了"): the rules read a utility question
(`asks_supply`), yet it waits on the outage filed minutes or hours before, one more report of it.

`awaits_outage` links such a message to the most recent open outage ticket of the supply it waits on, when no
building or unit it writes contradicts the ticket's. A wait naming no supply ("什么时候能恢复") is on the outage only
when the message names no other broken thing ("电梯停了 什么时候能恢复" waits on the lift). Pure functions; the caller
(repeats.match_repeat) has normalised the text.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .likeness import PER_FLAT, families, split_keywords, ticket_keywords
from .written_places import place_conflict
from .types import RepeatMatch, TicketView, Understanding
from .vocab_data import OUTAGE_FAMILIES
from .vocabulary import Vocabulary

# The supply a wait names, by its character in the wait: 水 water, 电 power, 气 gas.
SUPPLY = {"水": "no_water", "电": "no_power", "气": "no_gas"}
# The supply still not back ("水还没来", "电怎么还没来") or asked when it will be ("什么时候能恢复供水", "啥时候来电").
_STILL_OUT = re.compile(r"([水电气])(?:还没|还是没|还不|咋还没|怎么还没|到现在还没)")
# The category a care need is told in: naming one of its families is no other broken thing.
_CARE = "care"
_WHEN_BACK = re.compile(r"(?:什么时候|啥时候|几点|何时)(?:能|才能|可以|会|才)?"
                        r"(?:恢复(?:供)?([水电气])?|来([水电气])|通([水电气])|有([水电气]))")


def waited_supply(text: str) -> tuple[str, str | None] | None:
    """The words by which `text` waits on a supply outage, and the outage family named (None: "什么时候能恢复"
    names no supply), else None."""
    if (m := _STILL_OUT.search(text)) is not None:
        return m.group(0), SUPPLY[m.group(1)]
    if (m := _WHEN_BACK.search(text)) is not None:
        named = next((g for g in m.groups() if g), None)
        return m.group(0), SUPPLY[named] if named else None
    return None


def asks_supply(u: Understanding) -> bool:
    """The rules read the message as a question about a supply (utility_q: "几点来电", "啥时候来水")."""
    return split_keywords(u.keywords)[0] == _SUPPLY_QUESTION


_SUPPLY_QUESTION = "utility_q"


def awaits_outage(u: Understanding, text: str, building: str | None, candidates: Sequence[TicketView],
                  vocab: Vocabulary) -> RepeatMatch | None:
    """The open outage ticket a care need waits on (module doc), else None."""
    waited = waited_supply(text)
    if waited is None or u.fixed_report or u.color == "red":
        return None   # a life at risk ("呼吸机停了") is an emergency of its own, not the outage once more
    words, supply = waited
    if supply is None and _other_broken(u, vocab):
        return None   # "电梯停了 什么时候能恢复": the wait is on the lift it names, not on the water
    outages = []
    for t in candidates:
        tfam = split_keywords(ticket_keywords(t, vocab))[0]
        if (tfam in OUTAGE_FAMILIES and tfam not in PER_FLAT and t.category == "utilities" and t.color != "blue"
                and (supply is None or tfam in (supply, "generic_outage"))
                and not place_conflict(u.location, t.location, building, t.building, supply=True)):
            outages.append((t, tfam))
    if asks_supply(u) and outages and (_LIFE_NEED.search(text) or _other_building(u, [t for t, _ in outages])):
        return None   # "几点来电 家里老人用呼吸机": a life on the supply, a need of its own; "8栋几点来电": another building
    if supply is None and len({f for _, f in outages}) > 1:
        return None   # "什么时候能恢复" with water and power both out: which one is not said
    if not outages:
        return None
    t = min((t for t, _ in outages), key=lambda c: c.minutes_since_last_report)
    return RepeatMatch(t.no, "repeat", (f"waits on the outage of #{t.no} ('{words}'), a need it leaves",))



# a life kept by the supply (a breathing machine, dialysis, oxygen): asked when it comes back, a need of its own
_LIFE_NEED = re.compile("|".join(("制氧", "吸氧", "呼吸机", "雾化", "透析", "氧气")))


def _other_building(u: Understanding, outages: Sequence[TicketView]) -> bool:
    """The question writes a building that none of the open outages' reports wrote."""
    b = u.location.building if u.location else None
    return b is not None and all(t.location and t.location.building and t.location.building != b for t in outages)


def _other_broken(u: Understanding, vocab: Vocabulary) -> bool:
    """The message names a problem family that is no supply outage and no care need (lift_out, burst_pipe...)."""
    return any(f not in OUTAGE_FAMILIES and (k := vocab.families.get(f)) is not None and k.category != _CARE
               for f in families(u.keywords))
