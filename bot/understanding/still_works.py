"""Faults told of something that still works, a yellow repair rather than orange: a lift that still runs
with one part faulty (a floor's button, the fan) or whose door reopens but goes in the end; an entrance door
that still keeps strangers out (its closer broken, a resident not recognised) or a door onto the roof;
breakdowns counted over a period while it works now.

Reads the rules' best hit and colour, the normalised text, the vocabulary's directly read lists (`lift_parts`,
`lift_stopped`, `lift_goes`, `door_closer`, `door_still_locks`, `door_risk`) and vocab_doors / vocab_faults.
Split out of adjust.py.
"""
from __future__ import annotations

import re

from .scan import Hit
from .vocab_doors import DOOR_ONLY_STOP, ROOF_DOOR, ROOF_DOOR_FAULT, ROOF_RISK
from .vocab_faults import BROKEN_NOW, REPEATED_BREAKDOWN
from .vocabulary import Vocabulary


def lift_still_runs(best: Hit, color: str, t: str, vocab: Vocabulary, reasons: list[str]) -> str:
    """A lift fault told of one part (a floor's button, the fan, a knock) while the lift runs is a
    yellow repair; a lift that does not run stays orange (vocab_faults)."""
    if best.family.name != "lift_out" or color != "orange":
        return color
    part = vocab.first_in("lift_parts", t)
    if part and not vocab.first_in("lift_stopped", t):
        reasons.append(f"yellow: the lift still runs, one part is faulty ('{part}')")
        return "yellow"
    goes = vocab.first_in("lift_goes", t)
    if goes and not vocab.first_in("lift_stopped", without(t, DOOR_ONLY_STOP)):
        reasons.append(f"yellow: the lift door reopens but the lift goes in the end ('{goes}')")
        return "yellow"
    return color


def without(t: str, words: tuple[str, ...]) -> str:
    """`t` with each of `words` blanked out (a space: no word forms across the gap)."""
    for w in words:
        t = t.replace(w, " ")
    return t


def repeated_breakdowns(t: str) -> str | None:
    """Why an orange fault is a yellow complaint: breakdowns counted over a period, working now."""
    count = re.search(REPEATED_BREAKDOWN, t)
    if not count or any(w in t for w in BROKEN_NOW):
        return None
    return f"yellow: breakdowns counted over a period ('{count.group(0)}'), asks for a thorough repair"


def door_still_locks(t: str, vocab: Vocabulary) -> str | None:
    """Why an entrance door read as a broken lock is a yellow repair: its closer is broken or a resident
    is not recognised, and the text states no risk (anyone walking in, cold pouring in, a hand caught)."""
    fault = vocab.first_in("door_closer", t) or vocab.first_in("door_still_locks", t)
    roof = next((w for w in ROOF_DOOR if w in t and any(f in t[t.find(w) + len(w):t.find(w) + len(w) + 8]
                                                          for f in ROOF_DOOR_FAULT)), None) \
        if not any(w in t for w in ROOF_RISK) else None
    if not (fault or roof) or vocab.first_in("door_risk", t):
        return None
    if not fault:
        return f"yellow: a door onto the roof ('{roof}') is no entrance, no risk stated"
    return f"yellow: the entrance door still keeps strangers out ('{fault}'), no risk stated"
