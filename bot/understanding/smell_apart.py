"""What keeps a smell, or a leak smelled with it, apart from the smell ticket before it.

- A smell of danger after a smell of dirt: minutes after "化粪池满了 臭死了", a neighbour smelling gas or something
  burning ("好像是谁家的煤气没关", "一股焦糊味") tells a danger of its own, more urgent than the sewage and of
  another family: one more report of the sewage would bury it (`danger_apart`). A ticket that is itself gas,
  smoke or fire (or names such a smell), or already an emergency ("有股气味 是不是哪家没关好"), keeps its me-toos.
- A smell said not to be the danger: "又有股味 不是煤气那种 是垃圾的" after a gas report tells another smell, denied
  to be the ticket's gas or smoke (`danger_denied`); "这不是煤气味吗?" asks, and affirms it.
- A leak smelled with a gas report: "我家也闻到了 是不是管子漏了" guesses the gas pipe leaks, one more report of the
  gas; "我家厨房水管漏了 滴了一地" tells water on the floor, a leak of its own (`guessed_leak`).

Pure functions over normalised text.
"""
from __future__ import annotations

import re

from .likeness import burning, split_keywords, ticket_keywords
from .types import TicketView
from .vocabulary import Vocabulary

# A smell of gas, smoke or burning.
DANGER_SMELL: tuple[str, ...] = ("煤气", "燃气", "天然气", "液化气", "瓦斯", "烟", "焦", "糊味", "烧糊", "刺鼻")
# Tickets that tell a smell (the sewage's, the rubbish's...), and those that are a danger themselves.
SMELL_FAMILIES = frozenset({"smell", "sewage", "gas_leak", "garbage"})
SMELL_WORDS: tuple[str, ...] = ("味", "臭", "熏")
_DANGER_FAMILIES = frozenset({"gas_leak", "fire"})
# A leak only guessed at ("是不是管子漏了", "估计哪里漏气"), and water told ("滴了一地", "水漫了", "爆了").
_GUESS = re.compile(r"(?:是不是|估计|可能|好像|怕是|会不会|该不会|难道)[^,.!?;:，。！？；：]{0,8}漏")
_WATER_TOLD: tuple[str, ...] = ("漏水", "滴", "一地", "爆", "漫", "喷", "渗水", "淹", "积水", "水流")


def tells_smell(t: TicketView, vocab: Vocabulary) -> bool:
    """The ticket tells a smell: a smell family, or a smell word in its text."""
    return split_keywords(ticket_keywords(t, vocab))[0] in SMELL_FAMILIES or any(w in t.text for w in SMELL_WORDS)


def danger_apart(text: str, t: TicketView, vocab: Vocabulary) -> bool:
    """`text` smells gas, smoke or burning and the ticket is a smell of another kind (module doc)."""
    if t.color == "red" or not any(w in text for w in DANGER_SMELL) or not tells_smell(t, vocab):
        return False
    tfam = split_keywords(ticket_keywords(t, vocab))[0]
    return not (tfam in _DANGER_FAMILIES or burning(t) or any(w in t.text for w in DANGER_SMELL))


# The ticket's danger denied ("不是煤气", "不像烟味", "并不是焦味"): not 是不是 (a guess), nor a rhetorical question
# ("这不是煤气味吗", "难道不是煤气": it is gas). The denial counts only for the ticket's own danger ("不是烟味 是煤气味"
# after a gas report affirms the gas) and only when the text does not go on to affirm it ("不是烟 是火 烧起来了").
_GAS_WORDS = ("煤气", "燃气", "天然气", "液化气", "瓦斯")
_FIRE_WORDS = ("烟", "焦", "糊", "着火", "火", "烧")
_FIRE_AFFIRMED = ("火", "烧起", "冒烟", "浓烟")   # (not 烧纸, 烧香: burning told harmless)
_DENIED = re.compile(r"(?<!是)(?<!难道)(?<!岂)(?:不是|不像|并不是|并非|唔系|唔係|唔似)(?:那种|那个)?"
                     r"(煤气|燃气|天然气|液化气|瓦斯|烟|焦|糊|着火|火)"
                     r"(?![^,.!?;:，。！？；：\s]{0,6}[吗么嘛?？])")


def danger_denied(text: str, t: TicketView, vocab: Vocabulary) -> bool:
    """The ticket is gas, smoke or fire and `text` says its smell is not that danger (module doc)."""
    tfam = split_keywords(ticket_keywords(t, vocab))[0]
    if not (tfam in _DANGER_FAMILIES or burning(t)):
        return False
    m = _DENIED.search(text)
    if m is None:
        return False
    denied = _GAS_WORDS if m.group(1) in _GAS_WORDS else _FIRE_WORDS
    affirmed = _GAS_WORDS if denied is _GAS_WORDS else _FIRE_AFFIRMED
    gas_ticket = tfam == "gas_leak" or (tfam != "fire" and not burning(t) and any(w in t.text for w in _GAS_WORDS))
    if (denied is _GAS_WORDS) != gas_ticket:
        return False   # another danger denied than the ticket's: says nothing against it
    return not any(w in text[m.end():] for w in affirmed)   # "不是烟 是火": affirmed after all


def guessed_leak(text: str) -> bool:
    """The message only guesses a pipe leaks, telling no water (module doc)."""
    return _GUESS.search(text) is not None and not any(w in text for w in _WATER_TOLD)
