"""Chatter that sounds like a report: said beside a problem, but asking nobody to act.

Read only when the rules found no problem cue and no ask to the office (classifier._no_problem); each
answers with the words that decided, for the reasons, and the decision is firm (Mark.FIRM): the model,
trained on reports, reads these as reports, and a "me too" so told joins no ticket (me_too.py).

- safety advice shouted to the neighbours ("别开灯别打火 窗户开开", "莫在楼道里打电话"): every clause
  tells people what (not) to do near a danger;
- a bystander who saw or heard it too and tells what they (or a responder) are doing about it
  ("我也看到了 我上去敲门", "听到了 楼长已经在往下跑了"), asking nothing;
- a joke: a laugh with no question and no ask ("又要爬九楼🤣"), no person in trouble laughed at; heat told as a
  hyperbole ("我要被烤熟了"), no person named;
- resignation: "it is always / everywhere like that", "nothing to be done" (呢排边度都系咁啦，冇计), a shrug
  ("能用就先用着", "不就响点么"),
  with no question after it (a bare "也这样" is a me-too or a complaint);
- a neighbour joining in, knocking on the door too ("我也去敲了 没人应"), asking nothing;
- advice to the whole group ("大家进出先走旁边的门", "各位这几天出门抬头看一下"), naming no person;
- a lament ("这电梯迟早要了我的老命"): read also beside a problem cue (classifier step 4), never beside
  a danger, an ask or a fault told as going on now (又坏了, 停了三天了, 吵得要了我的命);
- a neighbour pointing another to whom to ask ("找热力啊 物业管不了暖气"), with no question;
- advice on mending it oneself ("拿起子拧开 出水了再拧上", "放放气试试"), asking nothing;
- an answer telling what will do ("带身份证去社区就行", "关好窗就中"), asking nothing (answer_how.py).

Word lists and patterns: vocab_chatter.py.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import vocab_chatter as C
from .marks import Mark
from .answer_how import tells_how
from .vocab_vulnerable import VULNERABLE

if TYPE_CHECKING:
    from .scan import Hit

# The marks of chatter set aside (chatter_aside, a lament, coping): firm against the model, and such a message
# joins no ticket as a "me too" (repeats.match_repeat); a resigned remark still lets the model read a danger.
CHATTER_MARKS = frozenset({Mark.FIRM, Mark.CHATTER})
_RESIGNED_MARKS = CHATTER_MARKS | {Mark.RESIGNED}

_CLAUSES = re.compile(r"[\s，,。.！!？?；;~～、…]+")
_PROHIBITION = re.compile(C.PROHIBIT)
_ADVICE_CLAUSE = re.compile(C.ADVICE_LEAD + r"(?:" + C.PROHIBIT + r"[^别不莫勿]{1,9}?|" + C.OPEN_UP + r")+"
                            r"(?:啊|呀|哦|啦|先|了)?")
_WITNESS = re.compile(C.WITNESS)
_OWN_ACTION = re.compile(C.OWN_ACTION)
_RESIGNED = re.compile(C.RESIGNED)
_DIY_STEP = re.compile(C.DIY_STEP)
_DIY_FAULT = re.compile(C.DIY_FAULT)
_ADVICE_TO_ALL = re.compile(C.ADVICE_TO_ALL)
_JOINS_IN = re.compile(C.JOINS_IN)
_LAMENT = re.compile(C.LAMENT)
_POINT_TO = re.compile(C.POINT_TO)
_FAULT_NOW = re.compile(C.FAULT_NOW)
_FAULT_RECORD = re.compile(C.FAULT_RECORD)
_INTENSIFIED = ("得", "到")   # 冷得要人命, 吵到要了我的命
_QUESTION = ("?", "？", "吗", "没有", "是不是", "还是")   # (not 么: 这么, 什么 ask nothing)


def safety_advice(t: str) -> str | None:
    """The advice, when every clause of `t` tells the neighbours what (not) to do near a danger and one
    names a spark, a switch, a call or going near ("不要开灯 不要按门铃 窗户开开")."""
    clauses = [c for c in _CLAUSES.split(t) if c]
    if not clauses or not all(_ADVICE_CLAUSE.fullmatch(c) for c in clauses):
        return None
    return next((c for c in clauses if _PROHIBITION.search(c) and any(s in c for s in C.SPARKS)), None)


def acts_oneself(t: str) -> str | None:
    """What a bystander who saw or heard it says they (or a responder) are doing, asking nothing
    ("我也看到了 我上去敲他家门", "我在楼下看见了 吓得我赶紧绕路")."""
    if not _WITNESS.search(t) or any(w in t for w in C.STILL_ASKS) or person_seen(t, trouble=True):
        return None
    m = _OWN_ACTION.search(t)
    if m is None or any(w in t[m.end():] for w in C.STILL_WRONG):
        return None
    return m.group(0)


def mend_advice(t: str) -> str | None:
    """How to mend it oneself, told to a neighbour ("拿起子拧开 出水了再拧上", "放放气试试"), asking nothing and
    naming no person in trouble: the step, or None."""
    m = _DIY_STEP.search(t.rstrip())
    if m is None or any(w in t for w in C.DIY_NOT + C.DIY_TRIED + C.STILL_ASKS) or person_seen(t, trouble=True):
        return None
    if (_FAULT_NOW.search(t) or _DIY_FAULT.search(t)) and not any(w in t for w in C.DIY_IF):
        return None   # the writer's own fault, told as going on
    return m.group(0)


def person_seen(t: str, trouble: bool = False) -> str | None:
    """A person named in `t` (with `trouble`, one also told doing what shows trouble: 躺在, 哭, 撬): then
    the message is about them, not chatter beside a thing."""
    who = next((w for w in C.PERSON_SEEN if w in t), None)
    if who and trouble and not any(w in t for w in C.IN_TROUBLE):
        return None
    return who


def laughs(t: str) -> str | None:
    """The laugh in a message asking nothing ("这电梯要了我的命 又要爬九楼🤣"), if any."""
    heat = next((w for w in C.HEAT_JOKES if w in t), None)
    if heat and not person_seen(t) and not any(w in t for w in VULNERABLE) and not _FAULT_NOW.search(t) \
            and not any(w in t for w in ("?", "？", "吗") + C.STILL_ASKS + C.WISHES + C.HEAT_ASKS + C.HEAT_FAULTS):
        return heat   # (还是 here is "still": "空调开到18度还是29度")
    laugh = next((w for w in C.LAUGHS if w in t), None)
    if laugh is None or any(w in t for w in _QUESTION + C.STILL_ASKS + C.WISHES) or person_seen(t, trouble=True):
        return None
    return laugh


def resigned(t: str) -> str | None:
    """A resigned remark ("呢排边度都系咁啦，冇计", "他们成日都系咁") with no question after it."""
    m = _RESIGNED.search(t)
    if m is None or any(w in t[m.start():] for w in _QUESTION) or any(w in t for w in C.STILL_ASKS):
        return None
    if m.group(0).startswith(("也", "都")) and not any(w in t for w in C.RESIGNED_SO):
        return None   # "我家也这样" (a me-too), "天天都这样 摔东西" (a complaint): nothing given up
    return m.group(0)


def joins_in(t: str) -> str | None:
    """A neighbour who knocked on the door too ("我也去敲了 屋里好像有动静") or goes out to help the search
    ("我下楼帮着找"), asking nothing and naming no person in trouble."""
    m = _JOINS_IN.search(t)
    rest = t[:m.start()] + " " + t[m.end():] if m else t   # (its own 帮着找 asks nothing)
    if m is None or any(w in rest for w in _QUESTION + C.STILL_ASKS + C.JOINS_IN_NOT) or person_seen(t, trouble=True):
        return None
    return m.group(0)


def points_elsewhere(t: str) -> str | None:
    """A neighbour's answer pointing to whom to ask ("找热力啊 物业管不了暖气"), opening a message with no
    question in it."""
    m = _POINT_TO.search(t.lstrip())
    return m.group(0) if m and not any(w in t for w in _QUESTION) else None


def person_claimed(t: str) -> str | None:
    """A person named after 'whose' (谁家的小孩): somebody's child or elder, not lost property, or None."""
    m = re.search(C.OWNER_OF_PERSON, t)
    return m.group(0) if m else None


