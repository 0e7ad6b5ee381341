"""What kind of thing a request is about, where the cue that named the problem points elsewhere
(vocab_kinds.py): a charging point or a drinking-water machine at fault, tap water that tastes wrong,
snow or flood mud left to clear, a dog barking, classes stopped or a lift retrofit's process asked, a
place the elderly use asked cleaned, a lift asked mended for a person kept in, a plant grown onto a
window. `red_kind` moves only the category of a red reading, never its colour: stove fumes with people
ill, violence, a gas leak heard or smelt are safety.

Runs last on any reading, after matter.last_matter (last_word.last_word); `t` is the normalised text.
"""
from __future__ import annotations

import re

from .matter import Matter, first_of
from .vocab_kinds import (
    BAY_TAKEN,
    CARE_NEED,
    CHARGER_DANGER,
    CHARGER_FAULT,
    CHARGERS,
    CLASSES,
    CYLINDER_CHECK,
    CYLINDERS,
    CLEANING,
    DIRT_SOURCE,
    DISPENSER_DIRT,
    DISPENSERS,
    DOG_BARK,
    DOG_MESS,
    DRAIN_CHOKED,
    DRINKING,
    FRAIL,
    FUMES,
    GAS_SIGNS,
    GAS_THINGS,
    HELP_ASKED,
    ICE,
    INDOOR_CHARGING,
    KEPT_IN,
    LAWN_MESS,
    LIFT,
    LIFT_STATUS,
    MUD,
    MUD_CLEARED,
    NOBODY_ANSWERS,
    PLANT_AS_PLACE,
    PLANT_ONTO,
    PERSON_NEED,
    PLANTS,
    POWER_CUT,
    RETROFIT,
    RETROFIT_PROCESS,
    ROOF,
    SNOW_LEFT,
    SOURCE_RUNNING,
    STRAY,
    SUPPLIES,
    THING_MENDED,
    VEHICLES,
    VIOLENCE,
    WATER_CUT,
    WATER_TASTE,
    WISHED,
)

_CLASSES = re.compile(CLASSES)
_CLAUSES = re.compile(r"[，,。！!？?；;\s]+")
_PLANT_AS_PLACE = re.compile(PLANT_AS_PLACE)


def charger_at_fault(t: str) -> Matter | None:
    """A charging point that does not work, no fire, no charging indoors told and its bay not taken: the
    fitting (facility)."""
    low = t.lower()
    charger = first_of(CHARGERS, low)
    fault = first_of(CHARGER_FAULT, low) if charger else None
    if not fault or any(first_of(words, low) for words in (CHARGER_DANGER, BAY_TAKEN, INDOOR_CHARGING, POWER_CUT)):
        return None
    return Matter("facility", f"a charging point ('{charger}') at fault ('{fault}') → facility")


def dispenser(t: str) -> Matter | None:
    """A shared drinking-water machine: the fitting (facility), or cleaning when told dirty (sanitation)."""
    machine = first_of(DISPENSERS, t)
    if not machine or first_of(WATER_CUT, t):   # (no water at home, a pipe burst by it: the supply's)
        return None
    dirt = first_of(DISPENSER_DIRT, t)
    if dirt:
        return Matter("sanitation", f"a drinking-water machine ('{machine}') told dirty ('{dirt}') → sanitation")
    return Matter("facility", f"a shared drinking-water machine ('{machine}') → facility")


def water_tastes_wrong(t: str) -> Matter | None:
    """Tap water that tastes or smells wrong when drunk, told in one clause, no refuse or sewage named
    beside it: the supply's (utilities)."""
    if "水" not in t or first_of(DIRT_SOURCE, t):
        return None
    clause = next((c for c in _CLAUSES.split(t) if first_of(DRINKING, c) and first_of(WATER_TASTE, c)), None)
    drink = first_of(DRINKING, clause) if clause else None
    taste = first_of(WATER_TASTE, clause[clause.find(drink):]) if drink else None
    return Matter("utilities", f"drinking water that tastes wrong ('{drink}', '{taste}') → utilities") if taste else None


def left_to_clear(t: str) -> Matter | None:
    """Snow left lying (not on a roof), or flood mud left on stairs or paths (not choking a drain): cleaning."""
    snow = first_of(SNOW_LEFT, t) if not first_of(ROOF, t) else None
    if snow:
        return Matter("sanitation", f"snow left lying ('{snow}') → sanitation")
    mud = first_of(MUD, t)
    cleared = first_of(MUD_CLEARED, t) if mud and not first_of(DRAIN_CHOKED, t) else None
    return Matter("sanitation", f"flood mud left to clear ('{mud}', '{cleared}') → sanitation") if cleared else None


def dog_barking(t: str) -> Matter | None:
    """A dog barking, no mess and no dog going at people named: noise."""
    bark = first_of(DOG_BARK, t) if not first_of(DOG_MESS, t) and not first_of(STRAY, t) else None
    return Matter("noise", f"a dog barking ('{bark}') → noise") if bark else None


def classes_stopped(t: str) -> Matter | None:
    """Whether school or kindergarten classes stop: a public-service question, no supply named."""
    m = _CLASSES.search(t)
    if not m or first_of(SUPPLIES, t.replace(m.group(0), " ")):
        return None
    return Matter("affairs", f"asks whether classes stop ('{m.group(0)}') → affairs")


def retrofit_process(t: str) -> Matter | None:
    """A lift retrofit's process asked (its subsidy, signatures, progress), not wished for: affairs."""
    lift = first_of(RETROFIT, t)
    step = first_of(RETROFIT_PROCESS, t) if lift and not first_of(WISHED, t) else None
    return Matter("affairs", f"asks about a lift retrofit's process ('{lift}', '{step}') → affairs") if step else None


