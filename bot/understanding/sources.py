"""What a request is about when its cue named only the circumstance or the way it was noticed (round 25):
a vulnerable person's own need in an outage (person_need.py), a sound whose source is a thing or pests
(sound_source.py), a lift told without its name (unnamed_lift.py), money between a tenant and a landlord
(tenancy.py), wages owed (wages.py), a gas smell (gas_smell.py). Runs first on any request reading, red
or not (last_word.last_word); later re-readings may still move the category. Pure function.
"""
from __future__ import annotations

from .gas_smell import gas_smelt
from .matter import Matter
from .person_need import person_in_outage
from .sound_source import sound_source
from .tenancy import landlord_money
from .unnamed_lift import unnamed_lift
from .vocabulary import Vocabulary
from .wages import wages_owed


def source_kind(t: str, color: str | None, category: str | None, vocab: Vocabulary) -> Matter | None:
    """The category the source or the person names, or None to keep `category` (`t`: normalised)."""
    return person_in_outage(t, category, vocab) or sound_source(t, category) or unnamed_lift(t, category) \
        or landlord_money(t, color, category) or wages_owed(t, color, category) or gas_smelt(t, category)
