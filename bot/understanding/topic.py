"""A repeat told in other words: minutes after a neighbour's report the chat is still about it.

Residents rarely repeat the reporter's words. "门禁坏了 刷卡没反应" is followed by "是的，晚上也关不上",
"电梯又停了" by "我住二十三楼 爬不上去". No cue word is shared, yet the conversation is plainly about
the ticket just filed. `same_topic` links such a message to the chat's LATEST open ticket when all of:

- it came soon after that ticket was last reported (`TOPIC_MINUTES`), from another resident;
- it is a request of the ticket's category, or it opens by agreeing with what was just said
  (是的 / 对 / 附议 / 系呀...), or both texts name the same object (门禁, 扶手, 路灯...);
- its problem family, when both sides have one, is the same or an escalation of the other;
- no written place contradicts the ticket's (building, unit, floor, room; for building-wide
  supply problems only building and unit), and no place qualifier does (1号梯 vs 2号梯,
  东门 vs 北门, 高区 vs 低区): the same symptom somewhere else is another ticket (GUIDELINES);
- it is no consultation and says nothing of another source ("也有一家在装修").

The caller (repeats.match_repeat) has already chosen the ticket and worked out the families and
the place conflict; this module only weighs the conversation. Pure functions.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .home_or_shared import within_area
from .written_places import place_conflict, same_inner_place
from .types import RepeatMatch, TicketView, Understanding
from .vocab_topic import ECHO, OTHER_OPENERS, OTHER_THING, QUALIFIERS, STILL
from .vocabulary import Vocabulary

TOPIC_MINUTES = 12.0
UPDATE_MINUTES = 60.0
_NUMERALS = {c: str(i) for i, c in enumerate("零一二三四五六七八九十")}
_BREAK = " ,.!?;:~、，。！？；：…"
_ECHO_SHORT = 12
# "停了" echoes "停电了？", "又坏" echoes "门禁坏了": the verb the report says.
_ECHO_ROOT = {"停了": "停", "又停": "停", "坏了": "坏", "又坏": "坏"}
_EMOJI = re.compile(r"\[[^\]]{1,6}\]")
ROLL_CALL_MINUTES = 60.0
# A reply that is only a place ("1单元1802", "701", "五零二", "四单元七楼的").
_BARE_PLACE = re.compile(r"^(?:我家|我们|俺家|我)?是?(?:[0-9一二三四五六七八九十零两〇]+(?:号楼|栋|幢|座|单元|楼|层|室|号|门|-)?){1,4}"
                         r"的?$")
# Saying the report is true, anywhere in the message ("14楼那确实堵着", "那个门是真的"): agreement.
_CONFIRMS = ("确实", "的确", "是真的")
_QUALIFIERS = tuple((kind, re.compile(p)) for kind, p in QUALIFIERS)


def agreement(text: str, vocab: Vocabulary) -> str | None:
    """The agreeing opener this (normalised) message starts with, if any: a one-character opener
    (对, 是, 同) only when a break follows it."""
    head = text.lstrip(" @[]")
    if any(head.startswith(w) for w in vocab.words.get("not_agree", ())):
        return None
    for w in sorted(vocab.words.get("agree", ()), key=len, reverse=True):
        if head.startswith(w):
            rest = head[len(w):]
            if len(w) >= 2 or not rest or rest[0] in _BREAK:
                return w
    return None


def echo(text: str, ticket_text: str | None = None, same_family: bool = False) -> str | None:
    """The symptom word a short reply repeats ("没水", "[捂脸]又停", "对 昨天就坏了"): one of ECHO in a
    message of a few characters. With `ticket_text`, only a word the report itself says, or any when
    the rules read the reply as the report's own problem family (`same_family`)."""
    bare = _EMOJI.sub("", text).strip(" " + _BREAK)
    if len(bare) > _ECHO_SHORT or any(w in text for w in ("?", "？", "吗", "吓坏", "早坏", "刚修")):
        return None   # "又坏了？上礼拜刚修的吧" grumbles, "吓坏了" is no fault
    words = [w for w in ECHO if w in bare]
    if ticket_text is None or same_family:
        return words[0] if words else None
    return next((w for w in words if w in ticket_text or _ECHO_ROOT.get(w, w) in ticket_text), None)


