"""A question about money for a damage already done: which subsidy, insurance or party pays (blue affairs,
GUIDELINES: insurance, policies, public services), not the broken thing reported again.

"县里有没有受灾补助? 我屋里水管爆了全部要换", "车被树枝压坏了 能不能找保险", "木地板泡了 找物业还是找社区赔":
the pipe, the branch, the flood named are the reason for the question; what is asked is a claim's channel.
Left as it is when someone is asked to step in between parties (调解, 评理, 出面: a dispute), when the
repair itself is asked for (什么时候来修), or when the claim is made against someone (谁来赔, 给个说法:
a complaint)."""
from __future__ import annotations

import re

_CHANNEL = ("补助", "补贴", "保险", "理赔", "报销", "定损")
_ASKED = ("有没有", "能不能", "可不可以", "能报", "多少", "怎么", "咋", "么样", "哪里", "哪个", "找谁", "有消息", "吗", "?")
_CLAIM_CHANNEL = re.compile(r"找(?:哪个|谁|哪里|哪家|物业|社区|保险)[^,.!?]{0,8}赔")
_HOLD = ("调解", "评理", "出面", "协调", "说法", "来修", "修好", "能修", "谁来赔", "谁给赔", "负责赔", "不肯赔", "不赔")
_CLAUSE_END = ",.!;~ "


def _clause(t: str, at: int) -> str:
    """The clause of `t` around position `at`, with the question mark that ends it."""
    start = max(t.rfind(c, 0, at) for c in _CLAUSE_END) + 1
    ends = [i for i in (t.find(c, at) for c in _CLAUSE_END + "?") if i >= 0]
    end = min(ends) + 1 if ends else len(t)
    return t[start:end]


def money_asked(t: str) -> str | None:
    """The words asking which subsidy, insurance or party pays for a damage (`t`: normalised), or None."""
    if any(w in t for w in _HOLD):
        return None
    claim = _CLAIM_CHANNEL.search(t)
    if claim:
        return claim.group(0)
    for word in _CHANNEL:
        at = t.find(word)
        if at >= 0 and any(q in _clause(t, at) for q in _ASKED):
            return word
    return None
