"""How alike a message's problem and an open ticket's are: problem family and cue words.

The pieces `repeats.match_repeat` and its conversation matchers weigh first: the keywords of an
Understanding split into family / cues / places, whether two families are one problem (or one the
escalation of the other), whether a family is category-wide, an emergency of its own beside an outage.
(Written places are `written_places`'s, a home or a shared area `home_or_shared`'s, a problem still the
same hours later `still_same`'s.) Pure functions.
"""
from __future__ import annotations

from collections.abc import Sequence

from .types import TicketView, Understanding
from .vocab_data import ESCALATES, OUTAGE_FAMILIES
from .vocabulary import Vocabulary


def families(keywords: Sequence[str]) -> set[str]:
    return {k for k in keywords if not k.startswith(("~", "@", "%"))}


def split_keywords(keywords: Sequence[str]) -> tuple[str | None, set[str], set[str]]:
    """(main family, its cue words, place words) of an Understanding.keywords tuple.

    Keywords are: main family, other families, "~cue" of the main family, "%cue" of others, "@place".
    """
    fams = [k for k in keywords if not k.startswith(("~", "@", "%"))]
    return (fams[0] if fams else None, {k[1:] for k in keywords if k.startswith("~")},
            {k[1:] for k in keywords if k.startswith("@")})


def ticket_keywords(t: TicketView, vocab: Vocabulary) -> tuple[str, ...]:
    if t.keywords:
        return t.keywords
    from .classifier import classify  # fallback: understand the ticket's first report again

    return classify(t.text, vocab=vocab).keywords


def same_family(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return False
    if a == b:
        return True
    return {a, b} <= OUTAGE_FAMILIES and "generic_outage" in (a, b)


def cue_parts(cues: set[str]) -> set[str]:
    return {p for c in cues for p in c.split("+") if len(p) >= 2}


def escalates(new: str | None, old: str | None) -> bool:
    """The new report is the more urgent form of the ticket's problem (树枝断了 -> 树枝挂在半空).
    Not the reverse: a milder remark after an emergency (检查一下电表箱) is a request of its own."""
    return bool(new and old) and old in ESCALATES.get(new or "", ())


def own_problem(fam: str | None, tfam: str | None, tkw: Sequence[str]) -> bool:
    """The status question names a problem of its own: "什么时候恢复？整栋没电" after water reaching a meter
    box asks after the power cut, not the flood (a family of its own, not the ticket's, not named in its
    report, not an escalation either way; a fault told by its object is weighed by the caller)."""
    if not fam or fam.startswith(("fault_", "generic")) or not tfam:
        return False
    return fam not in families(tkw) and not escalates(fam, tfam) and not escalates(tfam, fam)


def is_broad(fam: str | None, vocab: Vocabulary) -> bool:
    f = vocab.families.get(fam or "")
    return bool(f and f.broad) if f else True


# Cold radiators: a supply problem, yet each unit's and floor's is labelled a ticket of its own (a
# neighbour's "三单元也不热" or "我家三楼也凉" is another report, not the same one).
PER_FLAT = frozenset({"heating_cold"})


# A leak runs down: the flat below reporting water from its ceiling reports the same leak.
LEAK_FAMILIES = frozenset({"burst_pipe"})


def own_emergency(u: Understanding, t: TicketView, vocab: Vocabulary) -> bool:
    """An emergency that names the ticket's outage in passing and another problem of its kind ("我家也没水 刚才厨房
    水管爆了 水喷了一地"): the burst pipe is a ticket of its own, not one more report of the outage. (A hazard grown
    out of the ticket's own thing, sparks from the charging's power strip, is no outage: it stays the ticket's.)"""
    fams, tfam = families(u.keywords), split_keywords(ticket_keywords(t, vocab))[0]
    if u.color != "red" or t.color == "red" or tfam not in OUTAGE_FAMILIES:
        return False
    return tfam in fams and any(f != tfam and not same_family(f, tfam) and not escalates(f, tfam) and not escalates(tfam, f)
               and (k := vocab.families.get(f)) is not None and k.category == t.category for f in fams)


def burning(t: TicketView) -> bool:
    """An emergency (red) of safety that speaks of smoke or a burning smell, whatever family it read as."""
    return t.color == "red" and t.category == "safety" and any(w in t.text for w in ("烟", "焦", "烧", "呛"))
