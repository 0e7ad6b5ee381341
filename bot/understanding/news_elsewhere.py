"""A danger and a story of another place in one message: the model asked, once, about the words said of here.

The rules set aside every danger cue told inside a story from elsewhere (telling.elsewhere_span: a forward, news,
hearsay, up to where the text turns back here in a word of the "here" list) and carry the story on the
Understanding (types.Story: its marker, the words said of this place, whether it turned back here in a known
word; Mark.TOLD_ELSEWHERE when nothing else was set aside). Hybrid reads the model on those words, in whichever
direction applies, without scanning the text again:

- the model reads the whole message as a danger the rules named nowhere ("看新闻说外地有栋老楼烟囱塌了 砸了车 咱院
  那几个老烟筒也该找人查查"): when the words about here read calm (red p < HERE_CALM), the danger is the story's
  and no red is read into the message; a check asked here stays a request (`danger_only_in_story`);
- the rules set a danger aside only as told of another place (the story running to the end of the text, or turned
  back here in a known word and the danger after it in words no list knows: "外地有人被困电梯 咱们楼电梯里头关着个
  老爷子 喊半天了"), and no forward the office cannot be asked about (Mark.FIRM): when the words about here read as a
  danger at the bar hybrid uses for red in unknown words, the danger is here ("网上说外省有人被困电梯窒息 这会儿
  二单元电梯里头关着个老爷子", or the danger told first and the news after it) (`danger_told_here`).

Which words are about here when the story runs to the end (telling.story_of): the part before it, and the clauses
from the first one after the story's opening clause that says "now" (这会儿, 现在, 刚才) or names a place of this
community (a building, a unit, a floor: parse_location), skipping clauses that name another place. Chosen by
measurement over the 93 messages of the 100 corpora whose story runs to the end: reading every clause after the
first clause boundary after the news' place instead reads the news' own consequences as here (3 messages at red
p >= .35, e.g. "…电动车半夜起火 烧死三人 大家千万注意啊" at .38); this way reads none of them.
When the story turned back here in a known word, the words about here are the part before it and the rest after the
turn (read by `danger_told_here` since round 28: no corpus message changed, so that choice is not measured).
"""
from __future__ import annotations

from .marks import Mark
from .text_model import Opinion, TextModel
from .types import Story, Understanding

# The words about here must read calm, not merely under the bar for red: erring toward people, an elder "not
# seen for two days" read at red p .34 on its own keeps the red the whole message reads.
HERE_CALM = 0.15
_SAID = 4   # letters and digits the words about here need to be read at all


def _here(story: Story | None) -> str | None:
    """The words said of this place beside the story, when there are enough of them to read."""
    return story.here if story is not None and sum(c.isalnum() for c in story.here) >= _SAID else None


def danger_only_in_story(u: Understanding, model: TextModel, role: str) -> str | None:
    """The story's marker when the words about here read calm (model red p < HERE_CALM), or None (no story, too
    few words about here: the model's reading of the whole stands, the turn may be in words no list foresaw)."""
    here = _here(u.story)
    if here is None or u.story is None:
        return None
    return None if model.opinion(here, role).color.get("red", 0.0) >= HERE_CALM else u.story.marker


def danger_told_here(u: Understanding, model: TextModel, role: str, bar: float, p_asks: float) -> Opinion | None:
    """The model's opinion of the words about here when the rules set a danger aside only as told of another place,
    in a story that may be read (no firm forward), and those words read as a danger (red p >= `bar`) that someone
    reports (the rules saw a request, or request p >= `p_asks`); else None. Whether the story runs to the end or
    turns back here in a known word, a danger the rules read nowhere may be told of here in words no list knows."""
    here = _here(u.story) if Mark.TOLD_ELSEWHERE in u.marks and Mark.FIRM not in u.marks else None
    if here is None or u.story is None:
        return None
    op = model.opinion(here, role)
    return op if op.color.get("red", 0.0) >= bar and (u.request or op.p_request >= p_asks) else None
