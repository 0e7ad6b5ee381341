"""Wages owed by an employer, help asked: a labour-rights matter (affairs), a public service like a job asked for.

"老板欠我们三个月工资了 能不能帮我们找一下劳动监察": the office is asked to reach the labour inspectorate or legal aid;
over the labelled corpora three in four are affairs. Only a reading that names nothing (other) is moved: a
quarrel told with it keeps its dispute. Pure function.
"""
from __future__ import annotations

from .matter import Matter, first_of
from .vocab_sources import WAGES_OWED


def wages_owed(t: str, color: str | None, category: str | None) -> Matter | None:
    """Affairs when an 'other' reading tells wages owed (`t`: normalised)."""
    if category != "other" or color == "red":
        return None
    owed = first_of(WAGES_OWED, t)
    return Matter("affairs", f"wages owed ('{owed}'): a labour-rights service → affairs") if owed else None
