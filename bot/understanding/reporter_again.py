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
- both texts name the same thing: an object word, a word of the ticket's cues (鸽子 of 鸽子屎), and the
  message adds no other thing (另外, 顺便, 灭火器也...);
- or they share only a place (a place word, an object used as a place: 花坛那边, 单元门口; the same unit
  / floor / room written): then the still word goes on with the ticket's own symptom ("1801还在漏",
  "还是水压小"), or the message names no thing the ticket does not (an object, `NUISANCE_THINGS`: "6楼的灯",
  "门口的烟头", "遛狗") and no problem of another family; the same category, a category-wide family
  (building parts, parking...) or the model's guessed category is no tie on its own.

Pure functions; the caller (repeats.match_repeat) has normalised the text.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .home_or_shared import as_place
from .likeness import escalates, families, is_broad, same_family, split_keywords, ticket_keywords
from .still_same import mended_since
from .written_places import place_conflict, same_inner_place
from .topic import another_thing, qualifier_conflict
from .types import RepeatMatch, TicketView, Understanding
from .vocab_topic import DOING_WITH_OBJECT, NUISANCE_THINGS, RETURNS, SAME_ONE_AGAIN, STILL_SYMPTOMS
from .vocabulary import Vocabulary, normalise_words

MINUTES = 7 * 24 * 60.0
# A cue piece that is a symptom or a function word, not a thing: 没人, 不亮, 坏了, 还在 name nothing.
_NOT_A_THING = frozenset("没不了有在是的人一还又很太都就也个着过坏到得要会能")


def _thing_like(two: str) -> bool:
    """Two Chinese characters neither of which is a symptom or function word (`_NOT_A_THING`)."""
    return all("\u4e00" <= c <= "\u9fff" for c in two) and not (_NOT_A_THING & set(two))


def still_at(text: str) -> Iterator[tuple[str, int]]:
    """Every (still word, position) in `text`, word by word in `RETURNS` order."""
    for w in RETURNS:
        i = text.find(w)
        while i >= 0:
            yield w, i
            i = text.find(w, i + 1)


def _cue_things(cues: set[str]) -> set[str]:
    """Two-character pieces of the ticket's cue words that may name a thing (鸽子 of 鸽子屎, 纸板 of 纸板+堆了)."""
    out: set[str] = set()
    for cue in cues:
        for part in cue.split("+"):
            out.update(part[i:i + 2] for i in range(len(part) - 1) if _thing_like(part[i:i + 2]))
    return out


def shared_thing(u: Understanding, text: str, t: TicketView, vocab: Vocabulary) -> tuple[str, bool] | None:
    """What both the message and the ticket name, and whether it is only a place: an object word (not
    used as a place: 花坛那边, 单元门口) or a thing of the ticket's cue words is a thing; a place word or
    the same inner place written (a unit, a floor, a room) is a place."""
    said = normalise_words(t.text)
    places = vocab.words.get("place", ())
    tkw = ticket_keywords(t, vocab)
    _, tcues, tplaces = split_keywords(tkw)
    # the cues of the ticket's other families name its things too (蚊子 of a lawn's mosquitoes: "%蚊子")
    tcues = tcues | {k[1:] for k in tkw if k.startswith("%")}
    things = [w for w in vocab.words.get("object", ()) if len(w) >= 2 and w in text and w in said]
    things += [w for w in _cue_things(tcues) if len(w) >= 2 and w in text and w not in tplaces]
    things = [w for w in things if not (_as_place(w, text) or _as_place(w, said))]
    if things:
        return max(things, key=len), False
    words = [w for w in places if len(w) >= 2 and w in text and w in said]
    words += [w for w in tplaces | set(vocab.words.get("object", ())) if len(w) >= 2 and w in text and w in said]
    if words:
        return max(words, key=len), True
    if same_inner_place(u.location, t.location):
        loc = u.location
        assert loc is not None
        return (loc.room or loc.floor or loc.unit or ""), True
    return None


def _as_place(word: str, text: str) -> bool:
    """`word` is where something is (花坛那边, 楼道里), or part of an entrance (单元门口), not the thing."""
    return as_place(word, text) or f"{word}口" in text


def related_kind(u: Understanding, fam: str | None, t: TicketView, vocab: Vocabulary) -> str | None:
    """How the message names the ticket's problem: "family" (the same family, an escalation, or one either
    report named too), "kind" (the ticket's category, or no problem of its own), else None. The kind alone
    does not make a place shared with the ticket the same problem (`_place_is_enough`)."""
    tkw = ticket_keywords(t, vocab)
    tfam = split_keywords(tkw)[0]
    if fam and tfam and (same_family(fam, tfam) or escalates(fam, tfam) or escalates(tfam, fam)
                         or fam in families(tkw) or tfam in families(u.keywords)):
        return "family"
    if u.category == t.category and not u.category_guessed:
        return "kind"   # another family of the same kind of problem: the thing both name decides
    unnamed = not (fam and not fam.startswith(("fault_", "generic")))
    return "kind" if unnamed and (u.category in (None, "other") or u.category_guessed or u.model_only) else None


