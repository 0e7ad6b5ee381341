"""A pet word beside 走失 / 失踪 with a person before it: "儿子跟狗狗走失了", "奶奶遛狗走失了", "孩子抱着猫咪走失了".

vocab_lost.PET_GONE masks 走失 / 失踪 after a pet word ("只白猫走失了" is a lost pet, never a missing person). When a
relative, an elder or a child is named earlier in the same clause and the pet is not theirs (no 的 / 家 straight
before the pet: "奶奶的猫走失了" is still the cat), the person went missing with the pet: the mask gives way and the
red missing-person cue stands.
"""
from __future__ import annotations

from .clauses import clause_bounds
from .vocab_harm import NAMED_PEOPLE
from .vocab_lost import PET_GONE

_PET_GONE = frozenset(PET_GONE)
_OWNED = ("的", "家")


def person_gone_with_pet(text: str, mask: str, at: int) -> bool:
    """Whether the pet-gone `mask` found at `at` follows a person who went missing along with the pet."""
    if mask not in _PET_GONE or text[at - 1:at] in _OWNED:
        return False
    start = clause_bounds(text, at)[0]
    return any(p in text[start:at] for p in NAMED_PEOPLE)
