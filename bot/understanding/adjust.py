"""Colour adjustments after the most urgent cue family decided: planned outages asked about are blue,
a suggestion first is blue, a stated risk to a vulnerable person (or a red danger warned of) raises yellow
to orange, ice or a near strike falling is safety. (Leaks and water by source: leak_readings.py; a lift or
door that still works: still_works.py; a person cue told on a fault: person_on_fault.py; someone asked to
step in: intervene_asked.py.)"""
from __future__ import annotations

import re

from .hazard_context import giving_way_over_people, water_heard_in_electrics
from .leak_readings import sewage_smell_only
from .lift_parts import lift_part
from .matter import fire_over_falling_part, lid_smell_only
from .nuisance_first import condition_beside_nuisance
from .person_on_fault import person_cue_on_a_fault
from .red import Facts
from .scan import Hit, Scan
from .storm_open import storm_opened
from .vocab_dangers import ICE, NEAR_STRIKE
from .vocab_data import OUTAGE_FAMILIES
from .vocab_vulnerable import SERVICE_ASKED, VULNERABLE

_SUGGEST_LEADS = ("建议", "提议", "提个建议", "提个意见", "倡议")
_SERVICE_QUESTION = ("请问", "想问", "问一下", "问下", "咨询")
# a need today: now, urgent, or what the person lives on already run out (药吃完了, 没药了, 断药了)
_TODAY = ("今天", "马上", "现在", "急", "赶紧", "快", "吃完了", "用完了", "没药了", "药没了", "断药", "断顿", "没吃的",
          # the family member who would help cannot get back: the old person faces the need alone now
          "回不来", "返不来", "赶不回", "回不去")
_SUGGEST_WORDS = ("建议", "希望", "提议", "提个意见", "倡议")


def falling_ice(best: Hit, category: str, t: str, reasons: list[str]) -> str:
    """Ice falling from an eave, or a piece that has just fallen and nearly struck someone (差点砸到), is a
    falling object (safety), not the part to repair (facility)."""
    if best.family.name != "falling_part":
        return category
    ice = next((w for w in ICE if w in t), None)
    near = next((w for w in NEAR_STRIKE if (i := t.find(w)) >= 0 and "砸" in t[i:i + len(w) + 3]), None)
    if ice or near:
        reasons.append(f"it is ice that falls ('{ice}') → safety" if ice
                       else f"a piece has fallen and nearly struck someone ('{near}') → safety")
        return "safety"
    return category


# Asking when the supply comes back ("几点来水"): it is out now, if the question is bare (up to
# _BARE_QUESTION characters) or says what waits on it now; otherwise the rest says what it is about
# (a new flat, a holiday, a charger) and it stays a question.
_COMES_BACK = ("来水", "来电", "来气", "有水", "有电")
_BARE_QUESTION = 7
_WAITING_ON_IT = ("等着", "急", "快不行", "没法", "做不了", "洗不了", "冰箱", "做饭", "洗澡", "冲厕所", "上厕所", "热死", "冻死")


def adjust(color: str, category: str, best: Hit, hits: list[Hit], scan: Scan, facts: Facts,
           reasons: list[str]) -> tuple[str, str]:
    """The colour and category after the adjustments; each one taken appends its reason."""
    if color == "red":
        color, category = person_cue_on_a_fault(best, hits, color, category, scan, reasons)
        category = water_heard_in_electrics(best, hits, category, scan.text, reasons)
        fire = fire_over_falling_part(best, hits)
        reasons.extend([fire] if fire else [])
        return color, "safety" if fire else falling_ice(best, category, scan.text, reasons)
    t = scan.text
    color = giving_way_over_people(best, color, t, reasons)
    if color == "red":
        return color, category
    color, category = sewage_smell_only(best, color, category, t, reasons)
    color, category = condition_beside_nuisance(best, hits, color, category, t, reasons)
    color, category = lid_smell_only(best, color, category, t, reasons)
    planned = [h for h in hits if h.family.name == "utility_q"]
    fut = scan.first("future")
    if planned and fut and color in ("orange", "yellow"):
        if all(h.family.name in OUTAGE_FAMILIES | {"utility_q"} for h in hits):
            color, category = "blue", "utilities"
            reasons.append(f"blue: asks about a planned outage ('{fut}')")
    back = next((h.cue for h in hits if h.family.name == "utility_q" and h.cue.endswith(_COMES_BACK)), None)
    if color == "blue" and back and not fut \
            and (sum(c.isalnum() for c in t) <= _BARE_QUESTION or any(w in t for w in _WAITING_ON_IT)) \
            and all(h.family.name in OUTAGE_FAMILIES | {"utility_q"} for h in hits):
        color, category = "orange", "utilities"   # "什么时候来电": out now, not a planned outage asked about
        reasons.append(f"orange: asks when the supply comes back ('{back}'), no day ahead named: out now")
    sugg = [h for h in hits if h.family.category == "suggestion"]
    lead = t.lstrip(" @")[:6]
    if color in ("orange", "yellow") and sugg and (
            any(lead.startswith(w) or lead[2:].startswith(w) for w in _SUGGEST_LEADS)
            or scan.clause(sugg[0].start) < min(scan.clause(h.start) for h in hits if h.family.color == color)):
        color, category = "blue", "suggestion"
        reasons.append(f"blue: a suggestion first ('{sugg[0].cue}'); the problem is its reason")
    if color == "orange" and best.family.name == "care_urgent" \
            and (lead.startswith(_SERVICE_QUESTION) or re.search(SERVICE_ASKED, t)) \
            and not any(w in t for w in _TODAY):
        color = "blue"
        reasons.append("blue: asks whether a care service exists, no need today stated")
    if color == "yellow" and sugg:
        word = next((w for w in _SUGGEST_WORDS if w in t), None)
        first_problem = min(h.start for h in hits if h.family.color == "yellow")
        if word or sugg[0].start < first_problem:
            color, category = "blue", "suggestion"
            reasons.append(f"blue: a suggestion ('{word or sugg[0].cue}') rather than a fault")
    if color == "yellow":
        person, danger = scan.first("people"), scan.first("danger")
        medical = scan.first("medical")
        if person and danger and not scan.preceded_in_clause("past", scan.kinds["danger"][0][0], 4):
            color = "orange"
            reasons.append(f"orange: stated risk to a vulnerable person ('{person}', '{danger}')")
        elif facts.feared:
            color = "orange"
            reasons.append(f"orange: the text states the risk of '{facts.feared}'")
            if facts.feared_cat == "safety" and category in ("sanitation", "other", "facility"):
                category = "safety"
            elif facts.feared_cat == "care" and category == "other":   # 他有心脏病 … 空调坏了: the person's
                category = "care"
        elif medical and category in ("parking", "elevator", "facility", "utilities"):
            color = "orange"
            reasons.append(f"orange: blocks urgent medical need ('{medical}')")
        elif not any(v in t for v in VULNERABLE) and (storm := storm_opened(best, t)):
            # (a vulnerable person told beside it: vulnerable.py reads the need, care today)
            color = "orange"
            reasons.append(f"orange: the building's shell opened in a storm ('{storm}'), a hazard that grows")
    return color, lift_part(best, category, t, reasons)
