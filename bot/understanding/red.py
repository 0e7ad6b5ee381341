"""Which cue hits are facts: negated, hypothetical, drill and smoking readings dropped.

A red cue after a hypothetical in its clause (要是着火) or followed by an imagined consequence
(着火了消防车都进不来) is a stated risk, not a fact: it is remembered as `feared`, which can raise
a yellow problem to orange. (Denials: cue_negation.py; smoke with a harmless source: smoke_explained.py;
a cry for help about a person: distress.py.)
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .aside import background_injury, planned_cut, referred_event, thing_gone, told_as_degree
from .cue_negation import negation, real_drill
from .red_falling import falls_on_person
from .red_past import fire_long_ago, hurt_in_a_past_fall
from .red_readings_more import fault_left
from .red_set_aside import set_aside
from .next_time import told_again_as_fact
from .scan import Hit, Scan, clause_bounds, combo_parts_starts
from .smoke_explained import smoke_explained
from .smoke_nuisance import standing_smoke, told_smoke_source
from .suffered import suffered_by_person
from .telling import (about_the_law, din_at_its_worst, elsewhere_span, light_thing_fell, past_near_miss, recovering,
                      risk_near, story_of, told_as_done, waited_for, warned_after, wet_before)
from .types import Story
from .vocab_chatter import STUFFY, WEATHER
from .vocab_dangers import HYPERBOLE, JOKES, NOT_A_JOKE
from .vocab_data import BLAME_THEN_CALL, DRILL
from .vocab_hazards import BLOCKED_NOW
from .vocab_harm import CALLED, DOOR_OFTEN, RESCUES_CALLED
from .vocab_lost import STILL_LOST_SINCE
from .vocab_vulnerable import WHAT_TO_DO
from .vocab_past import EARLIER
from .vocab_smoke import FLAME_MARKS, SMOKE_SEEN
from .vocabulary import Vocabulary


def _joke(t: str) -> str | None:
    """A laugh in the message, not denied: its danger words are a joke (vocab_dangers)."""
    if any(n in t for n in NOT_A_JOKE):
        return None
    return next((j for j in JOKES if j in t), None)
# a rescue called (叫了120+进不来, vocab_harm)


def _wish_at_its_worst(scan: Scan, t: str) -> str | None:
    """"电梯里能不能装个风扇 夏天关在里面闷得要死": a wish for the lift, its reason told as a nuisance at its
    worst (HYPERBOLE), not a person shut in now."""
    if not any(h.family.category == "suggestion" for h in scan.hits):
        return None
    return next((w for w in HYPERBOLE if w in t), None)


def _blocked_now(scan: Scan, t: str) -> str | None:
    """A word saying the way is blocked now, not itself in a hypothetical clause ("要是堵了")."""
    for w in BLOCKED_NOW:
        i = t.find(w)
        if i >= 0 and not scan.preceded_in_clause("hypothetical", i):
            return w
    return None


# Red events a past day before them in their clause puts over (nothing said to be so now): what each one is.
# Blame asked for a danger not yet come (着火了谁负责): the hazard that would cause it is there now.
_BLAME = ("负责", "算谁", "谁赔", "担责")
_OVER_ON_A_PAST_DAY = {"person_down": "a fall", "missing_person": "someone lost"}
# ...but someone lost since a recent day and not told back is still missing (vocab_lost.STILL_LOST_SINCE).


def _rescue_called_before(cue: str, before: str) -> str | None:
    """The past-day word told before a rescue-called cue (上次打了120 … 进不来), or None."""
    called = cue.split("+")[0]
    if not (called.endswith(RESCUES_CALLED) and called.startswith(CALLED)):
        return None
    return next((w for w in EARLIER if w in before), None)

def _fell_on_a_past_day(scan: Scan, t: str, start: int, now: Sequence[str], end: int = -1) -> str | None:
    """A past day (上周, 前几天) before a fall in its clause, or the fall told as had (摔倒过, 滑倒过: the
    experiential 过 right after it, `end`), and nothing said to be so now."""
    if any(n in t for n in now):
        return None
    if end >= 0 and t.startswith("过", end) and not t.startswith(("过来", "过去", "过后", "过了"), end):
        return "过"
    c = scan.clause(start)
    day = next((w for s, _e, w in scan.kinds.get("past_day", ()) if s < start and scan.clause(s) == c), None)
    return day or hurt_in_a_past_fall(scan, t, start)


@dataclass(slots=True)
class Facts:
    """The hits that stand, what was dropped and why, and a red danger only warned of."""

    hits: list[Hit] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    feared: str | None = None        # a red danger the text warns of (万一着火): a stated risk
    feared_cat: str | None = None
    near: str | None = None          # the risk is told as near or certain (快挨着电线): orange on its own
    referred: str | None = None      # a danger referred to as a past event (打火那事, aside.py)
    stays: str | None = None         # a red cue set aside whose risk stays (a fall that did no harm): orange alone
    wondered: str | None = None      # a red danger only supposed, asked what to do about (要是停电 电梯里有人怎么办)
    story: Story | None = None       # a story of another place whose cues are set aside (telling.story_of)
    elsewhere: int = 0               # how many of the dropped were set aside only as told in that story


def _told_aside(scan: Scan, h: Hit, vocab: Vocabulary, out: Facts) -> str | None:
    """A red cue told aside (aside.py): dropped, with what it leaves (a stated risk, care today)."""
    if ref := referred_event(scan, h):
        out.feared, out.feared_cat = out.feared or h.cue, out.feared_cat or h.family.category
        out.referred = out.referred or ref
        if h.family.category == "safety" and scan.has("ask"):   # sparks or fire once there, asked about: a hazard
            out.near = out.near or ref
        return f"'{h.cue}' a past event referred to ('{ref}'): the risk it shows stays"
    if thing := thing_gone(scan, h):
        return f"'{h.cue}' a thing gone, not a person ('{thing}')"
    if degree := told_as_degree(scan, h):
        return f"'{h.cue}' says how much, nobody hurt ('{degree}')"
    care = "care_urgent" in vocab.families
    if (bg := background_injury(scan, h)) and (care or not bg[1]):
        if bg[1]:
            out.hits.append(Hit(vocab.families["care_urgent"], h.start, h.cue))
            return f"'{h.cue}' an injury told as the need behind a care service ('{bg[0]}'): care today"
        if "affairs_q" in vocab.families:   # the application asked is the request
            out.hits.append(Hit(vocab.families["affairs_q"], h.start, bg[0]))
        return f"'{h.cue}' an injury told as the background of an application ('{bg[0]}')"
    if care and (cut := planned_cut(scan, h)):
        out.hits.append(Hit(vocab.families["care_urgent"], h.start, h.cue))
        return f"'{h.cue}' a power cut of a stated length to come ('{cut}'): care today"
    return None


def imagined_consequence(scan: Scan, start: int) -> str | None:
    """A consequence phrase after the cue in its clause ("着火了消防车都进不来")."""
    c = scan.clause(start)
    for s, _, w in scan.kinds.get("consequence", ()):
        if s > start and scan.clause(s) == c and not told_as_done(scan.text, start, s, w) \
                and not (w[-1] in "责的赔" and _called_after(scan.text, s + len(w))):
            return w
    for s, _, w in scan.kinds.get("consequence_if", ()):
        if s > start and scan.clause(s) == c and any(x in scan.text[max(0, start - 3):start] for x in "真再又"):
            return w
    return None


def _called_after(t: str, end: int) -> bool:
    """A blame phrase ending at `end` is followed by a call for help now (vocab_data.BLAME_THEN_CALL): "着火啦谁负责的
    快来" cries at a danger happening, it does not imagine one."""
    return any(c in t[end:] for c in BLAME_THEN_CALL)


