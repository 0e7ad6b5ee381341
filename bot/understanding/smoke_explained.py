"""Smoke explained: a fire denied outright ("不是着火", "没着火"), then a harmless source of smoke named after it
("是烧落叶", "是烧烤", "是蒸汽"): the smoke told is that source's, no fire.

Reads the text, the scan's clauses and negation words, and vocab_smoke's denials and harmless sources. Split out
of red.py.
"""
from __future__ import annotations

from .scan import Scan
from .vocab_smoke import FIRE_DENIED, FIRE_WORD_GOES_ON, GUESSED, HARMLESS_SMOKE, NOT_YET


def _fire_denied(t: str) -> list[int]:
    """Where a fire is denied outright ("不是着火", "没着火"; not the question 是不是着火, not "not yet"
    还没着火, not 不是火锅)."""
    out = []
    for d in FIRE_DENIED:
        i = t.find(d)
        if i < 0 or (i > 0 and t[i - 1] == "是") or any(t[:i].endswith(y) for y in NOT_YET):
            continue
        if d.endswith("火") and t[i + len(d):i + len(d) + 1] in tuple(FIRE_WORD_GOES_ON):
            continue
        out.append(i)
    return out


def smoke_explained(scan: Scan, t: str) -> str | None:
    """"不是着火，是X": a fire denied outright, then a harmless source of smoke (烧落叶, 烧烤, 蒸汽) named after it
    (in the denial's clause or the next), not guessed (以为/像) nor itself denied ("不是做饭的烟，是楼道里冒烟
    了" names no source): the smoke told is that source's."""
    if "烟" not in t or not (denials := _fire_denied(t)):
        return None
    for d in denials:
        cd = scan.clause(d)
        for w in HARMLESS_SMOKE:
            i = t.find(w, d + 2)
            if i < 0 or not 0 <= (c := scan.clause(i)) - cd <= 1:
                continue
            if any(g in t[scan.seps[c - 1] + 1 if c > 0 else 0:i] for g in GUESSED):
                continue
            if not any(d + 2 < s < i and scan.clause(s) == c for s, _, _ in scan.kinds.get("negation", ())):
                return w
    return None
