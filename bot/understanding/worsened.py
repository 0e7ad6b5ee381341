"""A worsening of the same thing: a danger grown out of a milder problem already reported.

A dry branch over a door reported in the morning, then "that branch has split and hangs over the path";
a wall's render bulging, then "a slab of that wall came down"; a water heater's rusty frame, then "its
frame broke and it hangs over the entrance"; a quarrel between a landlord and a tenant, then "they are
fighting". The new message is red, the ticket was milder (or read red by the model alone): it is the
same thing at the same place getting worse, one more report of the ticket, which the ticket service
raises to red (restarting its clocks) and says so in the group.

Kept apart: a danger that only shares a place or a category with an open ticket (a fire in a building
with a lift ticket open, a wall about to fall beside a ticket about a light): the danger must be of a
kind that grows out of a thing (something about to fall, a fight out of a quarrel, sparks from a
fitting), and both must name the same thing (an object word or a word of
the danger's cue), or, for a quarrel turned fight, follow it within a couple of hours.
"""
from __future__ import annotations

from collections.abc import Sequence

from .home_or_shared import as_place
from .likeness import cue_parts, families, split_keywords, ticket_keywords
from .written_places import place_conflict
from .types import RepeatMatch, TicketView, Understanding
from .vocab_hurt import HURT_WORDS
from .vocabulary import Vocabulary

# Dangers that grow out of a thing already there (a loose part, a split branch, a quarrel, a fitting, a leak)
GROWS = frozenset({"falling_part", "falling_object", "tree_falling", "violence", "live_wire"})
# (water reaching the electrics is water_spread.water_reached's: the leak it came from, not a flood beside it)
# ...those of them that a thing becomes (a fight is no thing's: one over a parking space is not the parking ticket)
_OF_THINGS = GROWS - {"violence"}
# ...and those that grow out of the ticket's kind itself, with no thing to name: a quarrel turned fight
GROWS_FROM = {"violence": frozenset({"dispute"})}
# A person hurt now is a new emergency of its own (a care or rescue ticket with its own holder), never the worsening
# of a repair: "瓷砖掉下来把人砸晕了" under "瓷砖有点松" stays its own red ticket.
_PERSON_HURT = frozenset({"person_down", "distress", "trapped", "alone_silent", "self_harm", "missing_person"})
# (the words of a person hurt now: vocab_hurt.HURT_WORDS)
# A fight is the quarrel's only when told as the same people's (他们, 那两家, 又, 还在): a fight among strangers at
# the gate is not the quarrel upstairs.
BACK_TO_THEM = ("他们", "她们", "他俩", "她俩", "他们俩", "两家", "那家", "两口子", "又", "还在", "吵着吵着", "吵完")
# A worsening of the same thing is reported within the week the ticket stays open...
_WEEK = 7 * 24 * 60.0
# ...a fight out of a quarrel within hours (a fight next week is another quarrel's).
_HOURS = 120.0
# cue parts that name no thing (where, when, how it is said): never "the same thing"
_NO_THING = frozenset({"底下就是", "下面就是", "下边就是", "底下", "下面", "上面", "要掉", "掉下来", "掉了", "快掉",
                       "悬着", "挂着", "吊着", "晃", "快来", "快来人", "有人", "砸到", "砸着"})
# where, not what: areas a danger and a ticket may share without being one thing (objects that are ways too)
_AREAS = frozenset({"楼梯", "踏步", "台阶", "大门", "侧门", "楼门", "路面", "地面", "坡道", "楼下", "楼上", "院子", "院里"})
# ...while these place words are things of their own (a wall, a window, a meter box)
_PLACED_THINGS = frozenset({"外墙", "窗户", "电表箱", "配电", "垃圾桶", "健身器材", "水箱", "暖气片", "车棚"})


def shared_thing(text: str, u_keywords: Sequence[str], t_keywords: Sequence[str], ticket_text: str,
                 vocab: Vocabulary) -> str | None:
    """The thing both name, the longest: an object word both texts hold, or a word (two characters or more)
    of the message's cues that is a word of the ticket's own keywords ("外墙" of "外墙+掉" after a report read
    at "@外墙"); not an area ("楼道", "门口": where, not what) nor a word either text uses as the place
    ("单元门口", "草坪上")."""
    words = {w for w in vocab.words.get("object", ()) if len(w) >= 2 and w in text and w in ticket_text}
    ticket_words = cue_parts({k[1:] for k in t_keywords if k.startswith(("~", "%", "@"))})
    words |= cue_parts({k[1:] for k in u_keywords if k.startswith(("~", "%"))}) & ticket_words
    areas = (set(vocab.words.get("place", ())) - _PLACED_THINGS) | _AREAS
    things = [w for w in words if w not in _NO_THING and w not in areas
              and not any(as_place(w, x) or f"{w}口" in x for x in (text, ticket_text))]
    return max(sorted(things), key=len) if things else None


def elsewhere(text: str, ticket_text: str, vocab: Vocabulary) -> bool:
    """Both texts name areas (楼道, 阳台, 楼顶...) and none is the same: the thing named is another one there (a
    window, a wall: things, no area)."""
    areas = (set(vocab.words.get("place", ())) | _AREAS) - _PLACED_THINGS
    here, there = {w for w in areas if w in text}, {w for w in areas if w in ticket_text}
    return bool(here and there) and not (here & there)


def worsened(u: Understanding, text: str, building: str | None,
             candidates: Sequence[TicketView], vocab: Vocabulary) -> RepeatMatch | None:
    """The open ticket (most recent first) whose thing this red report says has grown dangerous (module doc)."""
    if not u.request or u.color != "red" or u.model_only or not (GROWS & families(u.keywords)):
        return None
    if _PERSON_HURT & families(u.keywords) or any(w in text for w in HURT_WORDS):
        return None
    tied = any(w in text for w in BACK_TO_THEM) and u.location is None
    grown = GROWS & families(u.keywords)
    for t in candidates:
        if t.color == "blue" or t.minutes_since_last_report > _WEEK:
            continue
        tfam = split_keywords(ticket_keywords(t, vocab))[0]
        if place_conflict(u.location, t.location, building, t.building, False):
            continue
        from_kind = tied and any(tfam in GROWS_FROM.get(f, ()) for f in grown) and t.minutes_since_last_report <= _HOURS
        same_kind = t.category == u.category or (tfam is not None and tfam in families(u.keywords))
        thing = (shared_thing(text, u.keywords, ticket_keywords(t, vocab), t.text, vocab)
                 if same_kind and grown & _OF_THINGS else None)
        if thing is not None and elsewhere(text, t.text, vocab):
            continue   # a stairwell's window and a balcony's: the same word, two things
        if from_kind:
            return RepeatMatch(t.no, "repeat", (f"the {tfam} of #{t.no} has grown into {sorted(grown)[0]}",))
        if thing is not None:
            return RepeatMatch(t.no, "repeat", (f"the '{thing}' of #{t.no} is worse now: {sorted(grown)[0]}",))
    return None
