"""Colour adjustments after the most urgent cue family decided: planned outages asked about are blue,
a suggestion first is blue, a small leak in a common area is yellow, a lift that still runs with one
part faulty is yellow, a neighbour's air conditioner dripping is yellow, rain through the roof is
facility, a stated risk to a vulnerable person (or a red danger warned of) raises yellow to orange."""
from __future__ import annotations

import re

from .hazard_context import giving_way_over_people, water_heard_in_electrics
from .lift_parts import lift_part
from .matter import fire_over_falling_part, lid_smell_only
from .nuisance_first import condition_beside_nuisance
from .red import Facts
from .scan import Hit, Scan
from .storm_open import storm_opened
from .types import COLOR_RANK
from .vocab_dangers import ICE, NEAR_STRIKE
from .vocab_data import OUTAGE_FAMILIES
from .vocab_doors import DOOR_ONLY_STOP, ROOF_DOOR, ROOF_DOOR_FAULT, ROOF_RISK
from .vocab_faults import (
    BROKEN_NOW,
    CEILING,
    GROUND_GIVING_WAY,
    GROWING,
    INTO_A_HOME,
    JOINT_SPREADS,
    JOINTS,
    LEAK_WORDS,
    ON_THE_FLOOR,
    REPEATED_BREAKDOWN,
    ROOF_POURING,
    ROOF_RECURRING,
    SEEPS_IN,
    SPREADING,
)
from .vocab_telling import SMALL_LEAK
from .vocab_vulnerable import SERVICE_ASKED, VULNERABLE
from .vocabulary import Vocabulary

_SUGGEST_LEADS = ("建议", "提议", "提个建议", "提个意见", "倡议")
_SERVICE_QUESTION = ("请问", "想问", "问一下", "问下", "咨询")
# a need today: now, urgent, or what the person lives on already run out (药吃完了, 没药了, 断药了)
_TODAY = ("今天", "马上", "现在", "急", "赶紧", "快", "吃完了", "用完了", "没药了", "药没了", "断药", "断顿", "没吃的",
          # the family member who would help cannot get back: the old person faces the need alone now
          "回不来", "返不来", "赶不回", "回不去")
_SUGGEST_WORDS = ("建议", "希望", "提议", "提个意见", "倡议")
_MILD_LEAKS = ("渗水", "漏水", "一直滴", "往下流")
_COMMON_AREAS = ("楼道", "楼梯", "平台", "大厅", "地下室", "车库", "走廊", "电梯间", "电梯厅", "门厅", "大堂", "车棚")
_HOME_WORDS = ("家", "屋", "卧室", "客厅", "厨房", "卫生间", "住户")
# A leak told as small: drops, a patch, "not serious".
_SMALL = ("不严重", "不太严重", "不算严重", "一滴一滴", "一小块", "一小片", "一点点", "湿印子", "洇了", "不着急", "不急", *SMALL_LEAK)


def mild_leak(best: Hit, color: str, t: str, reasons: list[str]) -> str:
    """A small leak in a stairwell or lobby (not into a home) is a yellow fault."""
    if best.family.name == "burst_pipe":
        small = next((w for w in _SMALL if w in t), None)
        if small:
            reasons.append(f"yellow: the leak is said to be small ('{small}')")
            return "yellow"
    if best.family.name == "burst_pipe" and best.cue in _MILD_LEAKS and any(w in t for w in _COMMON_AREAS) \
            and not any(w in t for w in _HOME_WORDS):
        reasons.append(f"yellow: a small leak in a common area ('{best.cue}')")
        return "yellow"
    return color


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


def floor_leak(t: str) -> str | None:
    """Why a leak read as orange is a yellow repair: in a common place its water only lands on the
    floor, nothing comes into a home, floods or reaches the electrics (vocab_faults)."""
    leak = next((w for w in LEAK_WORDS if w in t), None)
    floor = next((w for w in ON_THE_FLOOR if w in t), None)
    if leak and floor and not any(w in t for w in INTO_A_HOME + SPREADING):
        return f"yellow: a leak whose water only lands on a common floor ('{leak}', '{floor}')"
    joint = next((w for w in JOINTS if w in t), None)
    at = t.find(joint) if joint else -1
    drip = next((w for w in ("滴", "渗", "漏") if w in t[at:at + 12]), None) if joint else None
    if drip and not any(w in t for w in JOINT_SPREADS):
        return f"yellow: a drip at a joint or a wall's foot ('{joint}', '{drip}') that stays where it is"
    return None


def repeated_breakdowns(t: str) -> str | None:
    """Why an orange fault is a yellow complaint: breakdowns counted over a period, working now."""
    count = re.search(REPEATED_BREAKDOWN, t)
    if not count or any(w in t for w in BROKEN_NOW):
        return None
    return f"yellow: breakdowns counted over a period ('{count.group(0)}'), asks for a thorough repair"


