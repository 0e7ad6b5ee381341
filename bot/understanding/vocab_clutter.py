"""Things piled in a stairwell or a corridor (楼道里堆了纸箱旧家具) are a cleaning matter (yellow
sanitation) however the pile is told; with a fire or a blocked escape named as the risk ("万一着火人都
跑不出去") the doubt rule makes it orange safety (adjust.py: the risk the text states).

Pure data, merged into the `garbage` family at import; a community extends it under
`understanding: families:` in config.yaml.
"""
from __future__ import annotations

from .vocab_escape import FIRE_LANE_CUES

# fmt: off
_SHARED_WAY = ("楼道", "楼梯", "过道", "走廊", "楼梯间", "楼梯口", "楼梯底", "通道")
_PILED = ("堆了", "堆满", "堆着", "堆放", "堆的", "摆满", "摆了一", "码到", "码满", "塞满", "占了半", "占去")
_STUFF = ("纸箱", "纸壳", "纸板", "纸皮", "旧家具", "旧沙发", "旧床垫", "泡沫板", "泡沫箱", "废品", "旧家私", "杂物")

GARBAGE_MORE: list[str] = ([f"{w}+{p}" for w in _SHARED_WAY for p in _PILED]
                           + [f"{s}+{p}" for s in _STUFF for p in _PILED])
# fmt: on

# A fire lane called by its short name (消防道): blocked, parked on, taken up — the fire-lane family (orange).
FIRE_LANE_MORE: list[str] = [f"消防道+{v}" for v in ("堵", "停车", "停了", "停着", "停满", "占", "挡", "满", "车")]
# An escape way blocked by things piled in it (纸箱挡住消防楼梯, 安全出口被堵死): no longer a cleaning matter but a
# blocked escape (orange safety), told with a word of blocking, not only of piling (楼梯间堆满纸箱 stays sanitation);
# a rescue vehicle kept out (救护车拐不进来) likewise. The one list of each: vocab_escape.py.
FIRE_LANE_MORE += FIRE_LANE_CUES
