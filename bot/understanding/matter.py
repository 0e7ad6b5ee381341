"""Whose matter a problem is, beyond the cue that named it (vocab_matter.py): GUIDELINES' "the one
that names what must be dealt with". Each reading gives the category and its reason, or None.

- `last_matter` runs last on any reading (rules or model, last_word.last_word): a subsidy, compensation
  or renovation-programme question, how or by what rule a supply's fee is paid, or a job (or training for
  one) asked for, is
  affairs (where the loss reads as a fault, money_asked decides); damages claimed as a complaint are a
  claim (other); an unguarded works trench, tools left in the way, thieves feared or a dog going at people
  are safety; a neighbour's mess onto one's home after talks failed is a dispute (read as sanitation, safety,
  a building part or nothing); paving heaved up by a
  tree's roots, or an appliance's mount, is facility; lights flickering for a weak supply are the
  supply's (utilities); a fire lane or escape way told blocked is safety whatever blocks it
  (emergency_way.py); how a medical cost is reimbursed is affairs, not the patient's care.
- `lid_smell_only` and `fire_over_falling_part` are the rules' own adjustments (adjust.py).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .emergency_way import blocked_way_matter
from .scan import Hit
from .word_lists import first_of   # (the kinds' readings import it from here too)
from .vocab_kinds import ZEI_ADVERB, ZEI_NOUN
from .vocab_objects import OBJECTS
from .vocab_matter import (
    AT_PEOPLE,
    BUSINESS,
    CLAIM,
    DAMAGES,
    STILL_GOING,
    DOGS,
    DRAIN,
    DRAINS,
    FAILED_TALK,
    FEE_FAULT,
    FEE_RULE,
    FEES,
    FIRE_FAMILIES,
    HAZARD_TOLD,
    IN_THE_WAY,
    JOB,
    JOB_TRAINING,
    LID,
    LID_DANGER,
    LID_OPEN,
    LID_SMELL,
    LID_SPILLS,
    LINE_WORKS,
    MEDIATION,
    MOUNTED,
    MOUNT_SUPPLY_FAULT,
    MOUNTS,
    NEIGHBOUR,
    NOISE_WORDS,
    ONTO_MY_HOME,
    PROGRAMME,
    PAVING,
    PROWLERS,
    REIMBURSED,
    ROOTS_HEAVE,
    STRUCK_BY_TREE,
    SUPPLY_SOUND,
    TREE_AWAY,
    TRENCH,
    UNGUARDED,
    WEAK_SUPPLY,
    WORK_TOOLS,
)

class Matter(NamedTuple):
    category: str
    reason: str

_FAILED_TALK = re.compile(FAILED_TALK)
_STRUCK_BY_TREE = re.compile(STRUCK_BY_TREE)
_ROOTS_HEAVE = re.compile(ROOTS_HEAVE)
# the category of what an object word names, when it is not a tree's (vocab_objects: fault_<category> families)
_THING_OF = {**{w: f.removeprefix("fault_") for w, f in OBJECTS.items() if f.startswith("fault_") and f != "fault_greenery"},
             **{w: "elevator" for w, f in OBJECTS.items() if f == "lift_out"},
             **{w: "facility" for w, f in OBJECTS.items() if f == "door_lock"},
             **{w: "facility" for w in DRAINS}}
# categories a cue about the thing itself gives, which a claim or a programme question is not about
_THING_CATEGORIES = ("utilities", "facility", "elevator", "sanitation", "greenery", "parking")


def _blank(t: str, words: tuple[str, ...]) -> str:
    for w in words:
        t = t.replace(w, " ")
    return t


def asked_claim(t: str) -> Matter | None:
    """A question about a subsidy, a compensation or an insurance claim for a loss (a blue reading): affairs.
    Where the loss reads as a fault, money_asked decides (hybrid: blue when the fault is over)."""
    claim = first_of(CLAIM, t)
    return Matter("affairs", f"asks about a subsidy or a compensation ('{claim}') → affairs") if claim else None


def struck_by_tree(t: str) -> Matter | None:
    """A thing a tree or its branches or leaves struck or blocked: the thing is what must be dealt with
    (its category), not the tree; the longest such thing named first."""
    struck = _STRUCK_BY_TREE.search(t)
    if not struck:
        return None
    at = [(t.find(w), -len(w), w) for w in _THING_OF if w in t]
    if not at:
        return None
    thing = min(at)[2]
    category = _THING_OF[thing]
    return Matter(category, f"a thing ('{thing}') a tree struck or blocked ('{struck.group(0)}') → {category}")


def roots_heave_paving(t: str) -> Matter | None:
    """Paving a tree's roots heaved up, the paving to mend (not the tree asked away): facility."""
    heave = _ROOTS_HEAVE.search(t)
    paving = first_of(PAVING, t) if heave else None
    if not paving or first_of(TREE_AWAY, t):
        return None
    return Matter("facility", f"paving ('{paving}') heaved up by roots ('{heave.group(0)}') → facility")


