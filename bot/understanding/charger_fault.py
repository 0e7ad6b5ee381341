"""A charging post that does not charge: an ordinary repair (yellow), not an outage and not a question.

"充电桩一直显示离线", "扫码没反应", "充到一半就断了", "still offline": a charging post out of order is a shared
facility to repair (GUIDELINES yellow: an ordinary problem to be fixed). Across the corpora every broken
charger told without smoke, a burning smell, sparks or heat is yellow, while the model reads its power words as
a supply cut (orange) or, asked as a question ("是不是系统出问题了"), as a consultation (blue).

Left as they are: anything the text tells as burning or live (DANGER: smoke, a burnt smell, sparks, fire, heat,
a shock) — a red never reaches here, and an orange told with those words keeps its reading; a suggestion to
install more posts ("充电桩太少 充不上 建议多装"); someone unsure whether the post is broken or they use it
wrong ("是坏了还是我不会弄"), which asks how it works.
"""
from __future__ import annotations

# fmt: off
POSTS: tuple[str, ...] = ("充电桩", "号桩", "充电枪", "充电区", "充电位", "charger")
FAULTS: tuple[str, ...] = ("离线", "offline", "没反应", "不出电", "充不上", "充不进", "跳枪", "断电", "断了", "坏了",
                           "充一半", "充到一半", "用不了", "不能用", "不好使", "out of order", "not working")
DANGER: tuple[str, ...] = ("烟", "焦", "火", "烧", "烫", "爆", "电到", "触电", "漏电", "电了一下", "滋滋", "啪",
                           "味", "smoke", "spark", "burn")
NOT_SURE: tuple[str, ...] = ("还是我", "还是俺", "不会弄", "不会用", "怎么用", "咋用", "怎么扫", "咋扫")
# E-bikes charged indoors or in the stairwell because the post is down (GUIDELINES orange: "electric bikes
# charging in the stairwell"): the hazard is the charging, not the post, and an orange told so is kept.
INDOOR_CHARGING: tuple[str, ...] = ("楼道", "楼梯", "走廊", "家里充", "推到家", "推回家", "推上楼", "拎上楼", "拉线",
                                    "飞线", "电梯里", "进电梯")
# fmt: on


def charger_fault(t: str, color: str, category: str | None) -> str | None:
    """The reason for reading a broken charging post as yellow (`t`: normalised), or None.

    Lowers an orange and raises a blue; a suggestion, a red or a yellow is left as it is."""
    if color not in ("orange", "blue") or (color == "blue" and category == "suggestion"):
        return None
    low = t.lower()
    post = next((w for w in POSTS if w in low), None)
    fault = next((w for w in FAULTS if w in low), None) if post else None
    if fault is None or any(w in low for w in DANGER) or any(w in low for w in NOT_SURE):
        return None
    if color == "orange" and any(w in low for w in INDOOR_CHARGING):
        return None
    return f"yellow: a charging post out of order ('{post}', '{fault}'), nothing burning told: a repair"
