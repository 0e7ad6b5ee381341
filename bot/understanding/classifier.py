"""Request classifier: one Aho-Corasick pass, then a few explicit rules.

Pipeline: normalise (width, case, [表情] codes, homophone typos) -> scan every
cue word (scan.py) -> drop cues inside harmless longer readings (masks: 打不着火), after a
negation (不是着火, cue_negation.py) or, for red, after a hypothetical in the same clause (要是着火) (red.py)
-> "already fixed" check -> sender role (responders.py) -> chatter -> colour and category
from the most urgent remaining cue family (topics.py) -> colour adjustments (adjust.py:
planned outage asked about = blue; stated risk to a vulnerable person raises yellow to orange).
Every step that decides something appends a short reason.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .advice_given import advice_given
from .adjust import adjust
from .leak_readings import mild_leak, neighbours_drip, roof_leak
from .still_works import lift_still_runs
from .chatter import CHATTER_MARKS, chatter_aside_marked, hazard_beside, home_told_after, laments, person_claimed
from .distress import distress
from .guessed import guessed_cause
from .location import parse_location as _parse_location
from .marks import Mark
from .neighbour_asks import asks_neighbours, offers_help
from .official_named import official_named
from .no_wonder import no_wonder
from .not_over import asks_after, asks_before, relapsed
from .short_lived import fix_short_lived
from .own_words import forwarded_ask
from .passing_up import asks_up
from .red import Facts, stated_facts
from .repair_form import Form, read_form
from .responders import BESIDES, speaker
from .risk_left import risk_left
from .fixed_phrase import valid_fixed
from .normalising import normalise
from .scan import Hit, Scan
from .telling import responders_on_scene
from .topics import names_object, refine_category, topic_category, vague_me_too
from .types import COLOR_RANK, Context, Location, Understanding
from .vocab_data import FIRE_NOT_OVER, OUTAGE_FAMILIES
from .vocab_faults import RELAPSE, RELAPSE_FAULT
from .vocab_lost import PET_TROUBLE
from .vocabulary import Vocabulary, default_vocabulary, normalise_basic

__all__ = ["classify", "explain", "form_intake", "normalise", "parse_location", "MAX_CHARS"]

# A defensive retort between neighbours: "停一下咋了", "种点花怎么了", "跳个舞怎么了".
_RETORT = re.compile(r"(?:一下|点.{0,2}|个.{0,2})(?:咋了|怎么了)")
_FORWARDED = ("【转发", "转发", "[转发", "转:", "【转载")
_STRONG_ASK = ("能不能", "能否", "麻烦", "帮忙", "帮帮", "管管", "管一下", "管不管", "有人管", "谁管", "来人", "派人",
               "看看", "看一下", "查查", "查一下", "处理", "协调", "调解", "怎么办", "咋办", "咋整", "给个说法", "救命",
               "求助", "请问", "咨询", "快来", "尽快", "赶紧来", "快点", "帮帮忙")
# what the writer does instead, after a fault that names no object ("只好到弄堂里乘风凉", "只能去我妈家住了")
_COPING = re.compile(r"(?:只好|只能|只得|干脆|索性)(?:先|自己)?(?:去|到|跑|搬|出去|上|下)")
_GREETINGS = frozenset({"大家好", "早上好", "晚上好", "早安"})
_DUMPED = ("丢了只", "丢了一只")   # a lost pet only when 猫/狗 follows; "丢了只大纸箱" is dumped
_PET_ASKS = ("监控", "能不能")   # "能不能调一下监控": an ask even without naming the office
_THANKS = ("谢谢", "感谢", "多谢", "辛苦", "点赞")
_CREDITED = ("感谢", "谢谢", "多谢", "多亏", "幸亏", "是请", "辛苦")
# "麻烦您了", "麻烦楼长啦", "麻烦王师傅了" (a surname before the title), Cantonese "唔该晒" (folded to 麻烦): thanks for what someone did, at the end of a
# short message naming no problem, not an ask
_THANKED = re.compile(r"麻烦晒?(?:你们|你|您|大家|\w?(?:楼长|网格长|书记|主任|师傅)|社区|物业|[阿老小]\w|\w[姐哥叔姨])?"
                      r"(?:了|啦|晒|哈|喔|哦|咯)+\W*$"
                      r"|^\W*(?:好的?|好嘞|嗯)?\W*麻烦晒?(?:你们|你|您|大家|楼长|网格长|书记|主任|师傅)\W*$")
_SHORT_THANKS = 12  # characters, not counting spaces, punctuation and emoji
_LEAD_INS = ("请问", "想问", "问一下", "问下", "问问", "咨询")
_ACTION_WORDS = ("修", "来人", "派人", "处理", "管", "帮",
                 # a check or a job asked of someone, not a question for information (查查监控, 清一清, 联系...)
                 "查下", "查查", "查一下", "排查", "查监控", "联系一下", "联系下", "联系车主", "加块", "加个", "加装",
                 "清一清", "清理一下", "清掉", "清走", "挪一下", "挪走", "挪开", "催一下", "催催", "换掉", "要不要换", "转几圈")

# The marks of a "not a request" verdict (marks.py): for a stated reason; one the model may not overrule; chatter
# set aside (firm too); no cue found at all
_DECLINED = frozenset({Mark.DECLINED})
_FIRM = _DECLINED | {Mark.FIRM}
_CHATTER = _DECLINED | CHATTER_MARKS
_NO_CUE = frozenset({Mark.NO_CUE})

# A chat message is read up to this length: a real report is far shorter, and some rules are
# quadratic in the number of cues, so 64 KiB of repeated text must not cost seconds.
MAX_CHARS = 1000


def parse_location(text: str) -> Location | None:
    """Building / unit / floor / room as written in the text (see location.py)."""
    return _parse_location(normalise_basic(text))


def _reason(h: Hit) -> str:
    return f"{h.family.color}: cue '{h.cue}' ({h.family.note}) → {h.family.category}"


def _cause_only(h: Hit, hits: list[Hit]) -> bool:
    """An outage told as the cause of a person's need (制氧机没电, 停电了我妈下不了楼): the need is the request."""
    return h.family.name in OUTAGE_FAMILIES and any(o.family.category == "care" for o in hits)


