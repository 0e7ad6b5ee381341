"""What a message says that `repeats.match_repeat` weighs against every open ticket, read once.

Its problem family, cue and place words as the rules read them (a request only the model saw is no
request of its own: `asked` keeps it), a status question, a corroborating or repeat word, a contrast
("me too, but it is my pipe"), a claim for what an outage spoiled, "still" (the asker waits on the
problem reported before), another household at it too. Pure; the caller has normalised the text.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from .likeness import families, split_keywords
from .money_asked import asks_who_pays
from .status_ask import asks_when_fixed, still_not, status_ask as asked_when
from .still_same import mended_since
from .topic import agreement
from .types import Understanding
from .vocab_topic import STILL
from .vocabulary import Vocabulary

# "Another household is also at it": a second source of the same kind, not the same problem.
# "By the way...": whatever family it reads as, what follows is another thing than the ticket's.
BY_THE_WAY = "顺便"
ANOTHER = ("也有一家", "也有一户", "也有家", "也有人家", "也在装修", "也在施工", "也有人在")


@dataclass(frozen=True, slots=True)
class MessageReading:
    """The message as weighed against each ticket (module doc)."""
    text: str                     # normalised
    asked: Understanding          # as read (a consultation's "啥时候能修" no longer blue)
    u: Understanding              # as the rules read it: a request only the model saw is none
    fam: str | None               # main problem family
    cues: set[str]
    places: set[str]
    fams: set[str]                # every family named
    status_ask: str | None        # "修好没", "什么时候能好"
    generic: bool                 # no category, or only the model's guess
    cat: str | None               # the category, unless only guessed
    corroborates: str | None      # "我也是", "真的是+也"
    marker: str | None            # a repeat word of the community's
    place_words: set[str]
    claim: bool                   # who pays for what the outage spoiled
    differs: bool                 # a contrast: another problem
    waits: bool                   # "still", "到底": waits on the problem reported before
    another: bool                 # another household at it too
    still_cold: bool              # "还是不热": the heating still cold
    attaches: bool                # the family handles whatever hazard was just reported (拉警戒线)


def _after_opener(text: str, vocab: Vocabulary) -> str:
    """The text after its agreeing opener ("就是 三楼那家..." -> "三楼那家..."), else the text."""
    head = text.lstrip(" @[]")
    opener = agreement(head, vocab)
    while opener:   # 就是就是, 对对 对
        head = head[len(opener):].lstrip(" ,.!?;:~、，。！？；：…")
        opener = agreement(head, vocab)
    return head


def read_message(u: Understanding, text: str, vocab: Vocabulary) -> MessageReading:
    """The reading `match_repeat` weighs (module doc); `text` normalised."""
    if u.color == "blue" and u.request and split_keywords(u.keywords)[0] is None and asks_when_fixed(text):
        # "啥时候能修" read as a question to the office: it asks after a broken thing, no consultation
        u = replace(u, color=None)
    asked = u
    if u.model_only:
        u = replace(u, request=False)
    fam, cues, places = split_keywords(u.keywords)
    status_ask = asked_when(text)
    # a claim for what an outage spoiled, who pays for a repair: a question of its own
    claim = asks_who_pays(text)
    family = vocab.families.get(fam or "")
    return MessageReading(
        text=text, asked=asked, u=u, fam=fam, cues=cues, places=places, fams=families(u.keywords),
        status_ask=status_ask,
        generic=u.category in (None, "other") or u.category_guessed,
        cat=None if u.category_guessed else u.category,   # a category the model only guessed names nothing
        corroborates=vocab.first_in("corroborate", text),   # "真的是+也": both parts written
        marker=next((w for w in vocab.words.get("repeat", ()) if w in text), None),
        place_words=set(vocab.words.get("place", ())),
        claim=claim,
        # "me too, but it is my heating pipe": a contrast says it is another problem (an agreeing opener such as
        # "就是，..." is no contrast)
        differs=(any(w in _after_opener(still_not(text), vocab) for w in vocab.words.get("contrast", ()) if len(w) >= 2)
                 or "没关系" in text
                 or any(w in text for w in ANOTHER) or claim),
        # "still not fixed", "is it fixed yet", "到底管不管": the asker waits on the problem reported before
        # (not when it was mended in between: "又返水了 上回刚通完" is the thing broken anew)
        waits=(any(w in text for w in STILL) or status_ask is not None or "到底" in text) and not mended_since(text),
        another=any(w in text for w in ANOTHER),
        # "还是不热" says it is still cold; "全天还是上午" asks a choice
        still_cold=any(w in text for w in STILL if w != "还是") or any(w in text for w in ("还是不", "还是凉", "还是冰")),
        attaches=bool(family and family.attaches),
    )
