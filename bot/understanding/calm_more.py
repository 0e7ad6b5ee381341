"""More messages the model reads as a danger that tell none (calm.py reads the first ones).

- nobody inside said outright: "电梯停在十三楼不动了 门也不开 里头没人" — a lift or a room out of order with the
  writer saying nobody is in it or hurt: out of service (orange), no person in danger;
- a gas supply not yet opened: "燃气公司到底什么时候来开栓 交房都三个月了" — a new home's gas hook-up awaited,
  no smell, leak or flame told: a service late (yellow), no gas escaping;
- a vulnerable person's home fault told by the person on the phone: "我爸一个人住 打电话他讲屋里漏水 他搬不动
  东西 有没有人帮去看下" — the person is reachable and told the fault themselves, nothing electrical, no sign of
  danger to them (calm.DANGER_SIGNS): help today (orange), nobody out of touch;
- a soft thing feared to fall or blown off: "阳台上挂着几件衣服 怕掉下去" — laundry or bedding hurts nobody below
  (nothing hard with it: a hanger, a rod, a pot; no sign of danger): no danger, whatever else is asked;
- a life-support machine failed or without power, needed later: "奶奶的制氧机坏了 她晚上睡觉离不开" — the need is
  for tonight, no breathlessness or other sign of danger told: help today (orange, GUIDELINES' urgent help for an
  elderly resident), not a person in danger now.
Each is read in the writer's own words (hybrid.py); word lists are here, pure data.
"""
from __future__ import annotations

from .vocab_calm import DANGER_SIGNS, ELECTRICS
from .vocabulary import Vocabulary

# fmt: off
# nobody in it or hurt, said outright
NOBODY_IN: tuple[str, ...] = (
    "里面没人", "里头没人", "里边没人", "里面没有人", "里头没有人", "里边没有人", "里面莫人", "里头莫人", "里面冇人", "里头冇人",
    "没人在里面", "没人在里头", "没有人在里面", "没有人在里头", "没关人", "没关着人", "没困人", "没困着人", "没人被困",
    "没有人被困", "没人受伤", "没伤到人", "没伤着人", "人没事", "人都没事")
# ...unless something else in it tells a danger (a fire, smoke, gas, a person hurt, someone still unaccounted)
_STILL_DANGER: tuple[str, ...] = ("火", "烟", "煤气", "燃气", "液化气", "味", "漏电", "电线", "血", "晕", "昏", "救", "120",
                                  "119", "110", "好像有人", "不知道有没有人", "不确定", "不清楚")
# ...or said only as a hope or a guess (不知道里面没关着人吧): nobody inside is not known
_HEDGED: tuple[str, ...] = ("不知道", "不晓得", "不会", "会不会", "应该", "可能", "估计", "希望", "但愿", "吧", "吗", "?", "？")
# a gas supply awaited: the hook-up not yet done
GAS_AWAITED: tuple[str, ...] = ("开栓", "通气", "点火通气", "开通燃气", "开通天然气", "开通煤气", "燃气开通", "天然气开通",
                                "燃气+通", "天然气+通", "煤气+通", "燃气+接", "天然气+接", "燃气+装", "天然气+装")
_GAS_ESCAPING: tuple[str, ...] = ("味", "漏", "泄", "闻", "嘶", "呛", "晕", "头疼", "着火", "起火", "冒火", "爆", "冒烟",
                                  "报警器")
# the person told the fault themselves on the phone: reachable now
TOLD_ON_PHONE: tuple[str, ...] = ("打电话他讲", "打电话她讲", "打电话他说", "打电话她说", "电话里他讲", "电话里她讲",
                                  "电话里他说", "电话里她说", "电话里讲", "电话里说", "电话里头讲", "电话里头说", "他打电话讲",
                                  "她打电话讲", "他打电话说", "她打电话说", "打电话跟我讲", "打电话跟我说", "打电话给我讲",
                                  "打电话给我说")
# a soft thing (laundry, bedding) feared to fall or blown off: it hurts nobody below...
SOFT_THINGS: tuple[str, ...] = ("衣服", "裤子", "袜子", "内衣", "毛巾", "床单", "被单", "被子", "被套", "枕巾", "窗帘", "毯子")
SOFT_FALLS: tuple[str, ...] = ("掉", "吹跑", "吹走", "吹飞", "刮跑", "刮走", "刮飞", "飘")
# ...unless something hard goes with it (a hanger, a rod, a rack, a pot) or anything else tells a danger
HARD_WITH_IT: tuple[str, ...] = ("衣架", "杆", "架子", "晾衣架", "花盆", "盆", "玻璃", "窗户", "窗框", "外机", "砖", "瓦",
                                 "石", "铁", "板", "牌", "棚", "钢", "杈", "树", "罐", "瓶", "火", "烟", "电", "人掉", "孩")
