"""What kind of thing a request is about, in styles met in round 23 (vocab_kinds_more.py): fire kit that
cannot be used, a bare live wire, a person who cannot manage a chore alone, a neighbour's water or snow onto
one's own things, resettlement money and papers, moss or a spill to scrub, a lift alarm pressed from inside,
the heating company asked while it stays cold, a top-floor leak, a stranger at the doors, earlier notices
asked for next time. Runs after kinds.kind_of (last_word.last_word); `t` is the normalised text.

`more_red_kind` moves only the category of a red reading, never its colour.
"""
from __future__ import annotations

import re

from .kinds import water_tastes_wrong
from .matter import Matter, first_of
from .rereads import Reread
from .vocab_kinds_more import (
    ALONE,
    ASKED_OR_PLEA,
    AT_DOORS,
    BARE_WIRE,
    CANNOT_MANAGE,
    FAULT_NAMED,
    DIRTY_OR_CLEAN,
    EMERGENCY_VEHICLES,
    FIRE_KIT,
    FOR_A_JOB,
    FLOOR_DIRT,
    FROM_THEIRS,
    GIVEN_WAY,
    HANDS_ASKED,
    HEAT_COMPANY,
    INSIDE,
    INTO_HOME,
    KIT_AS_READ,
    KIT_UNUSABLE,
    LIFT_ALARM,
    METER_WRONG,
    METERS,
    NEIGHBOUR,
    NEXT_TIME,
    NOISE_TOLD,
    OFFERING_ASKED,
    SMOKE_SMELT,
    UNANSWERED,
    ONTO_MINE,
    PIPE_SOURCE,
    RESETTLEMENT,
    STILL_COLD,
    STILL_HARMED,
    STRANGER,
    TALK_ROUND,
    TOP_FLOOR_LEAK,
    WISHED,
)

_BARE_WIRE = re.compile(BARE_WIRE)
_CANNOT_MANAGE = re.compile(CANNOT_MANAGE)
_NEXT_TIME = re.compile(NEXT_TIME)
_GIVEN_WAY = re.compile(GIVEN_WAY)
_OFFERING_ASKED = re.compile(OFFERING_ASKED)


def fire_kit_unusable(t: str) -> Matter | None:
    """A hydrant or an extinguisher that cannot be used, not leaking or broken as a fitting: safety."""
    kit = first_of(FIRE_KIT, t)
    unusable = first_of(KIT_UNUSABLE, t) if kit and not first_of(KIT_AS_READ, t) else None
    return Matter("safety", f"fire kit ('{kit}') that cannot be used ('{unusable}') → safety") if unusable else None


def cannot_manage(t: str) -> Matter | None:
    """Someone who cannot manage a chore alone, hands asked, no wish for later: the person (care)."""
    m = _CANNOT_MANAGE.search(t)
    who = first_of(ALONE, t) if m else None
    hands = first_of(HANDS_ASKED, t[m.end():]) or first_of(HANDS_ASKED, t) if who else None
    if not hands or first_of(WISHED, t) or first_of(FAULT_NAMED, t):
        return None
    return Matter("care", f"a person who cannot manage alone ('{m.group(0)}', '{who}') asks for hands → care")


def neighbour_onto_mine(t: str) -> Matter | None:
    """Water, slops or snow from a neighbour's home onto one's own things, the neighbour asked or someone
    asked to step in, no leak into the home: between neighbours (dispute)."""
    who = first_of(NEIGHBOUR, t)
    what = first_of(FROM_THEIRS, t) if who else None
    onto = first_of(ONTO_MINE, t) if what else None
    asked = first_of(ASKED_OR_PLEA, t) if onto else None
    if not asked or first_of(INTO_HOME, t):
        return None
    return Matter("dispute", f"from a neighbour's home ('{who}', '{what}') onto one's own ('{onto}'), asked "
                             f"('{asked}') → dispute")


def floor_dirt(t: str) -> Matter | None:
    """Moss or a spill on a floor, told dirty or asked scrubbed: cleaning (sanitation), slippery or not."""
    dirt = first_of(FLOOR_DIRT, t)
    clean = first_of(DIRTY_OR_CLEAN, t) if dirt else None
    return Matter("sanitation", f"moss or a spill on the floor ('{dirt}', '{clean}') → sanitation") if clean else None