def dog_at_people(t: str) -> Matter | None:
    """A dog chasing, lunging at or biting people: a safety matter, not pests or mess to clear."""
    dog = next((d for d in DOGS if d in t), None)
    if not dog:
        return None
    after = t[t.find(dog):]
    act = next((a for a in AT_PEOPLE if a in after), None)
    return Matter("safety", f"a dog ('{dog}') going at people ('{act}') → safety") if act else None


def damages_claimed(t: str) -> Matter | None:
    """Damages claimed for a loss, no neighbour named and the fault over: a claim, not the thing to repair."""
    claim = first_of(DAMAGES, t)
    if not claim or first_of(NEIGHBOUR, t) or first_of(STILL_GOING, t):
        return None
    return Matter("other", f"damages claimed for a loss ('{claim}'), not the thing to repair → other")


def asked_fee(t: str) -> Matter | None:
    """A question on how, where or by what rule a supply's fee is paid or shared, no fault named: affairs."""
    fee = first_of(FEES, t)
    rule = first_of(FEE_RULE, t) if fee else None
    if not rule or first_of(FEE_FAULT, t):
        return None
    return Matter("affairs", f"asks how or by what rule a fee is paid ('{fee}', '{rule}') → affairs")


def asked_job(t: str) -> Matter | None:
    """A job asked for: employment is a public service, whatever the work is (cleaning, guarding)."""
    # a job word followed by 的 / 来的 names staff already hired (物业招聘的保安, 招工来的人): not a job asked
    hired = _blank(t, tuple(w + tail for w in JOB if "+" not in w for tail in ("的", "来的")))
    job = first_of(JOB, hired) or first_of(JOB_TRAINING, t)
    return Matter("affairs", f"asks for a job or training for one ('{job}') → affairs") if job else None


def weak_supply(t: str) -> Matter | None:
    """Lights flickering or appliances stalling for a weak supply: the power supply's, not a light's."""
    weak = first_of(WEAK_SUPPLY, t) if not first_of(SUPPLY_SOUND, t) else None
    return Matter("utilities", f"a weak power supply ('{weak}') → utilities") if weak else None


def mount_broken(t: str) -> Matter | None:
    """The mount an appliance hangs on (a water heater's frame): the building's fitting, not its supply."""
    mount = first_of(MOUNTS, t)
    what = first_of(MOUNTED, t) if mount and not first_of(MOUNT_SUPPLY_FAULT, t) else None
    return Matter("facility", f"the mount ('{mount}') of an appliance ('{what}') → facility") if what else None


def asked_programme(t: str) -> Matter | None:
    """A question about a renovation programme (not one supply line's works)."""
    for m in re.finditer("|".join(PROGRAMME), t):
        before = t[max(0, m.start() - 3):m.start()]
        if not any(w in before for w in LINE_WORKS):
            return Matter("affairs", f"asks about a renovation programme ('{m.group(0)}') → affairs")
    return None


def open_trench(t: str) -> Matter | None:
    """A trench dug open where people walk, with no cover or guard: a hazard to guard."""
    rest = _blank(t, DRAIN + ("沟通",))
    trench = first_of(TRENCH, rest)
    guard = first_of(UNGUARDED, rest) if trench else None
    return Matter("safety", f"an open trench ('{trench}') with no cover or guard ('{guard}') → safety") if guard else None


def left_in_the_way(t: str) -> Matter | None:
    """Power tools or works materials left where people walk."""
    tool = first_of(WORK_TOOLS, t)
    way = first_of(IN_THE_WAY, t) if tool else None
    return Matter("safety", f"works tools left in the way ('{tool}', '{way}') → safety") if way else None