def _asked_here(scan: Scan, back: int) -> bool:
    """After a story from elsewhere, the text turns back here (at `back`) and asks something there (not a drill
    or a lesson asked for: "咱们小区什么时候搞消防演练" is a wish)."""
    return back < len(scan.text) and any(s >= back for s, _e, _w in scan.kinds.get("ask", ())) \
        and not any(w in scan.text[back:] for w in DRILL)


def _now_in_clause(scan: Scan, at: int, now: Sequence[str]) -> bool:
    """A present-tense marker (刚才, 现在, 还在…) in the clause holding position `at`."""
    start, end = clause_bounds(scan.text, at)
    return any(n in scan.text[start:end] for n in now)


def stated_facts(scan: Scan, t: str, vocab: Vocabulary, forward_asked: bool = False) -> Facts:
    """Cue hits minus negated / hypothetical / drill / unasked ones; generic fallbacks only when alone. A forward
    whose poster asks the office about it (`forward_asked`) reports what it quotes: no cue in it is set aside."""
    out = Facts()
    has_ask = scan.has("ask")
    drill, smoking = real_drill(scan, t), scan.first("smoking")
    away = elsewhere_span(scan)
    if away and forward_asked and any(s == away[0] for s, _e, _w in scan.kinds.get("forwarded", ())):
        away = None
    out.story = story_of(scan, away) if away else None
    now = vocab.words.get("now", ())
    past_miss = past_near_miss(scan, now)
    source = smoke_explained(scan, t) or standing_smoke(t) or told_smoke_source(t)
    for h in scan.hits:
        starts = combo_parts_starts(scan, h.cue) if "+" in h.cue else [h.start]
        # (a combo whose last part, the state or the sense, is said after the story turns back here is about here:
        # "新闻说外地煤气中毒了 咱们楼道也一股怪味"; not an object here with the danger told in the news:
        # "外地燃气泄漏爆炸 咱们小区燃气管道老化")
        if away and away[0] <= (starts or [h.start])[-1] < away[1]:
            out.dropped.append(f"'{h.cue}' told of another place or forwarded ('{away[2]}')")
            out.elsewhere += 1
            if h.family.color == "red" and out.story and _asked_here(scan, out.story.back):
                # "隔壁小区电动车起火死了人 咱们楼道那几辆车啥时候清" (or "…5栋楼道那几辆车啥时候清": a story that
                # turns back here in words no list knows, telling.story_of): the news is the reason for an ask about
                # the same hazard here, which stays
                out.feared, out.feared_cat = out.feared or h.cue, out.feared_cat or h.family.category
                out.stays = out.stays or h.cue
            continue
        neg = negation(scan, t, h)
        if neg:
            out.dropped.append(f"'{h.cue}' negated by '{neg}'")
            continue
        if law := about_the_law(scan, h):
            out.dropped.append(f"'{h.cue}' named in a statement about the law ('{law}')")
            continue
        if (back_home := recovering(scan, h)) and "care_urgent" in vocab.families:
            out.dropped.append(f"'{h.cue}' told of a person back home recovering ('{back_home}'): care today")
            out.hits.append(Hit(vocab.families["care_urgent"], h.start, h.cue))
            continue
        if h.family.color == "red" and (aside := _told_aside(scan, h, vocab, out)):
            out.dropped.append(aside)
            continue
        if h.family.color == "red" and (aside := set_aside(scan, h)):
            out.dropped.append(aside[0])
            if aside[1]:
                out.feared, out.feared_cat = out.feared or h.cue, out.feared_cat or h.family.category
                out.stays = out.stays or h.cue
            if fault := fault_left(scan, h, vocab):   # crumbling or already down: the part is still to mend
                out.hits.append(fault)
            continue
        if h.family.color == "red" and past_miss:
            out.dropped.append(f"'{h.cue}' a past near miss that harmed no one ('{past_miss}')")
            continue
        if past := _rescue_called_before(h.cue, t[:min(starts)]):
            out.dropped.append(f"'{h.cue}' a rescue kept out on an earlier day ('{past}'): the lane is the matter")
            continue   # (上次我爸犯病打了120 车都进不来: a grievance, nobody waiting now)
        if "夹住" in h.cue and (often := next((w for w in DOOR_OFTEN if w in t[:max(starts)]), None)):
            out.dropped.append(f"'{h.cue}' a lift door that shuts on people often ('{often}'): the risk it shows stays")
            out.stays = out.stays or h.cue
            continue
        last = max(starts) + len(h.cue.split("+")[-1])
        if h.family.name in _OVER_ON_A_PAST_DAY and (day := _fell_on_a_past_day(scan, t, max(starts), now, last)) \
                and not (h.family.name == "missing_person" and "+" in h.cue and day in STILL_LOST_SINCE
                         and not t.startswith("过", last)):
            # "我妈上周就在那摔了一跤", "上次出门找不到家": the fall or the wandering is over; the risk it shows stays
            told = "told as had" if day == "过" else "told of a past day"
            out.dropped.append(f"'{h.cue}' {_OVER_ON_A_PAST_DAY[h.family.name]} {told} ('{day}'): the risk it shows stays")
            out.feared, out.feared_cat = out.feared or h.cue, out.feared_cat or "care"
            continue
        if h.family.name == "fire" and (day := fire_long_ago(scan, t, min(starts), now)):
            # "去年就有人家窗帘被点着了" told as the reason for an ask: that fire is over; the risk it shows stays
            out.dropped.append(f"'{h.cue}' a fire told of an earlier occasion ('{day}'): the risk it shows stays")
            out.feared, out.feared_cat = out.feared or h.cue, out.feared_cat or h.family.category
            continue
        if h.family.color == "red" and (near := risk_near(scan, starts)):
            out.dropped.append(f"'{h.cue}' a risk told as near, not yet a fact ('{near}')")
            out.feared, out.feared_cat, out.near = out.feared or h.cue, out.feared_cat or h.family.category, near
            continue
        if h.family.name == "trapped" and (worst := _wish_at_its_worst(scan, t)):
            out.dropped.append(f"'{h.cue}' the reason for a wish, told at its worst ('{worst}')")
            continue
        if h.family.name in ("falling_part", "falling_object") and (light := light_thing_fell(scan, starts)):
            out.dropped.append(f"'{h.cue}' what fell is light ('{light}')")
            continue
        if h.family.name == "flood_electric" and (wet := wet_before(t)):
            out.dropped.append(f"'{h.cue}' told as over ('{wet}'): the fault it left is asked")
            continue
        if h.family.name in ("falling_part", "falling_object") and (din := din_at_its_worst(scan, max(starts))):
            out.dropped.append(f"'{h.cue}' a noise told at its worst ('{din}')")
            out.hits.append(Hit(vocab.families["noise"], h.start, din))   # the noise is the complaint
            continue
        if h.family.color == "red" and (joke := _joke(t)):
            out.dropped.append(f"'{h.cue}' in a joke ('{joke}')")
            continue
        if h.family.color == "red" and drill:
            out.dropped.append(f"'{h.cue}' in a drill or lesson ('{drill}')")
            continue
        if h.family.name == "fire" and smoking and "烟" in h.cue and not any(s in h.cue for s in SMOKE_SEEN):
            out.dropped.append(f"'{h.cue}' is someone smoking ('{smoking}')")
            out.hits.append(Hit(vocab.families["smell"], h.start, h.cue))
            continue
        if source and h.family.name == "fire" and "烟" in h.cue and not any(m in h.cue for m in FLAME_MARKS):
            out.dropped.append(f"'{h.cue}' is smoke from a harmless source, no fire ('{source}')")
            out.hits.append(Hit(vocab.families["smell"], h.start, h.cue))
            continue
        hyp = waited = None
        if h.family.color != "blue":   # "下次能不能提前通知" is still a wish
            # a red combo's state told as happening now in a clause of its own is not under a warning in the clause
            # before it ("别坐2号电梯 刚才卡住一个人": the warning is the advice, the person held is a fact; not
            # "不要让孩子一个人坐电梯 卡住了出不来", the warning's own consequence)
            own = [max(starts)] if h.family.color == "red" and len(starts) > 1 and _now_in_clause(scan, max(starts), now) \
                else starts
            hyp = next((w for st in own if (w := scan.preceded_in_clause("hypothetical", st))), None)
        if not hyp and h.family.color == "red":
            # (each word of a pair cue in its own clause: "纸箱又多 哪天真烧起来都不知道" imagines the fire)
            hyp = next((w for st in dict.fromkeys((h.start, *starts)) if (w := imagined_consequence(scan, st))), None) \
                or warned_after(scan, starts)
            if not hyp and (hyp := waited_for(scan, starts)):
                waited = hyp   # 要等烧起来才晓得怕: the office said to wait for it, the hazard there now
        if hyp and (falls_on_person(t, h, hyp) or (hyp in STUFFY and not any(w in t for w in WEATHER))
                    or suffered_by_person(t, hyp)):
            hyp = None   # (闷得 with no weather named: a person who cannot breathe, vocab_chatter; 老人热得…)
        if hyp and told_again_as_fact(scan, t, h.cue, hyp):
            hyp = None   # a threat for next time, then the same fault told there now (next_time.py)
        if hyp and h.family.name == "fire_lane" and _blocked_now(scan, t):
            hyp = None   # "又堵上了 消防车要是来了都进不去": the risk of a lane blocked now
        if hyp:
            out.dropped.append(f"'{h.cue}' only hypothetical ('{hyp}')")
            if h.family.color == "red":
                out.feared = out.feared or h.cue
                out.feared_cat = out.feared_cat or h.family.category
                if t.find(hyp) <= 2:   # the supposition opens the message: the question is all it asks
                    out.wondered = out.wondered or next((w for w in WHAT_TO_DO if w in t[h.start:]), None)
                if any(b in hyp for b in _BLAME) or hyp == waited:
                    # 着火了谁负责, 要等烧起来才晓得怕: a complaint of the hazard there now
                    out.stays = out.stays or h.cue
            continue
        if h.family.needs_ask and not has_ask:
            continue
        out.hits.append(h)
    if any(not h.family.fallback for h in out.hits):
        out.hits = [h for h in out.hits if not h.family.fallback]
    return out
