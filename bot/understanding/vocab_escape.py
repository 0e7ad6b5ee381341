"""The ways out of a fire and the way in for rescue, and the words telling them blocked: ONE list of each.

Two readings use them: the rules' fire-lane family (orange safety: every way crossed with every blocking
word, merged into `fire_lane` through vocab_clutter) and emergency_way (the category kept safety when another
reading, the model's or a louder cue's, named the blocker instead: a car, a pile of boxes).

- an escape way (消防楼梯, 安全出口, 疏散通道 ...) told blocked (堵住, 挡死, 占了, 行不过 ...);
- a rescue vehicle or its number (消防车, 救护车, 120, 119) told kept out (进不来, 拐不进, 掉不了头 ...) — a number
  only when told on its own, not inside a room or a phone number (1203业主进不来: `number_inside_number`).

Pure data and one pure guard; a community extends the fire-lane family under `understanding: families:`.
"""
from __future__ import annotations

import re

# fmt: off
ESCAPE_WAYS: tuple[str, ...] = ("消防楼梯", "消防梯", "安全出口", "疏散楼梯", "疏散通道", "逃生通道", "逃生楼梯", "安全通道")
# (told blocked or impassable, not only piled: 楼梯间堆满纸箱 is a cleaning matter until the way is said blocked or
# the fire named as the risk, adjust.py)
ESCAPE_BLOCKED: tuple[str, ...] = ("挡住", "挡着", "挡了", "挡死", "堵住", "堵着", "堵死", "堵了", "占了", "过不去", "行不过",
                                   "走不过")
RESCUE: tuple[str, ...] = ("消防车", "救护车", "120", "119")
# (进不了 is everyday for a door, 钥匙丢了进不了家: read only beside a rescue vehicle or its number told alone)
CANNOT_ENTER: tuple[str, ...] = ("进不来", "进不去", "进不了", "入不到", "入不去", "过不去", "过不来", "开不进", "开不过来",
                                 "拐不进", "转不进", "掉不了头", "咋进", "怎么进", "干瞪眼", "别想进", "更别想",
                                 # up a hillside road washed out ("救护车也上不来")
                                 "上不来", "上不去", "开不上来", "开不上去")
# fmt: on

FIRE_LANE_CUES: list[str] = ([f"{w}+{b}" for w in ESCAPE_WAYS for b in ESCAPE_BLOCKED]
                             + [f"{r}+{c}" for r in RESCUE for c in CANNOT_ENTER])


def number_inside_number(t: str, word: str) -> bool:
    """`word` is a rescue number (120, 119) found in `t` only inside longer numbers: a room or a phone, no call."""
    return word.isdigit() and word in t and re.search(rf"(?<!\d){word}(?!\d)", t) is None


def near(t: str, word: str, states: tuple[str, ...], span: int = 12) -> str | None:
    """`word` and, within `span` characters on either side, one of `states`: "word+state"."""
    i = t.find(word)
    if i < 0:
        return None
    around = t[max(0, i - span):i + len(word) + span]
    state = next((s for s in states if s in around), None)
    return f"{word}+{state}" if state else None