def prowlers(t: str) -> Matter | None:
    """Thieves or strangers, seen or feared."""
    # 贼冷, 贼费劲: an intensifier, no thief; 有个贼大白天…: a thief
    who = first_of(PROWLERS, t if re.search(ZEI_NOUN, t) else _blank(t, ZEI_ADVERB))
    return Matter("safety", f"thieves or strangers ('{who}') → safety") if who else None


def neighbour_after_talks(t: str) -> Matter | None:
    """A neighbour's mess onto one's home after talking to them failed, or a mediation asked: a dispute."""
    if not first_of(NEIGHBOUR, t) or first_of(BUSINESS, t) or first_of(NOISE_WORDS, t):
        return None
    mediation = first_of(MEDIATION, t)
    if mediation:
        return Matter("dispute", f"a neighbour's mess, a mediation asked ('{mediation}') → dispute")
    talk = _FAILED_TALK.search(t)
    home = first_of(ONTO_MY_HOME, t) if talk else None
    if home:
        return Matter("dispute", f"a neighbour's mess onto one's home ('{home}') after talks failed"
                                 f" ('{talk.group(0)}') → dispute")
    return None


def asked_reimbursement(t: str) -> Matter | None:
    """How medicine or a clinic visit is reimbursed (医保报销, 门诊统筹): a public-service question, not the
    patient's care."""
    word = first_of(REIMBURSED, t)
    return Matter("affairs", f"asks how a medical cost is reimbursed ('{word}') → affairs") if word else None


def last_matter(t: str, color: str, category: str) -> Matter | None:
    """Whose matter a non-red request is, whichever reading gave `category` (`t`: normalised)."""
    blocked = blocked_way_matter(t, color, category)
    if blocked:
        return Matter(*blocked)
    if color == "blue" and category in _THING_CATEGORIES:
        found = asked_claim(t) or asked_programme(t) or (asked_fee(t) if category == "utilities" else None)
        if found:
            return found
    if color == "blue" and category == "care":
        found = asked_reimbursement(t)
        if found:
            return found
    if color == "blue" and category != "affairs":
        found = asked_job(t)
        if found:
            return found
    if color in ("yellow", "orange") and category in _THING_CATEGORIES:
        found = damages_claimed(t)
        if found:
            return found
    if category in ("facility", "utilities", "other", "sanitation", "parking"):
        found = open_trench(t) or left_in_the_way(t)
        if found:
            return found
    if category == "utilities" and color != "red":
        found = mount_broken(t)
        if found:
            return found
    if category == "facility" and color != "red":
        found = weak_supply(t)
        if found:
            return found
    if category == "other":
        found = prowlers(t)
        if found:
            return found
    if category in ("other", "sanitation", "noise"):
        found = dog_at_people(t)
        if found:
            return found
    if category == "greenery":
        return struck_by_tree(t) or roots_heave_paving(t)
    if category in ("sanitation", "facility", "other") or (category == "safety" and not first_of(HAZARD_TOLD, t)):
        return neighbour_after_talks(t)   # whichever thing's cue read the mess; a told hazard stays safety
    return None


def lid_smell_only(best: Hit, color: str, category: str, t: str, reasons: list[str]) -> tuple[str, str]:
    """An open septic-tank or shaft lid told only by its smell, no fall or danger, nothing spilling
    out, is a yellow sanitation matter."""
    lid = first_of(LID, t) if best.family.name == "railing" else None
    if not lid or not first_of(LID_OPEN, t) or first_of(LID_DANGER, t) or first_of(LID_SPILLS, t):
        return color, category
    smell = first_of(LID_SMELL, t)
    if not smell:
        return color, category
    reasons.append(f"yellow: an open lid ('{lid}') told only by its smell ('{smell}') → sanitation")
    return "yellow", "sanitation"


def fire_over_falling_part(best: Hit, hits: list[Hit]) -> str | None:
    """Why a red building part falling with fire or sparks told is safety: the fire is what must be
    dealt with."""
    if best.family.name != "falling_part":
        return None
    fire = next((h for h in hits if h.family.name in FIRE_FAMILIES), None)
    return f"fire or sparks told with the falling part ('{fire.cue}') → safety" if fire else None
