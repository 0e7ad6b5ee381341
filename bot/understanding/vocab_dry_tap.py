"""The tap gives not a drop: "一滴水都没有", "一点水都没有", "拧开龙头一滴都不出", "水龙头一滴都木有".

The water is off, told by the drop that does not come rather than by 停水 / 没水. Pure data, merged into
vocab_data.FAMILIES["no_water"] at import; a community extends the family under `understanding: families:`.
A slow leak ("一滴一滴往下掉") is no cue: every cue says none comes.
"""
from __future__ import annotations

# fmt: off
_NONE = ("都没有", "都没", "也没有", "也没", "没有", "都不出", "也不出", "都木有", "都莫得", "都冇", "都不来")
_TAP = ("龙头", "出水口", "花洒")
_DROP = ("一滴水", "一点水")
# "一点水都没有" is also a dry flower bed ("花坛一点水都没有 草都干死了"): the tap's only with a home, a tap, a
# household chore or a floor / unit of the building written ("8楼一点水都没了", "屋里一点水都莫得").
_HOUSEHOLD = ("家", "屋", "户", "龙头", "水管", "厨房", "卫生间", "厕所", "洗", "饭", "停水", "来水", "单元", "栋", "幢")
_AT_FLOOR = ("楼", "层")
MORE_CUES: dict[str, list[str]] = {"no_water": [f"一滴水{n}" for n in _NONE]
                                   + [f"{h}+一点水{n}" for h in _HOUSEHOLD for n in _NONE]
                                   + [f"{f}一点水{n}" for f in _AT_FLOOR for n in _NONE]
                                   + [f"{tap}+一滴{n}" for tap in _TAP for n in _NONE]}
# not a drop drunk or leaked ("一滴水都没有喝", "一滴水也没漏"): a person's need, or no leak, not the tap
MASKS: list[str] = [f"{d}{n}{v}" for d in _DROP for n in _NONE for v in ("喝", "进", "漏", "渗", "沾")]
# fmt: on
