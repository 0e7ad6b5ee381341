"""How alike a message and an open ticket are: problem family, cue words, written places.

The pieces `repeats.match_repeat` and its conversation matchers weigh: the keywords of an
Understanding split into family / cues / places, whether two families are one problem (or one
the escalation of the other), whether two written places contradict, whether a word is used as
a place. Pure functions.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .types import Location, TicketView, Understanding
from .vocab_data import ESCALATES, OUTAGE_FAMILIES
from .vocab_doors import ENTRANCE_DOOR, OWN_DOOR_LOCK
from .vocabulary import Vocabulary

# A home (我屋一楼厕所) and a shared area (车库电梯口) are different places for the same symptom.
_HOME = ("我家", "我屋", "家里", "屋里", "我们家", "自己家")
# (status_ask weighs the same list: a corridor leak after one home's leak is another spot)
SHARED_AREA = ("车库", "地下室", "楼道", "电梯口", "电梯厅", "大堂", "大厅", "门口", "路上", "小区里", "过道", "楼梯间",
               "走廊", "公共")


def families(keywords: Sequence[str]) -> set[str]:
    return {k for k in keywords if not k.startswith(("~", "@", "%"))}


def split_keywords(keywords: Sequence[str]) -> tuple[str | None, set[str], set[str]]:
    """(main family, its cue words, place words) of an Understanding.keywords tuple.

    Keywords are: main family, other families, "~cue" of the main family, "%cue" of others, "@place".
    """
    fams = [k for k in keywords if not k.startswith(("~", "@", "%"))]
    return (fams[0] if fams else None, {k[1:] for k in keywords if k.startswith("~")},
            {k[1:] for k in keywords if k.startswith("@")})


def ticket_keywords(t: TicketView, vocab: Vocabulary) -> tuple[str, ...]:
    if t.keywords:
        return t.keywords
    from .classifier import classify  # fallback: understand the ticket's first report again

    return classify(t.text, vocab=vocab).keywords


def floor_of(loc: Location) -> str | None:
    if loc.floor:
        return loc.floor
    if loc.room and len(loc.room) >= 3:
        return loc.room[:-2]
    return None


def place_conflict(a: Location | None, b: Location | None, building_a: str | None, building_b: str | None,
                   supply: bool, across_units: bool = False) -> str | None:
    if building_a and building_b and building_a != building_b:
        return f"different building ({building_a} vs {building_b})"
    if a is None or b is None:
        return None
    if supply:   # a building-wide supply problem: floors and rooms do not split it, another unit's outage does
        split = a.unit and b.unit and a.unit != b.unit and not across_units
        return f"different unit ({a.unit} vs {b.unit})" if split else None
    pairs = [("unit", a.unit, b.unit), ("floor", floor_of(a), floor_of(b)), ("room", a.room, b.room)]
    for part, x, y in pairs:
        if x and y and x != y:
            return f"different {part} ({x} vs {y})"
    return None


def same_family(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return False
    if a == b:
        return True
    return {a, b} <= OUTAGE_FAMILIES and "generic_outage" in (a, b)


def specific_place_match(a: Location | None, b: Location | None) -> bool:
    """Both texts name the same spot precisely: the same room, or the same unit and floor."""
    if a is None or b is None:
        return False
    if a.room and a.room == b.room:
        return True
    return bool(a.unit and a.unit == b.unit and floor_of(a) and floor_of(a) == floor_of(b))


def same_written_place(a: Location, b: Location | None) -> bool:
    """Every inner place part `a` writes is written the same in `b`."""
    return b is not None and all(getattr(b, p) == getattr(a, p) for p in ("unit", "floor", "room") if getattr(a, p))


def same_inner_place(a: Location | None, b: Location | None) -> bool:
    """`a` writes an inner place (a unit, a floor or a room) and `b` writes it the same."""
    return bool(a and (a.unit or a.floor or a.room) and same_written_place(a, b))


def one_place(a: Location | None, b: Location | None) -> bool:
    """Both write an inner place and one's is within the other's ("三单元四楼" and "四楼"): with no place
    conflict, the same spot told more or less precisely."""
    return same_inner_place(a, b) or same_inner_place(b, a)


def at_home(text: str) -> bool:
    """The text is about a home only (我家客厅...), no shared area named."""
    return any(w in text for w in _HOME) and not any(w in text for w in SHARED_AREA)


def adds_place(a: Location, b: Location | None) -> bool:
    """`a` writes a place part `b` does not imply (a floor `b`'s room does give: 101 is on the first floor)."""
    if b is None:
        return any((a.building, a.unit, a.floor, a.room))
    implied = {"building": b.building, "unit": b.unit, "floor": b.floor or floor_of(b), "room": b.room}
    return any(getattr(a, p) and getattr(a, p) != v for p, v in implied.items())


def shared_only(text: str) -> bool:
    """The text is about a shared area only (大厅, 门口...), no home named."""
    return any(w in text for w in SHARED_AREA) and not any(w in text for w in _HOME)


def home_vs_shared(a: str, b: str) -> bool:
    """One text is about a home only, the other about a shared area only."""
    def kind(x: str) -> str | None:
        home, shared = any(w in x for w in _HOME), any(w in x for w in SHARED_AREA)
        return "home" if home and not shared else "shared" if shared and not home else None
    ka, kb = kind(a), kind(b)
    return bool(ka and kb and ka != kb)


def own_door_vs_entrance(a: str, b: str) -> bool:
    """One text is about a flat's own door lock (智能锁), the other about the building's entrance (门禁)."""
    def kind(x: str) -> str | None:
        own, gate = any(w in x for w in OWN_DOOR_LOCK), any(w in x for w in ENTRANCE_DOOR)
        return "own" if own and not gate else "gate" if gate and not own else None
    ka, kb = kind(a), kind(b)
    return bool(ka and kb and ka != kb)


_LOCATIVE = ("上", "里", "边", "旁", "前", "后", "附近", "那边", "这边", "周围", "门口", "下面", "底下")


def as_place(word: str, text: str) -> bool:
    """`word` is used as a place in `text` (草坪上, 楼道里), not as the thing that is wrong."""
    i = text.find(word)
    while i >= 0:
        if text.startswith(_LOCATIVE, i + len(word)):
            return True
        i = text.find(word, i + 1)
    return False


def within_area(word: str, text: str) -> bool:
    """Every `word` of `text` is part of a longer shared-area word: the 电梯 of "电梯厅那个出风口" names the hall,
    not the lift."""
    spans = [(m.start(), m.start() + len(a)) for a in SHARED_AREA if a != word and word in a
             for m in re.finditer(re.escape(a), text)]
    at = [m.start() for m in re.finditer(re.escape(word), text)]
    return bool(at) and all(any(s <= i and i + len(word) <= e for s, e in spans) for i in at)


def cue_parts(cues: set[str]) -> set[str]:
    return {p for c in cues for p in c.split("+") if len(p) >= 2}


def escalates(new: str | None, old: str | None) -> bool:
    """The new report is the more urgent form of the ticket's problem (树枝断了 -> 树枝挂在半空).
    Not the reverse: a milder remark after an emergency (检查一下电表箱) is a request of its own."""
    return bool(new and old) and old in ESCALATES.get(new or "", ())


def own_problem(fam: str | None, tfam: str | None, tkw: Sequence[str]) -> bool:
    """The status question names a problem of its own: "什么时候恢复？整栋没电" after water reaching a meter
    box asks after the power cut, not the flood (a family of its own, not the ticket's, not named in its
    report, not an escalation either way; a fault told by its object is weighed by the caller)."""
    if not fam or fam.startswith(("fault_", "generic")) or not tfam:
        return False
    return fam not in families(tkw) and not escalates(fam, tfam) and not escalates(tfam, fam)


def is_broad(fam: str | None, vocab: Vocabulary) -> bool:
    f = vocab.families.get(fam or "")
    return bool(f and f.broad) if f else True


# Cold radiators: a supply problem, yet each unit's and floor's is labelled a ticket of its own (a
# neighbour's "三单元也不热" or "我家三楼也凉" is another report, not the same one).
PER_FLAT = frozenset({"heating_cold"})


# A leak runs down: the flat below reporting water from its ceiling reports the same leak.
LEAK_FAMILIES = frozenset({"burst_pipe"})


def leak_from_above(a: Location | None, b: Location | None) -> bool:
    """`a` (the new report's place) is the floor right below `b` (the leaking ticket's): 1403 under 1503."""
    fa, fb = (floor_of(a), floor_of(b)) if a is not None and b is not None else (None, None)
    return bool(fa and fb and fa.isdigit() and fb.isdigit() and int(fb) - int(fa) == 1)


def leak_stack(a: Location | None, b: Location | None, text: str) -> bool:
    """The new report (`a`, `text`) and a leak ticket (`b`) are flats right above one another in one unit: the
    flat below whose ceiling drips, or the flat above finding the source in its own home ("我家卫生间水管在漏",
    "603厨房下面那根水管漏了"). Not another unit, and not "the pipe one floor up leaks too" (也: a second
    spot) or a pipe at no flat ("4楼楼道水管在漏": no home, no room written)."""
    if a is None or b is None or (a.unit and b.unit and a.unit != b.unit):
        return False
    if leak_from_above(a, b):
        return True
    own_home = any(w in text for w in _HOME) or bool(a.room)
    return leak_from_above(b, a) and own_home and "也" not in text


# Mended in between: "昨天刚换的 怎么又不亮了" is the thing broken anew, not the old report still open.
_MENDED_SINCE = ("修好", "刚修", "刚换", "才换", "才修", "刚补", "刚通", "清完", "刚清", "才清",
                 # the north's 整 and everyday 弄 for 修 ("前天刚整好的", "才弄好没两天")
                 "刚整好", "才整好", "刚弄好", "才弄好")


# ...whole words only: the 修好 of 报修好几次, the 刚通 of 刚通知 are no mend.
_NOT_MEND_BEFORE = "没未不报"
# (and 弄好饭, 整好菜: a meal made, no mend)
_NOT_MEND_AFTER = "(?:了?(?:没|吗|嘛|么)|知|话|电话|几|饭|菜|汤)"
# A mend that did not hold ("说修好了 结果还是不亮", "换完还是不亮"): still broken, the ticket waits on.
_STILL_AFTER = re.compile("(?:还是|还|仍然|依然|照样|照旧)(?:不|没|木|莫|冇|那样|老样子)")
# ...and a mend only claimed ("保洁说清完了 门口还是一地垃圾"): any still after it says it was none.
_CLAIMED = re.compile("说[^ ,.!?;:，。！？；：]{0,3}$")
_STILL_ANY = re.compile("还是|还在|还有|仍然|依然|照样|照旧")


# ...or at it again so soon after it was dealt with ("垃圾箱又满了 这才两天"): the thing anew, not the old report.
_AGAIN_SO_SOON = re.compile(r"又[^，。！？,.!?\s]{0,4}[\s，,]*(?:这才|才过了?|刚过了?)[一两二三四五几半\d]+(?:天|个?小时|个?礼拜|周)")

# ...or likened to the last time it happened ("又有煤气味 跟上回一样", "和上次那样又冒水了"): the last time is an
# event over, this one is another (not "跟上次一样 还是没人管": still the same one).
_AGAIN_LIKE_LAST = re.compile(r"又.*(?:跟|和|同|像)(?:上回|上次|那回|那次|前回|前次)(?:一样|那样|似的)"
                              r"|(?:跟|和|同|像)(?:上回|上次|那回|那次|前回|前次)(?:一样|那样|似的).*又")


def mended_since(text: str) -> bool:
    """The message says the thing was mended in between ("上回刚通完", "昨天刚换的"): broken anew, a new ticket
    ("修好没？", "修好了吗" ask whether it was, "还没修好" says it was not, "说修好了 结果还是不亮" that the mend did
    not hold: no mend)."""
    if _AGAIN_SO_SOON.search(text):
        return True
    if (m := _AGAIN_LIKE_LAST.search(text)) and not _STILL_ANY.search(text):
        return True
    for w in _MENDED_SINCE:
        for m in re.finditer(f"(?<![{_NOT_MEND_BEFORE}]){w}(?!{_NOT_MEND_AFTER})", text):
            claimed = bool(_CLAIMED.search(text, 0, m.start()))
            if not (_STILL_AFTER.search(text, m.end()) or (claimed and _STILL_ANY.search(text, m.end()))):
                return True
    return False


def own_emergency(u: Understanding, t: TicketView, vocab: Vocabulary) -> bool:
    """An emergency that names the ticket's outage in passing and another problem of its kind ("我家也没水 刚才厨房
    水管爆了 水喷了一地"): the burst pipe is a ticket of its own, not one more report of the outage. (A hazard grown
    out of the ticket's own thing, sparks from the charging's power strip, is no outage: it stays the ticket's.)"""
    fams, tfam = families(u.keywords), split_keywords(ticket_keywords(t, vocab))[0]
    if u.color != "red" or t.color == "red" or tfam not in OUTAGE_FAMILIES:
        return False
    return tfam in fams and any(f != tfam and not same_family(f, tfam) and not escalates(f, tfam) and not escalates(tfam, f)
               and (k := vocab.families.get(f)) is not None and k.category == t.category for f in fams)


# Hours later, the building's heating still cold is the same problem, whatever radiator.
# ...and the building's supply outage, this many hours after its report, unless it is out "again".
OUTAGE_HOURS = 12
_WHOLE_BUILDING = {"heating_cold"}



def burning(t: TicketView) -> bool:
    """An emergency (red) of safety that speaks of smoke or a burning smell, whatever family it read as."""
    return t.color == "red" and t.category == "safety" and any(w in t.text for w in ("烟", "焦", "烧", "呛"))


def same_spot(u: Understanding, text: str, t: TicketView, fam: str | None, tfam: str | None,
              building: str | None = None) -> bool:
    """Hours later, still the ticket's problem: the same written place ("三单元那瓷砖又掉了一块" after
    "三单元外墙瓷砖在往下掉"), the building's heating, or its supply outage the same day (`OUTAGE_HOURS`), unless
    it was fixed in between."""
    if mended_since(text):
        return False
    if _WHOLE_BUILDING & {fam, tfam}:
        return True
    if (fam in OUTAGE_FAMILIES and same_family(fam, tfam) and "又" not in text
            and t.minutes_since_reported() <= OUTAGE_HOURS * 60
            and not (u.location and u.location.building and not t.building) and not (t.building and not building)):
        return True   # the building's supply still out the same day, told by one more household (not "又没水了"; in a
        # compound's chat, a building named after a report that named none, or none named after a building's
        # report, is another place's supply: `building` is the message's, written or its chat's)
    return same_inner_place(u.location, t.location)


_HOMES = ("家里", "屋里", "进屋")   # "in my home" in both is no shared place


def broad_elsewhere(u: Understanding, text: str, t: TicketView, tfam: str | None, vocab: Vocabulary) -> bool:
    """The ticket's problem is of a category-wide family (parking, garbage...) and the message names no
    place of the report's (the same floor written, or a shared place word such as 大堂, 门口). A report
    only the model read (no family) is weighed by its category: parking, noise... have broad families only."""
    if tfam is None:
        kinds = [f.broad for f in vocab.families.values() if f.category == t.category]
        if not (kinds and all(kinds)):
            return False
    elif not (tfam in vocab.families and vocab.families[tfam].broad):
        return False
    if same_inner_place(u.location, t.location):
        return False
    return not any(w in text and w in t.text for w in vocab.words.get("place", ()) if w not in _HOMES)