# ...or someone climbing or leaning out after it (爬到防盗网外面去够床单): a person at the edge
REACHING_OUT: tuple[str, ...] = ("爬", "探出", "探身", "够", "翻出", "翻到", "翻过", "站在", "站到", "踩着", "踩在", "防盗网外",
                                 "外面去了", "悬", "快掉了", "要掉了", "掉下去了")
# a life-support machine needed later (tonight, in sleep), and the signs that the person needs it now
LIFE_SUPPORT: tuple[str, ...] = ("制氧机", "呼吸机", "氧气机")
NEEDED_LATER: tuple[str, ...] = ("晚上", "今晚", "夜里", "夜间", "明天", "睡觉", "撑到")
NEEDED_NOW: tuple[str, ...] = ("喘", "紫", "憋", "闷", "透不过", "透唔", "昏", "晕", "不行了", "快用完", "用完了", "马上", "急",
                               "救命", "120", "一个小时", "现在")
_HOME_WATER: tuple[str, ...] = ("漏水", "渗水", "滴水", "漏雨", "水管爆", "爆管", "水管裂", "冒水", "停水", "没水")
# fmt: on


def _has(text: str, word: str) -> bool:
    return all(p in text for p in word.split("+"))


def nobody_in(text: str) -> str | None:
    """The words saying nobody is in it or hurt, nothing else telling a danger, or None."""
    said = next((w for w in NOBODY_IN if w in text), None)
    if said is None or any(w in text for w in _STILL_DANGER + _HEDGED + DANGER_SIGNS):
        return None
    return said


def gas_awaited(text: str) -> str | None:
    """The hook-up word when a gas supply is awaited, nothing escaping, or None."""
    awaited = next((w for w in GAS_AWAITED if _has(text, w)), None)
    if awaited is None or any(w in text for w in _GAS_ESCAPING):
        return None
    return awaited


def told_on_phone(text: str, vocab: Vocabulary) -> str | None:
    """The phone words when a vulnerable person told their home's water fault themselves, nothing electrical and
    no sign of danger to them, or None."""
    told = next((w for w in TOLD_ON_PHONE if w in text), None)
    if told is None or vocab.first_in("vulnerable", text) is None:
        return None
    water = next((w for w in _HOME_WATER if w in text), None)
    rest = text.replace("打电话", "   ").replace("电话", "  ")
    if water is None or any(e in rest for e in ELECTRICS) or any(s in rest for s in DANGER_SIGNS):
        return None
    return told


def soft_thing_falls(text: str, vocab: Vocabulary) -> str | None:
    """The soft thing feared to fall or blown off (衣服, 被子), nothing hard with it, nobody named or reaching out
    after it and no sign of danger, or None."""
    thing = next((w for w in SOFT_THINGS if w in text), None)
    if thing is None or not any(f in text for f in SOFT_FALLS):
        return None
    if any(w in text for w in HARD_WITH_IT + REACHING_OUT + DANGER_SIGNS) or someone_named(text, vocab):
        return None
    return thing


def someone_named(text: str, vocab: Vocabulary) -> str | None:
    """A person or a vulnerable person the text names (vocabulary "people" / "vulnerable"), or None."""
    return vocab.first_in("people", text) or vocab.first_in("vulnerable", text)


def calm_more(text: str, vocab: Vocabulary) -> str | None:
    """Why the model's danger reading is not taken, or None (`text`: the writer's own words)."""
    if said := nobody_in(text):
        return f"nobody inside or hurt, said outright ('{said}')"
    if awaited := gas_awaited(text):
        return f"a gas supply awaited ('{awaited}'), nothing escaping"
    if told := told_on_phone(text, vocab):
        return f"the person told the fault themselves on the phone ('{told}'), nothing electrical"
    if soft := soft_thing_falls(text, vocab):
        return f"only a soft thing may fall ('{soft}'), it hurts nobody below"
    if later := needed_later(text):
        return f"a life-support machine needed later ('{later}'), no sign the person needs it now"
    return None


def needed_later(text: str) -> str | None:
    """The time a failed life-support machine is needed (晚上, 睡觉), no sign that the person needs it now
    (breathless, lips blue, a backup running out: NEEDED_NOW; calm.DANGER_SIGNS), or None."""
    if not any(m in text for m in LIFE_SUPPORT):
        return None
    later = next((w for w in NEEDED_LATER if w in text), None)
    if later is None or any(w in text for w in NEEDED_NOW + DANGER_SIGNS):
        return None
    return later
