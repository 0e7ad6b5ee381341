"""Things thrown down from the flats above: cigarette ends, rubbish, peel (往下扔烟头, 往楼下丢垃圾).

Pure data, merged into vocab_data.FAMILIES at import. A neighbour's habit that soils or burns what is
below is a safety complaint to be dealt with (yellow; a fallback: a dispute named beside it, 说了也不听 or
调解, names what must be dealt with); said to have nearly hit or burnt someone or
something, the stated-risk rule raises it. An object about to fall on people is the red falling family,
not this one. Extend under `understanding: families:` in config.yaml.
"""
from __future__ import annotations

# fmt: off
_THROWN = ("往下扔", "往楼下扔", "往下丢", "往楼下丢", "往窗外扔", "往窗外丢", "往下甩", "往楼下甩", "往下倒垃圾",
           "往楼下倒垃圾")
THROWING_FAMILIES: dict[str, dict] = {
    "thrown_down": {"color": "yellow", "category": "safety", "note": "things thrown down from above", "fallback": True,
                    "cues": list(_THROWN)},
}
# thrown to someone waiting below (钥匙往下扔给我, 往下丢就行 我在楼下接): a hand-over, not a nuisance
MASKS: list[str] = [f"{t}{w}" for t in _THROWN[:8] for w in ("给", "就行", "就好", "吧我接", "我接")]
# fmt: on
