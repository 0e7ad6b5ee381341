"""A danger told of another place, read by the model as if it were here.

"看新闻说外地有栋老楼烟囱塌了 砸了车 咱院那几个老烟筒也该找人查查": the rules set the news aside
(telling.elsewhere_span: a story from elsewhere, up to where the text turns back here) and name no danger
here; the model reads the whole text and its red comes from the news. Here the model reads only what is
said of this place: the part after the story turns back here (or before the story starts). If that part
alone does not read as a danger, the danger is elsewhere and no red is read into the message; a check asked
here stays a request. A story that never turns back here in words the vocabulary knows leaves the model's
reading as it is: the turn may be in words no list foresaw. The words after the story still carry any danger told of here ("咱们楼道也冒烟了").
"""
from __future__ import annotations

from .normalising import normalise
from .scan import Scan
from .telling import elsewhere_span
from .text_model import TextModel
from .vocabulary import Vocabulary


# The words about here must read calm, not merely under the bar for red: erring toward people, an elder "not
# seen for two days" read at red p .34 on its own keeps the red the whole message reads.
HERE_CALM = 0.15


def danger_elsewhere(text: str, vocab: Vocabulary, model: TextModel, role: str) -> str | None:
    """The marker of a story from elsewhere when the words about here read calm (model red p < HERE_CALM), or
    None (no such story, the story never turns back here, or the words about here may tell a danger)."""
    t = normalise(text, vocab)
    away = elsewhere_span(Scan(t, vocab))
    if away is None:
        return None
    start, end, marker = away
    here = (t[:start] + " " + t[end:]).strip()
    if sum(c.isalnum() for c in here) < 4:
        return None   # the story never turns back here in words we know ("这边楼下那条狗…"): the model's reading stands
    return None if model.opinion(here, role).color.get("red", 0.0) >= HERE_CALM else marker
