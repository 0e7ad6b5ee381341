"""An ask, then what will happen if nobody acts: "下水道赶紧来通一下 不然下雨还要淹进屋",
"屋顶什么时候来补 否则雨季又要漏".

The danger words after 不然 / 否则 / 要不然 / 免得 are only imagined (classifier.stated_facts sets them aside,
and with them the whole message when no other cue is left). What is said before them still asks someone to
come, do a job or say when: the message is a request, the consequence its reason. The hybrid lets the model
read it, and reads no danger into the imagined part.
"""
from __future__ import annotations

import re

_CONSEQUENCE = re.compile(r"不然|否则|要不然|要不(?![是要])|免得|省得")
# an ask to come or act, or a when-question, in the words before the consequence
_ASK_BEFORE = re.compile(r"(?:什么时候|啥时候|啥时|几时|多久|哪天)[^，,。.!！?？；;]{0,4}(?:来|能|修|弄|搞|清|通|补|换|掏)"
                         r"|赶紧|尽快|抓紧|早点|趁早|快点|能不能|可不可以|能否|麻烦|请[^问]"
                         r"|(?:来|派)(?:个)?人|来[^\s，,。.!！?？；;]{1,3}(?:一下|一哈|下)")


def asked_before_consequence(text: str) -> str | None:
    """The ask said before a consequence word ("赶紧", "什么时候来掏"), or None."""
    m = _CONSEQUENCE.search(text)
    if m is None or m.start() == 0:
        return None
    ask = _ASK_BEFORE.search(text, 0, m.start())
    return ask.group(0) if ask else None
