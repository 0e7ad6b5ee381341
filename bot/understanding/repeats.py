"""Repeat and follow-up detection against the open tickets of a chat.

A *repeat* is another report of the same problem at the same place:

- the same main problem family (``Understanding.keywords[0]``, e.g. ``lift_out``);
  for category-wide families (noise, parking, garbage...) also a shared cue word
  (狗+叫, 垃圾桶, 车位) or very similar text;
- places must not contradict: different building, or different unit / floor /
  room when both are written (a room's leading digits give its floor), or
  different building parts (地下室 vs 家里) — except for building-wide supply
  problems (no water / power / heating), where inner places do not split;
- consultations (blue) are answered one by one: never merged across senders;
- a more urgent repeat still matches (the ticket service raises the colour).

A short "me too" (我也闻到了, +1) soon after a ticket is a repeat even when the
message alone is not a request: the ticket service should count it as another
report of that ticket (me_too.py: "here too" and the chat's current topic).

A *follow-up* is a message from one of the ticket's reporters within the hour
that adds detail ("2单元 左边那部") and names no other kind of problem.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rapidfuzz import fuzz

from .between_floors import between_floors, mentions_floors
from .dark_still import dark_still
from .care_apart import hands_for, keeps
from .main_stack import main_stack
from .matter import mount_broken, weak_supply
from .home_or_shared import as_place, at_home, home_vs_shared, own_door_vs_entrance, shared_only
from .likeness import (LEAK_FAMILIES, PER_FLAT, burning, cue_parts, escalates, families, is_broad, own_emergency,
                       own_problem, same_family, split_keywords, ticket_keywords)
from .still_same import mended_since, same_spot
from .written_places import adds_place, leak_stack, one_place, place_conflict, specific_place_match
from .latest_topic import latest_topic
from .lift_in_outage import lift_in_outage
from .marks import Mark
from .money_asked import asks_who_pays
from .me_too import also, here_too, nearby, new_place_too, other_thing_seen
from .neighbour_back import neighbour_back
from .noise_chorus import heard_too
from .outage_wait import asks_supply, awaits_outage
from .nuisance_back import noise_back
from .own_thing import names_own_thing
from .place_answer import place_answer
from .points_back import points_back
from .flat_fault import flat_fault
from .smelled_from import smelled_from
from .spaced_words import join_spaced_words
from .smell_apart import danger_apart, danger_denied, guessed_leak
from .reporter_again import returns_to
from .reporter_unnamed import returns_unnamed
from .told_again import told_again
from .home_door import another_homes_door
from .named_first import named_tickets_first
from .same_floor import floor_too
from .status_ask import asks_after, still_not, asks_when_fixed, status_ask as asked_when
from .stuck import stuck, trapped_in_lift
from .topic import (agreement, another_thing, echo, qualifier_conflict, roll_call, shared_object, still_reported)
from .types import RepeatMatch, TicketView, Understanding
from .water_spread import spreads_on, water_reached
from .vocab_data import OUTAGE_FAMILIES
from .vocab_topic import OTHER_THING, STILL, SYSTEMIC
from .vocabulary import Vocabulary, default_vocabulary, normalise_words

# Supply problems (OUTAGE_FAMILIES) are a whole building's: inner places do not split them; a generic
# outage matches any. Cold radiators are the exception (PER_FLAT): each unit's and each floor's is
# labelled a ticket of its own (hours later, the building's heating still cold is one: likeness.same_spot).
_FOLLOW_UP_MINUTES = 60.0
_CORROBORATE_MINUTES = 30.0
_REPEAT_MINUTES = 7 * 24 * 60.0
_SHORT = 40
_SMELL_DANGERS = {"gas_leak", "fire"}
# A smell or smoke spreads through a building: the floor each neighbour names does not split it.
_DIFFUSE = {"gas_leak", "fire", "smell"}
_ME_TOO_MINUTES = 120.0
# A neighbour smelling it too: 味 (焦味, 烟味), smoke that stings (呛鼻子, 呛人), or "闻到了" (闻着了, 闻见了).
_SMELLS = ("味", "呛", "闻到", "闻着", "闻见")   # 闻着 / 闻见: the north's and Henan's 闻到
# ...and a neighbour smelling the gas too who cries for help: the same leak (a door no one opens is a
# person at risk, a red care ticket of its own).
_SMELL_CRIES = {"distress"}
# ...not "here it does not smell" (我们五楼倒是没烟味，就是炉子老熄火): another problem told by contrast.
_NO_SMELL = ("没烟味", "没味", "没有味", "没啥味", "没什么味", "没闻到", "闻不到", "没有烟", "没闻着", "闻不着", "没闻见",
             "闻不见")
# One unit's drain stack: sewage coming up at its shared drains is the same blockage.
_STACKS = {"sewage"}
# Beyond this, a report of the same kind joins a ticket only when it says the problem is still there.
_STALE_MINUTES = 120.0
# "Another household is also at it": a second source of the same kind, not the same problem.
# "By the way...": whatever family it reads as, what follows is another thing than the ticket's.
_BY_THE_WAY = "顺便"
_ANOTHER = ("也有一家", "也有一户", "也有家", "也有人家", "也在装修", "也在施工", "也有人在")


def could_match(u: Understanding, text: str, vocab: Vocabulary | None = None) -> bool:
    """Whether `match_repeat` can link this message to any ticket at all: a request, a
    place, a smell, or a "me too". Cheap, and needs no candidates, so chatter costs no
    ticket lookup; `match_repeat` itself starts with this test."""
    if u.fixed_report:
        return False
    if u.request or u.location:   # a model-only request may still be the chat's current topic (me_too.nearby)
        return True
    text = normalise_words(text)
    vocab = vocab or default_vocabulary()
    return ("味" in text or here_too(text) or mentions_floors(text) or agreement(text, vocab) is not None
            or echo(text) is not None
            or vocab.first_in("corroborate", text) is not None)


def _after_opener(text: str, vocab: Vocabulary) -> str:
    """The text after its agreeing opener ("就是 三楼那家..." -> "三楼那家..."), else the text."""
    head = text.lstrip(" @[]")
    opener = agreement(head, vocab)
    while opener:   # 就是就是, 对对 对
        head = head[len(opener):].lstrip(" ,.!?;:~、，。！？；：…")
        opener = agreement(head, vocab)
    return head



def match_repeat(u: Understanding, text: str, sender_id: str, building: str | None,
                 candidates: Sequence[TicketView], vocab: Vocabulary | None = None) -> RepeatMatch | None:
    """The open ticket (most recent first) this message repeats or follows up, if any.

    `vocab` is the community's compiled vocabulary (its corroboration / repeat words
    and family breadth); the shipped defaults when not given. A request only the model saw
    is judged on the rules' reading: a "me too" is no request of its own."""
    vocab = vocab or default_vocabulary()
    text = join_spaced_words(text) or text   # written word by word: read joined, as the classifier did
    if not could_match(u, text, vocab):
        return None
    if any(w in text for w in SYSTEMIC) and not _outage_too(u, text):
        return None   # "能不能好好查查": how the lift is looked after, a request of its own
    if Mark.CHATTER in u.marks:
        return None   # "我也看到了 我上去敲门", a joke about the smell: chatter, not one more report
    text = normalise_words(text)
    # gas or burning smelled after a sewage smell: a danger of its own, not one more report of the smell
    # ...nor a smell said not to be the ticket's gas ("不是煤气那种 是垃圾"): another smell
    candidates = [t for t in candidates if not danger_apart(text, t, vocab) and not danger_denied(text, t, vocab)]
    if flat_fault(text) is not None:   # "我家跳闸了 别人家都有电": the flat's own fault, not the building's outage
        candidates = [t for t in candidates if not _outage(t, vocab)]
    if (u.category == "care" or hands_for(text, vocab) is not None or asks_supply(u)) and (
            waited := awaits_outage(u, text, building, candidates, vocab)) is not None:
        return waited   # "水还没来啊？家里有卧床的老人...", "几点来电啊": still waiting on the outage, one more report of it
    if hands_for(text, vocab) is not None:
        # someone vulnerable the problem leaves in need, hands asked for: not the building's outage
        candidates = [t for t in candidates if keeps(t)]
    if trapped_in_lift(text):
        # someone caught in a lift a power cut stopped: the lift's emergency, not one more report of the outage
        candidates = [t for t in candidates if not _outage(t, vocab)]
    elif u.category == "utilities" and "梯" not in text and not any(w in text for w in _HELD_INSIDE):
        # ...and the outage told after it ("电到底什么时候来") is not that emergency either (unless someone is
        # still held: "停电了，我老公还困在里面出不来" is the emergency's own follow-up)
        candidates = [t for t in candidates if not trapped_in_lift(t.text)]
    if u.color == "blue" and u.request and split_keywords(u.keywords)[0] is None and asks_when_fixed(text):
        # "啥时候能修" read as a question to the office: it asks after a broken thing, no consultation
        u = replace(u, color=None)
    asked = u
    if u.model_only:
        u = replace(u, request=False)
    fam, cues, places = split_keywords(u.keywords)
    fams = families(u.keywords)
    status_ask = asked_when(text)
    generic = u.category in (None, "other") or u.category_guessed
    cat = None if u.category_guessed else u.category   # a category the model only guessed names nothing
    corroborates = vocab.first_in("corroborate", text)   # "真的是+也": both parts written
    marker = next((w for w in vocab.words.get("repeat", ()) if w in text), None)
    place_words = set(vocab.words.get("place", ()))
    # a claim for what an outage spoiled, who pays for a repair: a question of its own
    claim = asks_who_pays(text)
    # "me too, but it is my heating pipe": a contrast says it is another problem (an agreeing opener such as
    # "就是，..." is no contrast)
    differs = (any(w in _after_opener(still_not(text), vocab) for w in vocab.words.get("contrast", ()) if len(w) >= 2)
               or "没关系" in text
               or any(w in text for w in _ANOTHER) or claim)
    # "still not fixed", "is it fixed yet", "到底管不管": the asker waits on the problem reported before
    # (not when it was mended in between: "又返水了 上回刚通完" is the thing broken anew)
    waits = (any(w in text for w in STILL) or status_ask is not None or "到底" in text) and not mended_since(text)
    another = any(w in text for w in _ANOTHER)
    # "还是不热" says it is still cold; "全天还是上午" asks a choice
    still_cold = any(w in text for w in STILL if w != "还是") or any(w in text for w in ("还是不", "还是凉", "还是冰"))
    deferred: RepeatMatch | None = None   # a me-too of the same kind: taken if no ticket shares more
    family = vocab.families.get(fam or "")
    attaches = bool(family and family.attaches)
    everywhere = candidates   # people stuck by a problem, a leak between floors: weighed on all
    # (nor the ticket an emergency of another kind only passes by: "我家也没水 刚才厨房水管爆了")
    candidates = [t for t in candidates if new_place_too(u, text, t, fam) is None and not own_emergency(u, t, vocab)]
    candidates = named_tickets_first(fam, sender_id, candidates, vocab)   # "地下室那灯咋还没修": the light's ticket
    candidates = [t for t in candidates if not another_homes_door(u, text, t)]   # "俺家门也是 2单元501"
    for t in candidates:
        tkw = ticket_keywords(t, vocab)
        tfam, tcues, tplaces = split_keywords(tkw)
        same = same_family(fam, tfam) or ("generic_fault" in (fam, tfam) and cat == t.category)
        link = None
        if not same and u.request and t.color != "blue" and cat == t.category:
            if tfam in fams and not is_broad(tfam, vocab) and _BY_THE_WAY not in text:
                link = f"also names the problem of #{t.no} ({tfam})"
            elif fam and fam.startswith("fault_") and any(c in d for c in cues for d in tcues | cue_parts(tcues)):
                link = f"the same object as #{t.no} ('{sorted(cues)[0]}')"
            elif (status_ask and t.minutes_since_last_report <= _REPEAT_MINUTES
                  and not own_problem(fam, tfam, tkw)):
                link = f"asks after the open problem of #{t.no} ('{status_ask}')"
            same = bool(link)
        escalated = False
        if not same and escalates(fam, tfam):
            escalated = True
            # a more urgent report of the same thing: share a cue word or a building part
            same = bool(cue_parts(cues) & cue_parts(tcues))
        elif (not same and corroborates and escalates(tfam, fam)
              and t.minutes_since_last_report <= _CORROBORATE_MINUTES):
            escalated = same = True   # "I saw it too, and more of it is loose": the urgent ticket's thing
        flowing = not same and water_reached(fam, families(tkw), t)
        if flowing:
            escalated = same = True   # the leak just reported has reached the meter box: the same water
        if (not same and any(w in text for w in _SMELLS) and not any(w in text for w in _NO_SMELL)
                and (fam in (None, "smell", "generic_fault") or (fam in _SMELL_CRIES and tfam in _SMELL_DANGERS)
                     or (fam in LEAK_FAMILIES and tfam == "gas_leak" and guessed_leak(text)))   # "是不是管子漏了": the gas's pipe
                and (tfam in _SMELL_DANGERS or burning(t))
                and t.minutes_since_last_report <= _CORROBORATE_MINUTES):
            same = smell_link = True   # "that smell is getting stronger" after a gas / smoke report
        else:
            smell_link = False
        # building-wide problems, a lift, and a "me too from my floor": inner places do not split them
        # "me too" from another floor joins an outage, a noise, a smell; not a fault of the building at a spot
        # (a floor's light, a unit's door): that is another one
        # ...unless "still cold": the heating the ticket is about, whoever's radiator it is
        per_flat = bool(PER_FLAT & {fam, tfam}) and not still_cold
        spot = cat == "facility" or per_flat
        supply = same and ((fam in OUTAGE_FAMILIES and not per_flat) or cat == "elevator"
                           or bool(corroborates and not differs and not spot)
                           or (fam in _DIFFUSE and tfam in _DIFFUSE) or bool(link) or smell_link or flowing)
        # sewage backing up at the unit's shared drains (hall, door, manhole) is one blockage: the floors and
        # building parts they name do not split it (a home's own drain, another flat's, is labelled apart)
        stack = same and fam in _STACKS and shared_only(text) and shared_only(t.text)
        conflict = (place_conflict(u.location, t.location, building, t.building, supply or stack)
                    or qualifier_conflict(text, t.text))   # 1号梯 vs 2号梯, 南门 vs 北门, 高区 vs 低区
        if (conflict and same and LEAK_FAMILIES & {fam, tfam}
                and leak_stack(u.location, t.location, text)):
            conflict = None   # the flat right below the leak (its ceiling drips), or right above it (its own pipe leaks)
        same_sender = t.reported_by(sender_id)
        if conflict or (not supply and not same_sender and home_vs_shared(text, t.text)):
            continue
        if own_door_vs_entrance(text, t.text):
            continue   # a flat's own smart lock and the building's entrance gate: two doors
        if claim:
            continue   # who pays for what the outage spoiled: a question of its own, even the reporter's
        compatible = (generic or t.category in (None, "other") or u.category == t.category or escalated
                      # the same fault one side read as the supply's or the fitting's for its whose-matter words
                      # ("电压不稳 楼道灯一闪一闪" then "楼道的灯也一直闪"): whose matter, not another problem
                      or (same and fam == tfam and {u.category, t.category} == {"facility", "utilities"}
                          and any(weak_supply(x) or mount_broken(x) for x in (text, normalise_words(t.text)))))
        # a consultation's asker asking again is another question, answered on its own
        consult_again = t.color == "blue" and asked.request
        # a reply only the model reads: "又跳了" is the problem once more, "顺便..." another thing
        own_words = u.request or u.location or (asked.request and "又" not in text and _BY_THE_WAY not in text)
        if (same_sender and t.minutes_since_last_report <= _FOLLOW_UP_MINUTES and len(text) <= 2 * _SHORT
                and not consult_again):
            # ...naming the ticket's main problem, or another its report named too (老鼠 after 垃圾房...老鼠)
            # (a category only the model read, with a place and no problem the rules read, names no other thing:
            # "补一句 我是2单元1602 那机器就在窗户对面" is where the reporter lives; "还有..." tells another thing)
            if ((compatible or (u.model_only and not fam and u.location and another_thing(text, t.text, ()) is None))
                    and own_words and (not fam or same or generic or fam in families(tkw))):
                return RepeatMatch(t.no, "follow_up", (f"same reporter adds detail to #{t.no}",))
        if smell_link:
            return RepeatMatch(t.no, "repeat", (f"the smell reported in #{t.no}",))
        if not u.request:
            if asked.request and (m := still_reported(u, text, t, vocab)) is not None:
                return m   # "那个扶手还是没修", "102还在冒": only the model reads a request, the thing is the ticket's
            if (corroborates and not fam and len(text) <= _SHORT
                    and t.minutes_since_last_report <= _CORROBORATE_MINUTES
                    and not (_another_home(u, t) and not _outage(t, vocab))
                    and other_thing_seen(text, t, vocab) is None):
                return RepeatMatch(t.no, "repeat", (f"'{corroborates}': corroborates #{t.no}",))
            continue
        if attaches:
            # "cordon it off": about the urgent hazard just reported, whatever its kind
            if t.color in ("red", "orange") and t.minutes_since_last_report <= _CORROBORATE_MINUTES:
                return RepeatMatch(t.no, "repeat", (f"'{fam}' handles the hazard of #{t.no}",))
            continue
        if t.minutes_since_last_report > _REPEAT_MINUTES or u.color == "blue" or t.color == "blue":
            continue
        if t.minutes_since_reported() > _STALE_MINUTES and not same_spot(u, text, t, fam, tfam, building):
            if not waits or (u.location and u.location.building and not t.building):
                continue   # hours later the same kind is another one unless "still" (and no building not the report's)
            # (an outage still out is the outage's, not a fault of no named kind: "堵了" hours before "还没来水")
            if not ((fam in OUTAGE_FAMILIES and tfam != "generic_fault") or status_ask
                    or cue_parts(cues) & cue_parts(tcues) or cues & tcues
                    or shared_object(text, t.text, vocab.words.get("object", ()))
                    or (same and one_place(u.location, t.location))):
                continue   # ...and the "still" is about that thing: a word of it shared, not only the family
        if places and tplaces and not (places & tplaces) and not (supply or stack):
            continue
        if link:
            return RepeatMatch(t.no, "repeat", (link,))
        if same and compatible:
            fam_broad = is_broad(fam, vocab) and not escalated
            if (another or any(w in text for w in OTHER_THING)) and (fam_broad or _BY_THE_WAY in text):
                continue   # "another household is at it too", "顺便消个杀": a second source, another thing
            if not fam_broad:
                return RepeatMatch(t.no, "repeat", (f"same problem ({fam}) as #{t.no}",))
            shared = cues & tcues or {c for c in cues for d in tcues | cue_parts(tcues) if c != d and (c in d or d in c)}
            real = {c for c in shared if not (c in place_words and (as_place(c, text) or as_place(c, t.text)))}
            if shared and not real and (cues - shared) and (tcues - shared):
                continue   # only the place is shared (草坪上...): each names its own, different problem
            if shared:
                return RepeatMatch(t.no, "repeat", (f"same {fam}, same cue '{sorted(shared)[0]}' as #{t.no}",))
            if (waits and not another and one_place(u.location, t.location)
                    and names_own_thing(text, cues, t.text, tcues, vocab.words.get("object", ()), place_words) is None):
                return RepeatMatch(t.no, "repeat", (f"same {fam} still there at the same place as #{t.no}",))
            if corroborates and not differs and t.minutes_since_last_report <= _ME_TOO_MINUTES and deferred is None:
                deferred = RepeatMatch(t.no, "repeat", (f"'{corroborates}': the same {fam} soon after #{t.no}",))
            if marker and fuzz.partial_ratio(text, t.text) >= 60:
                return RepeatMatch(t.no, "repeat", (f"'{marker}' and similar text to #{t.no}",))
            if "generic_fault" in (fam, tfam) and specific_place_match(u.location, t.location):
                return RepeatMatch(t.no, "repeat", (f"same {u.category} fault at the same spot as #{t.no}",))
        elif generic and not fam and t.minutes_since_last_report <= _CORROBORATE_MINUTES and corroborates:
            return RepeatMatch(t.no, "repeat", (f"'{corroborates}' about #{t.no}",))
    if deferred is None and not claim and not another:   # "我就是楼上的" reads as a contrast ('就是')
        if (m := place_answer(asked, text, sender_id, candidates)
                or between_floors(asked, fam, text, sender_id, building, everywhere)
                or spreads_on(asked, fam, text, sender_id, building, everywhere, vocab)
                or stuck(asked, fam, text, sender_id, building, everywhere)
                or floor_too(asked, fam, text, building, everywhere, vocab)
                or returns_to(asked, fam, text, sender_id, building, candidates, vocab)
                or returns_unnamed(asked, fam, text, sender_id, building, candidates, vocab)
                or told_again(asked, text, building, candidates, vocab)
                or points_back(asked, fam, text, sender_id, building, candidates, vocab)
                or main_stack(asked, fam, text, building, candidates, vocab)
                or neighbour_back(asked, fam, text, sender_id, building, candidates, vocab)
                or dark_still(asked, fam, text, building, candidates, vocab)
                or noise_back(asked, fam, text, sender_id, building, candidates)
                or smelled_from(asked, fam, text, sender_id, candidates, vocab)) is not None:
            return m   # (the reporter's 还是 is "still", no contrast)
    if deferred is None and not differs:
        # "我家也是, 6楼那间..." after one home's damp wall: another home's (a supply outage is the building's)
        # (nor a sewage stack shared by the homes above one another, nor a leak from the flat above)
        homes = [t for t in candidates if not (_another_home(asked, t) and not _outage(t, vocab)
                                               and not _shared_stack(t, vocab))]
        return (lift_in_outage(asked, fam, text, sender_id, building, candidates, vocab)
                or nearby(asked, fam, text, building, homes, vocab)
                or roll_call(asked, text, sender_id, everywhere)
                or also(asked, fam, text, building, homes, vocab)
                or latest_topic(asked, fam, text, sender_id, building, candidates, vocab)
                or (asks_after(asked, fam, text, building, candidates, vocab) if asked.request else None)
                or heard_too(asked, text, sender_id, building, everywhere))
    return deferred


