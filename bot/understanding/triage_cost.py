"""Choosing a colour from the model's probabilities when erring one way costs more than the other.

A colour too calm for the truth (under-triage: a broken heating read as an ordinary repair) leaves a person waiting
past the deadline that mattered; a colour too urgent costs a responder an early visit. With `under_cost` = w, the
expected cost of answering colour c is

    w * P(the truth is more urgent than c) + P(the truth is calmer than c)

and the colour of least expected cost is chosen. w = 1 is plain argmax (the cost is 1 - P(c)); w > 1 leans toward
the resident, as the field's doubt rule asks. Ties go to the more urgent colour. Pure: probabilities in, colour out.
"""
from __future__ import annotations

from collections.abc import Mapping

from .types import COLOR_RANK


def least_cost_color(probs: Mapping[str, float], under_cost: float,
                     exclude: tuple[str, ...] = ()) -> tuple[str, float]:
    """(colour, its probability) of least expected cost among the colours not excluded. Excluded colours still
    count as outcomes: the mass on red pushes a non-red choice toward the more urgent side."""
    def cost(c: str) -> float:
        rank = COLOR_RANK[c]
        return under_cost * _more_urgent(probs, rank) + sum(p for k, p in probs.items() if COLOR_RANK[k] > rank)

    allowed = [c for c in probs if c not in exclude]
    best = min(allowed, key=lambda c: (round(cost(c), 12), COLOR_RANK[c]))
    return best, probs[best]


def one_step_up(probs: Mapping[str, float], color: str) -> tuple[str, float] | None:
    """The colour one step more urgent than `color` (never red) and the model's mass on it or anything more urgent
    (red included: a danger the rules did not see is at least that), or None when there is no such step."""
    rank = COLOR_RANK[color]
    if rank <= COLOR_RANK["orange"]:
        return None
    up = next(c for c, r in COLOR_RANK.items() if r == rank - 1)
    return up, _more_urgent(probs, rank)


def _more_urgent(probs: Mapping[str, float], rank: int) -> float:
    """The probability that the truth is more urgent than the colour of `rank`."""
    return sum(p for k, p in probs.items() if COLOR_RANK[k] < rank)
