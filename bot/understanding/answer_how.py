"""An answer telling a neighbour what will do: "带身份证去社区就行", "晚上十点以后别吃东西就中", "关好窗就成".

A clause that ends in "that is enough" (就行 / 就中 / 就成 / 就可以 / 就OK) gives the way to do something; in a
message naming no problem and asking no one (read only from classifier._no_problem, as chatter.py), it answers
a question asked in the chat, it reports nothing. Not:

- a question beside it ("还是自己开就行?", "拿复印件就行吗"): the writer still asks;
- a wish or a suggestion ("希望24小时开 刷门禁就行", "建议装个道闸 外面车进不来就行"): what is wished is asked;
- an ask to the office or for hands beside it ("麻烦物业派人来看一下就行"): still asks someone to act.

("就好了" is left out: "装几个充电桩就好了" wishes, "放一会就好了" tells a fault over; both are read elsewhere.)
"""
from __future__ import annotations

import re

# the clause ends with "that is enough", with a final particle or none
_ENOUGH = re.compile(r"就(?:行|中|成|可以|ok|OK)(?:了|啦|哈|啊|呀|的|嘞|哦)*(?=[\s，,。.！!~～；;]|$)")
_QUESTION = ("?", "？", "吗", "么", "还是", "是不是", "行不行", "可不可以", "能不能", "中不中", "要不要")
_WISH = ("希望", "建议", "想要", "要是能", "如果能", "最好能")
_ASKS = ("麻烦", "请", "帮忙", "帮我", "派人", "来人", "修", "管管", "处理", "尽快", "赶紧", "快点")


def tells_how(t: str) -> str | None:
    """The "that is enough" a neighbour's answer ends a clause with, or None when `t` is no such answer."""
    m = _ENOUGH.search(t)
    if m is None or any(w in t for w in _QUESTION + _WISH + _ASKS):
        return None
    return m.group(0)
