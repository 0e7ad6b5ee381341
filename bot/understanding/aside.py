"""A red cue told aside: the danger word is in the message, but not as a danger happening now.

- a past event referred to as "that matter" (前两天打火那事…): the chat already knows it; a risk
  it shows is stated, not a new emergency;
- a thing gone, not a person (井盖不见了 in a message that also names 老人): the missing-person
  combo's "gone" word belongs to a thing named right before it;
- an injury or illness told as the background of an application or an appointment (摔伤了…救助
  咋申请, 中风在床…预约上门办认证), or of a care service asked for today (摔伤了…安排助餐: care, orange);
- a breathing machine facing a power cut of a stated length to come (停电三个钟头咋办): the need
  is planned for, orange care; a cut under way (停电还要多久, 已经停了) stays red.

Pure functions over a Scan and the text; each answers with the word that decided, for the reasons.
"""
from __future__ import annotations

import re

from .scan import SEPARATORS, Hit, Scan
from .vocab_harm import SWEPT_AWAY

# fmt: off
# "that matter": the danger is an event the chat already knows
_REFERRING = ("那事", "那件事", "那个事", "那回事", "那档子事", "那次")
_REFERRING_AFTER_PAST = ("的事", "的那事", "的那件事")
# (word, whether it refers only after a past day is named), the plain words first
_REFERRING_WORDS = tuple((w, False) for w in _REFERRING) + tuple((w, True) for w in _REFERRING_AFTER_PAST)
_LONGEST = max(map(len, _REFERRING))
_PAST = ("前两天", "前几天", "前些天", "前阵子", "前天", "昨天", "昨晚", "上周", "上礼拜", "上个月", "上次", "上回", "去年",
         "那天", "之前")
# the danger is here again now, after the event referred to
_AGAIN = ("又", "刚才", "刚刚", "更大", "更浓", "更厉害", "还在", "再次", "现在还", "现在有")   # not 到现在都没…
# things often said to be gone that the object vocabulary need not know
_THINGS = ("车", "快递", "包裹", "钥匙", "手机", "钱包", "东西", "盖子", "牌子", "花盆", "自行车", "电瓶", "桶", "箱",
           "鞋", "盆", "架", "柜", "椅", "凳")   # (not 板: 老板 is a person)
# before 得 a word that makes the violence after it a real outcome (被打得, 揍得), not a degree of a feeling
_NOT_A_FEELING = "打揍踢殴被让给把"
# between a thing and its "gone" word (井盖也不见了)
_GAP = "也都又给被就全还早"
_BY_WATER = "水洪大雨让叫"   # ...and between a thing and its being swept away (被大水冲走了: vocab_harm.SWEPT_AWAY)
# the thing is what a person went to fetch (取快递不见了: the person is gone) or the person is said to
# be gone too (到处找不到, 没回来)
_FETCHING = ("取", "拿", "买", "寄", "找", "送", "骑", "开", "推", "收")
_PERSON_GONE = ("没回来", "没回家", "没回去", "找不到", "找不着", "联系不上", "走丢", "走失", "人呢", "人也", "人不见",
                "电话不接", "打不通")
# an injury told as an outcome (not a fall happening now)
_OUTCOMES = ("摔伤", "骨折", "中风", "脑梗", "心梗", "心脏病", "腿断了", "摔断")
_INJURIES = ("摔伤", "骨折", "腿断了", "摔断")
# the person is in danger now after all
_NOW = ("刚", "现在", "突然", "正在", "起不来", "叫不醒", "没反应", "救命", "120", "救护车", "快来", "流血", "出血",
        "倒在", "昏", "晕", "喘不上", "没气", "说不出话", "嘴歪", "快帮", "好像", "发现")
# the injury is a state of some time, not an event now (摔伤了…这两个月没收入, 中风躺在床上出不了门)
_FOR_SOME_TIME = ("这两个月", "这几个月", "这两天", "这几天", "这段时间", "前段时间", "前阵子", "上个月", "去年", "之前",
                  "以前", "多年", "常年", "一直", "躺在床上", "卧床", "瘫", "出不了门", "后遗症", "康复", "出院", "养伤",
                  "最近", "近来", "近期", "前些天", "行动不便", "走不了路", "行唔到",
                  # or the person is in hospital, looked after there (摔伤了住院，医保能报多少)
                  "住院", "住了院", "在医院",
                  # or the ask is for another day (预约…下个礼拜)
                  "下周", "下礼拜", "下个礼拜", "下星期", "下个月", "改天", "哪天")
_APPLICATION = ("申请", "预约", "办理", "认证", "补助", "补贴", "救助", "低保", "报销", "医保", "残疾证", "手续")
_CARE_SERVICE = ("助餐", "送餐", "送饭", "送菜", "上门照顾", "护工", "陪护", "照看", "买菜",
                 # a meal with nobody to make it today (中午饭还没着落, 谁能送一顿): the need a service answers
                 "没着落", "送一顿", "送顿饭", "送个饭", "送两顿", "送几顿", "没人做饭", "没人给做饭")
