"""A charging post that does not charge: an ordinary repair (yellow), not an outage and not a question.

"充电桩一直显示离线", "扫码没反应", "充到一半就断了", "still offline": a charging post out of order is a shared
facility to repair (GUIDELINES yellow: an ordinary problem to be fixed). Across the corpora every broken
charger told without smoke, a burning smell, sparks or heat is yellow, while the model reads its power words as
a supply cut (orange) or, asked as a question ("是不是系统出问题了"), as a consultation (blue).

Left as they are: anything the text tells as burning or live (CHARGER_DANGER, shared with kinds.py: smoke,
a burnt smell, sparks, fire, heat, a shock) — a red never reaches here, and an orange told with those words keeps its reading; a suggestion to
install more posts ("充电桩太少 充不上 建议多装"); someone unsure whether the post is broken or they use it
wrong ("是坏了还是我不会弄"), which asks how it works.
"""
from __future__ import annotations

from .vocab_kinds import CHARGER_DANGER, CHARGER_FAULT, CHARGERS, INDOOR_CHARGING

# someone unsure whether the post is broken or they use it wrong asks how it works
NOT_SURE: tuple[str, ...] = ("还是我", "还是俺", "不会弄", "不会用", "怎么用", "咋用", "怎么扫", "咋扫")


def charger_fault(t: str, color: str, category: str | None) -> str | None:
    """The reason for reading a broken charging post as yellow (`t`: normalised), or None.

    Lowers an orange and raises a blue; a suggestion, a red or a yellow is left as it is."""
    if color not in ("orange", "blue") or (color == "blue" and category == "suggestion"):
        return None
    low = t.lower()
    post = next((w for w in CHARGERS if w in low), None)
    fault = next((w for w in CHARGER_FAULT if w in low), None) if post else None
    if fault is None or any(w in low for w in CHARGER_DANGER) or any(w in low for w in NOT_SURE):
        return None
    if color == "orange" and any(w in low for w in INDOOR_CHARGING):
        return None
    return f"yellow: a charging post out of order ('{post}', '{fault}'), nothing burning told: a repair"