def qualifiers(text: str) -> dict[str, set[str]]:
    """Place qualifiers written in the text, by kind: {"lift": {"2"}, "gate": {"南"}} (一号梯 = 1号梯)."""
    out: dict[str, set[str]] = {}
    for kind, pat in _QUALIFIERS:
        for m in pat.finditer(text):
            out.setdefault(kind, set()).add(_NUMERALS.get(m.group(1), m.group(1)))
    return out


def qualifier_conflict(a: str, b: str) -> str | None:
    """Both texts qualify the place in the same way, differently (1号梯 vs 2号梯)."""
    qa, qb = qualifiers(a), qualifiers(b)
    for kind in sorted(qa.keys() & qb.keys()):
        if not qa[kind] & qb[kind]:
            return f"different {kind} ({'/'.join(sorted(qa[kind]))} vs {'/'.join(sorted(qb[kind]))})"
    return None


def shared_qualifier(a: str, b: str) -> str | None:
    """A place qualifier both texts write the same (东门 and 东门, 2号梯 and 二号梯): the same spot named."""
    qa, qb = qualifiers(a), qualifiers(b)
    return next((f"{kind} {v}" for kind in sorted(qa.keys() & qb.keys()) for v in sorted(qa[kind] & qb[kind])), None)


def shared_object(a: str, b: str, objects: Iterable[str]) -> str | None:
    """The longest object word (two characters or more) both texts name."""
    both = [w for w in objects if len(w) >= 2 and w in a and w in b]
    return max(both, key=len) if both else None


def other_object(a: str, b: str, objects: Iterable[str], before_too: bool = True) -> str | None:
    """An object word (two characters or more) `a` names and `b` does not, when the two share none:
    "三单元的扶手我也看到了" after a report of a charging e-bike is about another thing. `before_too`:
    only the part of `a` before 也 counts (the thing seen "too"; after it, where: "还有一只死在花坛边")."""
    if shared_object(a, b, objects) is not None:
        return None
    head = a.split("也")[0] if before_too else a
    return next((w for w in objects if len(w) >= 2 and w in head and w not in b), None)


def another_thing(text: str, ticket_text: str, objects: Iterable[str]) -> str | None:
    """The message adds another thing to the report: "漫步机也断了 一块修修吧", "路灯也不亮" after a
    report of the door (an object followed by 也 that the ticket does not name)."""
    if (w := next((w for w in OTHER_THING if w in text), None)) is not None:
        return w
    for clause in re.split(f"[{_BREAK}]+", text):
        if (w := next((w for w in OTHER_OPENERS if clause.startswith(w)), None)) is not None:
            return w
    for w in objects:
        if f"{w}也" in text and w not in ticket_text and f"{w}也不敢" not in text:
            return w   # "灯也不敢开" is fear of the light, not the light broken too
    return None


def same_topic(u: Understanding, text: str, sender_id: str, t: TicketView, related: bool, conflict: str | None,
               vocab: Vocabulary, echoed: str | None = None, broad: bool = False) -> RepeatMatch | None:
    """`t` (the chat's latest open ticket) if this message is one more report of it.

    `related`: the message names no problem family other than the ticket's (or an escalation of it);
    `conflict`: the place conflict the caller found between the two, if any; `echoed`: the symptom
    word a short reply repeats from the report (`echo`), if any; `broad`: the ticket's problem is of a
    category-wide family (parking, garbage, noise...), where the same category alone is no sign of the
    same problem (one car on a fire lane, another on someone's space): agreement or a shared object is."""
    if u.fixed_report or t.color == "blue" or (u.request and u.color == "blue"):
        return None   # consultations are answered one by one
    if t.minutes_since_reported() > TOPIC_MINUTES or t.reported_by(sender_id):
        return None   # the same resident again is a follow-up or a new problem, decided elsewhere
    if conflict or not related or any(w in text for w in vocab.words.get("not_report", ())):
        return None
    if qualifier_conflict(text, t.text) or another_thing(text, t.text, vocab.words.get("object", ())):
        return None   # "1号梯也慢" after "2号梯停了": another lift; "路灯也坏了": another thing
    agreed = agreement(text, vocab) or next((w for w in _CONFIRMS if w in text), None)
    thing = shared_object(text, t.text, vocab.words.get("object", ()))
    if t.color == "red" and u.request and u.color != "red" and not agreed:
        return None   # a milder remark after an emergency ("电表箱以后得定期检查") is a request of its own
    if t.color == "red" and not u.request and u.location is None and not u.keywords:
        return None   # a remark on an emergency that no one reads as a report ("就是，维修倒挺快") adds no reporter
    minutes = f"{t.minutes_since_reported():.0f} min after #{t.no}"
    if (u.request and u.category == t.category and u.category not in (None, "other") and not u.category_guessed
            and (agreed or thing or echoed or not broad)):
        why = f"same {u.category}, {minutes}" + (f", agrees ('{agreed}')" if agreed else "")
    elif thing and u.request:   # a neighbour's remark about the same object ("在电梯口陪他说话") is no report
        why = f"names the same {thing}, {minutes}"
    elif agreed and (not u.request or u.category in (None, "other") or u.category_guessed or u.model_only):
        why = f"agrees ('{agreed}') {minutes}"
    elif echoed and not u.request:
        why = f"echoes the report ('{echoed}') {minutes}"
    else:
        return None
    return RepeatMatch(t.no, "repeat", (f"the conversation is still about #{t.no}: {why}",))


