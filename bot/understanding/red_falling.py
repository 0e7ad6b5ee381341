"""Something about to fall on people, told with a fear (万一 / 怕 / 差点 ... 砸着人): a fact of now when it nearly hit
someone, is feared onto people passing, or is loose or hanging now over a walkway or an entrance people go
through (GUIDELINES' red "something about to fall on people"). Split out of red.py."""
from __future__ import annotations

from .scan import SEPARATORS, Hit
from .vocab_falling import ENTRANCE, FALLING, FEARED_FALL, HANGS_NOW, PASSING, SWAYS_NOW, WALKWAY_BELOW
from .vocab_hurt import NEAR_MISS, PASSER
from .vocab_past import EARLIER


def falls_on_person(t: str, h: Hit, hyp: str) -> bool:
    """Something falling that nearly hit someone, that is feared to hit someone ("别掉下来砸着人",
    "万一掉下来砸着" with children passing below), or loose now over a walkway (SWAYS_NOW, WALKWAY_BELOW):
    GUIDELINES' "about to fall on people", a fact."""
    if h.family.name not in FALLING or any(p in t for p in EARLIER):
        return False
    at = t.find(hyp)
    clause_end = next((i for i in range(at, len(t)) if t[i] in SEPARATORS), len(t))
    if hyp in NEAR_MISS:
        return any(p in t[at:clause_end] for p in PASSER)
    if hyp in FEARED_FALL and "砸" in t[at:clause_end]:
        return any(p in t for p in PASSER)
    if not any(w in t[:at] for w in SWAYS_NOW + HANGS_NOW):
        return False
    return any(w in t for w in WALKWAY_BELOW) or (any(w in t for w in ENTRANCE) and any(w in t for w in PASSING))