# a power cut of a stated length, still to come (停电三个钟头, 停六个小时, 停半天)
_CUT_LENGTH = re.compile(r"停[电了]?[^，。,；;！!？?\s]{0,2}?(?:[0-9一二两三四五六七八九十几]+个?多?(?:钟头|小时|钟)|半天|一整天|一天)")
_CUT_NOW = ("还要多久", "还要停多久", "多久来电", "已经", "现在", "到现在", "喘", "紫", "电池", "撑不住了", "停了", "没电了")
# fmt: on


def _ends(scan: Scan, cue: str, start: int) -> list[int]:
    """Where each word of the cue ends (a combo's words wherever they are said)."""
    if "+" not in cue:
        return [start + len(cue)]
    return [s + len(p) for p in cue.split("+") for s in scan.atoms.get(p, ())]


def referred_event(scan: Scan, h: Hit) -> str | None:
    """A red cue followed by "那事" / "那件事" (or "的事" after a past day): an event referred to;
    not when the danger is told again after it ("困人那事还没处理，现在又困人了")."""
    t = scan.text
    if "事" not in t and "那次" not in t:   # every referring word has one of them: the common case is cheap
        return None
    ref = _referred(scan, h)
    if ref is None:
        return None
    word, at = ref
    rest = t[at:]
    if any(w in rest for w in _AGAIN) or h.cue.split("+")[-1] in rest:   # the danger's own word again
        return None
    return word


def _referred(scan: Scan, h: Hit) -> tuple[str, int] | None:
    t = scan.text
    for end in _ends(scan, h.cue, h.start):
        # right after the cue, or one or two words later in its breath (困人那事, 打火的那件事)
        near = t[end:end + 2 + _LONGEST]
        for w, after_past in _REFERRING_WORDS:
            i = near.find(w)
            if not 0 <= i <= 2 or any(c in SEPARATORS for c in near[:i]):
                continue
            if not after_past:
                return w, end + i + len(w)
            past = next((p for p in _PAST if 0 <= t.find(p) < end), None)
            if past:
                return f"{past}…的事", end + i + len(w)
    return None


def thing_gone(scan: Scan, h: Hit) -> str | None:
    """A missing-person combo whose "gone" word follows a thing at every place it is said (井盖不见了), or a
    person swept away by water where what was swept is a thing (垃圾桶被水冲走了, 车被冲走了)."""
    gap, most = _GAP, 1   # the words allowed between the thing and its "gone" word, and how many
    if h.family.name == "person_down" and h.cue in SWEPT_AWAY:
        gone, gap, most = h.cue, _GAP + _BY_WATER, 3
    elif h.family.name != "missing_person" or "+" not in h.cue:
        return None
    else:
        gone = h.cue.split("+")[-1]
    objects = scan.kinds.get("object", ())
    t = scan.text
    if any(w in t.replace(gone, "|") for w in _PERSON_GONE):   # said besides the combo's own "gone" word
        return None
    found = None
    for g in scan.atoms.get(gone, ()):
        thing = next((w for _s, e, w in objects if e <= g and all(c in gap for c in t[e:g]) and g - e <= most), None)
        if thing is None:
            head = t[:g].rstrip(gap)
            thing = next((w for w in _THINGS if head.endswith(w) and len(t[:g]) - len(head) <= most), None)
        if thing is None or t[:g].rstrip(gap)[:-len(thing)].endswith(_FETCHING):
            return None
        found = found or f"{thing}{gone}"
    return found


def background_injury(scan: Scan, h: Hit) -> tuple[str, bool] | None:
    """An injury told as an outcome beside an application or a care service asked for, nothing said to be
    happening now: (the word asked, whether it is a care service for today)."""
    if h.family.name != "person_down" or not any(o in h.cue for o in _OUTCOMES):
        return None
    t = scan.text
    if any(n in t for n in _NOW):
        return None
    care = next((w for w in _CARE_SERVICE if w in t), None)
    # an injury is a state a care service answers (骨折了，做不了饭…安排送餐); an illness such as 中风 or
    # 心梗 is an emergency unless told as some time ago or for another day
    if not any(w in t for w in _FOR_SOME_TIME) and not (care and any(i in h.cue for i in _INJURIES)):
        return None
    if care:
        return care, True
    app = next((w for w in _APPLICATION if w in t), None)
    return (app, False) if app else None


def planned_cut(scan: Scan, h: Hit) -> str | None:
    """A breathing machine's power cut told by its length to come, nothing said to be under way now."""
    if h.family.name != "life_support":
        return None
    t = scan.text
    m = _CUT_LENGTH.search(t)
    if not m or any(n in t for n in _CUT_NOW):
        return None
    return m.group(0)


def told_as_degree(scan: Scan, h: Hit) -> str | None:
    """A violence word said as how much of a feeling there is, right after its 得 (冷得挨打了, 臭得挨打: in Jin and
    Inner Mongolian speech, "terribly"): a degree, nobody beaten."""
    if h.family.name != "violence" or "+" in h.cue or h.start < 2 or scan.text[h.start - 1] != "得":
        return None
    feeling = scan.text[h.start - 2]
    return f"{feeling}得{h.cue}" if feeling not in _NOT_A_FEELING else None