def own_thing(text: str, ticket_text: str, vocab: Vocabulary) -> str | None:
    """A thing the message names that the ticket does not (an object or `NUISANCE_THINGS` word; words both
    texts write, 单元门 or 路灯, and doings, 敲门 or 开灯, are struck out first: their 门 or 灯 is no thing)."""
    rest = text
    for w in sorted({*vocab.words.get("object", ()), *vocab.words.get("place", ())}, key=len, reverse=True):
        if len(w) >= 2 and w in ticket_text:
            rest = rest.replace(w, " ")
    for w in DOING_WITH_OBJECT:
        rest = rest.replace(w, " ")
    for w in (*vocab.words.get("object", ()), *NUISANCE_THINGS):
        if w in rest and w not in ticket_text and not _as_place(w, rest):
            return w
    return None


def says_its_symptom(text: str, ticket_text: str, vocab: Vocabulary) -> str | None:
    """The still word goes on with the ticket's own symptom: "1801还在漏" after "楼顶漏水", "还是水压小"
    (not a piece of the ticket's object: the 漏 of 地漏)."""
    for w in sorted(vocab.words.get("object", ()), key=len, reverse=True):
        ticket_text = ticket_text.replace(w, " ") if len(w) >= 2 else ticket_text
    for w, i in still_at(text):
        rest = text[i + len(w):].lstrip("还在是有没都")
        if rest[:1] and rest[0] in STILL_SYMPTOMS and rest[0] in ticket_text:
            return rest[:1]
        two = rest[:2]
        if len(two) == 2 and _thing_like(two) and two in ticket_text:
            return two
    return None


def _place_is_enough(u: Understanding, fam: str | None, text: str, t: TicketView, related: str,
                     vocab: Vocabulary) -> str | None:
    """A place is all both texts share: the message is the ticket's problem still there only if the still
    word goes on with the ticket's symptom, or it names no thing the ticket does not and no problem of
    another family. A category-wide family (building parts, parking, noise...) shared is no same problem."""
    said = normalise_words(t.text)
    if (symptom := says_its_symptom(text, said, vocab)) is not None:
        return f"still its symptom '{symptom}'"
    if own_thing(text, said, vocab) is not None:
        return None
    if related == "family" and not is_broad(fam, vocab):
        return f"the same problem ({fam})"
    return None if fam and not fam.startswith(("fault_", "generic")) else "no other thing named"


def still_word(text: str) -> str | None:
    """The word by which the message says the problem is still there (`RETURNS`); a 还是 before a place
    or a pointer ("还是三楼，还是那辆红色的") says the same one again, not still."""
    return next((w for w, i in still_at(text)
                 if not (w == "还是" and text[i + 2:i + 3] and text[i + 2] in SAME_ONE_AGAIN)), None)


# a plain "still" after a mend says the mend did not hold ("刚修好的门禁还是开不了"): the same problem, still open
_MEND_FAILED = re.compile("还是|还在|还没|仍然|依然|照样|照旧")


def _broken_anew(text: str) -> bool:
    """Mended in between and broken again (still_same.mended_since), not a mend that did not hold: "again" (又)
    or no plain "still" after the mend word ("刚通完一天 又返水了" anew; "刚修好的门禁还是开不了" still)."""
    return mended_since(text) and ("又" in text or _MEND_FAILED.search(text) is None)


def returns_to(u: Understanding, fam: str | None, text: str, sender_id: str, building: str | None,
               candidates: Sequence[TicketView], vocab: Vocabulary) -> RepeatMatch | None:
    """The sender's own open ticket this message says is still not over (module doc), else None."""
    if not u.request or u.fixed_report or (u.color == "blue" and not u.model_only) or _broken_anew(text):
        return None   # (mended in between, "又反水了 刚通完一天": the thing broken anew, a new ticket)
    word = still_word(text)
    if word is None:
        return None
    own = sorted((t for t in candidates if t.reported_by(sender_id) and t.color != "blue"
                  and t.minutes_since_last_report <= MINUTES), key=lambda c: c.minutes_since_reported())
    for t in own:
        related = related_kind(u, fam, t, vocab)
        if (place_conflict(u.location, t.location, building, t.building, supply=False)
                or qualifier_conflict(text, normalise_words(t.text)) or related is None
                or another_thing(text, t.text, (*vocab.words.get("object", ()), *NUISANCE_THINGS))):
            continue
        shared = shared_thing(u, text, t, vocab)
        if shared is None:
            continue
        thing, place_only = shared
        why = _place_is_enough(u, fam, text, t, related, vocab) if place_only else None
        if place_only and why is None:
            continue
        return RepeatMatch(t.no, "repeat", (f"the reporter of #{t.no} comes back: still ('{word}'), "
                                            f"the same '{thing}'" + (f" ({why})" if why else "")
                                            + f", {t.minutes_since_reported():.0f} min later",))
    return None
