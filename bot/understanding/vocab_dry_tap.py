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
MORE_CUES: dict[str, list[str]] = {"no_water": [f"{d}{n}" for d in _DROP for n in _NONE]
                                   + [f"{tap}+一滴{n}" for tap in _TAP for n in _NONE]}
# not a drop drunk or leaked ("一滴水都没有喝", "一滴水也没漏"): a person's need, or no leak, not the tap
MASKS: list[str] = [f"{d}{n}{v}" for d in _DROP for n in _NONE for v in ("喝", "进", "漏", "渗", "沾")]
# fmt: on
