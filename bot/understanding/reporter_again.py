"""The reporter comes back: hours or days after filing, the same resident says their problem is still there.

"纸箱还是堆着 讲了等于白讲", "鸽子还在养 今天又拉了一窗台", "那根树枝还没人来剪啊": the one who reported the
thing writes again, often in fewer or other words than the first time, after any gap (the ticket is
still open). GUIDELINES count it as another report of the same problem (the labelled corpora link it to
the first report). Neighbours' "still" reports are weighed elsewhere (topic.still_unfixed, status_ask);
this is only the reporter's own ticket, so a thing named in both texts is enough to tie them:

- the message is a request (the model's word is enough: the reporter rarely repeats the cue words),
  no consultation, no "already fixed", and says the problem is still there or still waited on
  (`RETURNS`: 还在, 还是, 还没, 到底, 到现在...; not 又: "今天又推上来了" is the thing happening anew, and
  not 还是 before a place or a pointer: "还是三楼，还是那辆" is the same one again);
- one of the sender's own open tickets (not a consultation, last reported within `MINUTES`) whose
  written place (building, unit, floor, room) and place qualifiers (1号梯, 南门) do not contradict;
- the message names the ticket's problem family (the same, an escalation either way, or one either
  report named too), or is of the ticket's category, or names no problem family of its own and no
  category the rules read (the model's guess names nothing);
- both texts name the same thing: an object or place word, a word of the ticket's cues (鸽子 of
  鸽子屎), or the same unit / floor / room written; and the message adds no other thing (另外, 顺便).

Pure functions; the caller (repeats.match_repeat) has normalised the text.
"""
from __future__ import annotations

from collections.abc import Sequence

from .likeness import (escalates, families, place_conflict, same_family, same_inner_place, split_keywords,
                       ticket_keywords)
from .topic import another_thing, qualifier_conflict
from .types import RepeatMatch, TicketView, Understanding
from .vocab_topic import RETURNS, SAME_ONE_AGAIN
from .vocabulary import Vocabulary, normalise_words

MINUTES = 7 * 24 * 60.0
# A cue piece that is a symptom or a function word, not a thing: 没人, 不亮, 坏了, 还在 name nothing.
_NOT_A_THING = frozenset("没不了有在是的人一还又很太都就也个着过坏到得要会能")


def _cue_things(cues: set[str]) -> set[str]:
    """Two-character pieces of the ticket's cue words that may name a thing (鸽子 of 鸽子屎, 纸板 of 纸板+堆了)."""
    out: set[str] = set()
    for cue in cues:
        for part in cue.split("+"):
            out.update(part[i:i + 2] for i in range(len(part) - 1)
                       if not (_NOT_A_THING & set(part[i:i + 2])) and all("\u4e00" <= c <= "\u9fff" for c in part[i:i + 2]))
    return out


def shared_thing(u: Understanding, text: str, t: TicketView, vocab: Vocabulary) -> str | None:
    """What both the message and the ticket name: an object or place word, a thing of the ticket's cue
    words, or the same inner place written (a unit, a floor, a room)."""
    said = normalise_words(t.text)
    words = [w for key in ("object", "place") for w in vocab.words.get(key, ())
             if len(w) >= 2 and w in text and w in said]
    _, tcues, tplaces = split_keywords(ticket_keywords(t, vocab))
    words += [w for w in _cue_things(tcues) | tplaces if len(w) >= 2 and w in text]
    if words:
        return max(words, key=len)
    if same_inner_place(u.location, t.location):
        loc = u.location
        assert loc is not None
        return loc.room or loc.floor or loc.unit
    return None


def _related(u: Understanding, fam: str | None, t: TicketView, vocab: Vocabulary) -> bool:
    """The message names the ticket's problem, or no other: the same family (or an escalation, or one
    either report named too), else the ticket's category."""
    tkw = ticket_keywords(t, vocab)
    tfam = split_keywords(tkw)[0]
    if fam and tfam and (same_family(fam, tfam) or escalates(fam, tfam) or escalates(tfam, fam)
                         or fam in families(tkw) or tfam in families(u.keywords)):
        return True
    if u.category == t.category and not u.category_guessed:
        return True   # another family of the same kind of problem: the thing both name decides (caller)
    return not (fam and not fam.startswith(("fault_", "generic"))) and (
        u.category in (None, "other") or u.category_guessed or u.model_only)


def _still_word(text: str) -> str | None:
    """The word by which the message says the problem is still there (`RETURNS`); a 还是 before a place
    or a pointer ("还是三楼，还是那辆红色的") says the same one again, not still."""
    for w in RETURNS:
        i = text.find(w)
        while i >= 0:
            if not (w == "还是" and text[i + 2:i + 3] and text[i + 2] in SAME_ONE_AGAIN):
                return w
            i = text.find(w, i + 1)
    return None


def returns_to(u: Understanding, fam: str | None, text: str, sender_id: str, building: str | None,
               candidates: Sequence[TicketView], vocab: Vocabulary) -> RepeatMatch | None:
    """The sender's own open ticket this message says is still not over (module doc), else None."""
    if not u.request or u.fixed_report or (u.color == "blue" and not u.model_only):
        return None
    word = _still_word(text)
    if word is None:
        return None
    own = sorted((t for t in candidates if t.reported_by(sender_id) and t.color != "blue"
                  and t.minutes_since_last_report <= MINUTES), key=lambda c: c.minutes_since_reported())
    for t in own:
        if (place_conflict(u.location, t.location, building, t.building, supply=False)
                or qualifier_conflict(text, normalise_words(t.text)) or not _related(u, fam, t, vocab)
                or another_thing(text, t.text, vocab.words.get("object", ()))):
            continue
        thing = shared_thing(u, text, t, vocab)
        if thing is not None:
            return RepeatMatch(t.no, "repeat", (f"the reporter of #{t.no} comes back: still ('{word}'), "
                                                f"the same '{thing}', {t.minutes_since_reported():.0f} min later",))
    return None