# the writer's home by its number ("我家就是101", "我家就是五楼的")
_HOME_NUMBER = re.compile(r"\s*(?:[0-9]{3,4}|[0-9一二三四五六七八九十两]{1,2}(?:楼|层|单元|号))")


def home_told_after(t: str, spans: Sequence[tuple[int, int, str]], problem_at: int) -> str | None:
    """A reply word naming the writer's home by its number after a problem is told ("下水道返上来了 厕所地上全是
    我家就是101"), or before one in a message asking nothing ("我家就是六楼 天花板墙皮往下掉", after a neighbour's
    leak from above): it says where the problem is, not a reply ("我家就是一楼的 ... 怎么了" opens with it)."""
    asks = any(w in t for w in _QUESTION + ("怎么了", "咋了"))
    return next((w for s, e, w in spans if (s > problem_at or not asks) and w.endswith("就是")
                 and _HOME_NUMBER.match(t, e)), None)


def hazard_beside(hits: Sequence[Hit]) -> str | None:
    """An orange or red problem told beside lost property ("谁丢了快递放在楼道，堵着消防通道", "…放在电梯口，电梯门都
    关不上"): the thing left blocks or breaks something, a complaint, not a notice to its owner; the cue, or None."""
    return next((h.cue for h in hits if h.family.color in ("orange", "red") and h.family.name != "property_complaint"),
                None)


