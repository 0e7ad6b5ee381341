"""Staff telling what a patrol found and asking someone to act on it: passed up, not announced.

"巡查发现14栋外墙瓷砖松了 请物业拉警戒线", "今天巡楼看到3单元消防栓门掉了，麻烦工程部换一下", "走访经过
后巷 电线垂到人头高 请联系供电所", or just passing by ("我刚路过7号楼 门口台阶塌了一块 安排人补一下"): a
staff member reports a problem met on the round and asks a service or another responder to deal with it. That
is a request (the problem must be handled), not a staff notice. Not when it tells the residents what to do
("巡查发现有人楼道充电 请大家..."), or reports it handled ("已通知物业", "已经安排人").
"""
from __future__ import annotations

import re

from .vocab_office_asks import ASKS, FOUND, HANDLED, PASSED_BY, PATROL, TO_ALL

_FINDING = re.compile(rf"^[^，,。！!？?]{{0,10}}?(?:{'|'.join(PATROL)})(?:时|中|的时候|过程中)?[^，,。！!？?\s]{{0,2}}?"
                      rf"(?:{'|'.join(FOUND)})"
                      # ...or just back from the round or passing by, the finding told next ("我刚路过7号楼 …")
                      rf"|^[^，,。！!？?\s]{{0,6}}?(?:{'|'.join(PASSED_BY)})")


def patrol_found(t: str) -> str | None:
    """The patrol's finding and the ask that follows it ("巡查发现 … '请'"), None when `t` is no such report."""
    m = _FINDING.search(t)
    if m is None or any(w in t for w in TO_ALL) or any(w in t for w in HANDLED):
        return None
    rest = t[m.end():]
    ask = min(((rest.find(a), a) for a in ASKS if a in rest), default=None)
    return f"{m.group(0).strip('@ ')} … '{ask[1]}'" if ask else None