# a person already in hospital: what is told of them after a fix is their care, not a danger now
_CARED_FOR = ("住院", "送医", "医院", "出院")


def _said_after(scan: Scan, h: Hit, at: int) -> bool:
    """The hit is said after `at`: its start, or for a combo its last word ("电梯修好了，今天又困人了")."""
    if h.start > at:
        return True
    last = h.cue.split("+")[-1] if "+" in h.cue else None
    return last is not None and any(a > at for a in scan.atoms.get(last, ()))


def _keywords(hs: list[Hit], places: tuple[str, ...]) -> tuple[str, ...]:
    """Repeat-matching keys: the top family first, then the others, their cues, the places named."""
    if not hs:
        return tuple(f"@{p}" for p in places)
    top = min(hs, key=lambda h: (COLOR_RANK[h.family.color], h.family.fallback, _cause_only(h, hs), h.start))
    fams = (top.family.name,) + tuple(dict.fromkeys(h.family.name for h in hs if h.family is not top.family))
    return (fams + tuple(dict.fromkeys(f"~{h.cue}" for h in hs if h.family is top.family))
            + tuple(dict.fromkeys(f"%{h.cue}" for h in hs if h.family is not top.family))
            + tuple(f"@{p}" for p in places))


def classify(text: str, context: Context = Context(), vocab: Vocabulary | None = None) -> Understanding:
    """What a chat message is: request or not, colour, category, place, and why."""
    vocab = vocab or default_vocabulary()
    t = normalise((text or "")[:MAX_CHARS], vocab)
    form = read_form(t)
    if form is not None and form.body:
        return _repair_form(form, context, vocab)
    scan = Scan(t, vocab)
    # 1. cue families, minus negated / hypothetical / unasked ones
    forward_ask = forwarded_ask(t, vocab.words.get("address", ()), _STRONG_ASK) \
        if t.lstrip().startswith(_FORWARDED) else None   # a forward asked about reports what it quotes
    facts = stated_facts(scan, t, vocab, bool(forward_ask))
    u = _read(t, scan, facts, forward_ask, context, vocab)
    # the story of another place travels with the verdict: the model may be asked about the words said of here
    return replace(u, story=facts.story) if facts.story else u


