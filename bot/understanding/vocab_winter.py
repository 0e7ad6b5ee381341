"""An ice storm in a southern town: ice on a slope or steps where people walk, grit or mats asked for it,
poison asked against pests, the storm itself named as "冰冻", and a stair light still dark after the power
came back.

Pure data, merged into vocab_data.FAMILIES at import (matched on the dialect-folded text):

- a slope, steps or a doorway iced over ("冻成镜子", "一步一滑", "冰化了又冻上") with no fall told is an
  ordinary repair (yellow facility, GUIDELINES' doubt rule: a fall stated is what raises it; the orange
  "全是冰" / "溜冰场" readings stay where they are and win when both are written);
- grit or anti-slip mats asked for (撒煤灰, 融雪盐, 铺防滑垫): the same icy walk, told by its remedy (a
  suggestion, "建议...", stays blue: adjust.py reads a suggestion word first);
- poison or a pest-control visit asked for (放点药, 灭鼠) names pests even when the animal is not named;
- masks: "冰冻" is the storm (冰冻天, 冰冻受灾), not a home or a person frozen ("屋里+冻", "老人+冻");
  "来电后" is the power back, not still out ("来电+没"): a light dark after it is the light's fault; so is
  "灯全黑了" (the lights gone dark, not the building's supply: "全黑了" alone stays an outage).
"""
from __future__ import annotations

# fmt: off
WALKS = ("坡", "坡道", "台阶", "门口", "路面", "路上", "楼梯", "踏步", "过道", "人行道", "步道", "巷子")
ICED = ("冻成", "冻住", "冻起", "冻上", "结成冰", "冰化了又冻", "化了又冻", "一步一滑", "滑得很", "好滑", "太滑",
        "打滑", "滑得走不", "滑得站不", "走不得人", "走不了人", "站不稳")
_GRIT = ("煤灰", "炉灰", "融雪盐", "融雪剂", "工业盐", "草垫")   # (not sand: a building material too)
_GRIT_ASKED = ("撒", "铺", "发", "有没有", "能不能")
_MATS = ("防滑垫", "防滑毯")
_MAT_LAID = ("铺", "放几块", "放点", "放一块")

ICY_FAMILY: dict[str, dict] = {
    "icy_path": {"broad": True, "color": "yellow", "category": "facility",
                 "note": "ice on a slope or steps where people walk", "cues": [
        *[f"{w}+{i}" for w in WALKS for i in ICED],
        *[f"{g}+{a}" for g in _GRIT for a in _GRIT_ASKED],
        *[f"{m}+{a}" for m in _MATS for a in _MAT_LAID],
        "撒盐", "撒点盐"]},
}
MORE_CUES: dict[str, list[str]] = {
    "light_out": ["灯全黑"],
    "pests": ["放点药", "放药", "投药", "下点药", "灭鼠", "鼠药", "老鼠药", "耗子药", "灭蟑", "杀虫药"],
}
MASKS: list[str] = ["冰冻", "来电后", "来电以后", "来电之后", "灯全黑"]
# fmt: on
