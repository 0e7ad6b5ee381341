"""The last word on a request, whoever read it (rules or model): what the text itself says about its colour and
category, applied in a fixed order (hybrid.py calls it on every reading).

- rain through the roof is facility; a service for an old person is care; asking someone to step in, when a broken
  thing will be mended or a lapsed service come, or ice underfoot stated now, is a complaint (yellow, not blue);
- over-triage checks (adjust.py with still_works.py and leak_readings.py): an entrance door that still keeps
  strangers out, a leak onto a common floor or at a joint, a roof that leaks each time it rains, breakdowns counted
  over a period are yellow when no risk is stated;
- a question about which subsidy, insurance or party pays for a damage is affairs (blue);
- theft or vandalism told as yellow is safety; a named vulnerable person with a need today is orange (vulnerable.py);
  a risk to people stated is orange (the doubt rule, stated_risk.py).
"""
from __future__ import annotations

from dataclasses import replace

from .intervene_asked import plea_to_intervene
from .kinds import kind_of, red_kind
from .kinds_more import more_kind, more_red_kind, next_time_notice
from .leak_readings import floor_leak, rain_seeps_in, roof_leaks_when_it_rains
from .lesser_fault import lesser_fault
from .matter import last_matter
from .mending_asked import mending_asked, service_overdue
from .money_asked import money_asked
from .normalising import normalise
from .rereads import Reread, complaint_reread, fault_reread, last_reread
from .sources import source_kind
from .stated_risk import stated_risk
from .still_works import door_still_locks, repeated_breakdowns
from .types import Understanding
from .unanswered import phone_complaint
from .vocabulary import Vocabulary
from .vulnerable import care_asked, care_service, vulnerable_today
from .winter import icy_walk, radiator_in_part


