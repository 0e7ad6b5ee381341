"""A named vulnerable person who needs help today is orange (GUIDELINES: "a vulnerable person needs
help today"; the doubt rule: the text itself states the risk to a person).

Applied last, to the combined reading (rules and model): a yellow or blue request is raised to
orange when it names a particular vulnerable person (vocab_vulnerable.VULNERABLE) together with
one need that cannot wait:

- heat or cold at home with the air conditioner or heating broken (→ care: the person is what must
  be dealt with);
- a fall stated as the risk to them (or to the old and the young, PEOPLE_AT_RISK);
- a hospital visit today (or every day) that the problem blocks;
- a life-support machine at home facing a power cut, asked what to do (→ care);
- someone asked to look in on them or help them in person while a storm or their illness is stated
  (a parent alone in a typhoon, an old neighbour's window shaking in the wind), or the person alone
  asking for hands themselves ("就我一个老太太 ... 台风来了 ... 来个人帮我"), not for an errand run or a
  question answered (帮我问问, 帮我办, 怎么报销: vocab_vulnerable.ERRAND);
- a person living alone as a storm comes, someone asked to watch over them or a shelter asked for (→ care),
  even asked as a question;
- their food running out, or water and food more than they can carry home (→ care), even asked as a
  question: the need is stated, not a service enquired about.

A question about a service ("请问 ... 有没有") names no need today and is left as it is."""
from __future__ import annotations

from dataclasses import dataclass

from .vocab_fraud import CLAIM, INSIDE_NOW, MONEY_ASKED, OLD
from .vocab_vulnerable import (
    BENEFIT, ERRAND, EXPOSED, HELP_ME, LIVES_ALONE, LOOK_AFTER, LOOK_IN, SELF_ALONE, STORM, SUPPLIES_OUT, WATCHED_OR_SHELTERED, WHAT_TO_DO,
)
from .vocabulary import Vocabulary

_SERVICE_QUESTION = ("请问", "想问", "问一下", "问下", "咨询", "想预约", "预约")
# A weekday or a later day named: the visit is planned ahead, asked about, not today's need.
_LATER = ("周一", "周二", "周三", "周四", "周五", "周六", "周日", "星期", "礼拜", "下周", "这周", "明天", "后天")
_TODAY = ("今天", "今日", "今晚", "马上")
_EASY = ("容易", "别", "防止", "以免")   # "easy to fall", "don't fall": a general caution, no risk stated now


@dataclass(frozen=True, slots=True)
class Raise:
    reason: str
    category: str | None = None   # the category the need names, or None to keep the one read


def impostor_inside(t: str) -> str | None:
    """'claim+inside+who' when someone claiming to be from the office is inside a home now with an old person
    there or money asked (vocab_fraud), or None (`t`: normalised)."""
    claim = next((c for c in CLAIM if c in t), None)
    inside = next((i for i in INSIDE_NOW if all(p in t for p in i.split("+"))), None) if claim else None
    who = next((w for w in (*OLD, *MONEY_ASKED) if w in t), None) if inside else None
    return f"{claim}+{inside}+{who}" if who else None


def _alone_in_a_storm(t: str, person: str) -> str | None:
    """Why a vulnerable person living alone, with a storm coming and someone to watch over them or a shelter
    asked for, needs help today; or None (a storm named alone is a general question)."""
    if person in LIVES_ALONE:   # "独居老人有没有安置点": old people living alone in general, no one particular
        return None
    storm = next((w for w in STORM if w in t), None)
    alone = next((w for w in LIVES_ALONE if w in t), None) if storm else None
    asked = next((w for w in WATCHED_OR_SHELTERED if w in t), None) if alone else None
    if not asked:
        return None
    return f"orange: '{person}' lives alone ('{alone}') as a storm comes ('{storm}'), watched over or sheltered ('{asked}')"


def vulnerable_today(t: str, vocab: Vocabulary) -> Raise | None:
    """Why a request naming a vulnerable person with a need today is orange, or None (`t`: normalised)."""
    person = vocab.first_in("vulnerable", t)
    supplies = next((w for w in SUPPLIES_OUT if w in t), None)
    someone = (person or vocab.first_in("people", t)) if supplies else None
    if someone:
        return Raise(f"orange: '{someone}' is running out of or cannot carry what they live on ('{supplies}')", "care")
    impostor = impostor_inside(t)
    if impostor:   # someone claiming to be from the office inside a home now, an old person there or money asked
        return Raise(f"orange: a stranger claiming an office inside a home now ('{impostor}')", "safety")
    storm = _alone_in_a_storm(t, person) if person else None
    if storm:
        return Raise(storm, "care")
    if t.lstrip(" @")[:4].startswith(_SERVICE_QUESTION):
        return None
    if person:
        comfort = vocab.first_in("home_comfort_out", t)
        if comfort:
            return Raise(f"orange: a vulnerable person ('{person}') without heating or cooling ('{comfort}')", "care")
        support = vocab.first_in("life_support", t)
        if support and any(w in t for w in WHAT_TO_DO):
            return Raise(f"orange: a life-support machine ('{support}') for '{person}' facing a power cut", "care")
        visit = vocab.first_in("appointment", t)
        when = vocab.first_in("appointment_when", t)
        if visit and when and (when in _TODAY or not any(w in t for w in _LATER)):
            return Raise(f"orange: '{person}' must get to a hospital visit ('{visit}', '{when}')")
        look_in = next((w for w in LOOK_IN if w in t), None)
        exposed = next((w for w in EXPOSED if w in t), None) if look_in else None
        if exposed:
            return Raise(f"orange: someone asked to look in on '{person}' ('{look_in}') at risk now ('{exposed}')")
        alone = next((w for w in SELF_ALONE if w in t), None)
        help_me = next((w for w in HELP_ME if w in t), None) if alone and not any(w in t for w in ERRAND) else None
        exposed = next((w for w in EXPOSED if w in t), None) if help_me else None
        if exposed:
            return Raise(f"orange: '{person}' alone ('{alone}') asks for hands in person ('{help_me}') at risk now"
                         f" ('{exposed}')", "care")
    at_risk = person or vocab.first_in("people", t)
    fall = vocab.first_in("fall_risk", t)
    if at_risk and fall:
        at = t.find(fall.split("+")[0])
        if not any(e in t[max(0, at - 6):at] for e in _EASY):
            return Raise(f"orange: a fall stated as the risk to '{at_risk}' ('{fall}')")
    return None


def care_service(t: str, vocab: Vocabulary) -> str | None:
    """The word naming a service delivered to an old or disabled person (care, not affairs), or None
    when the question is about a benefit, an insurance or a card (`t`: normalised)."""
    word = vocab.first_in("care_service", t)
    return word if word and not any(b in t for b in BENEFIT) else None


def care_asked(t: str) -> str | None:
    """The word asking someone to look after a person or bring them meals ("照看", "送饭"), or None: such an
    ask is care even when a lift or a cut is the trouble told (`t`: normalised)."""
    return next((w for w in LOOK_AFTER if w in t), None)