def cleaning_for_users(t: str) -> Matter | None:
    """A place the elderly use asked cleaned, no need of the person told: cleaning (sanitation)."""
    clean = first_of(CLEANING, t)
    if not clean or first_of(CARE_NEED, t):
        return None
    return Matter("sanitation", f"a place asked cleaned ('{clean}'), no need of a person told → sanitation")


def lift_asked_mended(t: str) -> Matter | None:
    """A person kept in by a stopped lift, when only the lift's mending is asked: the lift (elevator)."""
    status = first_of(LIFT_STATUS, t) if first_of(LIFT, t) else None
    if not status or first_of(HELP_ASKED, t) or first_of(PERSON_NEED, t):
        return None
    return Matter("elevator", f"asks after the lift's mending ('{status}'), no help for the person → elevator")


def plant_onto_thing(t: str) -> Matter | None:
    """A plant grown onto or broken onto a thing, asked cut, the thing not asked mended: the plant."""
    t = _PLANT_AS_PLACE.sub(" ", t)   # (树旁边的井盖被砍坏: the cover, not the tree)
    plant = first_of(PLANTS, t)
    onto = first_of(PLANT_ONTO, t[t.find(plant):]) if plant else None
    if not onto or first_of(THING_MENDED, t):
        return None
    return Matter("greenery", f"a plant ('{plant}') grown or broken onto a thing ('{onto}') → greenery")


def lawn_mess(t: str) -> Matter | None:
    """Mess stepped in on a lawn or a verge: the mess (sanitation), not the grass."""
    mess = first_of(LAWN_MESS, t)
    return Matter("sanitation", f"mess on the grass ('{mess}') → sanitation") if mess else None


def ice_from_source(t: str) -> Matter | None:
    """Ice or a frozen stair spread from a pipe or a shaft still running: the source (utilities)."""
    ice = first_of(ICE, t)
    source = first_of(SOURCE_RUNNING, t) if ice else None
    return Matter("utilities", f"ice ('{ice}') from a source still running ('{source}') → utilities") if source else None


def frail_kept_in(t: str) -> Matter | None:
    """A frail person who cannot get out, no vehicle or blocking named: the person (care), not parking."""
    kept = first_of(KEPT_IN, t)
    who = first_of(FRAIL, t) if kept and not first_of(VEHICLES, t) else None
    return Matter("care", f"a frail person ('{who}') who cannot get out ('{kept}') → care") if who else None


def cylinders_checked(t: str) -> Matter | None:
    """Gas cylinders asked checked for age or leaks: the gas (safety)."""
    cylinder = first_of(CYLINDERS, t)
    check = first_of(CYLINDER_CHECK, t) if cylinder else None
    return Matter("safety", f"gas cylinders ('{cylinder}') asked checked ('{check}') → safety") if check else None


def kind_of(t: str, color: str, category: str) -> Matter | None:
    """Whose matter a non-red request is, by the kind of thing named (`t`: normalised)."""
    # (a question how to use a charger, broken or not, stays a question: blue 'other')
    if category in ("other", "utilities", "parking", "safety") and (color, category) != ("blue", "other"):
        found = charger_at_fault(t)
        if found:
            return found
    if category in ("other", "utilities", "facility"):
        found = dispenser(t)
        if found and found.category != category:
            return found
    if category == "sanitation":
        found = water_tastes_wrong(t) if not first_of(DISPENSERS, t) else None
        if found:
            return found
    if category in ("other", "safety", "facility", "parking"):
        found = left_to_clear(t) if category != "facility" or not first_of(SNOW_LEFT, t) else None
        if found:
            return found
    if category == "sanitation":   # (a dog that would bark if left alone is no nuisance reported)
        found = dog_barking(t)
        if found:
            return found
    if color == "blue" and category in ("utilities", "other"):   # (a club's class asked after stays a suggestion)
        found = classes_stopped(t)
        if found:
            return found
    if color == "blue" and category in ("suggestion", "other"):   # (a running lift's fees stay the lift's)
        found = retrofit_process(t)
        if found:
            return found
    if category == "care":
        found = cleaning_for_users(t) or lift_asked_mended(t)
        if found:
            return found
    if category == "parking":
        found = frail_kept_in(t)
        if found:
            return found
    if category in ("other", "utilities", "affairs") and color != "blue":
        found = cylinders_checked(t)
        if found:
            return found
    if category == "greenery":
        found = lawn_mess(t)
        if found:
            return found
    if category == "facility":
        return plant_onto_thing(t) or ice_from_source(t)
    return None


def red_kind(t: str, category: str) -> Matter | None:
    """The category of a red reading, by what must be dealt with; the colour stays red."""
    if category == "care":
        fumes = first_of(FUMES, t)
        if fumes and not first_of(NOBODY_ANSWERS, t):
            return Matter("safety", f"fumes in a home ('{fumes}') with people ill: the danger is the fumes → safety")
    if category == "parking":   # a frail person kept in by water or fire, no car named
        found = frail_kept_in(t)
        if found:
            return found
    if category in ("dispute", "other", "parking", "noise"):
        blow = first_of(VIOLENCE, t)
        if blow:
            return Matter("safety", f"a quarrel turned to violence ('{blow}') → safety")
    if category in ("utilities", "other", "facility"):
        gas = first_of(GAS_THINGS, t)
        sign = first_of(GAS_SIGNS, t) if gas else None
        if sign:
            return Matter("safety", f"gas ('{gas}') leaking ('{sign}') → safety")
    return None