def _outage_too(u: Understanding, text: str) -> bool:
    """A second household's "here too" of a supply outage ("我家也停水了 物业得给个说法"): the explanation
    it demands is the outage's, one more report of it, not a question of how the building is looked after; so is
    the outage still not over ("到现在还是没水 谁能给个说法")."""
    fam, text = split_keywords(u.keywords)[0], normalise_words(text)
    return fam in OUTAGE_FAMILIES and fam not in PER_FLAT and (here_too(text) or any(w in text for w in STILL))


def _another_home(u: Understanding, t: TicketView) -> bool:
    """"我家也是, 4楼那间墙上全是水" after a report about one home: another home's own problem (a place the
    report's does not imply; "一楼也返了" after "101返水" is the same)."""
    return bool(u.location) and adds_place(u.location, t.location) and at_home(t.text)


# someone held inside (the lift a power cut stopped): 困, 关在, 出不来, 里面
_HELD_INSIDE = ("困", "关在", "出不来", "里面")
# a sewage stack or a leak from the flat above is shared by the homes on it (not a damp wall: 外墙渗水)
_FROM_ABOVE = ("楼上", "上面漏", "上边漏", "上层")


def _shared_stack(t: TicketView, vocab: Vocabulary) -> bool:
    """The ticket is sewage backing up or a leak from above: one stack shared by the homes on it."""
    fam = split_keywords(ticket_keywords(t, vocab))[0]
    return fam == "sewage" or (fam == "burst_pipe" and any(w in t.text for w in _FROM_ABOVE))


def _outage(t: TicketView, vocab: Vocabulary) -> bool:
    """The ticket is a supply outage (no power, no water...), not a lift's."""
    return t.category != "elevator" and split_keywords(ticket_keywords(t, vocab))[0] in OUTAGE_FAMILIES