def still_there(u: Understanding, text: str, t: TicketView, conflict: str | None, vocab: Vocabulary) -> RepeatMatch | None:
    """`t` (the sender's own latest open ticket, within the hour) if the sender says its problem is still
    there or worse ("还在冒，地板都泡起来了", "水都流到电表箱那了"), whatever category the words read as:
    the water reaching the switch is the same leak getting worse (the ticket service raises the colour)."""
    if u.fixed_report or t.color == "blue" or conflict or t.minutes_since_reported() > UPDATE_MINUTES:
        return None
    still = next((w for w in STILL if w in text), None)
    if still is None or another_thing(text, t.text, vocab.words.get("object", ())) or qualifier_conflict(text, t.text):
        return None
    return RepeatMatch(t.no, "follow_up", (f"the reporter of #{t.no} says it is still there ('{still}'), "
                                           f"{t.minutes_since_reported():.0f} min later",))


# A neighbour saying the problem just reported is still there ("那车还在那儿充着", "还是堵着呢"), within the hour.
NEIGHBOUR_STILL_MINUTES = 60.0
_STILL_ON = ("还在", "还是", "还没", "照样", "依然", "仍然", "仍在", "怎么还", "咋还")
_POINTS_BACK = ("那", "这")   # 那车, 那儿, 这门: the thing already spoken of
_QUESTION = ("?", "？", "吗")
_STILL_SHORT = 20


def choice_question(text: str) -> bool:
    """还是 asks a choice: its clause ends in a question ("全楼还是只有我们这层？"), not "还是黑的，师傅来了没？"."""
    for clause in re.split(r"(?<=[?？!！。.，,;；])|\s+", text):
        if "还是" in clause and any(q in clause for q in _QUESTION):
            return True
    return False


def still_words(text: str, ticket_text: str, vocab: Vocabulary) -> list[str] | None:
    """The "still" words (还在, 还是, 还没) by which a message says a ticket's thing is still there, None when it
    says no such thing: no still word, 还是 only in a question (a choice: "全楼还是只有我们这层？"), a word that
    reports nothing, or a qualifier, another thing or another object than the ticket's."""
    words = [w for w in _STILL_ON if w in text]
    if words == ["还是"] and choice_question(text):
        return None
    if not words or any(w in text for w in vocab.words.get("not_report", ())):
        return None
    objects = vocab.words.get("object", ())
    if qualifier_conflict(text, ticket_text) or another_thing(text, ticket_text, objects):
        return None
    if other_object(text, ticket_text, objects, before_too=False) is not None:
        return None   # "那个配电箱还在响" after a flooded garage: another thing, still going
    return words


def still_unfixed(u: Understanding, text: str, sender_id: str, t: TicketView, related: bool, conflict: str | None,
                  vocab: Vocabulary, broad: bool = False) -> RepeatMatch | None:
    """`t` (the chat's latest open ticket, another resident's, within the hour) if this short request says its
    problem is still there and points back at it (那 / 这, an agreeing opener, the same object, or the same
    category unless the ticket's is a category-wide kind named elsewhere: `broad`, as in `same_topic`).
    "全楼还是只有我们这层？" asks a choice: 还是 in a question is no "still"."""
    if (not u.request or u.fixed_report or t.color == "blue" or u.color == "blue" or conflict or not related
            or t.reported_by(sender_id) or t.minutes_since_reported() > NEIGHBOUR_STILL_MINUTES or len(text) > 40):
        return None
    words = still_words(text, t.text, vocab)
    if words is None:
        return None
    objects = vocab.words.get("object", ())
    agreed = agreement(text, vocab)
    if t.color == "red" and u.color != "red" and not agreed:
        return None   # a milder request after an emergency ("药还没拿"): its own, as in `same_topic`
    back = (next((w for w in _POINTS_BACK if w in text), None) or agreed
            or shared_object(text, t.text, objects) or (shared_qualifier(text, t.text) if _kin(u, t) else None)
            or (u.category if u.category == t.category and u.category not in (None, "other") and not broad
                and not u.category_guessed else None))
    if back is None:
        return None
    return RepeatMatch(t.no, "repeat", (f"a neighbour says #{t.no} is still there ('{words[0]}', '{back}'), "
                                        f"{t.minutes_since_reported():.0f} min later",))


