"""What a message with no problem cue left asks for, when its red cue was set aside (red.stated_facts):

- a hazard told as near ("差一点就砸到人了", "再往下就掉了"): orange, the feared danger's category (a branch: greenery);
- a danger only supposed and asked about ("如果停电电梯里有人怎么办"): a consultation, blue;
- a red reading that keeps the risk it shows (red_readings: a fall wondered about, a condition the person has,
  something thrown down that missed): orange — a thrown thing or a hanging branch is safety or greenery, a
  condition the person's (care), a fall the place's at fault (facility).
Pure function of the facts and the text.
"""
from __future__ import annotations

from .red import Facts
from .topics import topic_category
from .vocab_readings import ILLNESS


def _tree(t: str) -> bool:
    return "树" in t or "枝" in t


def risk_left(facts: Facts, t: str) -> tuple[str, str, str] | None:
    """(colour, category, reason) for a message whose only cue was a red one set aside, or None."""
    if facts.near:
        cat = "greenery" if _tree(t) else facts.feared_cat or "safety"
        return "orange", cat, f"orange: a hazard told as near to '{facts.feared}' ('{facts.near}') → {cat}"
    if facts.wondered:
        cat = facts.feared_cat or topic_category(t)
        return "blue", cat, f"blue: asks what to do if '{facts.feared}' happened ('{facts.wondered}') → {cat}"
    if facts.stays:
        cat = topic_category(t)
        if facts.feared_cat == "safety":
            cat = "greenery" if _tree(t) else "safety"
        elif cat in ("other", "care") or (cat == "sanitation" and facts.feared_cat == "facility"):
            # (扫扫 the snow off a roof feared crushed: the sweeping asked is for the building part at risk)
            cat = "care" if facts.stays in ILLNESS else "facility"
        return "orange", cat, f"orange: a red cue set aside leaves the risk it shows ('{facts.stays}') → {cat}"
    return None
