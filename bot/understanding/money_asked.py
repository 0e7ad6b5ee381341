"""Who pays: questions and claims about money for a loss or a repair, in one place.

- `money_asked`: a question about money for a damage already done — which subsidy, insurance or party
  pays (blue affairs, GUIDELINES: insurance, policies, public services), not the broken thing reported
  again. "县里有没有受灾补助? 我屋里水管爆了全部要换", "车被树枝压坏了 能不能找保险", "木地板泡了 找物业
  还是找社区赔": the pipe, the branch, the flood named are the reason for the question; what is asked is a
  claim's channel. Left as it is when someone is asked to step in between parties (调解, 评理, 出面: a
  dispute), when the repair itself is asked for (什么时候来修), when the claim is made against someone
  (谁来赔, 给个说法: a complaint), or while the fault still goes on (水还在往外喷: the fault is the request).
- `asks_who_pays`: any claim or question of who pays (谁来赔 too): in repeat linking, a question of its own,
  not one more report of the loss it names.

The words are data in vocab_matter (CLAIM, WHO_PAYS, CLAIM_FROM, HOLD_CLAIM, ...)."""
from __future__ import annotations

import re

from .scan import clause_bounds
from .vocab_matter import CLAIM_ASKED, CLAIM_CHANNEL, CLAIM_FROM, HOLD_CLAIM, STILL_GOING, WHO_PAYS

_CLAUSE_END = ",.!;~ "
# "still" told of the fault itself (还是不亮, 还是坏的, 还不通), not the "or" of a choice (找物业还是找社区)
_STILL_BROKEN = re.compile(r"还是[不没坏黑漏渗滴堵臭吵响晃抖冒]|还不[亮通好行]")


def _clause(t: str, at: int) -> str:
    """The clause of `t` around position `at`, with the question mark that ends it."""
    start = clause_bounds(t, at, _CLAUSE_END)[0]
    return t[start:clause_bounds(t, at, _CLAUSE_END + "?")[1] + 1]


def money_asked(t: str) -> str | None:
    """The words asking which subsidy, insurance or party pays for a damage that is over (`t`:
    normalised), or None."""
    if any(w in t for w in HOLD_CLAIM) or any(w in t for w in STILL_GOING):
        return None
    claim = CLAIM_FROM.search(t)
    if claim:
        return claim.group(0)
    for word in CLAIM_CHANNEL:
        at = t.find(word)
        if at >= 0 and any(q in _clause(t, at) for q in CLAIM_ASKED):
            return word
    return None


def asks_who_pays(text: str) -> bool:
    """The message asks or claims who pays for a loss or a repair (谁来赔, 哪个出钱, 找物业还是找社区赔), and
    does not say the fault is still there ("灯还是不亮 还要我们自己掏钱?": the fault is the report)."""
    if any(w in text for w in STILL_GOING) or _STILL_BROKEN.search(text):
        return False
    return any(w in text for w in WHO_PAYS) or CLAIM_FROM.search(text) is not None
