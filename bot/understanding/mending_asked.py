"""A repair asked for as a question: a complaint (yellow), not a consultation (blue).

"洗衣机什么时候能修好", "空调外机几时能装回去", "检修完到底有没有修过": asking when a thing will be mended
or put back, or whether it was mended at all, says the thing is broken or missing now and asks for it
to be fixed (GUIDELINES yellow: an ordinary problem to be fixed, a property-service complaint). Blue is
for a consultation or a wish; a question about planned works ("脚手架几时拆", "路什么时候修") asks for no
repair of something broken and is left as it is: the repair word must say mended (修好, 能修, 来修),
put back (装回) or done in the past (修过).

"垃圾什么时候来收? 三四天没收了", "社区啥时候来打药": asking when a due service comes (collection,
clearing, pest spraying) while saying it has lapsed is the same complaint; asked bare ("垃圾几点收",
"周四几点喷药") it is a question about the schedule and is left as it is.
"""
from __future__ import annotations

import re

_WHEN = r"(?:什么时候|啥时候|么子时候|么时候|几时|多久|何时|哪天)"
_MODAL = r"(?:才|能|可以|会|再|来|给|帮|过来|派人|安排)*"
_MENDED = r"(?:修好|修复|能修|来修|才修|修一下|装回|换回|放回|弄好|搞好|修得好)"
_MENDING_ASKED = re.compile(
    _WHEN + _MODAL + _MENDED
    + r"|" + _WHEN + r"(?:才|能|可以|会)+修"
    + r"|(?:有没有|到底有没有|究竟有没有)(?:修|整|检修)过|修没修过?|到底修没修")


def mending_asked(t: str) -> str | None:
    """The words asking when (or whether) a broken thing is mended or put back (`t`: normalised), or None."""
    m = _MENDING_ASKED.search(t)
    return m.group(0) if m else None


_SERVICE_DUE = re.compile(_WHEN + _MODAL + r"(?:有人)?来?(?:收|拉|清|运|扫|打药|喷药|放药|灭)")
_LAPSED = re.compile(r"没(?:人)?(?:收|拉|清|运|扫|来)|[两三四五六七八九十几]+天|好几天|一个星期|一个礼拜")


def service_overdue(t: str) -> str | None:
    """The words asking when a due service comes, when the text says it has lapsed (`t`: normalised), or None."""
    m = _SERVICE_DUE.search(t)
    return m.group(0) if m and _LAPSED.search(t) else None
