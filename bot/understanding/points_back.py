"""The reporter points back at their own ticket's thing: "那棵树…", "那几只野狗…", "这个井盖…".

Hours or days after a report, its reporter writes again about "that tree", "those stray dogs": a
demonstrative (那 / 这, a count word or none) and a measure word (棵, 只, 辆, 个...) before a noun their ticket
named. Whatever else the message says (the dogs now killed a cat, it rains again tonight), the thing it points
at is the one already reported; GUIDELINES count it as another report of that problem while it is open. Only
the sender's own open tickets are weighed (a neighbour's "那辆车" may be any car), and only when:

- an emergency's ticket only for an emergency (a milder message merged into it would turn red), and an emergency
  into a milder ticket only when it says the thing is still there ("那辆电瓶车还在充 冒火花了": grown worse);
  "那几只野狗把小孩咬伤了" after "那几只野狗乱窜" is a danger of its own;
- the message is a request (the model's word is enough), no consultation, not "already fixed", not mended
  in between (still_same.mended_since: "那个灯刚换的 又坏了" is a new ticket), and not "again" with no "still"
  ("那个灯又不亮了": the thing broken anew);
- the pointed noun (its last one, two or three characters: 野狗 of 那几只野狗, 树 of 那棵树) is written in the
  ticket's text and names a thing (no symptom or function word: reporter_again._thing_like);
- a message naming a problem family of its own names the ticket's family (same or escalated): "那个灯下面的墙皮掉了"
  after "那个灯不亮" is a new problem of the thing pointed at; so is a danger the ticket did not write (`NEW_DANGER`:
  "那个井盖掉下去一个人" after "这个井盖松了", "那棵树快倒了" after "那棵树该修剪了"), whatever colour it was read;
- the written places and place qualifiers (1号梯 / 2号梯) do not contradict, the message names the ticket's problem
  family or kind (reporter_again.related_kind), and adds no other thing (另外, 顺便, 路灯也...).

Pure functions; the caller (repeats.match_repeat) has normalised the text.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .still_same import mended_since
from .written_places import place_conflict
from .reporter_again import MINUTES, related_kind, still_word
from .topic import another_thing, qualifier_conflict
from .types import RepeatMatch, TicketView, Understanding
from .vocab_topic import NUISANCE_THINGS
from .vocabulary import Vocabulary, normalise_words

# 那 / 这, an optional count (几, 两, 三...), a measure word, then the run of Chinese characters after it
_POINTER = re.compile(r"[那这](?:几|两|三|一)?(?:棵|根|只|条|辆|盏|台|部|堆|扇|张|块|头|匹|窝|群|帮|伙|个)([\u4e00-\u9fff]{1,4})")
# characters a pointed noun never holds: symptoms, function words, pronouns, places (那个地方, 那个时候)
# a danger grown out of the thing pointed at (falling, collapse, fire, electricity, a person hurt): never hidden
# in the ticket of its milder problem, even when the message was read no more urgent than it
NEW_DANGER = ("倒了", "快倒", "要倒", "倒下", "掉下", "掉进", "砸", "塌", "冒烟", "着火", "起火", "火花", "漏电", "触电",
              "摔", "流血", "受伤", "伤了", "插座", "电箱", "电表", "配电", "电闸")
_NOT_NOUN = frozenset("没不了有在是的人还又很太都就也着过坏到得要会能我你他她这那哪吗呢吧啊来去说看把被给时候地方事情样")


def pointed_thing(text: str, ticket_text: str) -> str | None:
    """The noun `text` points at (那棵树, 那几只野狗) that `ticket_text` writes too, else None: the longest
    start of the run after the measure word, of one to three characters, found in the ticket's text."""
    for m in _POINTER.finditer(text):
        run = m.group(1)
        for n in (3, 2, 1):
            noun = run[:n]
            if len(noun) == n and not (_NOT_NOUN & set(noun)) and noun in ticket_text:
                return noun
    return None


def points_back(u: Understanding, fam: str | None, text: str, sender_id: str, building: str | None,
                candidates: Sequence[TicketView], vocab: Vocabulary) -> RepeatMatch | None:
    """The sender's own open ticket whose thing this message points at (module doc), else None."""
    if not u.request or u.fixed_report or (u.color == "blue" and not u.model_only) or mended_since(text):
        return None
    if _POINTER.search(text) is None or ("又" in text and still_word(text) is None):
        return None   # "那个灯又不亮了": at it again, the thing broken anew (reporter_again's doc), not pointed back at
    still = still_word(text) is not None   # still there and grown worse: the ticket's own thing, raised
    own = sorted((t for t in candidates if t.reported_by(sender_id) and t.color != "blue"
                  and t.minutes_since_last_report <= MINUTES and (t.color != "red" or u.color == "red")
                  and (t.color == "red" or u.color != "red" or still)),
                 key=lambda c: c.minutes_since_reported())
    others = (*vocab.words.get("object", ()), *NUISANCE_THINGS)
    named = bool(fam and not fam.startswith(("fault_", "generic")))
    for t in own:
        said = normalise_words(t.text)
        thing = pointed_thing(text, said)
        if (thing is None or place_conflict(u.location, t.location, building, t.building, supply=False)
                or qualifier_conflict(text, said) or (related := related_kind(u, fam, t, vocab)) is None
                or (named and related != "family")   # another problem of the thing pointed at: its own ticket
                or (not still and any(w in text and w not in said for w in NEW_DANGER))
                or another_thing(text, t.text, others)):
            continue
        return RepeatMatch(t.no, "repeat", (f"the reporter of #{t.no} points back at its '{thing}', "
                                            f"{t.minutes_since_reported():.0f} min later",))
    return None
