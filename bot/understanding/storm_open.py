"""A building's shell opened by a storm: a yellow fault that grows while the wind and rain go on.

"楼道窗户玻璃被风吹碎了 雨都打进来了", "窗框松了 风一吹雨就往里灌 床都湿透了", "窗玻璃裂了 明天台风会不会碎掉":
a window, a door, a canopy or a wall at fault is an ordinary repair (yellow) on a calm day; told with a storm
(台风, 打风 / 做风 in the south, 暴雨, 被风吹) or with the rain driving into a home through it, it is a hazard that will grow
before the weather passes (GUIDELINES orange). Words: vocab_hazards (STORM_SHELL, STORM_TOLD, RAIN_IN).
Pure function of the best hit and the text.
"""
from __future__ import annotations

from .scan import Hit
from .vocab_hazards import RAIN_IN, RAIN_REACHES_HOME, STORM_OVER, STORM_SHELL, STORM_TOLD


def storm_opened(best: Hit, t: str) -> str | None:
    """The storm or the rain told beside a yellow fault of the building's shell (why it is orange), or None."""
    if best.family.color != "yellow" or best.family.category != "facility":
        return None
    if not any(s in t for s in STORM_SHELL) or any(w in t for w in STORM_OVER):   # the storm over, a repair waiting
        return None
    storm = next((w for w in STORM_TOLD if w in t), None)
    rain = next((w for w in RAIN_IN if w in t), None)
    if rain and not storm and not any(h in t for h in RAIN_REACHES_HOME):
        return None   # rain through a stairwell window on an ordinary wet day: the everyday repair
    return storm or rain