def advice_to_all(t: str) -> str | None:
    """What the whole group is told to do or avoid ("大家进出先走旁边的门"), opening a message that asks
    nothing and names no person ("大家注意 梯里好像有人" is a report)."""
    m = _ADVICE_TO_ALL.search(t.lstrip())
    if m is None or any(w in t for w in _QUESTION + C.STILL_ASKS) or person_seen(t):
        return None
    return m.group(0)


def laments(t: str, problems: int = 0) -> str | None:
    """A lament ("迟早要了我的老命") in a message asking nothing of anyone, naming no person in trouble and
    telling no fault as going on now ("电梯又坏了 要了我的老命", "吵得要我命" report the fault). With `problems`
    (problem cues the rules found) it grumbles only over a fault's record (一个月坏三回, 坏了八回): any other
    problem told beside it is the report ("楼道灯坏了 要人命", "楼上漏水漏到我家 气出心脏病来"). Said of a state
    (冷得要人命, 脏得要人命) it is an intensifier of the state told now, no lament."""
    m = _LAMENT.search(t)
    if m is None or any(w in t for w in _QUESTION + C.STILL_ASKS) or person_seen(t, trouble=True) \
            or _FAULT_NOW.search(t) or t[m.start() - 1:m.start()] in _INTENSIFIED \
            or (problems and not _FAULT_RECORD.search(t)):
        return None
    return m.group(0)


def chatter_aside(t: str) -> str | None:
    """Why `t`, naming no problem and asking no one, is chatter: a reason for `not request: ...`, or None."""
    aside = chatter_aside_marked(t)
    return aside[0] if aside else None


def chatter_aside_marked(t: str) -> tuple[str, frozenset[Mark]] | None:
    """`chatter_aside` with the marks its verdict carries: firm chatter, and resigned for a resigned remark."""
    for find, what in _ASIDE_KINDS:
        if said := find(t):
            return f"{what} ('{said}')", _RESIGNED_MARKS if find is resigned else CHATTER_MARKS
    return None


# in the order they are tried
_ASIDE_KINDS = ((safety_advice, "safety advice to the neighbours"), (acts_oneself, "a bystander tells what is being done"),
                (laughs, "a joke"), (resigned, "a resigned remark"), (advice_to_all, "advice to the neighbours"),
                (laments, "a lament"), (joins_in, "a bystander tells what is being done"),
                (points_elsewhere, "points a neighbour to whom to ask"), (mend_advice, "advice on mending it oneself"),
                (tells_how, "an answer telling what will do"))
