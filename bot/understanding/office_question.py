"""A leader's or chief's own question to the office ("请问...怎么报销", "...这个通知谁来发？"), not one put to a
resident ("阿姨，是您家里漏吗？") nor one asked on the way to help ("我马上过去，谁有她儿子的电话？").

Reads the responder's text and vocab_office_asks' question words. Split out of responders.py.
"""
from __future__ import annotations

import re

from .responder_handling import busy
from .vocab_office_asks import ASKS_ABOUT, OFFICE_NAMED, QUESTION_ENDS, TO_SOMEONE_HERE

# a where-question closing the message with no mark, as voice input writes it ("登记表交到哪里", "表格在哪里拿")
WHERE_AT_END = re.compile(r"(?:在|到|去|上|找)哪(?:里|儿)(?:拿|交|领|办|报|填|登记|买|打印|下载|问)?[吗呢啊呀]?$")


def asks_office(t: str) -> bool:
    """A leader's or chief's own question to the office: a question ending (or a where-question at the end) naming
    the office or asking no who or whether, or 请问; not put to someone here, not a responder busy handling it."""
    s = t.strip()
    return (((s.endswith(QUESTION_ENDS) or WHERE_AT_END.search(s)) and (any(w in s for w in OFFICE_NAMED) or not any(w in s for w in ASKS_ABOUT))
             or "请问" in s)
            and not any(w in s for w in TO_SOMEONE_HERE)
            and not busy(s))
