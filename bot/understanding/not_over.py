"""An "it is over" word that reports nothing over.

- Asked about, not told: "啥时候恢复", "什么时候恢复正常供水", "多久能来电" ask when it will be over
  (the word after a when-question in its own clause).
- A light that went out: "路灯全灭了", "楼道灯又灭了" is a light failing, not a fire put out.
- Over, but a question follows the contrast: "来水了 但是黄黄的 能喝吗", "来电了，可是跳闸推不上去，
  咋办": what came back raises a new question to someone (a statement alone after the contrast,
  "来水了，就是有点黄，放一会儿就好了", stays a report that it is over).
"""
from __future__ import annotations

import re

# a when-question, then the fixed word within its own clause ("啥时候能修好", "什么时候恢复正常")
_WHEN_BEFORE = re.compile(r"(?:什么时候|啥时候|啥时|何时|几时|几点|哪天|多久|多长时间|要等到)[^，,。.!！?？；;\s]{0,6}$")
# 灭 of a lamp: 灯 right before, a word or two of degree between ("灯全灭了", "灯又都灭了")
_LAMP_BEFORE = re.compile(r"灯[全都又也一下子就突然]{0,3}$")
# a question or an ask after the contrast
_CONTRASTS = ("但是", "可是", "不过", "就是", "但")
_ASKS = re.compile(r"[吗嘛?？]|能不能|要不要|有没有|能[^，,。\s]{1,2}不|咋办|怎么办|咋整|怎么回事|正常吗|找谁")


def asked_or_lamp(t: str, start: int, word: str) -> bool:
    """The fixed word at `start` is asked about ("啥时候恢复") or is a lamp going out ("灯全灭了")."""
    before = t[max(0, start - 10):start]
    return bool(_WHEN_BEFORE.search(before) or (word.startswith("灭") and _LAMP_BEFORE.search(before)))


def asks_after_contrast(t: str, end: int) -> bool:
    """After the fixed phrase ending at `end`: a contrast, then a question or an ask."""
    rest = t[end:]
    at = min((i for i in (rest.find(c) for c in _CONTRASTS) if i >= 0), default=-1)
    return at >= 0 and _ASKS.search(rest, at) is not None
