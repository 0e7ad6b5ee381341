"""A neighbour's "me too" and the chat's current topic: the two ways a message joins the chat's
latest open ticket without sharing its cue words (bot/understanding/repeats.py asks these after
its own matches fail).

- `also`: a short "here too" (我家也停了, 对的 11楼也是, +1) minutes after the chat's latest
  report is one more report of it, whatever floor it names, unless it names another kind of
  problem, another place or answers a consultation;
- `nearby`: a request of the same category as the chat's latest ticket, minutes after it, that
  agrees with what was just said ("对，那段路真的很黑"), at no other place.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .added_wish import added_wish
from .home_in_area import home_in_area
from .location import within_floors
from .marks import Mark
from .home_or_shared import home_vs_shared
from .likeness import PER_FLAT, escalates, same_family, split_keywords, ticket_keywords
from .written_places import place_conflict, same_inner_place, same_written_place
from .topic import other_object, qualifier_conflict
from .types import COLOR_RANK, RepeatMatch, TicketView, Understanding
from .vocab_data import OUTAGE_FAMILIES
from .vocab_topic import NOT_ONLY
from .vocabulary import Vocabulary

# The chat's latest open ticket, reported this recently, is what a same-category request is about.
_NEARBY_MINUTES = 20.0
# ...when the message agrees with what was just said ("对，...", "我家也...", "现在更严重了").
_AGREE_START = re.compile(r"(?:对对?|是的?|没错|确实|嗯)[的呀啊啦哦嘛]?[\s，,。!！]|同感|可不|真的是|等等|\+1")
# "Here too" after a neighbour's report: a subject or a place, then 也 / 一样 (我家也..., 七楼一样, 我们也是);
# 人家也 is "they too" (人家也就整这几天), no home of the writer's.
_ALSO = re.compile(r"(?:我|我们|我家|家里|(?<!人)家|这边|那边|楼|层|户|室|号|单元|梯|\d)(?:也|都也|一样|同样)|^\+1|^同感|也是这样"
                   r"|^(?:我|俺|阿拉|咱)[^\s,.!?;:，。！？；：、]{1,5}也"   # 我家储藏间也是, 我的也连不上
                   r"|^(?:我|我们|我家|我屋)都[系係](?:[\s，,。!！]|$)")   # Cantonese 我都系 = 我也是, said with no other mark
# "Same here" said first, then how it shows at home ("我家也是，一到晚上灯就一闪一闪", "俺们也一样 水就滴两滴"): the
# neighbour's symptoms are the report's problem as their home has it, whatever family they read as.
_SAME_HERE = re.compile(r"^(?:我|我们|我家|我们家|俺|俺家|俺们|咱家|我屋|阿拉)(?:也是|也一样|一样|也这样)(?:[\s，,。!！~]|$)")
_PLACE_ALSO = re.compile(r"(?:楼|层|户|室|号|单元|梯|区|\d)(?:也|一样|同样)")
# "5楼也是黑的", "北门那个也满了", "西单元的门也...": the same symptom at a place the report did not name.
_NEW_PLACE_TOO = re.compile(r"((?:[0-9一二三四五六七八九十两]+|[东西南北])(?:号楼|楼|层|单元|栋|幢|座|门|区))"
                            r"(?:的|那个|那边|这边|那儿|这儿)?(?:[^\s,.!?;:，。！？；：、也]{0,2})?也")
# A short "here too" joins the chat's latest open ticket this soon after it was last reported.
_ALSO_MINUTES = 30.0
_SPREADS = {"gas_leak", "fire", "smoke"}
_ALSO_SHORT = 60
# ...unless it only thanks, acknowledges or answers.
_NOT_ALSO = ("谢谢", "感谢", "收到", "辛苦", "好的", "知道了", "修好", "好了", "恢复了", "来了", "不知道", "不清楚", "不晓得",
             "我也过去", "我也去", "我也打", "也打了", "也打过", "也报了", "也问了", "电话", "交钱", "交了钱", "去年")
# ...but 来了 after water rising or seeping in is where the water moves (冒上来了, 渗进来了, 漫上来了), not someone who
# came (a person "推门就进来了" is)
_RISING = re.compile(r"(?<=[冒返漫渗灌涌溢翻][上进出])来了")
# "I went / called / paid too" is handling or grumbling; "mine went missing too, last year" is over
_PAST_TOO = re.compile(r"也[^\s,.!?;:，。！？；：、]{0,2}过(?![来去])")
_AGREE_ANYWHERE = ("我也", "家也", "我们也", "这边也", "那边也", "屋也", "更严重", "越来越", "还没来人", "还没人来",
                   "那个真的是", "真的很")
def deliberately_no_request(u: Understanding) -> bool:
    """Not a request for a stated reason (a notice, a reply between neighbours, someone handling it),
    rather than for lack of any cue or the model's doubt: such a message reports nothing, even when it sounds
    like a "me too" (Mark.DECLINED; a message with no cue at all, Mark.NO_CUE, may still join a ticket)."""
    return not u.request and Mark.DECLINED in u.marks


def other_thing_seen(text: str, t: TicketView, vocab: Vocabulary) -> str | None:
    """The object a "me too / I saw it too" names that the ticket's report does not, sharing none with it
    ("西头那个窗户我也看到了" after a charging e-bike): another thing. A supply outage is the building's,
    whatever tap or meter the neighbour names, and is left alone. A wish added to a suggestion ("+1 再搞个...")
    is another request (added_wish.py)."""
    if (wish := added_wish(text, t)) is not None:
        return wish
    if t.category == "utilities":
        return None
    places = set(vocab.words.get("place", ()))   # "我家窗户外边也看见了": where the neighbour saw it from
    return other_object(text, t.text, [w for w in vocab.words.get("object", ()) if w not in places])


def here_too(text: str) -> bool:
    """A short "me too / here too" (我家也停了, 对的 11楼也是, +1) that only thanks or answers nothing."""
    head = text.lstrip(" @")
    said = _RISING.sub("", text)   # "冒上来了" is water rising, no one who "来了"
    return (len(text) <= _ALSO_SHORT and not any(w in said for w in _NOT_ALSO) and not _PAST_TOO.search(text)
            and bool(_ALSO.search(head) or _AGREE_START.match(head)))



def same_here(text: str) -> bool:
    """The message opens with "same here" and a break ("我家也是，...", "俺们也一样 ..."), not "我家也有...", and
    what follows adds no "also" of its own ("我家也是 电梯也不动了": the lift is another thing)."""
    m = _SAME_HERE.match(text.lstrip(" @"))
    return m is not None and "也" not in text.lstrip(" @")[m.end():]


# The kinds of problem one fault of the building shows as in other words at home (power, water, heating, lights,
# lifts; a supply fault as a light or an appliance). "我家也是, 闻到煤气味" / "..., 老人摔倒了" / "..., 楼上在装修"
# tells another problem: safety, care, a noise.
_SAME_HERE_CATEGORIES = frozenset({None, "other", "utilities", "facility", "elevator"})


def same_here_fits(u: Understanding, t: TicketView) -> bool:
    """A "same here" opener lets the home's own symptoms stand for the ticket's problem only when both read as a
    fault of the building and the message is no more urgent than the ticket: a gas smell, a fall, smoke or a
    broken door lock after a report of flickering lights is a new, worse problem, never hidden in the old one."""
    if u.color == "red" or u.category not in _SAME_HERE_CATEGORIES or t.category not in _SAME_HERE_CATEGORIES:
        return False
    if u.category not in (None, "other", t.category) and "utilities" not in (u.category, t.category):
        return False   # "我家也是，楼道灯不亮" after a stopped lift: a supply shows as lights, a lift does not
    return COLOR_RANK.get(u.color or "yellow", 2) >= COLOR_RANK.get(t.color or "yellow", 2)


def new_place_too(u: Understanding, text: str, t: TicketView, fam: str | None) -> str | None:
    """The place a "here too" names that the ticket's report did not ("5楼也是黑的" after a report of
    the third unit's lights): another light, door, bin there, so another ticket. "Not only the report's floor,
    another too" ("不只18 17层也没电") splits even an outage: the labels treat another floor so written as
    another report. Otherwise supply outages and a spreading smoke or gas are the building's (a neighbour's
    floor confirms them) and are left alone."""
    m = _NEW_PLACE_TOO.search(text)
    if m is not None and m.group(1) not in t.text and beyond(text, m.group(1), placed=True):
        return m.group(1)   # "不只18 17层也没电": the report's floor, then another: even an outage splits
    if (fam in OUTAGE_FAMILIES or fam in _SPREADS or u.category == "utilities" or t.category == "utilities"
            or any(w in text for w in ("味", "呛", "烟"))):
        return None
    if m is None or m.group(1) in t.text:
        return None
    if beyond(text, m.group(1)):
        return m.group(1)   # "不光3楼，5楼也有": the first place is the report's, the 也 one another
    if same_inner_place(u.location, t.location):
        return None
    return m.group(1)


_NUMBER_NEXT = re.compile(r"[0-9一二三四五六七八九十两]")


def beyond(text: str, place: str, placed: bool = False) -> bool:
    """"Not only X, `place` too" (不光3楼，5楼也有一辆): a NOT_ONLY word before `place`; `placed`: followed
    by a number (不只18, not 不光我家)."""
    at = text.find(place)
    for w in NOT_ONLY:
        i = text.find(w)
        if 0 <= i < at and (not placed or _NUMBER_NEXT.match(text, i + len(w))):
            return True
    return False


def also(u: Understanding, fam: str | None, text: str, building: str | None, candidates: Sequence[TicketView],
          vocab: Vocabulary) -> RepeatMatch | None:
    """A short "here too" from a neighbour minutes after the chat's latest open report ("我们也是",
    "对的，11楼也停了", "+1 没水") is one more report of it, whatever floor it names: the neighbour
    confirms the problem the conversation is about. Not when it names another kind of problem, another
    building, or answers a consultation."""
    if not here_too(text) or (u.request and u.color == "blue") or not vocab.words.get("corroborate"):
        return None   # a community that switches corroboration off switches "here too" off
    if deliberately_no_request(u):
        return None   # a notice, a reply between neighbours, someone handling it: no report
    recent = [t for t in candidates if t.minutes_since_last_report <= _ALSO_MINUTES]
    if not recent:
        return None
    t = min(recent, key=lambda c: c.minutes_since_last_report)
    if t.color == "blue":
        return None
    tfam = split_keywords(ticket_keywords(t, vocab))[0]
    said_same = same_here(text) and same_here_fits(u, t)   # "我家也是，..." first: how the report's problem shows here
    if (fam and tfam and not same_family(fam, tfam) and not escalates(fam, tfam) and not escalates(tfam, fam)
            and u.category != t.category and not fam.startswith(("fault_", "generic")) and not said_same):
        return None   # "我家也停电了" after a lift report is its own problem
    if u.request and u.category not in (None, "other", t.category) and not fam and not u.category_guessed \
            and not (u.model_only and t.minutes_since_last_report <= _NEARBY_MINUTES) and not said_same:
        return None   # the rules read another category (the model's guess for a prompt "me too" does not count)
    # (a neighbour asking for the help the outage calls for, "202也要一桶", is a care request: no outage)
    outage = one_outage(fam, tfam, t) and u.category in (None, "other", "utilities")
    # the floors of an outage the report wrote as a range ("18楼往上都没水") hold the neighbour's "25楼也是"
    ranged = outage and u.location is not None and within_floors(u.location.floor, t.text)
    if place_conflict(u.location, t.location, building, t.building, ranged) or qualifier_conflict(text, t.text):
        return None   # the same symptom on another floor, unit or lift is another ticket (GUIDELINES)
    inside = home_in_area(u.location, t.location, text, t.text) and u.color != "red"   # (a red is its own ticket)
    if (not outage and _PLACE_ALSO.search(text) and u.location and not same_written_place(u.location, t.location)
            and not inside):
        return None   # "5楼也..." names a place the report did not: another place, not a confirmation (a home on the
        # report's floor, "101也..." after "一楼...", is in it)
    if other_thing_seen(text, t, vocab) is not None:
        return None   # "那个窗户我也看到了" after a report of a charging e-bike: another thing
    if u.location and home_vs_shared(text, t.text):
        return None   # "我屋厕所也在冒 102" after the garage drain: the same symptom in a home is another problem
    why = f"a short 'here too' {t.minutes_since_last_report:.0f} min after #{t.no}"
    if inside and u.location is not None:
        why += f" (home {u.location.room} is on the floor #{t.no} named)"
    return RepeatMatch(t.no, "repeat", (why,))


def one_outage(fam: str | None, tfam: str | None, t: TicketView) -> bool:
    """The ticket is a building's supply outage (no water, no power...) and the message tells no other
    problem: "16楼也没有" after "停水了？" is a second household of it, though the report wrote no floor (a
    floor the report wrote still splits: "五楼也没水" after "6楼没水了" is labelled another report; a cold
    radiator is each flat's own: PER_FLAT). A utilities ticket only the model read joins an outage the
    message names."""
    outages = OUTAGE_FAMILIES - PER_FLAT
    if tfam in outages:
        return fam is None or same_family(fam, tfam)
    return tfam is None and t.category == "utilities" and fam in outages


def nearby(u: Understanding, fam: str | None, text: str, building: str | None, candidates: Sequence[TicketView],
            vocab: Vocabulary) -> RepeatMatch | None:
    """A request of the same category as the chat's latest open ticket, minutes after it, at no other
    place and naming no other specific problem: the conversation is still about that ticket
    ("对，那段路真的很黑" after a report of broken street lights), though it shares no cue word."""
    if not u.request or u.color == "blue" or u.category in (None, "other") or u.category_guessed:
        return None
    head = text.lstrip(" @")
    agrees = bool(_AGREE_START.match(head)) or any(w in text for w in _AGREE_ANYWHERE)
    if not agrees:
        return None   # a neighbour's own complaint of the same kind is its own request
    recent = [t for t in candidates if t.minutes_since_last_report <= _NEARBY_MINUTES]
    if not recent:
        return None
    t = min(recent, key=lambda c: c.minutes_since_last_report)
    if t.color == "blue" or t.category != u.category:
        return None
    tfam = split_keywords(ticket_keywords(t, vocab))[0]
    if fam and tfam and not same_family(fam, tfam) and not escalates(fam, tfam) and not escalates(tfam, fam):
        return None   # another problem of the same category (dog mess vs rats, no water vs no power)
    if place_conflict(u.location, t.location, building, t.building,
                      fam in OUTAGE_FAMILIES and fam not in PER_FLAT) or qualifier_conflict(text, t.text):
        return None
    return RepeatMatch(t.no, "repeat", (f"same {u.category} as #{t.no}, {t.minutes_since_last_report:.0f} min after it",))
