"""A place still dark: the light out there is still not mended.

Hours or days after "负二楼车库灯全坏了", a neighbour writes "车库还是黑漆漆的 什么时候修" or "楼道咋还黑着": no
lamp named, no fault word the rules read (the message often reads as a question, a consultation; the report too may
name its lamp only with a dark word), but darkness
where the report's light is and "still" or "when will it be mended" say the light ticket is not over. Linked to
the latest open light ticket of the chat at no other written place; not when the message names a problem
family of its own (黑烟 is smoke, not darkness: `DARK` leaves it out).
"""
from __future__ import annotations

from collections.abc import Sequence

from .likeness import split_keywords, ticket_keywords
from .written_places import place_conflict
from .status_ask import asks_when_fixed, status_ask
from .types import RepeatMatch, TicketView, Understanding
from .vocab_back import DARK, DARK_THINGS, LAMP_OUT, LIT_PLACES
from .vocab_topic import STILL
from .vocabulary import Vocabulary

# A light ticket this recent is still waited on (a week, as for the other returns).
_MINUTES = 7 * 24 * 60.0
_LIGHT = "light_out"


def dark_still(u: Understanding, fam: str | None, text: str, building: str | None,
               candidates: Sequence[TicketView], vocab: Vocabulary) -> RepeatMatch | None:
    """The open light ticket a "still dark" message waits on (module doc), else None."""
    if u.fixed_report or fam not in (None, _LIGHT) or "黑烟" in text or u.color == "red":
        return None   # (a danger told in the dark, "摸黑摔倒了", is a ticket of its own: never inside the light's)
    if any(w in text for w in DARK_THINGS):
        return None   # "水还是黑的": a black thing, no darkness
    dark = next((w for w in DARK if w in text), None)
    waited = (next((w for w in STILL if w in text), None) or asks_when_fixed(text) or status_ask(text))
    if dark is None or waited is None:
        return None
    for t in sorted(candidates, key=lambda c: c.minutes_since_last_report):
        if t.color in ("blue", "red") or t.minutes_since_last_report > _MINUTES:
            continue
        if not _tells_light(t, vocab):
            continue
        if place_conflict(u.location, t.location, building, t.building, supply=False) or _other_kind(text, t.text):
            continue
        return RepeatMatch(t.no, "repeat", (f"'{dark}' and '{waited}': the light of #{t.no} still out",))
    return None


def _tells_light(t: TicketView, vocab: Vocabulary) -> bool:
    """The ticket is a light out: the rules' family, or a facility ticket whose report names a lamp (灯) told dark
    in words no rule read ("过道灯全部黑起的")."""
    if split_keywords(ticket_keywords(t, vocab))[0] == _LIGHT:
        return True
    return t.category == "facility" and "灯" in t.text and any(w in t.text for w in (*DARK, *LAMP_OUT))


def _other_kind(text: str, report: str) -> bool:
    """The message's dark place and the report's lamp are in different kinds of place (`LIT_PLACES`)."""
    def kinds(s: str) -> set[str]:
        return {k for k, ws in LIT_PLACES.items() if any(w in s for w in ws)}
    mine, theirs = kinds(text), kinds(report)
    return bool(mine and theirs and not mine & theirs)
