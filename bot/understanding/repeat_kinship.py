"""How one open ticket stands to a message: the same problem or not, and whether their places keep them apart.

The same family (or a generic fault of the same category), a link of the same category (the message also
names the ticket's problem, the same object, a status question after it), a more urgent form of it, water
that reached the ticket's thing, a smell that grows after a gas or smoke report; and whether the problem is
one for inner places to split (a supply outage, a lift, a smell, a sewage stack are not). Pure functions over
`repeat_reading.MessageReading` and the ticket.
"""
from __future__ import annotations

from dataclasses import dataclass

from .home_or_shared import home_vs_shared, own_door_vs_entrance, shared_only
from .likeness import (LEAK_FAMILIES, PER_FLAT, burning, cue_parts, escalates, families, is_broad, own_problem,
                       same_family, split_keywords, ticket_keywords)
from .matter import mount_broken, weak_supply
from .repeat_reading import BY_THE_WAY, MessageReading
from .smell_apart import guessed_leak
from .topic import qualifier_conflict
from .types import TicketView
from .vocab_data import OUTAGE_FAMILIES
from .vocabulary import Vocabulary, normalise_words
from .water_spread import water_reached
from .written_places import leak_stack, place_conflict

CORROBORATE_MINUTES = 30.0
REPEAT_MINUTES = 7 * 24 * 60.0
_SMELL_DANGERS = {"gas_leak", "fire"}
# A smell or smoke spreads through a building: the floor each neighbour names does not split it.
_DIFFUSE = {"gas_leak", "fire", "smell"}
# A neighbour smelling it too: 味 (焦味, 烟味), smoke that stings (呛鼻子, 呛人), or "闻到了" (闻着了, 闻见了).
_SMELLS = ("味", "呛", "闻到", "闻着", "闻见")   # 闻着 / 闻见: the north's and Henan's 闻到
# ...and a neighbour smelling the gas too who cries for help: the same leak (a door no one opens is a
# person at risk, a red care ticket of its own).
_SMELL_CRIES = {"distress"}
# ...not "here it does not smell" (我们五楼倒是没烟味，就是炉子老熄火): another problem told by contrast.
_NO_SMELL = ("没烟味", "没味", "没有味", "没啥味", "没什么味", "没闻到", "闻不到", "没有烟", "没闻着", "闻不着", "没闻见",
             "闻不见")
# One unit's drain stack: sewage coming up at its shared drains is the same blockage.
_STACKS = {"sewage"}


@dataclass(frozen=True, slots=True)
class Kinship:
    """The ticket's problem beside the message's (module doc)."""
    tkw: tuple[str, ...]          # the ticket's keywords
    tfam: str | None
    tcues: set[str]
    tplaces: set[str]
    same: bool                    # the same problem
    link: str | None              # why a problem of the same category is the ticket's
    escalated: bool               # a more urgent form of it
    flowing: bool                 # water that reached the ticket's thing
    smell_link: bool              # a smell growing after a gas or smoke report
    supply: bool                  # one for the building: inner places do not split it
    stack: bool                   # sewage at a unit's shared drains
    compatible: bool              # categories that do not tell two problems apart


