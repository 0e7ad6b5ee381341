"""A gas smell is safety, however faint and whatever cue read it (GUIDELINES: safety covers gas smell; utilities
covers the gas supply). Over the labelled corpora every request telling a gas smell is safety (seventy of
seventy); a reading that took it as the supply ("淡淡的煤气味 跟上回一样 是不是楼下又漏了") or as a smell to clean
is moved. The colour is not touched here. Pure function.
"""
from __future__ import annotations

import re

from .matter import Matter
from .vocab_data import GAS_SPELLINGS
from .vocab_sources import GAS_NAMES, GAS_SMELL

_GAS = re.compile(GAS_SMELL.format(names="|".join((GAS_NAMES, *map(re.escape, GAS_SPELLINGS)))))
_DENIED = ("没", "不是", "不像", "无", "非")   # "没有煤气味 就是下水道臭": no gas told


def gas_smelt(t: str, category: str | None) -> Matter | None:
    """Safety when a reading other than safety tells a gas smell or gas leaking (`t`: normalised)."""
    if category in (None, "safety"):
        return None
    m = next((m for m in _GAS.finditer(t) if not any(d in t[max(0, m.start() - 3):m.start()] for d in _DENIED)), None)
    return Matter("safety", f"a gas smell ('{m.group(0)}') → safety") if m else None
