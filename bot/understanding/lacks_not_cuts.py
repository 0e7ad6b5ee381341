"""Things lacking that are no supply cut to a home (yellow, not orange), re-read after every raise (rereads.py):

- fire-fighting kit empty or dry: "消防栓拧开没水", "消防箱里水带都没了", "灭火器过期了" — the kit itself to refill
  or replace (yellow safety), even with a fire only wondered about (真着火了咋办); kit blocked by cars or clutter
  (挡住, 堵, 停在前面) or people hurt stays as read;
- a new home's gas hook-up awaited: "交房三个月了 天然气还不通" — the supply never begun, a service late (yellow),
  not gas cut from a home that had it (an outage stays orange);
- a light out in a shared place: "地下室的灯还没修 黑灯瞎火的 有没有人管" — an ordinary repair (GUIDELINES: stairwell
  light out, yellow) however urgently asked, unless a person hurt or at risk, a hole, a cover or power out is told.
Word lists are here, pure data.
"""
from __future__ import annotations

import re

from .calm_more import gas_awaited

# fmt: off
FIRE_KIT: tuple[str, ...] = ("消防栓", "消火栓", "水带", "灭火器", "消防箱", "消防水枪", "水枪")
KIT_EMPTY: tuple[str, ...] = ("没水", "莫水", "冇水", "没有水", "莫得水", "没得水", "木有水", "不出水", "空的", "空了", "是空",
                              "都冇", "都没", "没了", "不见", "过期", "锈死", "锈住", "拧不动", "压力不够", "指到红")
# the kit blocked, or someone hurt or in danger beside it: read as it was
KIT_AT_RISK: tuple[str, ...] = ("挡", "堵", "停在", "占", "压着", "玻璃碴", "玻璃渣", "碎玻璃", "伤", "血", "冒烟", "着了",
                                "起火了", "烧起来", "火苗", "漏电", "喷", "撞", "爆", "断", "冒水", "淹",
                              # homes out of water beside it: an outage, not the kit
                              "楼上", "家里", "家家", "全楼", "整栋", "住户", "停水")
# the home handed over recently: the gas was never on there
HANDED_OVER: tuple[str, ...] = ("交房", "收房", "刚入住", "入住", "搬进来", "新房", "回迁", "安置房")
# ...unless the gas was on and is now cut: an outage (orange)
_CUT: tuple[str, ...] = ("停气", "断气", "停了", "断了", "没气了", "突然", "又没", "又停", "恢复")
# fmt: on


def fire_kit_empty(t: str) -> str | None:
    """Why fire-fighting kit told empty, dry or expired is a yellow safety matter, or None."""
    kit = next((w for w in FIRE_KIT if w in t), None)
    empty = kit and next((w for w in KIT_EMPTY if w in t), None)
    if not empty or any(w in t for w in KIT_AT_RISK):
        return None
    return f"yellow: fire-fighting kit empty or out of date ('{kit}', '{empty}'), kit to refill or replace"


def hook_up_awaited(t: str) -> str | None:
    """Why a new home's gas hook-up awaited is a late service (yellow), or None."""
    awaited = gas_awaited(t)
    home = awaited and next((w for w in HANDED_OVER if w in t), None)
    if not home or any(w in t for w in _CUT):
        return None
    return f"yellow: a new home's gas hook-up awaited ('{awaited}', '{home}'), a service late"


# fmt: off
_LIGHT_OUT = re.compile(r"灯.{0,4}(?:坏|不亮|没修|还没修|黑|不着)|黑灯瞎火|黑咕隆咚|黑漆漆|乌漆嘛黑")
# anything beyond the lamp: a person hurt or at risk, a hole or a cover, a drop, the power itself out
_BEYOND_THE_LAMP: tuple[str, ...] = ("摔", "跌", "绊", "滑倒", "崴", "磕", "掉下去", "踩空", "踩进", "井盖", "坑", "洞", "窟窿",
                                     "停电", "没电", "跳闸", "电线", "漏电", "冒烟", "火花", "焦", "电梯", "水", "老人", "小孩",
                                     "孩子", "伢", "娃", "妈", "爸", "奶奶", "爷爷", "孕妇", "轮椅",
                                     # another fault beside the lamp: the entrance door, a lock, a railing
                                     "门禁", "门锁", "锁", "打不开", "进不去", "进不了", "出不去", "出不来", "栏杆", "扶手",
                                     "护栏")
# fmt: on


def light_out(t: str, category: str | None) -> str | None:
    """Why a shared light out read orange is an ordinary repair (yellow), or None."""
    if category != "facility" or any(w in t for w in _BEYOND_THE_LAMP):
        return None
    m = _LIGHT_OUT.search(t)
    return f"yellow: a light out ('{m.group(0)}'), nobody hurt or at risk told: an ordinary repair" if m else None
