"""A toilet cistern that keeps filling or running: a household fixture to repair (yellow), not a burst pipe.

"马桶水箱一直在进水 停不下来", "冲完水一直流": the fill valve does not shut off; water goes down the pan, nothing
floods (GUIDELINES yellow: an ordinary problem to be fixed). The model reads "一直进水" as water getting into a
home (orange). Left as it is whenever the text tells water getting out or up (OVERFLOW: overflowing, a flooded
floor, backing up, a burst) or into the home or the flat below.
"""
from __future__ import annotations

import re

_FIXTURE = r"(?:马桶|水箱|冲水)"
_KEEPS_RUNNING = re.compile(_FIXTURE + r"[^，,。!！?？]{0,8}?(?:一直在?进水|进水停不下来|停不下来|一直在?流水?|不停地?流|不停地?进水)")
# fmt: off
OVERFLOW: tuple[str, ...] = ("溢", "满地", "漫", "淹", "爆", "喷", "返", "冒", "堵", "往外", "楼下", "进屋", "进家",
                             "家里进水", "屋里进水", "地上都是水", "一地水", "漏到")
# The supply itself out ("整个单元都停水了"): an outage told beside the cistern keeps its orange.
SUPPLY_OUT: tuple[str, ...] = ("停水", "没水", "断水", "没有水", "不来水")
# fmt: on


def running_fixture(t: str) -> str | None:
    """The reason an orange running cistern is yellow (`t`: normalised), or None."""
    m = _KEEPS_RUNNING.search(t)
    if m is None or any(w in t for w in OVERFLOW + SUPPLY_OUT):
        return None
    return f"yellow: a cistern that keeps running ('{m.group(0)}'), nothing flooding: a repair"
