"""A noise at it again: hours or days after a noise complaint, "又来了 两点半了还在洗牌", "昨晚又闹到一点 说了好多次了".

A nuisance people make (mahjong at night, square dancing, drilling, a barbecue stall) comes back night after
night; the complaint about it stays open, and each "it is at it again" is one more report of that complaint
(GUIDELINES: the same problem, not fixed). The words rarely repeat the report's: 洗牌 after 搓麻将, 又打到两点
after 打麻将, 又蹦到一点 after 咚咚咚. `noise_back` links such a message to an open noise ticket when all of:

- the message is a noise or dispute request (the model's word is enough), no consultation, no "already
  fixed", not mended or mediated in between, naming no problem family outside noise / dispute (a plea to
  mediate tells a noise: a kind of noise or a noise word);
- it says the thing is at it again, still at it or was told before in vain (neighbour_back.back_word);
- it names no second source (也在装修, 另一家, 隔壁楼) and no kind of noise the ticket does not
  (noise_chorus.KINDS: drilling vs mahjong), nor another flat as the source, nor a place that contradicts;
- the ticket is a noise, no consultation and no emergency, last reported within `MINUTES`;
- and it is the sender's own complaint (the most recent one), or, from a neighbour, the only open noise
  ticket whose kind the message names too (烧烤 ... 划拳 after 烧烤店 吵到一两点) or whose source flat the
  message names ("402又开始了" after "四楼那家天天半夜吵": the flat within the floor the report wrote).

The source flat written in both also tells the noise when the message only pleads ("402昨晚又剁到一点 社区出面
调解一下" after the reporter's "402天天剁饺子馅 咚咚咚"), and the reporter's own noise words tell it whatever
category the message reads as ("又是五点咣咣咣 说好的呢").

Pure functions; the caller (repeats.match_repeat) has normalised the text.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .still_same import mended_since
from .written_places import floor_of, place_conflict
from .neighbour_back import back_word
from .noise_chorus import SECOND, kinds, kinds_differ, source_conflict
from .topic import qualifier_conflict
from .vocab_back import NUISANCE_TOLD
from .types import RepeatMatch, TicketView, Understanding

MINUTES = 7 * 24 * 60.0
# The categories a nuisance's return is told in: a noise, or a plea to mediate it (调解).
_TOLD_AS = frozenset({"noise", "dispute"})
# A plea that names the noisy flat tells its noise by when it went on or how ("昨晚又折腾到一点多"); without any
# such word it is another quarrel with that flat (shoes in the corridor, a parking space, rubbish at the door).
_WHEN_HEARD = re.compile(r"半夜|凌晨|深夜|夜里|昨晚|昨天晚上|一大早|大清早|[零一二三四五六七八九十两\d]+点|折腾|闹腾|动静|响")
# Settled in between ("调解完了 今天又..."): what comes after is a new quarrel, not the old complaint.
_SETTLED = ("调解完", "调解好", "调解过后")


def noise_back(u: Understanding, fam: str | None, text: str, sender_id: str, building: str | None,
               candidates: Sequence[TicketView]) -> RepeatMatch | None:
    """The open noise ticket this message says is at it again (module doc), else None."""
    if not u.request or u.fixed_report or (u.color == "blue" and not u.model_only):
        return None
    if fam is not None and fam not in _TOLD_AS:
        return None   # "又停电了 吵得..." names another problem
    word = back_word(text)
    if word is None or mended_since(text) or any(w in text for w in (*SECOND, *_SETTLED)):
        return None
    mine = kinds(text)
    told = u.category == "noise" or bool(mine) or any(w in text for w in NUISANCE_TOLD["noise"])
    unread = u.category in (None, "other") or u.category_guessed
    if not (u.category in _TOLD_AS or (unread and told)):
        return None   # another kind of problem (the reporter's own noise words count when no category was read)
    fitting = [t for t in candidates if t.category == "noise" and t.color not in ("blue", "red")
               and t.minutes_since_last_report <= MINUTES and _fits(u, text, building, t)
               and (told or (_source_named(u, t) and _WHEN_HEARD.search(text) is not None))]
    # (a plea to mediate that tells no noise, not even when it kept on, is another quarrel: "402又在门口堆鞋柜")
    own = [t for t in fitting if t.reported_by(sender_id) and (u.category in _TOLD_AS or t.reporter_id == sender_id)]
    if own:
        t = min(own, key=lambda c: c.minutes_since_last_report)
        return RepeatMatch(t.no, "repeat", (f"the noise of #{t.no} at it again ('{word}'), told by its reporter",))
    if u.category not in _TOLD_AS:
        return None   # a neighbour's "again" is weighed only when it reads as a noise or a quarrel
    named = [t for t in fitting if mine & kinds(t.text)]
    if len(named) == 1 and len(fitting) == 1:
        t = named[0]
        kind = sorted(mine & kinds(t.text))[0]
        return RepeatMatch(t.no, "repeat", (f"the {kind} noise of #{t.no} at it again ('{word}')",))
    if len(fitting) == 1 and _source_named(u, fitting[0]):
        t = fitting[0]
        return RepeatMatch(t.no, "repeat", (f"the flat the noise of #{t.no} comes from at it again ('{word}')",))
    return None


def _source_named(u: Understanding, t: TicketView) -> bool:
    """The message writes a flat (a room) at the place the noise report wrote ("402" after "四楼那家", "402"):
    the noise's source named again."""
    loc, at = u.location, t.location
    if not (loc and loc.room and at) or (loc.unit and at.unit and loc.unit != at.unit):
        return False
    if loc.building and loc.building != (at.building or t.building or loc.building):
        return False   # "1号楼503又开始了" in building 4's group: another building's flat
    return loc.room == at.room or (not at.room and floor_of(loc) == at.floor)


def _fits(u: Understanding, text: str, building: str | None, t: TicketView) -> bool:
    """No kind of noise, flat named as its source, place or place qualifier of the message contradicts the ticket's."""
    if kinds_differ(text, t.text):
        return False
    return not (source_conflict(text, t.text)
                or place_conflict(u.location, t.location, building, t.building, supply=False)
                or qualifier_conflict(text, t.text))
