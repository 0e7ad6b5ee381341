"""Whether a message of a category-wide family names a thing of its own, not the ticket's.

A broad family (noise, pests, building parts, greenery...) covers many things: "六楼那家的狗还在叫" and
"六楼装修电钻太吵" are both noise on the sixth floor, yet two problems. Hours later, a "still" at the same
floor joins the ticket only when the message names no other thing than the report did: no cue whose
thing the report does not write (狗 after 电钻, 老鼠 after 蟑螂, 信箱 after 窗户), and no other object or
"another thing" word (topic.other_object / another_thing). Pure functions.
"""
from __future__ import annotations

from collections.abc import Iterable

from .topic import another_thing, other_object


def cue_thing(cue: str) -> str:
    """The thing a cue names: the first part of a combination ("狗" of "狗+叫"), or the cue itself."""
    return cue.split("+")[0]


def own_cue_thing(cues: Iterable[str], ticket_cues: Iterable[str], ticket_text: str) -> str | None:
    """A cue thing of the message the report does not name: not all its characters written in the report
    ("狗屎" after "狗又在三楼拉屎" is the report's), and no character shared with the report's cue words
    ("吵得" after "太吵": the same symptom told again, no thing)."""
    told = set("".join(ticket_cues).replace("+", ""))
    for cue in sorted(cues):
        thing = cue_thing(cue)
        if all(ch in ticket_text for ch in thing) or set(thing) & told:
            continue
        return thing
    return None


def names_own_thing(text: str, cues: Iterable[str], ticket_text: str, ticket_cues: Iterable[str],
                    objects: Iterable[str], places: Iterable[str]) -> str | None:
    """What the message names that the ticket's report does not, if anything: another thing word, an object
    word the report lacks (place words such as 草坪, 单元门 are no object here: both may be where), or
    a cue thing of its own."""
    things = [w for w in objects if w not in set(places)]
    return (another_thing(text, ticket_text, things)
            or other_object(text, ticket_text, things, before_too=False)
            or own_cue_thing(cues, ticket_cues, ticket_text))
