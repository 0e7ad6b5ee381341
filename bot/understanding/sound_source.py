"""A sound made by a thing or by pests, not by people: the thing's matter, not noise.

GUIDELINES' noise is what people make (neighbours, renovation, shops, square dancing). A door or a sheet of
metal banging in the wind ("楼顶的门被风吹开了 一直砰砰撞") is the building part (facility), a branch knocking on
a window in the wind is the tree (greenery), rats running and squeaking in the ceiling at night are pests
(sanitation): the sound is how the resident noticed it, the thing is what must be dealt with. Over the labelled
corpora such messages are noise once in about thirty.

Not when people or what they do are named as the source (a tenant slamming the door, a shop's machine, a dog):
the reading stands. Runs on a noise reading, or one that named nothing (other: "风大 防盗网的铁皮啪啪响 来固定一下"),
red or not; the colour is never changed (last_word.last_word). Pure function.
"""
from __future__ import annotations

from .matter import Matter, first_of
from .vocab_sources import LOOSE_PARTS, PEOPLE_MAKE, PESTS, SOUNDS, TREES, WIND


def sound_source(t: str, category: str | None) -> Matter | None:
    """The category of the thing making a sound, when a noise or other reading names a thing or pests and no people
    as its source (`t`: normalised)."""
    if category not in ("noise", "other") or not first_of(SOUNDS, t) or first_of(PEOPLE_MAKE, t):
        return None
    pest = first_of(PESTS, t)
    if pest:
        return Matter("sanitation", f"the sound is made by pests ('{pest}') → sanitation")
    wind = first_of(WIND, t)
    if not wind:
        return None
    tree = first_of(TREES, t)
    if tree:
        return Matter("greenery", f"a tree ('{tree}') sounding in the wind ('{wind}') → greenery")
    part = first_of(LOOSE_PARTS, t)
    if part:
        return Matter("facility", f"a loose part ('{part}') banging in the wind ('{wind}') → facility")
    return None
