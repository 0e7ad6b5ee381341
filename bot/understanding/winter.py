"""Ice underfoot stated now: a slope, steps or a doorway iced over where people walk (vocab_winter).

Asked as a question ("有没有煤灰发啊? 那个坡一步一滑"), it is still a problem there now to be dealt
with (yellow, GUIDELINES), not a consultation about supplies (blue)."""
from __future__ import annotations

from .vocab_winter import ICED, WALKS


def icy_walk(t: str) -> str | None:
    """'walk+state' when the text names a place people walk and says it is iced over (`t`: normalised)."""
    walk = next((w for w in WALKS if w in t), None)
    iced = next((i for i in ICED if i in t), None) if walk else None
    return f"{walk}+{iced}" if iced else None