def _kin(u: Understanding, t: TicketView) -> bool:
    """The message's category is the ticket's, or none the rules read: a shared place qualifier (2号梯, 东门)
    points back only then ("2号梯里面怎么还有狗屎" after a lift door that will not close is another problem)."""
    return u.category_guessed or u.category in (None, "other", t.category) or t.category in (None, "other")


def still_reported(u: Understanding, text: str, t: TicketView, vocab: Vocabulary) -> RepeatMatch | None:
    """`t` if this message, a request only the model reads (no rule cue), says the ticket's thing is still
    there: "still" (还在, 还是, 还没) and the same object named ("那个扶手还是没修") or the same inner place
    written ("102还在冒"), of the ticket's category or none the rules read. The caller has checked that no
    place contradicts the ticket's; hours later is fine (the thing is still not fixed)."""
    if u.fixed_report or t.color == "blue" or len(text) > 2 * _STILL_SHORT:
        return None
    words = still_words(text, t.text, vocab)
    if words is None or (u.category not in (None, "other", t.category) and not u.category_guessed):
        return None
    objects = [w for w in vocab.words.get("object", ()) if not within_area(w, text)]   # 电梯厅: the hall, no lift
    back = shared_object(text, t.text, objects) or (
        (u.location.room or u.location.floor or u.location.unit) if u.location and t.location
        and (t.location.room or t.location.floor) and same_inner_place(u.location, t.location) else None)
    if back is None:
        return None
    return RepeatMatch(t.no, "repeat", (f"says #{t.no} is still there ('{words[0]}', '{back}'), "
                                        f"{t.minutes_since_reported():.0f} min after it",))


def latest_from_another(u: Understanding, text: str, sender_id: str, building: str | None,
                        candidates: Sequence[TicketView], minutes: float) -> TicketView | None:
    """The chat's latest open ticket when another resident reported it within `minutes`, it is no
    consultation, and no building, unit or qualifier named here contradicts it; else None."""
    if not candidates:
        return None
    t = min(candidates, key=lambda c: c.minutes_since_reported())
    if t.minutes_since_reported() > minutes or t.color == "blue" or t.reported_by(sender_id):
        return None
    if building and t.building and building != t.building:
        return None
    loc, tloc = u.location, t.location
    if (loc and tloc and loc.unit and tloc.unit and loc.unit != tloc.unit) or qualifier_conflict(text, t.text):
        return None
    return t


def roll_call(u: Understanding, text: str, sender_id: str, candidates: Sequence[TicketView]) -> RepeatMatch | None:
    """A neighbour who only writes a place ("1单元1802", "701") soon after a report, and reported nothing
    before: a responder has asked those affected to give their room numbers, and this is one more
    household of the chat's latest ticket. The reporter giving a place is a follow-up, decided elsewhere."""
    bare = _EMOJI.sub("", text).replace(" ", "").strip(_BREAK)
    if u.location is None or (u.request and not u.model_only) or not _BARE_PLACE.match(bare):
        return None
    if any(c.reported_by(sender_id) for c in candidates):
        return None
    recent = [c for c in candidates if c.minutes_since_last_report <= ROLL_CALL_MINUTES and c.color != "blue"]
    if not recent:
        return None
    # the latest report whose written place the answer does not contradict (4单元1801 -> the fourth unit's)
    fits = [c for c in recent if place_conflict(u.location, c.location, None, None, supply=False) is None]
    if not fits:
        return None
    t = min(fits, key=lambda c: c.minutes_since_last_report)
    return RepeatMatch(t.no, "repeat", (f"only a place, {t.minutes_since_last_report:.0f} min after #{t.no}: "
                                        "one more household answering for it",))
