"""A health condition told as why a nuisance hurts: the nuisance is what must be dealt with.

"楼下的冷库机器整夜嗡嗡响，我爸血压高，根本睡不了" names an old person's condition, yet asks for nothing for
the person: it says why the noise is hard to bear. The noise is the request (yellow, noise), as a neighbour
whose partner has a weak heart and cannot sleep for the din is (GUIDELINES: where two categories fit, take
the one that names what must be dealt with). A need of the person today (medicine, a doctor, hands to go
to them) keeps the care reading.
"""
from __future__ import annotations

from .scan import Hit

# fmt: off
# A standing health condition, not an attack now (心脏病犯了 is person_down, red).
_CONDITIONS = ("心脏不好", "血压还高", "血压又高", "血压高", "高血压", "哮喘", "神经衰弱")
# What the person needs today: then the person is the request.
# (or a symptom told now: the chest, the heart racing, short of breath, pain)
_NEEDS_NOW = ("药", "医院", "120", "送", "看一下", "看看", "去看", "喘不", "晕", "不行了", "难受得",
              "胸口", "胸闷", "心慌", "心悸", "心口", "憋得", "喘", "疼得", "痛得")
_NUISANCES = ("noise",)
# fmt: on


def condition_beside_nuisance(best: Hit, hits: list[Hit], color: str, category: str, t: str,
                              reasons: list[str]) -> tuple[str, str]:
    """The nuisance's colour and category when the care cue read is a health condition told beside it."""
    if best.family.name != "care_urgent" or not any(c in best.cue for c in _CONDITIONS):
        return color, category
    nuisance = next((h for h in hits if h.family.name in _NUISANCES), None)
    if nuisance is None or any(w in t for w in _NEEDS_NOW):
        return color, category
    reasons.append(f"a health condition ('{best.cue}') told as why the {nuisance.family.note} hurts"
                   f" ('{nuisance.cue}') → {nuisance.family.color} {nuisance.family.category}")
    return nuisance.family.color, nuisance.family.category
