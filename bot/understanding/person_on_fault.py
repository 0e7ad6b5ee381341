"""A person cue told on a fault: what must be dealt with decides the category (GUIDELINES' tie rule). Someone
taken ill inside a stopped lift is the lift's; a cry for help or a door nobody answers, told about a burst
pipe, a gas smell or a stopped lift, is that fault's; a neighbour away while their water comes through is
the leak's colour.

Reads the rules' best hit and all hits, the colour and category, the scan's people words and the text
(vocab_vulnerable). Split out of adjust.py.
"""
from __future__ import annotations

import re

from .scan import Hit, Scan
from .types import COLOR_RANK
from .vocab_vulnerable import VULNERABLE

# A person inside the lift; a generic person cue (a cry for help, nobody answering the door) told
# around a fault that names what must be dealt with (GUIDELINES' tie rule).
# Only words that name the lift itself: 里头 alone is anyone's home ("邻居家里头老人晕倒了"), 楼梯里 the stairs.
_IN_LIFT = re.compile(r"电梯[里内]|轿厢|(?<!楼)梯里")
_GENERIC_PERSON = ("distress", "alone_silent")
_FAULT_CATEGORIES = ("utilities", "safety", "elevator")


def person_cue_on_a_fault(best: Hit, hits: list[Hit], color: str, category: str, scan: Scan,
                          reasons: list[str]) -> tuple[str, str]:
    """What must be dealt with decides the category: someone taken ill inside a stopped lift is the
    lift's (elevator, still red); a cry for help or a door nobody answers, told about a burst pipe,
    a gas smell or a stopped lift, is that fault's. A neighbour away while their water comes through
    (nobody answers, no vulnerable person named) is the leak's colour, not a person's danger."""
    if category != "care" or best.family.name not in _GENERIC_PERSON + ("person_down",):
        return color, category
    t = scan.text
    faults = [h for h in hits if h.family.category in _FAULT_CATEGORIES and h.family.color in ("red", "orange")
              and not h.family.fallback]
    lift = next((h for h in faults if h.family.category == "elevator"), None)
    if lift and _IN_LIFT.search(t):
        reasons.append(f"the person is inside a stopped lift ('{lift.cue}') → elevator")
        return color, "elevator"
    if best.family.name not in _GENERIC_PERSON or not faults:
        return color, category
    fault = min(faults, key=lambda h: (COLOR_RANK[h.family.color], h.start))
    if best.family.name == "alone_silent":
        if fault.family.name != "burst_pipe" or scan.first("people") \
                or any(w in t for w in VULNERABLE + ["老人", "老年"]):
            return color, category   # someone who may be lying inside: the person is what must be dealt with
        reasons.append(f"nobody answers where the water comes from ('{fault.cue}'), no vulnerable person named"
                       f" → {fault.family.color} {fault.family.category}")
        return fault.family.color, fault.family.category
    reasons.append(f"a cry for help ('{best.cue}') told about a fault ('{fault.cue}') → {fault.family.category}")
    return color, fault.family.category
