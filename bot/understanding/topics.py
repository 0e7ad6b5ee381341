"""Categories beyond the cue family: the object named, the service asked about, the tree that may fall."""
from __future__ import annotations

from . import vocab_data as D
from .scan import Hit

_TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("care", ("助浴", "洗澡", "上门护理", "上门服务", "瘫", "卧床", "老人", "老年", "护理", "助餐", "食堂", "残疾", "瘫", "陪护", "养老服务", "照料")),
    ("affairs", ("领", "办", "申请", "证", "金", "补贴", "保险", "户口", "社保", "医保", "政策", "登记", "盖章")),
    ("suggestion", ("活动", "演练", "教教", "建议", "加装", "组织", "兴趣", "讲座")),
    ("elevator", ("电梯",)),
    ("utilities", ("停水", "停电", "停气", "水费", "电费", "燃气", "暖气", "供暖", "检查")),
    # someone asked to sweep or clean a shared place (派人扫一下): cleaning
    ("sanitation", ("扫一下", "扫扫", "打扫", "清扫", "扫干净", "扫一扫")),
)


def topic_category(t: str) -> str:
    """The category of a question to the office, from the service it is about."""
    return next((cat for cat, words in _TOPICS if any(w in t for w in words)), "other")


def names_object(t: str) -> bool:
    return any(o in t for o in D.OBJECT_CATEGORY)


# A smell that says not what it is of: told with 也 ("楼道里也有股味儿") it is the neighbour's smell again.
_VAGUE = ("有股味", "有味儿", "一股味", "那股味", "什么味", "怪味")


# a hall named after a thing (电梯厅, 门厅) is where something is, not the thing at fault; so is the
# space at or before a door (门口, 门洞, 门前: "枝子挂在门洞上方" is the branch's)
_HALLS = ("电梯厅", "候梯厅", "门厅", "门口", "门洞", "门前")


def _without_halls(t: str) -> str:
    for h in _HALLS:
        t = t.replace(h, "。")
    return t


def vague_me_too(best: Hit, t: str) -> bool:
    """A vague smell told as a "me too" ("我家也有股味"): the ticket it joins says what it is (Mark.VAGUE_ME_TOO)."""
    return best.cue in _VAGUE and "也" in t[max(0, best.start - 4):best.start]


def refine_category(best: Hit, category: str, t: str, reasons: list[str]) -> str:
    """A generic fault takes the category of the object named; a falling tree part is greenery;
    a vague 'me too' takes the reading of the ticket it joins (category 'other')."""
    if vague_me_too(best, t):
        reasons.append(f"a vague me-too ('也...{best.cue}'): the ticket it joins says what it is")
        return "other"
    if category == "other" and (best.family.fallback or best.family.attaches):
        bare = _without_halls(t)
        obj = next((o for o in D.OBJECT_CATEGORY if o in bare), None)
        if obj:
            category = D.OBJECT_CATEGORY[obj]
            reasons.append(f"category from the object named ('{obj}') → {category}")
    if best.family.name == "falling_object" and ("树" in t or "枝" in t):
        category = "greenery"
        reasons.append("a tree part is what may fall → greenery")
    return category
