"""A mess, pests or a smell read orange with nobody harmed: an ordinary cleaning or pest matter (yellow).

"厨房下水口一晚上爬出来十几只蟑螂", "那几只鹅又拉了一地 电梯口都是", "楼道里一股臭味好几天了": GUIDELINES list
garbage, bad smells and pests as yellow. Kept orange (not re-read): stinging or biting things (a wasp nest), someone
hurt, slipping or sick, ice or snow underfoot, sewage backing up or flooding in, a person at risk named (rereads).
Pure function over normalised text; read by rereads.last_reread after every raise."""
from __future__ import annotations

# fmt: off
NUISANCE: tuple[str, ...] = ("蟑螂", "老鼠", "耗子", "虫", "蚂蚁", "苍蝇", "蚊子", "跳蚤", "爬出来", "爬进", "屎", "粪", "拉了一地",
                             "拉一地", "尿", "臭", "味", "脏", "垃圾", "死老鼠", "死猫", "死了一只")
HARM_OR_WORSE: tuple[str, ...] = ("蜂", "蜇", "蛰", "咬", "伤", "血", "摔", "跌", "滑", "病", "过敏", "发烧", "吐", "拉肚子",
                                  "冰", "雪", "返", "冒上来", "涌", "漫", "溢", "倒灌", "淹", "堵", "进屋", "燃气", "煤气",
                                  "液化气", "烧", "烟", "焦", "轮椅", "孕妇", "婴儿", "药")
# fmt: on


def plain_nuisance(t: str) -> str | None:
    """Why a mess, pests or a smell read orange is yellow (nobody harmed, nothing worse told), or None."""
    word = next((w for w in NUISANCE if w in t), None)
    if word is None or any(w in t for w in HARM_OR_WORSE):
        return None
    return f"yellow: a mess, pests or a smell ('{word}'), nobody harmed: an ordinary cleaning or pest matter"
