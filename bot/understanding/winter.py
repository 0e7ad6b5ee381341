"""Ice underfoot stated now: a slope, steps or a doorway iced over where people walk (vocab_winter).

Asked as a question ("有没有煤灰发啊? 那个坡一步一滑"), it is still a problem there now to be dealt
with (yellow, GUIDELINES), not a consultation about supplies (blue).

A radiator warm only in part (上边热下边凉) is a yellow repair too, whoever read it as no heating."""
from __future__ import annotations

from .calm_more import someone_named
from .vocab_partial import COLD_BELOW, HEATING, NO_HEAT, ROOM_TEMPERATURE, STILL_ORANGE, WARM_PART
from .vocab_winter import ICED, WALKS
from .vocabulary import Vocabulary


def icy_walk(t: str) -> str | None:
    """'walk+state' when the text names a place people walk and says it is iced over (`t`: normalised)."""
    walk = next((w for w in WALKS if w in t), None)
    iced = next((i for i in ICED if i in t), None) if walk else None
    return f"{walk}+{iced}" if iced else None


def radiator_in_part(t: str, vocab: Vocabulary) -> str | None:
    """Why heating read as out (orange) is a yellow repair: a radiator warm in part (上边热下边凉, air in
    it), the home not said to be cold (a temperature told, 冰窖, 凉得: vocab_partial.NO_HEAT), nobody
    at risk from the cold (an old person, a child, someone ill) and no water escaping, or None (`t`: normalised)."""
    if not any(h in t for h in HEATING) or any(w in t for w in NO_HEAT + STILL_ORANGE) or ROOM_TEMPERATURE.search(t):
        return None
    if someone_named(t, vocab):
        return None
    part = next((w for w in COLD_BELOW + WARM_PART if w in t), None)
    return f"yellow: the radiator is warm in part ('{part}'), the heating is on" if part else None
