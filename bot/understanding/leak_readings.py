"""Leaks read down from orange, and water by its source: a small leak in a common area, a leak whose water only
lands on a common floor or drips at a joint, a neighbour's air conditioner dripping, sewage told only as a
smell (yellow); rain or snowmelt through the roof is the roof's (facility), and yellow when told as what
happens each time it rains.

Reads the rules' best hit, its colour and category, the normalised text and vocab_faults' leak words (a
community extends `ac_drip`, `asked_neighbour`, `roof_leak`, `pipe_source`). Each reading taken appends its
reason. Split out of adjust.py.
"""
from __future__ import annotations

import re

from .scan import Hit
from .vocab_faults import (
    CEILING,
    COMES_OUT,
    COMMON_AREAS,
    GROUND_GIVING_WAY,
    GROWING,
    HOME_WORDS,
    INTO_A_HOME,
    JOINT_SPREADS,
    JOINTS,
    LEAK_WORDS,
    MILD_LEAKS,
    ON_THE_FLOOR,
    ROOF_POURING,
    ROOF_RECURRING,
    SEEPS_IN,
    SEWAGE_PIPE_NAMES,
    SEWAGE_SMELL,
    SMALL_LEAKS,
    SPREADING,
)
from .vocab_telling import SMALL_LEAK
from .vocabulary import Vocabulary

# A leak told as small: drops, a patch, "not serious".
_SMALL = (*SMALL_LEAKS, *SMALL_LEAK)


def mild_leak(best: Hit, color: str, t: str, reasons: list[str]) -> str:
    """A small leak in a stairwell or lobby (not into a home) is a yellow fault."""
    if best.family.name == "burst_pipe":
        small = next((w for w in _SMALL if w in t), None)
        if small:
            reasons.append(f"yellow: the leak is said to be small ('{small}')")
            return "yellow"
    if best.family.name == "burst_pipe" and best.cue in MILD_LEAKS and any(w in t for w in COMMON_AREAS) \
            and not any(w in t for w in HOME_WORDS):
        reasons.append(f"yellow: a small leak in a common area ('{best.cue}')")
        return "yellow"
    return color


def floor_leak(t: str) -> str | None:
    """Why a leak read as orange is a yellow repair: in a common place its water only lands on the
    floor, nothing comes into a home, floods or reaches the electrics (vocab_faults)."""
    leak = next((w for w in LEAK_WORDS if w in t), None)
    floor = next((w for w in ON_THE_FLOOR if w in t), None)
    if leak and floor and not any(w in t for w in INTO_A_HOME + SPREADING):
        return f"yellow: a leak whose water only lands on a common floor ('{leak}', '{floor}')"
    joint = next((w for w in JOINTS if w in t), None)
    at = t.find(joint) if joint else -1
    drip = next((w for w in ("滴", "渗", "漏") if w in t[at:at + 12]), None) if joint else None
    if drip and not any(w in t for w in JOINT_SPREADS):
        return f"yellow: a drip at a joint or a wall's foot ('{joint}', '{drip}') that stays where it is"
    return None


def neighbours_drip(best: Hit, color: str, category: str, t: str, vocab: Vocabulary,
                    reasons: list[str]) -> tuple[str, str]:
    """Water from a neighbour's air conditioner onto a balcony or a sill is yellow, a dispute once
    the neighbour has been asked; not a leak into a home (vocab_faults)."""
    if best.family.name != "burst_pipe" or color != "orange":
        return color, category
    ac = vocab.first_in("ac_drip", t)
    if not ac or any(w in t for w in CEILING):
        return color, category
    asked = vocab.first_in("asked_neighbour", t)
    reasons.append(f"yellow: water from a neighbour's air conditioner ('{ac}')"
                   + (f", the neighbour was asked ('{asked}') → dispute" if asked else ""))
    return "yellow", "dispute" if asked else category


def sewage_smell_only(best: Hit, color: str, category: str, t: str, reasons: list[str]) -> tuple[str, str]:
    """A sewage cue told only as a smell, nothing coming out, is a yellow sanitation matter."""
    if best.family.name != "sewage" or color != "orange" or not any(w in t for w in SEWAGE_SMELL):
        return color, category
    rest = t
    for w in SEWAGE_PIPE_NAMES:
        rest = rest.replace(w, "")
    if any(w in rest for w in COMES_OUT):
        return color, category
    reasons.append(f"yellow: sewage told only as a smell ('{best.cue}'), nothing coming out → sanitation")
    return "yellow", "sanitation"


def roof_leak(best: Hit, category: str, t: str, vocab: Vocabulary, reasons: list[str]) -> str:
    """Rain or snowmelt through the roof is the roof's (facility), not a water pipe's (vocab_faults)."""
    if best.family.name != "burst_pipe" or category != "utilities":
        return category
    roof = through_roof(t, vocab)
    if roof:
        reasons.append(f"water through the roof or walls ('{roof}'), no pipe named → facility")
        return "facility"
    return category


def roof_leaks_when_it_rains(t: str, vocab: Vocabulary) -> str | None:
    """Why rain through the roof read as orange is a yellow repair: told as what happens each time it
    rains, not as water pouring in now (basins, a bed, running down a wall)."""
    roof = through_roof(t, vocab)
    when = re.search(ROOF_RECURRING, t) if roof else None
    if not when or any(w in t for w in ROOF_POURING) or any(w in t for w in GROUND_GIVING_WAY + GROWING):
        return None
    return f"yellow: the roof leaks each time it rains ('{roof}', '{when.group(0)}'), nothing pouring in now"


def through_roof(t: str, vocab: Vocabulary) -> str | None:
    """The word naming rain or snowmelt through the roof, when no pipe or tank is named as the source."""
    t = t.replace("天台风", "天 台风")   # "明天台风要来": a typhoon tomorrow, no rooftop (天台)
    roof = vocab.first_in("roof_leak", t)
    return roof if roof and not vocab.first_in("pipe_source", t) else None


def rain_seeps_in(t: str, vocab: Vocabulary) -> str | None:
    """The roof word when rain or snowmelt is told seeping in (through_roof), not a supply out in the rain."""
    roof = through_roof(t, vocab)
    return roof if roof and any(w in t for w in SEEPS_IN) else None