def more_kind(t: str, color: str, category: str) -> Matter | None:
    """Whose matter a non-red request is, by the kind of thing named (`t`: normalised)."""
    if category == "greenery":   # (leaves fallen into a roof tank: the water drunk is what is wrong)
        found = water_tastes_wrong(t)
        if found:
            return found
    if category in ("utilities", "facility", "other"):
        found = fire_kit_unusable(t)
        if found:
            return found
    if category in ("facility", "utilities", "sanitation", "other"):
        found = cannot_manage(t)
        if found:
            return found
    if category in ("facility", "sanitation", "utilities"):
        found = neighbour_onto_mine(t)
        if found:
            return found
    papers = first_of(RESETTLEMENT, t) if category in ("utilities", "other", "facility") and color == "blue" else None
    if papers:
        return Matter("affairs", f"a resettlement household's money or papers ('{papers}') → affairs")
    if category == "facility":
        found = floor_dirt(t)
        if found:
            return found
    heat = first_of(HEAT_COMPANY, t) if category in ("safety", "care", "other") else None
    cold = first_of(STILL_COLD, t) if heat else None
    if cold:
        return Matter("utilities", f"the heating company asked ('{heat}') while it stays cold ('{cold}') → utilities")
    top = first_of(TOP_FLOOR_LEAK, t) if category == "utilities" and color != "blue" and not first_of(PIPE_SOURCE, t) \
        else None
    if top:
        return Matter("facility", f"a top-floor flat leaking ('{top}'): the roof → facility")
    stranger = first_of(STRANGER, t) if category in ("utilities", "care", "dispute", "other", "affairs") else None
    doors = first_of(AT_DOORS, t) if stranger else None
    if doors:
        return Matter("safety", f"a stranger at the doors ('{stranger}', '{doors}') → safety")
    offering = offering_asked(t) if color == "blue" and category in ("affairs", "care", "other") else None
    if offering:
        return offering
    return _more_kind_rest(t, category)


def offering_asked(t: str) -> Matter | None:
    """Asks whether the community holds a class, a lecture or an activity, not training for a job: an
    activity (suggestion), whoever would attend and whatever it teaches."""
    m = _OFFERING_ASKED.search(t)
    if not m or first_of(FOR_A_JOB, t):
        return None
    return Matter("suggestion", f"asks whether a class or an activity is held ('{m.group(0)}') → suggestion")


def _more_kind_rest(t: str, category: str) -> Matter | None:
    """A meter running wrong, an emergency vehicle kept out, a neighbour to be talked round, a slope given way."""
    meter = first_of(METERS, t) if category in ("care", "other") else None
    wrong = first_of(METER_WRONG, t) if meter else None
    if wrong:
        return Matter("utilities", f"a meter ('{meter}') running wrong ('{wrong}') → utilities")
    vehicle = first_of(EMERGENCY_VEHICLES, t) if category == "parking" else None
    if vehicle:
        return Matter("safety", f"an emergency vehicle ('{vehicle}') kept out → safety")
    talk = first_of(TALK_ROUND, t) if category in ("noise", "other") and not first_of(NOISE_TOLD, t) else None
    if talk:
        return Matter("dispute", f"someone asked to talk a neighbour round ('{talk}'), no noise told → dispute")
    slide = _GIVEN_WAY.search(t) if category == "sanitation" else None
    if slide:
        return Matter("safety", f"a slope, a road or a wall given way ('{slide.group(0)}') → safety")
    return None


def next_time_notice(t: str, color: str, category: str) -> Reread | None:
    """Outages asked announced earlier next time: a suggestion (blue), whatever the outage read."""
    if color == "red" or category == "suggestion":
        return None
    m = _NEXT_TIME.search(t)
    if m and (category == "care" or first_of(STILL_HARMED, t)):   # the outage still hurting keeps its colour
        return None
    return Reread("blue", "suggestion", f"blue: asks for earlier notice next time ('{m.group(0)}') → suggestion") \
        if m else None


def more_red_kind(t: str, category: str) -> Matter | None:
    """The category of a red reading, by what must be dealt with; the colour stays red."""
    if category in ("sanitation", "facility", "other"):
        m = _BARE_WIRE.search(t)
        if m:
            return Matter("safety", f"a live wire hanging bare ('{m.group(0)}') → safety")
    if category in ("care", "utilities", "facility"):
        alarm = first_of(LIFT_ALARM, t)
        inside = first_of(INSIDE, t) if alarm else None
        if inside:
            return Matter("elevator", f"a lift's alarm pressed from inside ('{alarm}', '{inside}') → elevator")
    if category == "care":
        smoke = first_of(SMOKE_SMELT, t)
        unanswered = first_of(UNANSWERED, t) if smoke else None
        if unanswered:
            return Matter("safety", f"smoke smelt ('{smoke}') from a home that does not answer ('{unanswered}'): "
                                    "a fire behind the door → safety")
    if category in ("utilities", "facility"):
        return cannot_manage(t)
    return None
