"""A part of the lift named by a word that is also a building part's: the lift's door (电梯门, or a bare
门 told of the lift: "电梯老是响 门关不严") or its button (电梯按钮 按下去弹不起来). The door or button
cue reads facility; what must be dealt with is the lift (elevator), GUIDELINES' "lifts: doors".

Not when another door is named beside the lift (单元门坏了 电梯也停了: two things, the door cue stands),
nor a door of some other room near the lift (电梯厅那个配电箱门, 电梯井同配电房门口). Pure function over the
normalised text and the rules' best hit (adjust.py calls it).
"""
from __future__ import annotations

import re

from .scan import Hit

_LIFT = ("电梯", "轿厢")
# the lift's own door and buttons, written as one word
_LIFT_PART_WORDS = re.compile(r"(?:电梯|轿厢|梯)[的]?(?:门|按钮|按键)|厅门|轿门")
# any other door, gate or cabinet named: the door cue may be that one's
_OTHER_DOOR = re.compile(r"单元门|楼门|大门|防盗门|铁门|门禁|入户门|楼道门|消防门|院门|车库门|家门|房门|侧门|后门|"
                         r"天台门|箱门|柜门|房门口|井门|闸门|门口|门卫|门洞|门岗")
# the lift named as a place (电梯口旁边的玻璃门, 电梯旁边那扇铁栅门, 电梯对面的门): the door is one near it, not its own
_LIFT_AS_PLACE = re.compile(r"(?:电梯|轿厢)(?:口|厅|间|旁|边|对面|前面|附近|那边|外面|左|右|隔壁)")
# the door and button cue families a lift part is read by
_PART_FAMILIES = ("door_lock", "fault_facility")
_PART_CUES = ("门", "按钮", "按键")


def lift_part(best: Hit, category: str, t: str, reasons: list[str]) -> str:
    """`elevator` for a door or button cue (facility) told of the lift; else `category` unchanged."""
    if category != "facility" or best.family.name not in _PART_FAMILIES \
            or not any(c in best.cue for c in _PART_CUES) or not any(w in t for w in _LIFT):
        return category
    rest = _LIFT_PART_WORDS.sub(" ", t)
    if _OTHER_DOOR.search(rest) or _LIFT_AS_PLACE.search(rest):
        return category
    part = _LIFT_PART_WORDS.search(t)
    reasons.append(f"the door or button is the lift's ('{part.group(0) if part else best.cue}') → elevator")
    return "elevator"
