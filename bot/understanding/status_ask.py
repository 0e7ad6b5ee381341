"""Asking after an open problem: "电梯停到什么时候啊 我住19楼", "门锁还是坏的哦", hours after the report.

A neighbour who asks when the thing will be fixed, or says it is still broken, is one more report of the
ticket about that thing (GUIDELINES: the same problem), whichever floor they live on: the floor they
name is where they wait ("我住二十楼 爬不上去"), not where the problem is.

- `status_ask(text)`: the words by which a message asks whether the problem is over yet (the short list
  `repeats.match_repeat` weighs for any ticket of its category);
- `asks_after(...)`: the latest open ticket whose thing the message names (an object word both texts
  share, or the same non-broad problem family) while it asks after it or says it is still broken
  (`STATUS_PATTERNS`, wider: dialect and "still" phrasings). Buildings, units and lift / gate
  qualifiers must not contradict; floors and rooms do not split (the asker's home). A message naming
  another object, or another problem family, is another thing.

Pure functions; `text` is the normalised text (dialect folded: 几时 -> 什么时候, 仲 -> 还).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .location import parse_location
from .home_or_shared import SHARED_AREA
from .likeness import cue_parts, families, is_broad, same_family, split_keywords, ticket_keywords
from .written_places import one_place, place_conflict
from .topic import other_object, qualifier_conflict, shared_object
from .vocab_data import OUTAGE_FAMILIES
from .vocab_topic import CAUGHT, IN_LIFT
from .types import RepeatMatch, TicketView, Understanding
from .vocabulary import Vocabulary, normalise_words

# Asking after an open problem ("什么时候能修好", "还没好吗") of the ticket's category (repeats.match_repeat).
STATUS_ASKS = ("什么时候能修好", "什么时候修好", "什么时候能好", "什么时候能用", "什么时候恢复", "还没好", "还没修好",
               "修好了没", "修好没", "好了没", "怎么还没", "咋还没", "还要多久", "要多久")

# Still broken in plainer words, as a second language or a dialect tells it: the thing asked after ("电梯好了吗？今天
# 还是不动", "灯一直没人管", "到现在都没修", "垃圾什么时候清"). Matched on the text with its word spaces removed.
STILL_BROKEN = ("|(?<![你我他她准备])好了(?:吗|没)"                    # 电梯好了吗 (not 你好了吗, 准备好了吗)
                "|还(?:是|在)?不(?:动|亮|走|转|通|热|出水|好使|管用)"   # 还是不动, 还不亮
                "|一直没人(?:管|修|来|理)"                              # 一直没人管
                "|(?:到现在|至今)(?:都|也|还)?(?:没|未|冇|木)(?:人)?(?:修|整|弄|管|解决|来|好|清|拉|贴)"
                "|(?:什么时候|啥时候|几时)[^，。？！,.?!\\s]{0,3}(?:清|拉走|收|贴|补)"   # 垃圾什么时候清, 瓷砖什么时候贴
                "|到底[^，。？！,.?!\\s]{0,4}了(?:没有?|吗)"   # 老鼠药到底投了没有
                # has anyone come to see to it yet: 物业来看那个太阳能了没 (Hainan 了无), 师傅去修那个门了吗
                "|[来去](?:看|修|弄|处理|检查)[^，。？！,.?!\\s]{0,8}了(?:没有?|吗)")
_WHEN = "(?:什么时候|啥时候|么时候|几时|啥辰光|哪天|几点)"
# (and the remedy the thing waits for: a wall to repaint, a pane to replace, a branch to saw off, a slope to shore up)
_DONE = "(?:修|好|恢复|来电|来水|来气|整|弄|搞|抽|装|能用|通|开|动|刷|换|锯|砍|加固|固定|处理)"
_WHEN_DONE = re.compile(f"{_WHEN}[^，。？！,.?!\\s]{{0,4}}{_DONE}")
# When will it be over, it is still broken: the thing named before or after (matched on normalised text).
STATUS_PATTERNS = re.compile(
    f"{_WHEN}[^，。？！,.?!\\s]{{0,4}}{_DONE}"             # 什么时候能修好, 啥时候能抽干, 什么时候整好
    f"|[停坏关]到{_WHEN}"                                   # 停到什么时候
    "|还(?:没|未|不|木|莫|冇)(?:人)?(?:修|好|整|弄|搞|来人|恢复|动)"   # 还没修, 还未整好, 还不修
    "|还(?:是|在)?(?:坏|停)(?:着|的)"                       # 还是坏的, 还停着
    "|还贴着|(?:今天|今晚|今儿)能(?:修好|好|恢复)"           # 还贴着停用, 今天能修好吗
    + STILL_BROKEN)
_STILL_BROKEN = re.compile(STILL_BROKEN[1:])
MINUTES = 7 * 24 * 60.0
# a space between two Chinese characters (a message written word by word, a voice note's pauses)
_SPACE = re.compile(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")
# A status question about a fee, a card, a parcel is about that, not the broken thing: 电梯卡 is no lift.
_NOT_THE_THING = ("电梯卡", "门禁卡", "物业费", "快递", "年检", "加装", "增设", "新装")


def _other_spot(u: Understanding, text: str, t: TicketView) -> bool:
    """The message places the thing at another spot than the ticket: another floor or room, or a common
    area after a ticket of one home."""
    loc, tloc = u.location, t.location
    if place_conflict(loc, tloc, None, None, supply=False):
        return True   # (a room gives its floor: 1201 is on the 12th)
    return bool(tloc and tloc.room and not (loc and loc.room) and any(w in text for w in SHARED_AREA))


# ...and a question to the office that only asks when the broken thing will be mended ("什么时候能修",
# "啥时候修好"): no consultation of its own (repeats.match_repeat weighs it as a report).
_WHEN_FIXED = re.compile(f"{_WHEN}[^，。？！,.?!\\s]{{0,4}}(?:修|恢复)|修好了?没|还没修好")


def asks_when_fixed(text: str) -> str | None:
    """The words by which the message asks when the problem will be mended, if any."""
    if any(w in text for w in _NOT_THE_THING):
        return None
    m = _WHEN_FIXED.search(text)   # not "什么时候能用": when a closed shed opens again is a question of its own
    return m.group(0) if m else None


# "还是 不动", "还是没修": still, no contrast ("还是三楼的" is one)
_STILL_NOT = re.compile(r"还是\s*(?=[不没未木冇])")


def still_not(text: str) -> str:
    """`text` without the 还是 of "still not" ("今天 还是 不动"), which reads as no contrast."""
    return _STILL_NOT.sub("还", text)


def status_ask(text: str) -> str | None:
    """The word by which the message asks whether the problem is over yet, if any."""
    return next((w for w in STATUS_ASKS if w in text), None)


# Asking whether what was reported has been dealt with ("电瓶的事有结果没", "监控修好了吗", "修好没"): a question
# to the office about its work, a request however few problem words the message repeats
_OUTCOME = re.compile(r"(?:有结果|有消息|有回音|有下文|有进展|修好|弄好|搞好|处理好|整好)了?(?:没有?|吗|么|不|[?？])")


def asks_outcome(text: str) -> str | None:
    """The words by which the message asks whether a reported problem has been dealt with, if any."""
    m = _OUTCOME.search(text)
    return m.group(0) if m else None


def asks_after(u: Understanding, fam: str | None, text: str, building: str | None,
               candidates: Sequence[TicketView], vocab: Vocabulary) -> RepeatMatch | None:
    """The latest open ticket this message asks after (module doc), else None."""
    m = STATUS_PATTERNS.search(text) or STATUS_PATTERNS.search(_SPACE.sub("", text))
    if m is None or u.fixed_report or any(w in text for w in _NOT_THE_THING) or fam in OUTAGE_FAMILIES:
        return None   # an outage is the building's: repeats.match_repeat has weighed it already
    if u.color == "blue" and not u.model_only:
        return None   # a question of its own ("啥时候加装第二部电梯", "施工会不会停水"), answered on its own
    objects = vocab.words.get("object", ())
    loc = u.location
    places = frozenset(vocab.words.get("place", ()))
    written = parse_location(text)
    if fam and (f := vocab.families.get(fam)) is not None and f.attaches:
        fam = None   # "警戒线拉了三天了": the hazard's handling, no problem of its own (the thing is the ticket's)
    # only said in plainer words: not of an outage's ticket that named the thing in passing ("来电了 可电梯还是不走")
    plain = _STILL_BROKEN.fullmatch(m.group(0)) is not None
    # someone caught in the lift now ("又关了一个小孩", "里面还有人"): a new emergency, never the lift's old ticket
    caught = any(w in text for w in (*CAUGHT, *IN_LIFT, *_CAUGHT_TOO))
    when_done = _WHEN_DONE.search(text) is not None and u.color != "red" and not caught
    for t in sorted(candidates, key=lambda c: c.minutes_since_last_report):
        if t.color == "blue" or t.minutes_since_last_report > MINUTES or (
                t.color == "red" and u.model_only and not (when_done and t.category == u.category == "elevator")):
            continue   # an emergency is asked after only in words the rules read (not on the model's word: a
            # model-only repeat takes the ticket's red), or when the lift someone was caught in will run again
            # ("那电梯哪哈修得好"): the lift's outage, the people long out
        if (building and t.building and building != t.building) or qualifier_conflict(text, normalise_words(t.text)):
            continue
        if loc and loc.unit and t.location and t.location.unit and loc.unit != t.location.unit:
            continue
        if t.category != "elevator" and _other_spot(u, text, t):
            continue   # a fault at one spot: another floor, or the corridor after one home's leak, is another
        tkw = ticket_keywords(t, vocab)
        tfam, tfams = split_keywords(tkw)[0], families(tkw)
        if plain and tfam in OUTAGE_FAMILIES and not same_family(fam, tfam):
            continue
        if plain and u.category == "care" and t.category != "care":
            continue   # "电梯好了没有？我母亲下不了楼 降压药要吃完了 谁能帮忙": a person's need, a request of its own
        same = bool(fam and tfam and (same_family(fam, tfam)
                                      or (fam in tfams and not fam.startswith(("fault_", "generic")))))
        lift = u.category == t.category == "elevator" and not caught   # the lift stopped, someone caught in it: one lift
        if fam and not fam.startswith(("fault_", "generic")) and tfam and not same and not lift:
            continue   # names another problem (a fault of the category's kind is weighed by its object)
        if same and not is_broad(fam, vocab):
            thing: str | None = fam   # the same problem, however each spells its object (电悌)
        else:
            said = normalise_words(t.text)
            thing = shared_object(text, said, objects) or _same_thing(u, text, said, t, same, tkw, objects, places)
            if thing is None or other_object(text, said, objects, before_too=False) is not None:
                continue
            if not lift and thing in places and _own_object(text, said, thing, objects):
                continue   # "楼梯的扶手什么时候刷漆" after "楼梯全是水": its own thing where the report's was
        if written and written.unit and t.location and t.location.unit and written.unit != t.location.unit:
            continue   # "7栋1单元电梯还是不动" after 2单元's lift: the unit it writes, however the reading kept it
        return RepeatMatch(t.no, "repeat", (f"asks after #{t.no} ('{m.group(0)}', '{thing}'), "
                                            f"{t.minutes_since_last_report:.0f} min after its last report",))
    return None


# someone shut in told in other words than CAUGHT (关了一个人, 又关人了, 困了两个)
_CAUGHT_TOO = ("关了一个", "关了两个", "关了个", "关人", "困了", "又关")


def _own_object(text: str, said: str, thing: str, objects: Sequence[str]) -> bool:
    """`text` names an object (two characters or more) the report does not, beside the place both name."""
    return any(len(w) >= 2 and w in text and w not in said and w not in thing and thing not in w for w in objects)


def _same_thing(u: Understanding, text: str, said: str, t: TicketView, same: bool, tkw: Sequence[str],
                objects: Sequence[str], places: frozenset[str] = frozenset()) -> str | None:
    """The thing both name in other words than a shared object word: the same broad family's cue word
    ("那垃圾堆什么时候清" after "垃圾箱都冒尖了": 垃圾), or a one-character object at the same written place in the
    same category ("四楼的灯 一直没人管" after "四楼楼道灯又不亮了")."""
    if same and same_family(split_keywords(u.keywords)[0], split_keywords(tkw)[0]):
        shared = cue_parts(split_keywords(u.keywords)[1]) & cue_parts(split_keywords(tkw)[1])
        if shared:
            return sorted(shared)[0]
    # the thing the report's cue names first ("堡坎+裂" -> 堡坎, "架子+松了" -> 架子), asked after by that word
    firsts = sorted({c.split("+")[0] for c in split_keywords(tkw)[1] if "+" in c} - places - split_keywords(tkw)[2],
                    key=len, reverse=True)
    if (thing := next((w for w in firsts if len(w) >= 2 and w in text), None)) is not None:
        return thing
    # a one-character object in the same compound in both ("楼道墙" ... "楼道墙什么时候刷", "大门" ... "大门")
    kinds = {u.category, t.category} - {None, "other"}
    if len(kinds) <= 1 and (thing := _same_compound(text, said, objects)) is not None:
        return thing
    if u.category != t.category or not one_place(u.location, t.location):
        return None
    return next((w for w in objects if len(w) == 1 and _as_object(w, said) and _as_object(w, text)), None)


# characters that tie no compound to an object (的灯, 那门, 个窗)
_NO_COMPOUND = set("的了也都就还那这个在是和跟把被又很好有没不")


def _same_compound(text: str, said: str, objects: Sequence[str]) -> str | None:
    """A one-character object both texts write inside the same two-character word, the character before
    it included (楼道墙 -> 道墙, 铁门 -> 铁门): the same thing named the same way."""
    for w in (w for w in objects if len(w) == 1 and w in text and w in said):
        for i in (i for i, ch in enumerate(text) if ch == w and i > 0):
            pair = text[i - 1:i + 1]
            if "\u4e00" <= pair[0] <= "\u9fff" and pair[0] not in _NO_COMPOUND and pair in said and _as_object(w, text):
                return pair
    return None


# a one-character object followed by one of these names a place by it (门口, 窗边, 墙上, 树下), not the thing
_PLACE_AFTER = "口前外边旁上下里内后头"


def _as_object(w: str, text: str) -> bool:
    """`w` stands in `text` as the thing itself, not inside a place word ("四楼门口的灯" holds no door)."""
    return re.search(f"{w}(?![{_PLACE_AFTER}])", text) is not None

