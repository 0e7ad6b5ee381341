"""A lift named by its number or its side rather than as 电梯 (1号梯, 东梯, 那部梯, 货梯).

Pure data, merged into vocab_data.FAMILIES["lift_out"] at import; a community extends the family
under `understanding: families:` in config.yaml. Bare 梯 is never a cue (楼梯 is the stairs).
"""
from __future__ import annotations

# fmt: off
_LIFT = ("号梯", "号电梯", "东梯", "西梯", "南梯", "北梯", "左梯", "右梯", "中梯", "部梯", "台梯", "货梯", "客梯")
# Stopped, whatever stopped it; "坏了" and "按不动" are left out: "2号梯坏了个按键，9楼按不动" is a part to repair.
_DOWN = ("停了", "停着", "停在", "又停", "罢工", "趴窝", "卡住", "卡在", "停运", "不运行")
# ...and "not moving" said of the lift itself, right after its name (东梯确实不动, 那部梯又不动了).
_STILL = ("不动", "又不动", "确实不动", "一直不动", "还不动", "动不了")
MORE_CUES: dict[str, list[str]] = {"lift_out": [f"{lift}+{down}" for lift in _LIFT for down in _DOWN]
                                   + [f"{lift}{still}" for lift in _LIFT for still in _STILL]}
# fmt: on
