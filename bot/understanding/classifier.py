"""First-version request classifier (keyword cues); the understanding issue deepens it."""
from __future__ import annotations

import re

from .types import Context, Location, Understanding

_CUES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    # cue -> (colour, category)
    "trapped": ("red", "elevator", ("困", "关在电梯", "卡住了 里面有人", "里面有人")),
    "fire": ("red", "safety", ("着火", "起火", "冒烟", "煤气味", "燃气味")),
    "no_water": ("orange", "utilities", ("停水", "没水", "停电", "没电", "暖气不热", "爆管", "漏水")),
    "elevator": ("orange", "elevator", ("电梯坏", "电梯停", "电梯不动", "电梯卡")),
    "light": ("yellow", "facility", ("灯不亮", "灯坏", "门坏")),
    "garbage": ("yellow", "sanitation", ("垃圾", "臭")),
    "noise": ("yellow", "noise", ("噪音", "吵")),
    "ask": ("blue", "affairs", ("怎么办理", "在哪办", "咨询")),
}
_NOT_REQUEST = ("修好了", "已经好了", "不用了", "谢谢")
_LOC = re.compile(r"(?:(\d+)\s*(?:号楼|栋|幢))?\s*(?:(\d+)\s*单元)?\s*(?:(\d+)\s*(?:层|楼))?\s*(?:(\d{3,4})\s*室?)?")


def parse_location(text: str) -> Location | None:
    for m in _LOC.finditer(text):
        if any(m.groups()):
            loc = Location(*m.groups())
            if not loc.is_empty():
                return loc
    return None


def classify(text: str, context: Context = Context()) -> Understanding:
    loc = parse_location(text)
    if any(n in text for n in _NOT_REQUEST):
        return Understanding(False, None, None, loc, ("negation",), fixed_report="好了" in text)
    if context.sender_role != "resident":
        return Understanding(False, None, None, loc, ("responder speaks",))
    for name, (color, category, cues) in _CUES.items():
        for cue in cues:
            if cue in text:
                return Understanding(True, color, category, loc, (f"cue {name}: {cue}",), keywords=(cue,))
    return Understanding(False, None, None, loc, ("no request cue",))
