"""Faults read as orange that the text tells as lesser: still working after tries, or water running weak.

- works only after several tries: "门禁卡得刷七八回", "壁挂炉要打好几次才着", "电梯门要按好多次先关到" — the door,
  the boiler, the lift work in the end; a fault to repair in days (yellow), nothing out of service;
- water running weak: "一到中午水就小得跟线一样", "高区水压太小 热水器都打不着火" — the supply comes, weakly; a
  pressure fault (yellow), unless the text says it stops altogether (没水, 不出水, 停水) or a basic need is lost
  (洗不了澡);
- tap water discoloured or with grit settling (水发黄, 烧开了还有渣子沉在底下): a water-quality fault (yellow),
  which the model may read as a danger (water words go with water reaching the electrics): `discoloured_water`
  tells calm.py it is none.
Pure functions over normalised text: the reason to lower the colour, or None.
"""
from __future__ import annotations

import re

# a try verb, a count of tries, then what finally works (才 / Cantonese 先) — or the count the user must make (得/要…)
_COUNT = r"(?:好几|好多|几|[两三四五六七八九十]{1,3}|[0-9]{1,2})(?:次|回|遍|下)"
_VERB = r"(?:刷|按|摁|打|点|试|拧|插|拍|推|关|开)了?"
_TRIES = re.compile(rf"{_VERB}{_COUNT}[^，,。.!！?？;；\s]{{0,3}}?(?:才|先)|(?:得|要){_VERB}{_COUNT}")
# ...unless it fails outright now
# ...nor a phone call made several times (打了好几次电话才有人接: the service is slow, the fault is not lessened)
_CALLED = ("电话", "热线", "客服", "12345", "物业")
# ...nor a supply or a lift told out, or a person's need told, beside the tries (电梯停了 按了好几次才开门 老人下不了楼)
_OUT_OR_NEED = ("停电", "停水", "停气", "停暖", "没电", "没水", "没暖气", "没有暖气", "没气", "电梯停", "停运", "老人", "老年",
                "下不了楼", "上不了楼", "轮椅", "残疾", "腿脚不好", "行动不便", "孩子", "小孩", "病人")
_FAILS_NOW = ("现在", "彻底", "完全", "根本", "怎么都", "咋都", "一直打不", "一直刷不", "一直关不", "试了也不", "还是不行")
# water running weak
_WEAK = ("水压太小", "水压小", "水压低", "水压太低", "水压不够", "水小得", "水细得", "跟线一样", "跟线样", "细得跟线",
         "加个压", "加压泵", "二次供水")
# tap water discoloured or gritty, told by what it looks like or leaves when boiled
_DISCOLOURED = ("渣子", "沉淀", "水垢", "沉在底下", "沉底", "发黄", "水黄", "黄水", "黄黄的", "浑浊", "锈水", "铁锈味")
_WATER_SEEN = ("水", "烧开", "水龙头", "水管", "自来水")
# ...or a basic need made impossible by it (洗不了澡): basic living broken, orange
_NEED_LOST = ("洗不了", "洗不成", "没法洗", "用不了", "没法用", "做不了饭", "做不成饭", "没法做饭", "冲不了")
_NONE_AT_ALL = ("没水", "没有水", "不出水", "停水", "断水", "不来水", "一滴", "没来水", "干了",
                # a pump out, the water not reaching the upper floors (加压泵坏了 十楼以上水上不来)
                "上不来", "上不去", "不上水", "上不了", "全停", "泵坏", "泵停", "泵不转")


def works_after_tries(t: str) -> str | None:
    """The words telling a thing works only after several tries, nothing failing outright now, or None."""
    t = re.sub(r"\s+", "", t)   # (written word by word: "要打 好几次 才着")
    m = _TRIES.search(t)
    if not m or any(w in t for w in _FAILS_NOW + _OUT_OR_NEED) or any(w in t[m.start():m.end() + 4] for w in _CALLED):
        return None
    return m.group(0)


def weak_flow(t: str) -> str | None:
    """The words telling water runs weak, none said to stop altogether, or None."""
    weak = next((w for w in _WEAK if w in t), None)
    return weak if weak and not any(w in t for w in _NONE_AT_ALL + _NEED_LOST) else None


def lesser_fault(t: str, category: str | None) -> str | None:
    """Why an orange fault is a yellow one (a reason), or None. Never for safety or care: a hazard or a
    person's need is not lessened by the thing working after tries."""
    if category in ("safety", "care"):
        return None
    if tries := works_after_tries(t):
        return f"yellow: works only after several tries ('{tries}'), a fault to repair"
    if category == "utilities" and (weak := weak_flow(t)):
        return f"yellow: water runs weak ('{weak}'), the supply still comes"
    return None


def discoloured_water(t: str) -> str | None:
    """The words telling tap water discoloured or gritty, with water or boiling named, or None (the caller checks
    nothing electrical and nobody in trouble is told)."""
    seen = next((w for w in _DISCOLOURED if w in t), None)
    return seen if seen and any(w in t for w in _WATER_SEEN) else None