def roof_leaks_when_it_rains(t: str, vocab: Vocabulary) -> str | None:
    """Why rain through the roof read as orange is a yellow repair: told as what happens each time it
    rains, not as water pouring in now (basins, a bed, running down a wall)."""
    roof = through_roof(t, vocab)
    when = re.search(ROOF_RECURRING, t) if roof else None
    if not when or any(w in t for w in ROOF_POURING) or any(w in t for w in GROUND_GIVING_WAY + GROWING):
        return None
    return f"yellow: the roof leaks each time it rains ('{roof}', '{when.group(0)}'), nothing pouring in now"


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


def neighbours_drip(best: Hit, color: str, category: str, t: str, vocab: Vocabulary,
                    reasons: list[str]) -> tuple[str, str]:
    """Water from a neighbour's air conditioner onto a balcony or a sill is yellow, a dispute once
    the neighbour has been asked; not a leak into a home (vocab_faults)."""
    if best.family.name != "burst_pipe" or color != "orange":
        return color, category
    ac = vocab.first_in("ac_drip", t)
    if not ac or any(w in t for w in CEILING):
        return color, category
    asked = vocab.first_in("asked_neighbour", t)
    reasons.append(f"yellow: water from a neighbour's air conditioner ('{ac}')"
                   + (f", the neighbour was asked ('{asked}') → dispute" if asked else ""))
    return "yellow", "dispute" if asked else category


# Sewage that only smells (a full septic tank, a drain giving off a smell) is a sanitation matter
# (yellow); it is orange when it comes out: water, an overflow, something spilling onto the floor.
_SMELL = ("臭", "味")
_PIPE_NAMES = ("下水道", "下水", "冒味", "冒臭", "冒酸")
_COMES_OUT = ("水", "溢", "漫", "涌", "翻", "返", "倒灌", "流", "汤", "满地", "满屋", "冒", "淹")


def sewage_smell_only(best: Hit, color: str, category: str, t: str, reasons: list[str]) -> tuple[str, str]:
    """A sewage cue told only as a smell, nothing coming out, is a yellow sanitation matter."""
    if best.family.name != "sewage" or color != "orange" or not any(w in t for w in _SMELL):
        return color, category
    rest = t
    for w in _PIPE_NAMES:
        rest = rest.replace(w, "")
    if any(w in rest for w in _COMES_OUT):
        return color, category
    reasons.append(f"yellow: sewage told only as a smell ('{best.cue}'), nothing coming out → sanitation")
    return "yellow", "sanitation"


def roof_leak(best: Hit, category: str, t: str, vocab: Vocabulary, reasons: list[str]) -> str:
    """Rain or snowmelt through the roof is the roof's (facility), not a water pipe's (vocab_faults)."""
    if best.family.name != "burst_pipe" or category != "utilities":
        return category
    roof = through_roof(t, vocab)
    if roof:
        reasons.append(f"water through the roof or walls ('{roof}'), no pipe named → facility")
        return "facility"
    return category


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


# Asking when the supply comes back ("几点来水"): it is out now, if the question is bare (up to
# _BARE_QUESTION characters) or says what waits on it now; otherwise the rest says what it is about
# (a new flat, a holiday, a charger) and it stays a question.
_COMES_BACK = ("来水", "来电", "来气", "有水", "有电")
_BARE_QUESTION = 7
_WAITING_ON_IT = ("等着", "急", "快不行", "没法", "做不了", "洗不了", "冰箱", "做饭", "洗澡", "冲厕所", "上厕所", "热死", "冻死")


# Someone asked to step in ("有没有人管管", "社区出面"): a complaint about a problem, not a question.
# "有没有人来铲/冲/捉": asks for someone to come and do it (Hakka 有冇人来 normalised), not whether someone exists
_INTERVENE = ("管管", "有没有人管", "出面", "来看一下", "来看看", "抓一下", "说理", "有没有人来")


# ...but "有没有人来帮我搬柜子", "有没有人来一起打球": neighbours asked to help or join in, no problem to deal with
_COME_JOIN = re.compile(r"有没有人来(?:帮我|帮忙|帮个忙|一起|陪|玩|打牌|打球|拼)")


def plea_to_intervene(t: str) -> str | None:
    """The words asking someone to step in, read as a complaint (yellow) rather than a question (blue)."""
    return next((w for w in _INTERVENE if w in t and not (w == "有没有人来" and _COME_JOIN.search(t))), None)


def through_roof(t: str, vocab: Vocabulary) -> str | None:
    """The word naming rain or snowmelt through the roof, when no pipe or tank is named as the source."""
    t = t.replace("天台风", "天 台风")   # "明天台风要来": a typhoon tomorrow, no rooftop (天台)
    roof = vocab.first_in("roof_leak", t)
    return roof if roof and not vocab.first_in("pipe_source", t) else None


def rain_seeps_in(t: str, vocab: Vocabulary) -> str | None:
    """The roof word when rain or snowmelt is told seeping in (through_roof), not a supply out in the rain."""
    roof = through_roof(t, vocab)
    return roof if roof and any(w in t for w in SEEPS_IN) else None


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