def last_word(u: Understanding, text: str, vocab: Vocabulary) -> Understanding:
    """What the text itself says, whichever reading (rules or model) gave the colour and category."""
    if not u.request:
        return u
    t = normalise(text, vocab)
    source = source_kind(t, u.color, u.category, vocab)
    if source:   # the person in an outage, the thing making a sound, a lift unnamed, a deposit (sources.py)
        u = replace(u, category=source.category, category_guessed=False, reasons=u.reasons + (source.reason,))
    if u.color == "red":   # only the category moves (kinds.red_kind): a danger stays red
        kind = red_kind(t, u.category) or more_red_kind(t, u.category)
        return replace(u, category=kind.category, category_guessed=False, reasons=u.reasons + (kind.reason,)) \
            if kind else u
    roof = rain_seeps_in(t, vocab) if u.category in ("utilities", "dispute") and u.color != "blue" else None
    if roof:   # rain through the roof is the roof's (facility), not a pipe's (leak_readings.roof_leak)
        u = replace(u, category="facility", category_guessed=False,
                    reasons=u.reasons + (f"water through the roof or walls ('{roof}') → facility",))
    service = care_service(t, vocab) if u.category == "affairs" else \
        care_asked(t) if u.category in ("elevator", "utilities") else None   # (the lift only why: 照看 asked)
    if service:
        u = replace(u, category="care", category_guessed=False,
                    reasons=u.reasons + (f"a service for an old or disabled person ('{service}') → care",))
    plea = plea_to_intervene(t) if u.color == "blue" else None
    if plea:
        u = replace(u, color="yellow", reasons=u.reasons + (f"yellow: asks someone to step in ('{plea}'), a complaint",))
    mending = mending_asked(t) if u.color == "blue" else None
    if mending:
        u = replace(u, color="yellow",
                    reasons=u.reasons + (f"yellow: asks when a broken thing is mended or put back ('{mending}'), a complaint",))
    overdue = service_overdue(t) if u.color == "blue" else None
    if overdue:
        u = replace(u, color="yellow",
                    reasons=u.reasons + (f"yellow: asks when a lapsed service comes ('{overdue}'), a complaint",))
    icy = icy_walk(t) if u.color == "blue" and u.category != "suggestion" else None   # "建议...加个扶手" stays one
    if icy:
        u = replace(u, color="yellow", reasons=u.reasons + (f"yellow: ice underfoot stated now ('{icy}'), a problem to deal with",))
    unanswered = phone_complaint(t, vocab) if u.color == "blue" else None
    if unanswered:
        u = replace(u, color="yellow", reasons=u.reasons + (f"yellow: a service out of reach ('{unanswered}'), a complaint",))
    u = reread(u, complaint_reread(t, u.color, vocab))   # the office challenged (rereads.py)
    money = money_asked(t) if u.color in ("orange", "yellow") and u.category != "care" else None
    if money:   # the damage named is the reason; what is asked is who or what pays
        u = replace(u, color="blue", category="affairs", category_guessed=False,
                    reasons=u.reasons + (f"blue: asks which subsidy, insurance or party pays ('{money}') → affairs",))
    door = door_still_locks(t, vocab) if u.color == "orange" and u.category == "facility" else None
    if door:   # a door closer or a face not recognised: the door still keeps strangers out
        u = replace(u, color="yellow", reasons=u.reasons + (door,))
    leak = (floor_leak(t) or radiator_in_part(t, vocab)) if u.color == "orange" and u.category in ("utilities", "facility") \
        else None
    if leak:
        u = replace(u, color="yellow", reasons=u.reasons + (leak,))
    chronic = roof_leaks_when_it_rains(t, vocab) if u.color == "orange" and u.category == "facility" else None
    if chronic:
        u = replace(u, color="yellow", reasons=u.reasons + (chronic,))
    counted = repeated_breakdowns(t) if u.color == "orange" and u.category not in ("care", "safety") else None
    if counted:
        u = replace(u, color="yellow", reasons=u.reasons + (counted,))
    # (a category only the model gave is no care or safety the text names)
    lesser = lesser_fault(t, None if u.model_only else u.category) if u.color == "orange" else None
    if lesser:   # works after tries, or water running weak (lesser_fault.py)
        u = replace(u, color="yellow", reasons=u.reasons + (lesser,))
    u = reread(u, fault_reread(t, u.color, u.category))   # a running cistern, a charger out of order
    theft = vocab.first_in("theft", t) if u.color == "yellow" and u.category != "safety" else None
    if theft:  # stolen or vandalised: a security matter, not the part to repair
        u = replace(u, category="safety", category_guessed=False,
                    reasons=u.reasons + (f"theft or vandalism ('{theft}') → safety",))
    matter = last_matter(t, u.color, u.category)
    if matter:   # whose matter it is, beyond the cue that named it (matter.py)
        u = replace(u, category=matter.category, category_guessed=False, reasons=u.reasons + (matter.reason,))
    kind = kind_of(t, u.color, u.category)
    if kind:   # the kind of thing named, where the cue pointed elsewhere (kinds.py)
        u = replace(u, category=kind.category, category_guessed=False, reasons=u.reasons + (kind.reason,))
    more = more_kind(t, u.color, u.category)
    if more:   # the kind of thing named, in styles met in round 23 (kinds_more.py)
        u = replace(u, category=more.category, category_guessed=False, reasons=u.reasons + (more.reason,))
    u = reread(u, next_time_notice(t, u.color, u.category))
    # (an orange the model gave with no category of its own still takes the person's: care)
    up = vulnerable_today(t, vocab) if u.color in ("yellow", "blue") or (u.color, u.category) == ("orange", "other") \
        else None
    if up:     # a particular vulnerable person's need today: orange, whoever read it lower
        u = replace(u, color="orange", category=up.category or u.category,
                    category_guessed=u.category_guessed and not up.category, reasons=u.reasons + (up.reason,))
    risk = stated_risk(t, vocab) if u.color == "yellow" else None   # blue: a suggestion names its reason
    if risk:   # the doubt rule: the text itself states a risk to people
        u = replace(u, color="orange", category=risk.category or u.category,
                    category_guessed=u.category_guessed and not risk.category, reasons=u.reasons + (risk.reason,))
    return reread(u, last_reread(t, u.color, u.category))   # after every raise: a pack of strays, a service for one's flat


def reread(u: Understanding, r: Reread | None) -> Understanding:
    """The understanding with a re-reading's colour, category (when it names one) and reason taken."""
    if r is None:
        return u
    return replace(u, color=r.color, category=r.category or u.category,
                   category_guessed=u.category_guessed and not r.category, reasons=u.reasons + (r.reason,))