def _read(t: str, scan: Scan, facts: Facts, forward_ask: str | None, context: Context, vocab: Vocabulary) -> Understanding:
    """classify, from the stated facts of the normalised text `t`."""
    loc = _parse_location(t, context.chat_building)
    reasons: list[str] = []
    marks: set[Mark] = set()   # beside the reasons, what later steps decide on (marks.py)
    places = tuple(sorted({w for _, _, w in scan.kinds.get("place", ())}))
    hits = facts.hits
    reasons.extend(f"ignored {d}" for d in facts.dropped[:3])
    reasons.extend(f"ignored '{cue}' inside the harmless '{mask}'" for cue, mask in scan.masked[:3])
    if facts.dropped or scan.masked:
        marks.add(Mark.SET_ASIDE)
    if facts.dropped and facts.elsewhere == len(facts.dropped) and not scan.masked:
        marks.add(Mark.TOLD_ELSEWHERE)   # set aside only as told of another place (Understanding.story)
    cry = distress(scan, t, vocab)
    if cry and not any(h.family.color == "red" for h in hits):
        hits.append(cry)
        reasons.append(f"red: a cry for help ('{cry.cue}') stated as fact")
    keywords = _keywords(hits, places)

    def no(reason: str, fixed: bool = False, why: frozenset[Mark] = _DECLINED) -> Understanding:
        """Not a request, for `reason`; `why` marks it (DECLINED: for a stated reason, NO_CUE: nothing found)."""
        return Understanding(False, None, None, loc, tuple(reasons + [reason]), fixed_report=fixed, keywords=keywords,
                             marks=frozenset(marks) | why)

    # 2. already fixed / over (a problem after 但是/就是 still counts)
    fixed = valid_fixed(scan, vocab)
    if fixed:
        phrase, fend = fixed
        later = sorted([s for s, _, _ in scan.kinds.get("contrast", ()) if s >= fend - 1]
                       + [t.find(w, fend) for w in BESIDES + RELAPSE if t.find(w, fend) >= 0])
        # a leader reporting one thing done, then passing another problem up ("...修好了。...请社区安排")
        ask = asks_up(context.sender_role or "resident", t[fend:])
        ask = ask if ask and not any(h.family.color == "red" for h in hits if h.start >= fend) else None
        if ask and any(w in t[fend:t.find(ask, fend)] for w in _CREDITED):
            ask = None   # "修好了，感谢社区出面协调": the ask is what brought the fix, not a new one
        # anyone's question after a contrast, or the office asked outright (not_over.py)
        if not ask and not any(h.family.color == "red" for h in hits if h.start >= fend) and asks_after(t, fend):
            ask = "(asks after it)"
        after = [h for h in hits if later and _said_after(scan, h, later[0])] if not ask \
            else [h for h in hits if h.start >= fend]
        # a danger told after it is not over ("火扑灭了，隔壁老人吸了烟喘不上气", "燃气灶火灭了，有燃气味"); the fire
        # itself told after it is its cause (是纸箱被烟头引燃), unless it burns again or holds people
        after = after or [h for h in hits if h.family.color == "red" and h.start >= fend
                          and (h.family.name != "fire" or h.cue in FIRE_NOT_OVER)
                          and not any(w in t[fend:] for w in _CARED_FOR)]
        again = (relapsed(t, fend, RELAPSE, RELAPSE_FAULT)   # "才亮了一天" after 又: the fix was short-lived
                 or fix_short_lived(t, fend - len(phrase.split("+")[-1]), fend)) if not ask else None
        if not ask and asks_before(t, fend - len(phrase.split("+")[-1])):
            # the fixed words are background to a question or a plea said first (not_over.py): all of it stands
            reasons.append(f"'{phrase}' is told beside a question or a plea said before it")
        elif again:   # "又不热了 前天修好没两天又这样": the fault told is back (not_over.py)
            reasons.append(f"'{phrase}' did not last: broken again ('{again}')")
            marks.add(Mark.RELAPSED)
        elif after or ask:
            reasons.append(f"'{phrase}' is over, but a new problem follows")
            hits = after
            # the place is the new problem's when it names one ("9幢二单元门锁换好了。顺便说下，9幢一单元...")
            # (a building written only before it is still the building: "3栋电梯修好了，但5楼楼道灯不亮")
            new_loc = _parse_location(t[fend:], context.chat_building)
            if new_loc and loc and not new_loc.building and loc.building:
                # (and its unit, when the new place names none: "7栋1单元来电了 11楼电梯还是不动")
                new_loc = replace(new_loc, building=loc.building, unit=new_loc.unit or loc.unit)
            loc = new_loc or loc
        else:
            return no(f"not request: says it is fixed/over ('{phrase}')", fixed=True)

    red = [h for h in hits if h.family.color == "red"]

    # 3. who speaks
    who = speaker(context.sender_role or "resident", bool(red), t, vocab.words.get("precaution", ()),
                  vocab.words.get("reassured", ()))
    if who.stop and hits and Mark.NOTICE in who.marks:
        # a notice that tells a problem here ("各位 电梯里的监控坏了好几天了"): not firm, the model may read it
        return no(f"not request: {who.role} speaks without an emergency, a notice telling a problem")
    if who.stop:
        return no(who.stop, why=_DECLINED | who.marks)
    if who.note:
        reasons.append(who.note)
        marks.update(who.marks)
    if who.red_only:
        hits = red
    if who.no_red:
        hits, red = [h for h in hits if h.family.color != "red"], []
    role = who.role
    on_scene = (red or facts.referred) and responders_on_scene(scan, (context.sender_role or "resident") == "resident")
    if on_scene:
        return no(f"not request: someone is handling it, responders on the scene ('{on_scene}'): a live update", why=_FIRM)

    # 4. chatter
    ask = None
    if t.lstrip().startswith(_FORWARDED) and not red:  # (a forwarded danger about here stays red)
        ask = forward_ask
        if not ask:
            return no("not request: forwarded news or notice", why=_FIRM)
        reasons.append(f"forwards a neighbour's words and asks the office to act on them ('{ask}')")
    if t.lstrip().startswith(">") and not red:
        return no("not request: quotes another message (a reply between neighbours)", why=_FIRM)
    # a fault of basic living told in it (没水, 漏水了, 锁坏了) is a report, 难怪 only its opening
    wonder = no_wonder(t) if not red and not any(h.family.color == "orange" for h in hits) else None
    if wonder:   # "难怪 ...": explains to the neighbours what was said, asks no one (no_wonder.py)
        return no(f"not request: a remark on what was said ('{wonder}')", why=_CHATTER)
    retort = _RETORT.search(t)
    chatter = scan.first("not_request") or scan.combo(vocab, "not_request") or (retort and retort.group(0))
    if (chatter in _GREETINGS and hits) or (ask and chatter in _FORWARDED):
        chatter = None   # a polite opening before a real report; the forward word of a forward asked about
    if chatter and vocab.first_in("lost_property", chatter) and (person_claimed(t) or hazard_beside(hits)):
        chatter = None   # "谁家的小孩 ... 快来领": a person, not lost property; a parcel blocking the fire lane
    if chatter and not red:
        if retort and chatter == retort.group(0):
            return no(f"not request: a retort between neighbours ('{chatter}')", why=_FIRM)
        if not hits and vocab.first_in("lost_property", chatter):
            return no(f"not request: lost or misdelivered property ('{chatter}')", why=_FIRM)
        return no(f"not request: chatter/advert ('{chatter}')")
    if not red and not any(a in t for a in _STRONG_ASK) and (lament := laments(t, len(hits))):
        return no(f"not request: a lament ('{lament}')", why=_CHATTER)   # "一个月坏三回 迟早要了我的老命": asks nobody
    if not red and (guess := guessed_cause(t, [h.start for h in hits])):
        return no(f"not request: a guess at the cause ('{guess}'), no fault reported")
    addressed = scan.first("address")
    pet = vocab.first_in("lost_pet", t)
    if pet and pet in _DUMPED and not re.search(re.escape(pet) + r".{0,3}[猫狗]", t):
        pet = None   # "丢了只大纸箱" / "丢了一只死老鼠": dumped, not a pet lost
    problems = [h for h in hits if not (h.family.name == "property_complaint" and ("丢" in h.cue or "跑" in h.cue))]
    if pet and not problems and not facts.feared and not red and not addressed and not any(w in t for w in _PET_ASKS) \
            and not any(w in t for w in PET_TROUBLE):
        return no(f"not request: lost or misdelivered property, a pet ('{pet}')", why=_FIRM)
    strong = next((a for a in _STRONG_ASK if a in t), None)
    reply = scan.first("reply") or scan.combo(vocab, "reply")
    if reply and hits and (home := home_told_after(t, scan.kinds.get("reply", ()), min(h.start for h in hits))):
        reasons.append(f"'{home}' names the writer's home after the problem, no reply")
        reply = None
    if reply and not red and not (addressed and strong):
        return no(f"not request: a reply between neighbours ('{reply}')", why=_FIRM)

    if hits and all(h.family.fallback and not h.family.attaches and h.family.category == "other" for h in hits) \
            and not addressed and not names_object(t) and not facts.stays \
            and Mark.RELAPSED not in marks:   # (the thing fixed is the object: "修好了 又漏了")
        coping = _COPING.search(t, hits[0].start)
        if coping and not scan.has("ask") and not any(a in t for a in _STRONG_ASK):   # ...老人家怎么办 still asks   # "空调坏了，只好到弄堂里乘风凉": the fault is the reason for what the writer does instead
            return no(f"not request: a fault told as the reason for coping ('{coping.group(0)}')", why=_CHATTER)
        return no(f"not request: '{hits[0].cue}' names no object and asks no one", why=_DECLINED | {Mark.NO_OBJECT})
    if not hits and (left := risk_left(facts, t)):   # a red cue set aside: what it leaves (risk_left.py)
        color, cat, why = left
        reasons.append(why)
        return Understanding(True, color, cat, loc, tuple(reasons), keywords=keywords, marks=frozenset(marks))
    if not hits:
        if context.sender_role in ("leader", "chief") and who.note and Mark.RELAYED in who.marks \
                and not scan.has("ack"):   # a leader's ask is addressed and strong (not "好的，请物业下午来看下");
            # naming no problem, it names no category either (the model may); asking for things or hands to
            # be sent is asking someone to act (yellow), passing residents' questions up is a question
            u = _no_problem(scan, t, role, addressed or "(passed up)", strong or "(passed up)", loc, reasons,
                            keywords, no, vocab)
            u = replace(u, marks=u.marks | marks)
            acts = u.color == "blue" and Mark.QUESTIONS_RELAYED not in who.marks
            return replace(u, category="other", color="yellow" if acts else u.color) if u.request else u
        u = _no_problem(scan, t, role, addressed, strong, loc, reasons, keywords, no, vocab)
        return replace(u, marks=u.marks | marks)

    # 5. colour and category from the most urgent family
    keywords = _keywords(hits, places)
    best = min(hits, key=lambda h: (COLOR_RANK[h.family.color], h.family.fallback, h.family.category == "other",
                                    _cause_only(h, hits), not h.obj, h.start))
    color, category = best.family.color, best.family.category
    reasons.append(_reason(best))
    category = refine_category(best, category, t, reasons)
    if vague_me_too(best, t):
        marks.add(Mark.VAGUE_ME_TOO)
    color = mild_leak(best, color, t, reasons)
    color = lift_still_runs(best, color, t, vocab, reasons)
    color, category = neighbours_drip(best, color, category, t, vocab, reasons)
    category = roof_leak(best, category, t, vocab, reasons)
    others = [h for h in hits if h.family is not best.family]
    if others:
        reasons.append("also " + ", ".join(sorted({f"'{h.cue}'({h.family.color})" for h in others})[:4]))

    # 6. adjustments
    color, category = adjust(color, category, best, hits, scan, facts, reasons)
    return Understanding(True, color, category, loc, tuple(reasons), keywords=keywords, marks=frozenset(marks))


