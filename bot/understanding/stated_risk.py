"""The doubt rule, applied last (GUIDELINES): a yellow request is orange when the text itself
states a risk to people (vocab_risk): a child or an old person with the harm the fault could do
them, a warning that something will happen, or a fire waiting to happen (gas cylinders left out,
a battery charged indoors → safety). A risk negated or told as past ("没那么危险", "上次差点")
raises nothing."""
from __future__ import annotations

from dataclasses import dataclass

from .vocab_risk import CHARGING_POINTS, NOT_NEGATING, NOT_NOW, NOT_PAST, PAST
from .vocabulary import Vocabulary


@dataclass(frozen=True, slots=True)
class Risk:
    reason: str
    category: str | None = None   # the category the risk names, or None to keep the one read


def _now(t: str, word: str) -> bool:
    """The first part of `word` is not negated (4 characters) or told as past (10) just before it
    ("小孩不小心", "井盖没了": no negation; "台风来之前": no past)."""
    at = t.find(word.split("+")[0])
    masked = t
    for w in NOT_NEGATING:   # same length: positions stay
        masked = masked.replace(w, " " * len(w))
    before = masked[max(0, at - 4):at]
    earlier = t[max(0, at - 10):at]
    for w in NOT_PAST:   # "台风来之前": 之前 of a thing still to come
        earlier = earlier.replace(w, " ")
    return at >= 0 and not any(n in before for n in NOT_NOW) and not any(p in earlier for p in PAST)


def stated_risk(t: str, vocab: Vocabulary) -> Risk | None:
    """Why a request whose text states a risk to people is orange, or None (`t`: normalised)."""
    store = vocab.first_in("risk_fire_store", t)
    if store and not any(w in t for w in CHARGING_POINTS):
        return Risk(f"orange: a fire waiting to happen ('{store}')", "safety")
    warning = vocab.first_in("risk_warning", t)
    if warning and _now(t, warning):
        return Risk(f"orange: the text warns of what will happen ('{warning}')")
    young, harm = vocab.first_in("risk_young", t), vocab.first_in("risk_harm", t)
    if young and harm and _now(t, harm):
        return Risk(f"orange: a stated risk to '{young}' ('{harm}')")
    return None
