"""A danger told of another place, read by the model as if it were here.

"看新闻说外地有栋老楼烟囱塌了 砸了车 咱院那几个老烟筒也该找人查查": the rules set the news aside
(telling.elsewhere_span: a story from elsewhere, up to where the text turns back here) and name no danger
here; the model reads the whole text and its red comes from the news. Here the model reads only what is
said of this place: the part after the story turns back here (or before the story starts). If that part
alone does not read as a danger, the danger is elsewhere and no red is read into the message; a check asked
here stays a request. The words after the story still carry any danger told of here ("咱们楼道也冒烟了").
"""
from __future__ import annotations

from .scan import Scan, normalise
from .telling import elsewhere_span
from .text_model import TextModel
from .vocabulary import Vocabulary


def danger_elsewhere(text: str, vocab: Vocabulary, model: TextModel, role: str, p_danger: float) -> str | None:
    """The marker of a story from elsewhere when the words about here do not read as a danger (model red
    p < `p_danger`), or None (no such story, or the danger is read here too)."""
    t = normalise(text, vocab)
    away = elsewhere_span(Scan(t, vocab))
    if away is None:
        return None
    start, end, marker = away
    here = (t[:start] + " " + t[end:]).strip()
    if sum(c.isalnum() for c in here) >= 4 and model.opinion(here, role).color.get("red", 0.0) >= p_danger:
        return None
    return marker
