"""A one-character thing said to be still there: "楼道灯咋还黑着呢", "那个门到底几时修".

neighbour_back.py ties a neighbour's "still" to an open ticket by a thing both texts name; its pieces are
two characters or more, so the everyday one-character things (灯, 门, 锁, 梯) of short dialect messages
tie nothing. Here the thing is one character of the ticket's own cue words (灯 of 灯+不亮, 门 of
门+一推就开) or a one-character object word, written in both texts, standing right before the still word in
the message (neighbour_back.subject_of_still), not as part of a place (门口, 灯下) nor of a doing (出门, 开灯). So is any one character
the ticket writes that a pointer picks out right before the still word ("那两只鹅还在呢" after "养了两只大鹅"):
the pointer says it is the one reported. Pure functions.
"""
from __future__ import annotations

import re

from .likeness import split_keywords, ticket_keywords
from .types import TicketView
from .vocab_topic import DOING_WITH_OBJECT
from .vocabulary import Vocabulary

# A pointer, an optional count and measure word, one character, then a still word: "那两只鹅还在", "那灯咋还".
_POINTED = re.compile(r"[那这](?:[一两二三四五六七八九十几]?[个只条台部辆盏扇根块堆袋棵窝头])?([\u4e00-\u9fff])"
                      r"(?=还|到现在|怎么还|咋还)")
# ...no pronoun, function word or symptom (那他还..., 这也还...).
_NOT_POINTED = frozenset("他她它也都就又还是在的了个没不有人边里时会")
# After the character these make it a place or another word (门口, 门卫, 灯下, 梯子口), not the thing.
_NOT_THING_AFTER = "口卫下边旁前后里外框"


def _single_things(t: TicketView, vocab: Vocabulary) -> set[str]:
    """The one-character cue parts of the ticket's main family and the one-character object words."""
    cues = split_keywords(ticket_keywords(t, vocab))[1]
    out = {p for c in cues for p in c.split("+") if len(p) == 1 and "\u4e00" <= p <= "\u9fff"}
    return out | {w for w in vocab.words.get("object", ()) if len(w) == 1}


def still_single_thing(text: str, said: str, t: TicketView, vocab: Vocabulary) -> str | None:
    """The one-character thing of the ticket (`said`: its normalised text) the message says is still there."""
    from .neighbour_back import subject_of_still   # (neighbour_back calls this module)

    plain = text
    for w in DOING_WITH_OBJECT:   # 出门到现在还没回来: a doing, not the door
        plain = plain.replace(w, " " * len(w))
    for c in sorted(_single_things(t, vocab)):
        if c not in said or c not in plain:
            continue
        bare = "".join(" " if ch == c and plain[i + 1:i + 2] and plain[i + 1] in _NOT_THING_AFTER else ch
                       for i, ch in enumerate(plain))
        if c in bare and subject_of_still(c, bare):
            return c
    return next((c for c in _POINTED.findall(text) if c in said and c not in _NOT_POINTED), None)
