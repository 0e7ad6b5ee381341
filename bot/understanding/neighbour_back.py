"""A neighbour comes back: hours or days after another resident's report, the thing is still there.

"排风扇还是那样 夜里嗡嗡嗡", "那几个气罐还堆在楼道口", "门锁还是坏的 说好今天上午修的呢", "上礼拜就说过了 到现在
也没弄": someone other than the reporter writes that the open problem is still there, still waited on, or at it
again, in words of their own, often naming the thing more broadly or more narrowly (排风机 / 风机, 液化气罐 /
气罐). GUIDELINES count it as another report of the first one. The reporter's own return is reporter_again.py;
a neighbour within the hour is topic.py. Here, for an open ticket (no consultation, last reported within
`MINUTES`; the reporter's own too, when reporter_again found no object or cue word both name; an emergency only
for an emergency: a milder message merged into it would turn red):

- the message is a request (the model's word is enough), no consultation the rules read, no "already fixed",
  and not mended in between ("上回刚通完": the thing broken anew is a new ticket);
- it says still (`RETURNS`: 还在, 还是, 还没, 到现在...; 还堆着, 还占着), told before and nothing came of it (`TOLD_BEFORE`), or
  again (又, not after a mend);
- no written place or place qualifier contradicts the ticket's; the message names the ticket's problem family
  (reporter_again.related_kind), or no problem family of its own and the ticket's kind, or a family of the
  ticket's category among its own; and it adds no other thing (另外, 灭火器也...);
- both texts name one THING, and it is what is still there: an object or a thing of the ticket's cue words
  standing right before the still word (anywhere, after "told before"), or a piece of two characters or more
  both write that is no everyday word (`COMMON_WORDS`), no symptom and no place, right before the still word
  (排风扇还是那样, 地垫还没换). A place alone is not enough, unless the still word goes on with the ticket's
  symptom; nor a piece that in the report only qualifies another thing (车库出口的栏杆, unless "still not
  mended"), nor a nuisance's source told doing something else (小卖部还在门口堆货 after its music), nor, said
  only "again", a part of the report's longer thing (垃圾 of 垃圾桶); an outage's ticket once the message says the
  supply is back (来电了电梯还是不动) is over.

Pure functions; the caller (repeats.match_repeat) has normalised the text.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .home_or_shared import as_place
from .likeness import cue_parts, split_keywords, ticket_keywords
from .still_same import mended_since
from .written_places import place_conflict
from .noise_chorus import kinds_differ
from .still_char import still_single_thing
from .reporter_again import (
    MINUTES,
    related_kind,
    says_its_symptom,
    shared_thing,
    still_at,
)
from .topic import another_thing, choice_question, qualifier_conflict
from .types import RepeatMatch, TicketView, Understanding
from .vocab_data import OUTAGE_FAMILIES
from .vocab_back import (
    AGAIN,
    AGAIN_KINDS,
    COMMON_WORDS,
    NOT_AGAIN,
    NUISANCE_TOLD,
    STILL_SAME,
    SUPPLY_BACK,
    TOLD_BEFORE,
)
from .vocab_topic import NUISANCE_THINGS, SAME_ONE_AGAIN
from .vocabulary import Vocabulary, normalise_words

# A character that makes a piece no thing: a symptom, a function word, a pronoun, a number.
_NOT_THING = frozenset("没不了有在是的人一二三四五六七八九十两几还又很太都就也个着过坏到得要会能我你他她俺恁咱这那哪吗呢吧啊呀嘞来去说看让把被叫给跟和"
                       "点多号周次回遍")
_MIN_PIECE = 2
# "Still not mended" (还没修, 还没人弄): the report as a whole is waited on, whatever part of it is named.
_NOT_MENDED = ("没修", "没人修", "没弄", "没人弄", "没换", "没处理", "没人管")
# At most this many characters between the thing and its still word ("车库出口早上还是", "桶到现在还是").
_GAP = 3
_BREAKS = " ,.!?;:~、，。！？；：…"
# "全天还是就上午啊": a choice asked without a question mark.
# (not "还是不热啊", "还是没水呀": still)
_CHOICE = re.compile(r"还是(?![不没木莫那这老很])[^ ,.!?;:~、，。！？；：…]{0,6}[啊呀呢嘛]")
# Still at it: 还 + a doing + 着 ("还堆着", "还占着", "还开着"); south-western Mandarin writes 着 as 起 before 在 / 的
# ("还吊起在那里", "还堵起的", "还黑起的"); not 还想起 / 还记得起 (remembering), which no 在 / 的 follows, nor a
# potential 得起 / 不起 ("还买得起的": still affordable) or 还是 ("还是早起的好": better).
_STILL_DOING = re.compile(r"还[\u4e00-\u9fff]{1,2}着|还(?!是)[\u4e00-\u9fff]{1,2}(?<![得不])起(?=在|的)")
_EVERYDAY = sorted(COMMON_WORDS, key=len, reverse=True)


def back_word(text: str, again: bool = True) -> str | None:
    """The word by which the message says the problem is still there, told before in vain, or (`again`) back
    again."""
    if (spots := still_spots(text)):
        return spots[0][0]
    if (w := next((w for w in TOLD_BEFORE if w in text), None)) is not None:
        return w
    if not again:
        return None
    bare = text
    for w in NOT_AGAIN:
        bare = bare.replace(w, " ")
    return next((w for w in AGAIN if w in bare), None)


def still_spots(text: str) -> list[tuple[str, int]]:
    """Every still word of `text` with its position (`RETURNS`, 还堆着 / 还占着; also 还是那样): not 还是 before a
    place or a pointer ("还是三楼": the same one again) nor in a choice question ("全天还是上午啊?")."""
    choice = choice_question(text) or bool(_CHOICE.search(text))
    spots = [(w, i) for w, i in still_at(text)
             if not (w == "还是" and (choice or (text[i + 2:i + 3] and text[i + 2] in SAME_ONE_AGAIN)))]
    spots += [(w, text.find(w)) for w in STILL_SAME if w in text]
    spots += [(m.group(0), m.start()) for m in _STILL_DOING.finditer(text)]
    return sorted(spots, key=lambda s: s[1])


def _only_pointers(gap: str) -> bool:
    """Between a thing and its still word only pointers, counters or an everyday word ("那几个", "早上"): not
    another thing ("下水道那股味还是": the smell is what stays) nor a break."""
    for w in _EVERYDAY:
        gap = gap.replace(w, "")
    return all(c in _NOT_THING for c in gap)


def subject_of_still(thing: str, text: str) -> bool:
    """`thing` stands right before a still word, in its clause ("排风扇还是那样", "地垫还没换", "那几个桶到现在还是满的"):
    it is what is still there, not something else the message mentions."""
    spots = [i for _, i in still_spots(text)]
    i = text.find(thing)
    while i >= 0:
        end = i + len(thing)
        if any(0 <= p - end <= _GAP and _only_pointers(text[end:p]) for p in spots):
            return True
        i = text.find(thing, i + 1)
    return False


def _pieces(text: str, places: Sequence[str]) -> set[str]:
    """The runs of thing-like characters in `text` (Chinese, none in `_NOT_THING`) once its everyday words
    (`COMMON_WORDS`) and place words are struck out: "晚上物业" gives none (not "上物"), "车库出口" gives 出口."""
    for w in (*_EVERYDAY, *sorted((p for p in places if len(p) >= 2), key=len, reverse=True)):
        text = text.replace(w, " ")
    out, run = set(), []
    for c in text + " ":
        if "\u4e00" <= c <= "\u9fff" and c not in _NOT_THING:
            run.append(c)
        else:
            if len(run) >= _MIN_PIECE:
                out.add("".join(run))
            run = []
    return out


def common_pieces(text: str, ticket_text: str, places: Sequence[str]) -> list[str]:
    """The pieces of two characters or more both texts write (within their thing-like runs, everyday and place
    words struck out) that are not used as a place, longest first: 排风扇, 气罐 (of 液化气罐), 地垫."""
    theirs = _pieces(ticket_text, places)
    found = {run[i:j] for run in _pieces(text, places) for i in range(len(run))
             for j in range(i + _MIN_PIECE, len(run) + 1)}
    return sorted((p for p in found if any(p in r for r in theirs)
                   and not (as_place(p, text) or as_place(p, ticket_text))), key=lambda p: (-len(p), p))


def common_piece(text: str, ticket_text: str, places: Sequence[str]) -> str | None:
    """The longest of `common_pieces`, if any."""
    return next(iter(common_pieces(text, ticket_text, places)), None)


def _kind_named(u: Understanding, t: TicketView, vocab: Vocabulary) -> bool:
    """One of the message's problem families is of the ticket's category ("风机还是轰轰的 老人心脏不好" names a
    noise after a noise report, though it reads first as care)."""
    fams = [k for k in u.keywords if not k.startswith(("~", "@", "%"))]
    return any((f := vocab.families.get(k)) is not None and f.category == t.category for k in fams)


def _of_category(fam: str | None, t: TicketView, vocab: Vocabulary) -> bool:
    """The message's own main problem is another named family of the ticket's kind, the ticket naming one too:
    "停水…到现在还没来" after "自来水发黄" names no water, not the yellow water still there (a shared piece, 来水 of
    自来水, ties nothing). A ticket whose family no rule read (only the model's category) is not split so."""
    f = vocab.families.get(fam or "")
    tfam = split_keywords(ticket_keywords(t, vocab))[0]
    return (f is not None and f.category == t.category and tfam is not None
            and not tfam.startswith(("fault_", "generic")))


def _names_its_thing(text: str, t: TicketView, vocab: Vocabulary) -> bool:
    """The message writes a whole word of the ticket's cues that is no place (电瓶车 of 电瓶车+充电+楼道; not
    楼道, nor the piece 来水 of 自来水): it speaks of the ticket's thing."""
    places = vocab.words.get("place", ())
    cues = split_keywords(ticket_keywords(t, vocab))[1]
    return any(len(p) >= 2 and p in text and p not in places for c in cues for p in c.split("+"))


def neighbour_back(u: Understanding, fam: str | None, text: str, sender_id: str, building: str | None,
                   candidates: Sequence[TicketView], vocab: Vocabulary) -> RepeatMatch | None:
    """Another resident's open ticket this message says is still there (module doc), else None."""
    if not u.request or u.fixed_report or (u.color == "blue" and not u.model_only) or mended_since(text):
        return None
    if back_word(text) is None:
        return None
    objects = vocab.words.get("object", ())
    named = bool(fam and not fam.startswith(("fault_", "generic")))
    others = sorted((t for t in candidates if t.color != "blue"
                     and t.minutes_since_last_report <= MINUTES and (t.color != "red" or u.color == "red")),
                    key=lambda c: (not c.reported_by(sender_id), c.minutes_since_reported()))
    for t in others:   # the sender's own ticket first: "不是说昨晚消杀了吗" is the asker's problem back
        said = normalise_words(t.text)
        word = back_word(text, again=t.category in AGAIN_KINDS)
        related = related_kind(u, fam, t, vocab)
        if (word is None or place_conflict(u.location, t.location, building, t.building, supply=False)
                or qualifier_conflict(text, said)
                or not (related == "family" or (related and not named) or _kind_named(u, t, vocab))
                or (related != "family" and named and _of_category(fam, t, vocab)
                    and not _names_its_thing(text, t, vocab))   # (电瓶车 of the ticket's charging named: its thing)
                or another_thing(text, t.text, (*objects, *NUISANCE_THINGS)) or _supply_back(text, t, vocab)
                or (t.category == "noise" and kinds_differ(text, said))):   # 吵架 after 打麻将: another noise
            continue
        thing = _thing_of(u, text, t, said, vocab)
        if thing is None:
            continue
        why = f"#{t.no} not over, told again: '{word}', the same '{thing}', {t.minutes_since_reported():.0f} min after it"
        return RepeatMatch(t.no, "repeat", (why,))
    return None


def _thing_of(u: Understanding, text: str, t: TicketView, said: str, vocab: Vocabulary) -> str | None:
    """The thing both texts name that the message says is still there: an object or a thing of the ticket's
    cue words anywhere (after "told before" or "again", or before its still word), or a piece both write right
    before the still word; a place both name only when the still word goes on with the ticket's symptom."""
    shared = shared_thing(u, text, t, vocab)
    before = any(w in text for w in TOLD_BEFORE)
    told = before or not still_spots(text)
    if (shared and not shared[1] and (told or subject_of_still(shared[0], text))
            and (still_spots(text) or not _part_of_theirs(shared[0], text, t, vocab))):
        return shared[0]
    waited = any(w in text for w in _NOT_MENDED)
    piece = next((p for p in common_pieces(text, said, vocab.words.get("place", ()))
                  if subject_of_still(p, text) and (waited or not _qualifies(p, said))), None)
    if piece is not None and _tells_nuisance(text, said, t, vocab):
        return piece
    if shared and says_its_symptom(text, said, vocab) is not None:
        return shared[0]
    if _own_symptom_or_danger(u, t, vocab):
        return None   # "那梯还困着人呢" after a lift door, "那树还在晃 快倒了" after a branch: its own problem
    return still_single_thing(text, said, t, vocab)   # "楼道灯咋还黑着呢": the ticket's 灯


def _own_symptom_or_danger(u: Understanding, t: TicketView, vocab: Vocabulary) -> bool:
    """A one-character thing ties no message read red to a milder ticket, nor one whose own cue words
    (a symptom of its own) the ticket's report has none of."""
    if u.color == "red" and t.color != "red":
        return True
    cues = split_keywords(u.keywords)[1]
    theirs = {k[1:] for k in ticket_keywords(t, vocab) if k.startswith(("~", "%"))}
    return bool(cues) and not (set(cues) & theirs)


def _part_of_theirs(thing: str, text: str, t: TicketView, vocab: Vocabulary) -> bool:
    """`thing` is part of a longer thing the ticket names and the message does not write: "又有人乱扔装修垃圾"
    after "垃圾桶满了" shares 垃圾, not the bin (nor "那堆建筑垃圾 … 也没人管"). Only said "again" or "told before"
    (no still word right after the thing), a shared word is no sign of the same thing."""
    said = normalise_words(t.text)
    cues = cue_parts(split_keywords(ticket_keywords(t, vocab))[1])
    longer = {w for w in (*cues, *vocab.words.get("object", ())) if thing in w and w != thing and w in said}
    return bool(longer) and not any(w in text for w in longer)


def _qualifies(piece: str, said: str) -> bool:
    """In the ticket, `piece` only says whose or where another thing is ("车库出口的栏杆坏了": the barrier is at
    fault, not the exit): it is followed by 的 and a thing. (Said "still not mended", it is the report's.)"""
    i = said.find(piece)
    while i >= 0:
        rest = said[i + len(piece):]
        if rest.startswith("的") and len(_pieces(rest[1:3], ())) > 0:
            return True
        i = said.find(piece, i + 1)
    return False


def _tells_nuisance(text: str, said: str, t: TicketView, vocab: Vocabulary) -> bool:
    """A nuisance's source named again (小卖部, 烧烤店) is the ticket's thing only when the message tells the
    nuisance itself (a noise: 吵, 响, 嗡嗡...) or says it is the same ("还是那样"), not another doing of it
    ("小卖部还在门口堆货" after its loud music)."""
    told = NUISANCE_TOLD.get(t.category or "")
    if told is None:
        return True
    return (any(w in text for w in told) or any(w in text for w in STILL_SAME)
            or says_its_symptom(text, said, vocab) is not None)


def _supply_back(text: str, t: TicketView, vocab: Vocabulary) -> bool:
    """The ticket is an outage and the message says the supply is back ("来电了电梯还是不动" after "停电两天了电梯一直
    停着"): what is still wrong is another problem, not the outage still there."""
    return (any(w in text for w in SUPPLY_BACK)
            and split_keywords(ticket_keywords(t, vocab))[0] in OUTAGE_FAMILIES)
