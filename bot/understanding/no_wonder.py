"""A remark that opens with "no wonder" (难怪 / 怪不得): the writer explains to the neighbours what was just
said ("难怪 楼上那小伙天天半夜才回来 门摔得砰砰响", "怪不得早上看到有人在拍照"). It reports nothing new and
asks no one. An ask anywhere in it ("难怪水这么小 能不能来看看") or a danger keeps it a report; 难怪 later in a
message ("锁坏了半个月了 难怪要丢东西 修一下嘛") is the writer's own reasoning and is left alone.
"""
from __future__ import annotations

import re

_OPENING = re.compile(r"^\s*(?:@\S+\s*)?(?:难怪|怪不得)")
# words that ask someone (or the office) for anything
_ASKS = re.compile(r"[?？吗]|能不能|能否|可不可以|麻烦|请|帮|管管|管一下|有人管|谁管|来人|派人|看看|看一下|查|修|处理|"
                   r"赶紧|尽快|快来|快点|怎么办|咋办|什么时候|反映|投诉|协调|说说|说一下|报")


def no_wonder(t: str) -> str | None:
    """The opening "no wonder" of a remark that asks nothing, or None."""
    m = _OPENING.match(t)
    if m is None or _ASKS.search(t, m.end()):
        return None
    return m.group(0).strip()
