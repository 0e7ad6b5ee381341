"""Red cues matched across words, or told of what is over (red_readings.py tries these last).

- someone asked for, not someone below: "芒果往下掉 有冇人管管" — the person word of a falling cue (有人) sits
  inside the question to the group (有没有人管, Cantonese 有冇人 folded to it): nobody is named under the thing;
- a tree's fruit or twigs striking a car: "果子掉下来把我车顶砸了个坑", "又砸我车挡风玻璃 那棵树有没有人修下枝" —
  every strike told of a vehicle, a tree named, nobody below, nobody in the car, nothing still coming down: the
  tree to trim (yellow), not a tree falling on people;
- a spark told of a past time: "电表箱老掉牙了 上回打火吓死人" — the spark word after 上回 / 以前 in its clause,
  nothing said to be so now (又, 还在, 现在, 刚才 …): the old wiring is the matter, nothing arcing now;
- nobody passes below: "房檐冰溜子老长了 底下是个棚子 平时没人走 顺手敲掉" — what would fall hangs over a place
  the text says nobody goes (没人走, 不走人, 没人去), and no one is named there after all (但是小孩爱在那玩): a
  repair (yellow), not something about to fall on people.
Each reading is a pure function over a Scan and the hit: the word it rests on, or None.
"""
from __future__ import annotations

from .scan import SEPARATORS, Hit, Scan, clause_bounds
from .vocab_falling import ENTRANCE, FALLING, NOBODY_PASSES, PASSING, WALKWAY_PEOPLE
from .vocab_hurt import NEAR_MISS, SOMEONE_GOES, SOMEONE_UNDER, STRUCK
from .vocab_readings import IN_OR_STILL, STRUCK_VEHICLES, VEHICLE_WITH_PERSON

# fmt: off
# "有人" read inside a question whether anyone will deal with it (normalised: 有冇人 / 有莫得人 -> 有没有人)
_ANYONE_ASKED = ("有没有人", "有人没有", "有人管没", "有人管不")
# what a tree drops: the tree itself, its fruit, its twigs
_TREE = ("树", "果子", "果实", "芒果", "椰子", "菠萝蜜", "荔枝", "龙眼", "枇杷", "核桃", "柿子", "枣", "果", "枝")
# the whole tree down or leaning (整棵树倒了): a tree falling, not its fruit or twigs
_TREE_DOWN = ("倒", "整棵", "连根", "拦腰", "树干", "树身", "歪", "斜", "塌")
# words holding 果 that name no fruit (结果 "and then", 如果 "if")
_NOT_FRUIT = ("结果", "如果", "后果", "效果", "水果", "苹果核")
# a spark or arcing word, and the past it is told in
_SPARKS = ("打火", "打火花", "冒火花", "电火花", "火花", "火星", "冒火", "冒火星", "火星子", "噼啪", "冒烟")
_PAST = ("上回", "上次", "以前", "之前", "那回", "那次", "去年", "前年", "有一回", "有一次")
_NOW = ("又", "还在", "还有", "现在", "刚才", "刚刚", "正在", "今天", "一直", "老是", "总是", "经常", "天天", "时不时",
        "焦", "糊", "烫", "味")
# what may close a clause after "nobody goes" (平时没人走了, 没人去的) and a turn after it (但取快递的多)
_CLAUSE_TAIL = "了的啊哈呀嘛啦咯哦噢喽"
_TURN = ("但", "可是", "不过", "就是", "只是")
# fmt: on


def _asks_blanked(t: str) -> str:
    """The text with each question whether anyone deals with it blanked (same length: positions stay)."""
    for w in _ANYONE_ASKED:
        t = t.replace(w, " " * len(w))
    return t


def anyone_asked(scan: Scan, h: Hit) -> str | None:
    """The question word when a falling cue's person word is only the question to the group, or None."""
    if h.family.name not in FALLING or "有人" not in h.cue.split("+"):
        return None
    t = scan.text
    if "有人" in _asks_blanked(t):
        return None
    return next(w for w in _ANYONE_ASKED if w in t)


def car_under_tree(scan: Scan, h: Hit) -> str | None:
    """The vehicle word when every strike told is a tree's on a vehicle, nobody below or inside, or None."""
    if h.family.name not in ("tree_falling", "falling_object") or "砸" not in h.cue:
        return None
    t = _asks_blanked(scan.text)
    for w in _NOT_FRUIT:
        t = t.replace(w, " " * len(w))
    if not any(w in t for w in _TREE) or any(w in t for w in (*SOMEONE_UNDER, *VEHICLE_WITH_PERSON, *IN_OR_STILL,
                                                              *_TREE_DOWN)):
        return None
    found = None
    at = t.find("砸")
    while at >= 0:
        start, end = clause_bounds(t, at)
        found = next((v for v in STRUCK_VEHICLES if v in t[start:end]), None)
        if found is None:
            return None
        at = t.find("砸", at + 1)
    return found


def past_spark(scan: Scan, h: Hit) -> str | None:
    """The past word before a spark cue in its clause, nothing said to be so now, or None."""
    if h.family.name != "live_wire":
        return None
    t = scan.text
    spark = next((w for w in _SPARKS if w in h.cue), None)
    if spark is None or any(n in t for n in _NOW):
        return None
    at = t.find(spark)
    start, _end = clause_bounds(t, at)
    return next((p for p in _PAST if p in t[start:at]), None)


def nobody_passes(scan: Scan, h: Hit) -> str | None:
    """The words saying nobody goes under a thing about to fall, ending their clause (not 没人去修, 没人过来), with
    no one, no way in or walkway named anywhere in the text, no turn after them (但取快递的多) and no near miss
    told, or None."""
    if h.family.name not in FALLING:
        return None
    t = scan.text
    for w in NOBODY_PASSES:
        at = t.find(w)
        end = at + len(w)
        if at < 0 or (end < len(t) and t[end] not in SEPARATORS and t[end] not in _CLAUSE_TAIL):
            continue
        if any(p in t for p in SOMEONE_GOES + ENTRANCE + PASSING + WALKWAY_PEOPLE) \
                or any(c in t[end:] for c in _TURN) or any(n in t for n in NEAR_MISS + STRUCK):
            return None
        return w
    return None
