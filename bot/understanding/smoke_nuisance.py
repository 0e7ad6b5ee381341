"""Smoke as a standing nuisance: a named grill, oven or chimney whose smoke comes in every day.

"楼下的烤炉天天一开火烟就飘进屋" is fumes to be dealt with (sanitation, yellow): the source is named and the
smoke told as habitual, so nothing is burning that should not. A flame seen (着火, 火苗) is never this:
only smoke words are read so (red.py keeps cues with a flame mark).
"""
from __future__ import annotations

import re

from .vocab_fire_told import SMOKE_TOLD
from .vocab_smoke import (FILLED_WITH_SMOKE, GUESSED, HABITUAL, HARMLESS_SMOKE, RITUAL_GONE_WRONG, RITUAL_SMOKE, SMOKE_ALARM,
                          STANDING_SOURCES)

_ALARM = re.compile(SMOKE_ALARM)


def _alarmed(t: str) -> bool:
    """Smoke told alarming: a sign of SMOKE_ALARM, beyond a place told full of it where a habit is told (that is
    the habit's fumes at their worst)."""
    if not any(h in t for h in HABITUAL):
        return _ALARM.search(t) is not None
    return _ALARM.search(re.sub(FILLED_WITH_SMOKE, "", t)) is not None


def standing_smoke(t: str) -> str | None:
    """'source, habit' when smoke in `t` (normalised) comes from a named grill, oven or chimney and is told
    as an everyday or still-going nuisance; None otherwise (a source only guessed: 像烧烤的烟)."""
    if "烟" not in t or _alarmed(t):   # thick, black, growing, burning-smelling smoke is no nuisance
        return None
    source = next((s for s in STANDING_SOURCES if s in t), None)
    if not source or any(g in t[:t.find(source)] for g in GUESSED):
        return None
    if source in RITUAL_SMOKE and any(w in t for w in RITUAL_GONE_WRONG):   # an offering gone wrong or harming people
        return None
    habit = next((h for h in HABITUAL if h in t), None)
    return f"{source}, {habit}" if habit else None


def told_smoke_source(t: str) -> str | None:
    """The harmless source named (not guessed) when smoke in `t` is told only as thick or pouring (烧烤摊烟大得很,
    烧烤的烟冒上来了, 有人在烧纸 烟大得很), or an offering burnt with its smoke told at all (楼上煨桑的烟飘进家里):
    that source's fumes, not a fire. Black, growing or burning-smelling
    smoke (SMOKE_ALARM) stays a fire's."""
    if "烟" not in t or _ALARM.search(t):
        return None
    ritual = next((s for s in RITUAL_SMOKE if s in t), None)   # an offering burnt: smoke drifting is all it makes
    if ritual and any(w in t for w in RITUAL_GONE_WRONG):   # ...unless something caught or people harmed
        return None
    if not ritual and not any(w in t for w in SMOKE_TOLD):
        return None
    source = ritual or next((s for s in HARMLESS_SMOKE + STANDING_SOURCES[:10] if s in t), None)
    if not source or any(g in t[:t.find(source)] for g in GUESSED):
        return None
    return source