def _repair_form(form: Form, context: Context, vocab: Vocabulary) -> Understanding:
    """A repair form (repair_form.py), read by the rules."""
    return form_intake(form, classify(form.body, replace(context, sender_role="resident"), vocab))


def form_intake(form: Form, u: Understanding) -> Understanding:
    """A repair form given `u`, the reading of its body as its resident would have written it: closed, a
    fixed report; open, an intake to track whoever relays it (with no known problem, a yellow one)."""
    note = f"a repair form ('{form.title}')"
    if form.closed:
        return Understanding(False, None, None, u.location, (f"not request: {note} closed ('{form.closed}')",),
                             fixed_report=True, keywords=u.keywords, marks=_DECLINED)
    if u.request:
        return replace(u, reasons=(f"{note}: an open intake, read from its address and problem",) + u.reasons)
    cat = topic_category(form.body)
    return Understanding(True, "yellow", cat, u.location,
                         (f"yellow: {note} with no known problem is still an open intake → {cat}",) + u.reasons,
                         keywords=u.keywords, marks=u.marks)


def _no_problem(scan: Scan, t: str, role: str, addressed: str | None, strong: str | None, loc: Location | None,
                reasons: list[str], keywords: tuple[str, ...], no, vocab: Vocabulary) -> Understanding:
    """No problem cue: an acknowledgement, an ask to the office, a question about a service, or nothing."""
    advice = advice_given(t, t.find(addressed) if addressed else -1) \
        if role == "resident" and addressed != "(passed up)" and not official_named(t) else None
    if advice:   # "你问下社区还能补不": tells a neighbour whom to ask (advice_given.py)
        return no(f"not request: advice to a neighbour ('{advice}')", why=_FIRM)
    wish = vocab.first_in("wish", t) if scan.has("ack") else None
    if wish:
        # thanks or a laugh beside a wish or an ask: not chatter for that; the model reads the rest
        reasons.append(f"'{scan.first('ack')}' beside a wish or an ask ('{wish}')")
        if not (addressed and strong and role == "resident" and t.lstrip().startswith(scan.first("ack"))):
            return no("not request: no problem or ask cue", why=_NO_CUE)   # only "好的，麻烦物业..." goes on to the ask
    if not wish and scan.has("ack") and (any(w in t for w in _THANKS) or not scan.has("ask")):
        return no(f"not request: acknowledgement/thanks ('{scan.first('ack')}')")
    thanked = _THANKED.search(t)
    if not wish and thanked and sum(c.isalnum() for c in t) <= _SHORT_THANKS:
        return no(f"not request: thanks ('{thanked.group(0).strip()}')")
    aside = chatter_aside_marked(t) if not (addressed and strong) else None
    if aside:
        return no(f"not request: {aside[0]}", why=_DECLINED | aside[1])
    if addressed and strong and role == "resident":
        question = scan.has("ask") and not any(a in t for a in _ACTION_WORDS)
        color = "blue" if question else "yellow"
        cat = topic_category(t)
        reasons.append(f"{color}: asks the office ('{addressed}', '{strong}') without a known problem → {cat}")
        return Understanding(True, color, cat, loc, tuple(reasons), keywords=keywords)
    question = scan.first("question") or (addressed and scan.first("tag_q"))   # "社区还办活动不"
    qs = scan.kinds.get("question", ((0, 0, ""),))[0]
    rest = re.sub(r"[\s，,。.!！?？~～]|个事|一下|个问题|您|你", "", t[qs[1]:])
    lead_in = question in _LEAD_INS
    named = official_named(t) if role == "resident" else None
    if named:   # "刘主任 茶话会租户也能去不": the vocative puts the question to the office (official_named.py)
        cat = topic_category(t)
        reasons.append(f"blue: a question or a need put to an official by title ({named}) → {cat}")
        return Understanding(True, "blue", cat, loc, tuple(reasons), keywords=keywords,
                             marks=frozenset({Mark.ADDRESSED}))
    deal = (asks_neighbours(t) or offers_help(t)) if not addressed else None   # a favour asked or offered
    if deal:
        return no(f"not request: a question to the neighbours, a favour or a deal ('{deal}')", why=_FIRM)
    if question and role == "resident" and (len(rest) >= 4 or not lead_in):   # "想问个事" alone asks nothing yet
        cat = topic_category(t)
        reasons.append(f"blue: a question to the office ('{question}') → {cat}")
        return Understanding(True, "blue", cat, loc, tuple(reasons), keywords=keywords)
    if scan.has("ack") and not wish:
        return no(f"not request: acknowledgement/thanks ('{scan.first('ack')}')")
    return no("not request: no problem or ask cue", why=_NO_CUE)


def explain(u: Understanding) -> str:
    """Human-readable summary of a decision, one reason per line."""
    head = (f"request {u.color}/{u.category}" if u.request else "not a request") + (
        " (fixed report)" if u.fixed_report else "")
    if u.location:
        head += " @ " + " ".join(f"{k}={v}" for k, v in u.location.as_dict().items() if v)
    return "\n".join([head] + [f"  - {r}" for r in u.reasons])
