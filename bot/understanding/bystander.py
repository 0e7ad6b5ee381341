"""A bystander's remark about an open problem: no report of its own, no ask.

Under a report of water on the stairs or a loose handrail, neighbours talk among themselves: they warn
each other ("老人家下楼小心点", "大家莫从那边走"), or tell how they nearly fell there ("我上回也差点摔了").
Neither reports the problem again (nothing seen of its state now) nor asks anyone to act: the remark is
chatter between residents, not one more report of the ticket, and joins it as none.

A remark that also says how the problem is now ("水还在往外冒", "还是晃") tells its state: a report,
weighed as one. Read only when the message alone is no request and names no problem of its own.
"""
from __future__ import annotations

import re

from .likeness import split_keywords
from .types import Understanding
from .vocab_hurt import NEARLY
from .vocab_topic import STILL

# fmt: off
# whom a warning is for: the neighbours, the old, the children; or when it is for: going out, downstairs
_WHOM = ("大家", "各位", "大伙", "老人", "老年人", "老人家", "娃", "小孩", "孩子", "伢", "细路", "街坊", "邻居", "你们",
         "出入", "出门", "落楼", "下楼", "上楼", "走路", "路过")
_MIND = ("注意", "小心", "当心", "留神", "莫", "别", "绕")
# ...or the warning said last, on its own ("楼道好滑 注意哈")
_MIND_LAST = ("注意", "小心", "当心", "留神")
_PARTICLES = "点些啲哈啊呀哦喔嘞咯噢喽嘛"
# a fall nearly taken: 差点 (差一点, 险些, 差点儿: vocab_hurt.NEARLY) and the fall
_FALL = ("滑", "摔", "跌", "扑爬", "栽", "绊", "踩空", "闪", "出溜")
# the problem here too or spreading ("我家门口也是水", "水流到一楼了"): a report, not only a remark
_HERE_TOO = ("也是", "也有", "也在", "流到", "漫到", "进到", "淹到", "到了")
# fmt: on
_WARNING = re.compile(rf"(?:{'|'.join(_WHOM)}).{{0,6}}(?:{'|'.join(_MIND)})"
                      rf"|(?:{'|'.join(_MIND_LAST)})[{_PARTICLES}]*[\s!！~。.…]*$")
_NEAR_MISS = re.compile(rf"(?:{'|'.join(NEARLY)}).{{0,4}}(?:{'|'.join(_FALL)})")


def bystander_remark(u: Understanding, text: str) -> str | None:
    """The warning or near-miss story that makes `text` a bystander's remark (module doc), else None."""
    if u.request or u.fixed_report or split_keywords(u.keywords)[0] is not None:
        return None
    if any(w in text for w in (*STILL, *_HERE_TOO)):
        return None   # "差点滑倒 水还在往外冒", "我家门口也是水 大家注意": the problem's state now, a report
    m = _WARNING.search(text) or _NEAR_MISS.search(text)
    return m.group(0).strip() if m else None
