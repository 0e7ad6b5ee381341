"""A particular vulnerable person in a supply outage, with a need of their own told: care, not utilities.

"九十岁的老娘 今天没水没电 饭都做不成 能不能管一顿饭", "独居的阿婆 停电到现在 电话打不通": the outage is the
circumstance; what must be dealt with is the person (GUIDELINES: care covers the elderly, living-alone residents,
meals, medicine; "take the one that names what must be dealt with"). Over the labelled corpora such messages are
care about four times in five; they stay utilities when the supply itself is asked after (when it comes back,
an electrician to the switch: vocab_sources.SUPPLY_ASKED).

Runs on the combined reading, red or not (last_word.last_word); the colour is never changed. Pure function.
"""
from __future__ import annotations

from .matter import Matter, first_of
from .vocab_sources import OUTAGE, PERSON_NEED, SUPPLY_ASKED
from .vocabulary import Vocabulary


def person_in_outage(t: str, category: str | None, vocab: Vocabulary) -> Matter | None:
    """Care when a utilities reading names a vulnerable person and their own need in an outage (`t`: normalised)."""
    if category != "utilities":
        return None
    person = vocab.first_in("vulnerable", t)
    outage = first_of(OUTAGE, t) if person else None
    need = first_of(PERSON_NEED, t) if outage else None
    if not need or first_of(SUPPLY_ASKED, t):
        return None
    return Matter("care", f"'{person}' in an outage ('{outage}') with a need of their own ('{need}'): the person → care")