def kinship(r: MessageReading, t: TicketView, vocab: Vocabulary) -> Kinship:
    """How the ticket's problem stands to the message's (module doc)."""
    u, text, fam, cues, cat = r.u, r.text, r.fam, r.cues, r.cat
    tkw = ticket_keywords(t, vocab)
    tfam, tcues, tplaces = split_keywords(tkw)
    same = same_family(fam, tfam) or ("generic_fault" in (fam, tfam) and cat == t.category)
    link = None
    if not same and u.request and t.color != "blue" and cat == t.category:
        if tfam in r.fams and not is_broad(tfam, vocab) and BY_THE_WAY not in text:
            link = f"also names the problem of #{t.no} ({tfam})"
        elif fam and fam.startswith("fault_") and any(c in d for c in cues for d in tcues | cue_parts(tcues)):
            link = f"the same object as #{t.no} ('{sorted(cues)[0]}')"
        elif (r.status_ask and t.minutes_since_last_report <= REPEAT_MINUTES
              and not own_problem(fam, tfam, tkw)):
            link = f"asks after the open problem of #{t.no} ('{r.status_ask}')"
        same = bool(link)
    escalated = False
    if not same and escalates(fam, tfam):
        escalated = True
        # a more urgent report of the same thing: share a cue word or a building part
        same = bool(cue_parts(cues) & cue_parts(tcues))
    elif (not same and r.corroborates and escalates(tfam, fam)
          and t.minutes_since_last_report <= CORROBORATE_MINUTES):
        escalated = same = True   # "I saw it too, and more of it is loose": the urgent ticket's thing
    flowing = not same and water_reached(fam, families(tkw), t)
    if flowing:
        escalated = same = True   # the leak just reported has reached the meter box: the same water
    if (not same and any(w in text for w in _SMELLS) and not any(w in text for w in _NO_SMELL)
            and (fam in (None, "smell", "generic_fault") or (fam in _SMELL_CRIES and tfam in _SMELL_DANGERS)
                 or (fam in LEAK_FAMILIES and tfam == "gas_leak" and guessed_leak(text)))   # "是不是管子漏了": the gas's pipe
            and (tfam in _SMELL_DANGERS or burning(t))
            and t.minutes_since_last_report <= CORROBORATE_MINUTES):
        same = smell_link = True   # "that smell is getting stronger" after a gas / smoke report
    else:
        smell_link = False
    # building-wide problems, a lift, and a "me too from my floor": inner places do not split them
    # "me too" from another floor joins an outage, a noise, a smell; not a fault of the building at a spot
    # (a floor's light, a unit's door): that is another one
    # ...unless "still cold": the heating the ticket is about, whoever's radiator it is
    per_flat = bool(PER_FLAT & {fam, tfam}) and not r.still_cold
    spot = cat == "facility" or per_flat
    supply = same and ((fam in OUTAGE_FAMILIES and not per_flat) or cat == "elevator"
                       or bool(r.corroborates and not r.differs and not spot)
                       or (fam in _DIFFUSE and tfam in _DIFFUSE) or bool(link) or smell_link or flowing)
    # sewage backing up at the unit's shared drains (hall, door, manhole) is one blockage: the floors and
    # building parts they name do not split it (a home's own drain, another flat's, is labelled apart)
    stack = same and fam in _STACKS and shared_only(text) and shared_only(t.text)
    compatible = (r.generic or t.category in (None, "other") or u.category == t.category or escalated
                  # the same fault one side read as the supply's or the fitting's for its whose-matter words
                  # ("电压不稳 楼道灯一闪一闪" then "楼道的灯也一直闪"): whose matter, not another problem
                  or (same and fam == tfam and {u.category, t.category} == {"facility", "utilities"}
                      and any(weak_supply(x) or mount_broken(x) for x in (text, normalise_words(t.text)))))
    return Kinship(tkw, tfam, tcues, tplaces, same, link, escalated, flowing, smell_link, supply, stack, compatible)


def kept_apart(r: MessageReading, t: TicketView, k: Kinship, same_sender: bool, building: str | None) -> bool:
    """Their places or doors keep the message and the ticket apart, or the message claims what the outage
    spoiled: no repeat, no follow-up of this ticket."""
    conflict = (place_conflict(r.u.location, t.location, building, t.building, k.supply or k.stack)
                or qualifier_conflict(r.text, t.text))   # 1号梯 vs 2号梯, 南门 vs 北门, 高区 vs 低区
    if (conflict and k.same and LEAK_FAMILIES & {r.fam, k.tfam}
            and leak_stack(r.u.location, t.location, r.text)):
        conflict = None   # the flat right below the leak (its ceiling drips), or right above it (its own pipe leaks)
    if conflict or (not k.supply and not same_sender and home_vs_shared(r.text, t.text)):
        return True
    if own_door_vs_entrance(r.text, t.text):
        return True   # a flat's own smart lock and the building's entrance gate: two doors
    return r.claim   # who pays for what the outage spoiled: a question of its own, even the reporter's
