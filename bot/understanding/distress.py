"""A cry for help (救命, 快来人, 快打119) about a person, stated as fact: red whatever else the text says.

Reads the scan's distress, people and hypothetical words, the text for kin and persons named (vocab_harm), and
whether a drill, a joke or a nuisance told at its worst (hyperbole) surrounds the cry. Split out of red.py.
"""
from __future__ import annotations

from .cue_negation import real_drill
from .scan import Hit, Scan
from .telling import hyperbole_beside
from .vocab_data import FIRST_AID
from .vocab_harm import DISTRESS_JOKES, DISTRESS_PERSON, HURRY, KIN
from .vocabulary import Vocabulary


def distress(scan: Scan, t: str, vocab: Vocabulary) -> Hit | None:
    """A cry for help (救命, 快打119) about a person, stated as fact: red whatever else the text says (not
    beside a nuisance told at its worst, 臭到…救命: hyperbole)."""
    kin = any(k in t for k in KIN)   # (我妈摔了 快打120: a relative is a person)
    person = kin or scan.has("people") or any(p in t for p in DISTRESS_PERSON)
    named = kin or scan.has("people") or any(p in t for p in DISTRESS_PERSON if p != "我家")   # (我家 is a home, not a person)
    for s, _e, w in scan.kinds.get("distress", ()):
        if any(j in t for j in DISTRESS_JOKES) or scan.preceded_in_clause("hypothetical", s) or real_drill(scan, t) \
                or (not named and hyperbole_beside(scan, s, w)):
            return None
        if "119" in w:
            return Hit(vocab.families["fire"], s, w)
        if person or (w in FIRST_AID and any(q in t for q in HURRY)):   # first aid called for now: someone is down
            return Hit(vocab.families["distress"], s, w)
    return None
