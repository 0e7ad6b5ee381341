"""A fire lane, an escape stair or a rescue vehicle's way told blocked is a safety matter (GUIDELINES: fire
lanes), whatever blocks it — a car (which reads parking), a pile of boxes (sanitation), a horn sounding
(noise). The rules' fire-lane family says so; this keeps it when another reading (the model's category,
a louder cue) named the blocker instead. A question about the lane (blue) is left to its reading.
Pure function over the normalised text (matter.last_matter calls it)."""
from __future__ import annotations

import re

from .vocab_escape import CANNOT_ENTER, ESCAPE_BLOCKED, ESCAPE_WAYS, RESCUE, near, number_inside_number

_LANES = ("消防通道", "消防车道", "消防道", "生命通道")
_LANE_BLOCKED = ("堵", "挡", "占", "停")
# a car park or a parking space beside the lane is no car stopped on it (消防通道旁边停车场满了)
_HARMLESS_STOP = re.compile(r"停车场|停车位|停车费|停车证|停车卡")
# what a blocked way may be read as instead
_BLOCKER_CATEGORIES = ("parking", "sanitation", "noise", "other")


def way_blocked(t: str) -> str | None:
    """The words telling a fire lane or an escape way blocked, or a rescue vehicle kept out."""
    for lane in _LANES:
        found = near(_HARMLESS_STOP.sub("场场场", t), lane, _LANE_BLOCKED)
        if found:
            return found
    for way in ESCAPE_WAYS:
        found = near(t, way, ESCAPE_BLOCKED)
        if found:
            return found
    for rescue in RESCUE:
        if number_inside_number(t, rescue):
            continue   # 1203业主进不了家: a room number, no ambulance
        found = near(t, rescue, CANNOT_ENTER, span=8)
        if found:
            return found
    return None


def blocked_way_matter(t: str, color: str, category: str) -> tuple[str, str] | None:
    """("safety", reason) when a non-blue request read as the blocker's matter tells a way of escape blocked."""
    if color == "blue" or category not in _BLOCKER_CATEGORIES:
        return None
    found = way_blocked(t)
    return ("safety", f"a fire lane or escape way blocked ('{found}') → safety") if found else None
