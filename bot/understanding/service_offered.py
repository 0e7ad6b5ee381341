"""A paid or arranged service for one's own home asked about: a consultation (blue), not a repair to dispatch.

"物业有没有上门修门窗的服务 收费吗", "有合作的换芯师傅吗", "门禁卡消磁了 去哪补 收费吗": the resident asks
whether the office offers (or can recommend) someone for a job in their own flat, or what it costs. The fault
named is their own and the reason for asking; what is asked is a service and its price (GUIDELINES blue:
consultation). The rules read the fault word as a yellow repair.

Only a yellow is read so (after every raise: a risk stated or a vulnerable person's need today has already
made it orange, and an orange - sewage backing up into the flat, "找物业来通要收费吗" - stays); the flat must
be told as one's own (OWN_HOME), so a shared part ("楼道灯坏了 修要收费吗") keeps its repair.
"""
from __future__ import annotations

import re

# fmt: off
_OFFERED = re.compile(r"有没有[^,，。?？!！\s]{0,10}服务|有合作的|合作的[^,，。?？!！\s]{0,6}师傅|推荐[^,，。?？!！\s]{0,4}师傅"
                      r"|收费吗|要收费吗|收不收费|怎么收费|要钱吗|付费吗")
OWN_HOME: tuple[str, ...] = ("家里", "我家", "俺家", "自家", "自己家", "屋里", "阳台", "我的", "我门", "室")
# a complaint about a charge, not a question about a service
_GRIEVANCE: tuple[str, ...] = ("谁定的", "凭什么", "乱收费", "不合理", "投诉")
# a shared part named ("我家门口楼道灯坏了 修要收费吗"): the home words place it, the part is the building's
SHARED_PARTS: tuple[str, ...] = ("楼道", "楼梯", "走廊", "大厅", "大堂", "门厅", "电梯", "车库", "地下室", "单元门",
                                 "公共")
# fmt: on


def service_offered(t: str, color: str | None) -> str | None:
    """The reason for reading a yellow as a question about a service for one's own home (`t`: normalised), or None."""
    if color != "yellow":
        return None
    m = _OFFERED.search(t)
    if m is None or any(w in t for w in _GRIEVANCE + SHARED_PARTS):
        return None
    own = next((w for w in OWN_HOME if w in t), None) or (re.search(r"\d{3,4}", t) and "a flat number")
    if not own:
        return None
    return f"blue: asks about a service for one's own home ('{m.group(0)}', {own!r}), a consultation"
