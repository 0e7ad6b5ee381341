"""Colour re-readings of round 22, applied by last_word.last_word at three points of its order.

Each returns a `Reread` (the colour, a category or None to keep the one read, and the reason) or None:
- `complaint_reread`, among the blue → yellow complaints: the office challenged (challenge.py);
- `fault_reread`, among the orange → yellow lesser faults: a cistern that keeps running (running_fixture.py),
  a charging post out of order (charger_fault.py, which also lifts a blue); neither lowers an orange that
  names a person at risk (an old person, a child, a wheelchair);
- `last_reread`, after every raise: a pack of strays going after people (stray_pack.py, yellow → orange), a
  service for one's own flat asked about (service_offered.py, yellow → blue), not for a person at risk; fire kit
  empty or a new home's gas hook-up late (lacks_not_cuts.py, orange → yellow), not beside a person at risk;
  advance notice asked for next time (notice_asked.py, → blue suggestion); a mess, pests or a smell, nobody
  harmed (plain_nuisance.py, orange → yellow);
- (in `fault_reread`) a shared light out, nobody hurt or at risk told (lacks_not_cuts.light_out, orange → yellow).
A red never reaches last_word: none of these can take a danger out of red.
"""
from __future__ import annotations

from dataclasses import dataclass

from .challenge import challenge, office_absent
from .charger_fault import charger_fault
from .lacks_not_cuts import fire_kit_empty, hook_up_awaited, light_out
from .notice_asked import notice_asked
from .plain_nuisance import plain_nuisance
from .running_fixture import running_fixture
from .service_offered import service_offered
from .stray_pack import stray_pack
from .unanswered import nobody_behind_the_phone
from .vocab_vulnerable import VULNERABLE
from .vocabulary import Vocabulary

# A person at risk named beside a fault: a lowering re-reading (orange -> yellow, yellow -> blue) is not made,
# since the text itself states who is exposed (GUIDELINES: "a vulnerable person needs help today", and the doubt
# rule). The generic words are enough here: they only stop a lowering, they raise nothing.
_AT_RISK: tuple[str, ...] = tuple(VULNERABLE) + ("老人", "老年", "小孩", "孩子", "轮椅", "残疾", "病人", "一个人在家")


def _person_at_risk(t: str) -> str | None:
    return next((w for w in _AT_RISK if w in t), None)


@dataclass(frozen=True, slots=True)
class Reread:
    color: str
    category: str | None
    reason: str


def complaint_reread(t: str, color: str | None, vocab: Vocabulary) -> Reread | None:
    """A blue that challenges the office for a rule, a charge or its absence: yellow."""
    if color != "blue":
        return None
    words = challenge(t) or office_absent(t, nobody_behind_the_phone(t, vocab))
    return Reread("yellow", None, f"yellow: the office challenged ('{words}'), a complaint") if words else None


def fault_reread(t: str, color: str | None, category: str | None) -> Reread | None:
    """An orange (or blue, for a charger) fault the text tells as an ordinary repair: yellow."""
    if color == "orange" and _person_at_risk(t):
        return None   # a person at risk told beside the fault keeps the orange
    running = running_fixture(t) if color == "orange" and category not in ("care", "safety") else None
    if running:
        return Reread("yellow", None, running)
    lamp = light_out(t, category) if color == "orange" else None
    if lamp:   # a shared light out, however urgently asked (lacks_not_cuts.py)
        return Reread("yellow", None, lamp)
    charger = charger_fault(t, color or "", category)
    if charger:   # the post is the facility at fault, unless a category of its own was named
        return Reread("yellow", "facility" if category in (None, "other", "utilities", "safety") else None, charger)
    return None


def last_reread(t: str, color: str | None, category: str | None = None) -> Reread | None:
    """After every raise: strays in a pack going after people (orange), a service for one's own flat (blue)."""
    pack = stray_pack(t) if color == "yellow" else None
    if pack:
        return Reread("orange", "safety", pack)
    lack = (fire_kit_empty(t) or hook_up_awaited(t)) if color == "orange" and not _person_at_risk(t) else None
    if lack:   # kit to refill, a hook-up late: no supply cut to a home (lacks_not_cuts.py)
        return Reread("yellow", "safety" if "fire-fighting" in lack else "utilities", lack)
    plain = plain_nuisance(t) if color == "orange" and category == "sanitation" and not _person_at_risk(t) else None
    if plain:   # garbage, pests, a smell: GUIDELINES yellow (plain_nuisance.py)
        return Reread("yellow", None, plain)
    notice = notice_asked(t) if color in ("orange", "yellow") else None
    if notice:   # a wish about how the office tells people (notice_asked.py)
        return Reread("blue", "suggestion", notice)
    offered = service_offered(t, color) if not _person_at_risk(t) else None
    return Reread("blue", None, offered) if offered else None
