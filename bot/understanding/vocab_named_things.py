"""Names of things that hold a danger word: the word names the thing, not a danger now.

Pure data, merged into vocab_data at import (MASKS drop the danger cue inside the name).

- a utility pole (电线杆) holds 电线: something stuck on a pole is not a live wire;
- an exhaust duct or a range hood (排烟管, 油烟机) and cooking smoke (炒菜的烟) hold 烟: kitchen fumes
  drifting into a flat are a nuisance, not a fire;
- a smoke alarm named as a device (发个烟雾报警器, 装烟雾报警器) holds 烟雾报警: only an alarm
  sounding (烟雾报警器响了) is the fire cue;
- the lift lobby (电梯厅, 电梯前室) holds 电梯: a card reader, a vent or a lamp there broken is the
  lobby's (facility), not the lift's; a lift named again beside it ("电梯厅的电梯坏了") still counts.
"""
from __future__ import annotations

# fmt: off
_POLES = ("电线杆", "电线杆子", "电线桩")
_FUME_DUCTS = ("排烟管", "排烟口", "排烟道", "排烟扇", "排烟罩", "排烟机", "烟机", "抽烟机")
_COOKING = ("炒菜", "做饭", "烧菜", "煎鱼", "炒辣子", "炒辣椒", "炝锅", "烧饭", "饭店", "饭馆", "餐馆")
_SMOKE_ALARMS = ("烟雾报警器", "烟雾报警装置", "烟雾探测器")
_SOUNDING = ("响了", "响个不停", "一直响", "在响", "响起来", "叫了", "在叫", "叫个不停", "滴滴", "嘀嘀", "报警了",
             "一直叫", "在报警", "一直报警", "报警声", "响个没完", "叫个没完", "狂响", "乱响", "响起", "鸣叫", "叫起来")

MASKS: list[str] = [*_POLES, *_FUME_DUCTS, *[f"{c}的烟" for c in _COOKING], *[f"{c}烟" for c in _COOKING[:4]],
                    *_SMOKE_ALARMS, "电梯厅", "电梯前室"]

MORE_CUES: dict[str, list[str]] = {
    "fire": [f"{a}+{s}" for a in _SMOKE_ALARMS for s in _SOUNDING],
}
# fmt: on
