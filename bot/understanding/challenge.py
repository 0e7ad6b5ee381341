"""A rule, a charge or a service challenged: a complaint (yellow), not a consultation (blue).

"快递柜超时就收费了? 谁定的规矩?", "物业费凭什么又涨": asked as questions, these demand an
account from the office for what it decided or failed to do (GUIDELINES yellow: a property-service complaint);
nothing is asked that an answer would settle. "凭什么" asking what a thing is claimed with ("凭什么证件领取")
is a consultation and is not read so: only "凭什么" before a charge, a ban or a demand counts.
"""
from __future__ import annotations

import re

_CHALLENGE = re.compile(r"谁(?:定|同意|批准|规定|允许)的|凭什么(?:又|还|要|就)?(?:涨|收|摊|扣|罚|停|锁|拆|占|不让|不给|不准|让)"
                        )
# the office asked where it is after its phone went unanswered ("打了十遍没人接 你们值班的在哪"): where the
# office is, asked bare, is a question ("你们办公室在哪"), so this counts only beside a phone unanswered
_WHERE_ARE_YOU = re.compile(r"你们[^,，。?？!！\s]{0,6}(?:在哪|哪去了|去哪了|人呢)")


def challenge(t: str) -> str | None:
    """The words challenging the office for a rule, a charge or its absence (`t`: normalised), or None."""
    m = _CHALLENGE.search(t)
    return m.group(0) if m else None


def office_absent(t: str, unanswered: str | None) -> str | None:
    """The words asking where the office is, beside its phone unanswered (`unanswered`, from unanswered.py), or None."""
    m = _WHERE_ARE_YOU.search(t) if unanswered else None
    return f"{unanswered}, {m.group(0)}" if m else None
