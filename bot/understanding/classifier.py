"""Request classifier: one Aho-Corasick pass, then a few explicit rules.

Pipeline: normalise (width, case, [表情] codes, homophone typos) -> scan every
cue word -> drop cues inside harmless longer readings (masks: 打不着火), after a
negation (不是着火) or, for red, after a hypothetical in the same clause (要是着火)
-> "already fixed" check -> sender role -> chatter -> colour and category from the
most urgent remaining cue family -> colour adjustments (planned outage asked
about = blue; stated risk to a vulnerable person raises yellow to orange).
Every step that decides something appends a short reason.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .location import parse_location as _parse_location
from .types import COLOR_RANK, Context, Location, Understanding
from .vocabulary import Family, Vocabulary, default_vocabulary, normalise_basic, normalise_words

_EMOJI_CODE = re.compile(r"\[[^\[\]\s]{1,6}\]")
# A defensive retort between neighbours: "停一下咋了", "种点花怎么了", "跳个舞怎么了".
_RETORT = re.compile(r"(?:一下|点.{0,2}|个.{0,2})(?:咋了|怎么了)")
_FORWARDED = ("【转发", "转发", "[转发", "转:", "【转载")
_SUGGEST_LEADS = ("建议", "提议", "提个建议", "提个意见", "倡议")
_SERVICE_QUESTION = ("请问", "想问", "问一下", "问下", "咨询")
_TODAY = ("今天", "马上", "现在", "急", "赶紧", "快")
_SUGGEST_WORDS = ("建议", "希望", "提议", "提个意见", "倡议")
_SEPARATORS = frozenset(" \t\n，,。.!！?？；;~～、…")
_HARD_STOPS = frozenset("\n。!！?？；;")
_LOCATIVE_AFTER = frozenset("口前外边旁后下上里内")
_RESPONDERS = ("staff", "leader", "chief")
# Answer markers that show a responder is handling, not reporting.
_HANDLED = ("收到", "已经", "已", "马上", "正在", "安排", "联系了", "我去", "过去", "稍等", "放心", "没事", "找到了",
            "灭了", "拉走了", "通知", "到现场", "派人", "处理")
_STRONG_ASK = ("能不能", "能否", "麻烦", "帮忙", "帮帮", "管管", "管一下", "管不管", "有人管", "谁管", "来人", "派人",
               "看看", "看一下", "查查", "查一下", "处理", "协调", "调解", "怎么办", "咋办", "咋整", "给个说法", "救命",
               "求助", "请问", "咨询", "快来", "尽快", "赶紧来", "快点", "帮帮忙")


@dataclass(slots=True)
class _Hit:
    family: Family
    start: int
    cue: str
    obj: bool = False    # an object named right before its fault state: the most precise reading


def normalise(text: str, vocab: Vocabulary) -> str:
    """Width/case folded, emoji codes blanked, known homophone typos corrected."""
    t = normalise_words(text)
    if "[" in t:
        t = _EMOJI_CODE.sub(lambda m: " 链接 " if m.group(0) == "[链接]" else " ", t)
    ta = vocab.typo_automaton
    if ta is not None:
        out: list[str] = []
        last = 0
        guard = vocab.typo_guard
        for end, (variant, word) in ta.iter_long(t):
            start = end - len(variant) + 1
            if (start > 0 and t[start - 1:start + 1] in guard) or t[end:end + 2] in guard:
                continue   # the variant cuts through a real word: 一楼|电表 is not 漏电
            out.append(t[last:start])
            out.append(word)
            last = end + 1
        if out:
            out.append(t[last:])
            t = "".join(out)
    return t


def parse_location(text: str) -> Location | None:
    """Building / unit / floor / room as written in the text (see location.py)."""
    return _parse_location(normalise_basic(text))


class _Scan:
    """Every vocabulary word found in a text, with positions."""

    __slots__ = ("text", "kinds", "atoms", "hits", "seps")

    def __init__(self, text: str, vocab: Vocabulary):
        self.text = text
        self.seps = [i for i, c in enumerate(text) if c in _SEPARATORS]
        kinds: dict[str, list[tuple[int, int, str]]] = {}
        atoms: dict[str, list[int]] = {}
        fam_atoms: list[tuple[int, int, str, tuple[str, ...]]] = []
        found = []
        for end, (atom, akinds, fams) in vocab.automaton.iter(text):
            found.append((end - len(atom) + 1, end + 1, atom, akinds, fams))
        masks = [(s, e) for s, e, a, k, _ in found if "mask" in k
                 and not (a.startswith("不是") and s > 0 and text[s - 1] == "是")]   # 是不是着火 is a question
        for s, e, atom, akinds, fams in found:
            if masks and "mask" not in akinds and any(s < me and ms < e and (me - ms) >= (e - s) for ms, me in masks):
                continue
            atoms.setdefault(atom, []).append(s)
            for k in akinds:
                kinds.setdefault(k, []).append((s, e, atom))
            if fams:
                fam_atoms.append((s, e, atom, fams))
        # "不能" inside "能不能" is asking, not forbidding
        if "hypothetical" in kinds and "ask" in kinds:
            asks = [(s, e) for s, e, _ in kinds["ask"]]
            kinds["hypothetical"] = [o for o in kinds["hypothetical"]
                                     if not any(a <= o[0] and o[1] <= b and (b - a) > (o[1] - o[0]) for a, b in asks)]
            if not kinds["hypothetical"]:
                del kinds["hypothetical"]
        self.kinds = kinds
        self.atoms = atoms
        hits: list[_Hit] = []
        for s, e, atom, fams in fam_atoms:
            for f in fams:
                hits.append(_Hit(vocab.families[f], s, atom))
        seen_combo: set[tuple[str, tuple[str, ...]]] = set()
        for atom, starts in atoms.items():
            for fname, parts in vocab.combo_index.get(atom, ()):
                if (fname, parts) in seen_combo:
                    continue
                if all(p in atoms for p in parts[1:]):
                    seen_combo.add((fname, parts))
                    if any(self._beside(p, atoms[p]) for p in parts):
                        continue   # 窗户外边...翘起来: the window is where one stands, not what is broken
                    hits.append(_Hit(vocab.families[fname], min(atoms[p][0] for p in parts), "+".join(parts)))
        hits.extend(self._object_faults(vocab))
        hits.sort(key=lambda h: h.start)
        self.hits = hits

    def _object_faults(self, vocab: Vocabulary) -> list[_Hit]:
        """Object x fault state close after it ("篮筐歪了"), or object x a repair ask anywhere after it."""
        found = self.kinds.get("object", ())
        # the longest object word at a spot (窗户, not 窗), and not one used as a landmark (窗户里)
        longest = [o for o in found if not any(p[0] <= o[0] and o[1] <= p[1] and p != o for p in found)]
        objs = [o for o in longest if self.text[o[1]:o[1] + 1] not in _LOCATIVE_AFTER]
        if not objs:
            return []
        out: list[_Hit] = []
        t = self.text
        for kind, window in (("fault", 6), ("repair", 40)):
            for fs, _fe, _fw in self.kinds.get(kind, ()):
                if fs > 0 and t[fs - 1] in "没不别" and kind == "fault":
                    continue   # 没坏 / 不漏
                best = None
                for o in objs:
                    if o[1] <= fs and fs - o[1] <= window and not any(c in _HARD_STOPS for c in t[o[1]:fs]):
                        if best is None or o[1] > best[1] or (o[1] == best[1] and o[0] < best[0]):
                            best = o
                if best is not None:
                    fam = vocab.families.get(vocab.objects.get(best[2], ""))
                    if fam is not None:
                        out.append(_Hit(fam, best[0], best[2], obj=kind == "fault"))
        return out

    def _beside(self, word: str, starts: list[int]) -> bool:
        """Every occurrence of `word` is followed by 外边/旁边...: it only says where, next to what."""
        from .vocab_data import BESIDE

        return all(self.text.startswith(BESIDE, s + len(word)) for s in starts)

    def has(self, kind: str) -> bool:
        return kind in self.kinds

    def first(self, kind: str) -> str | None:
        occ = self.kinds.get(kind)
        return occ[0][2] if occ else None

    def clause(self, pos: int) -> int:
        return bisect.bisect_right(self.seps, pos)

    def preceded_in_clause(self, kind: str, start: int, window: int = 8) -> str | None:
        """A word of `kind` ending before `start` in the same clause, within `window` chars."""
        c = self.clause(start)
        for s, e, w in self.kinds.get(kind, ()):
            if e <= start and start - e <= window and self.clause(s) == c:
                return w
        return None

    def combo(self, vocab: Vocabulary, kind: str) -> str | None:
        for parts in vocab.word_combos.get(kind, ()):
            if all(p in self.atoms for p in parts):
                return "+".join(parts)
        return None


def _combo_parts_starts(scan: _Scan, cue: str) -> list[int]:
    return [scan.atoms[p][0] for p in cue.split("+") if p in scan.atoms]


def _valid_fixed(scan: _Scan, vocab: Vocabulary) -> tuple[str, int] | None:
    """The first 'already fixed' phrase that is not a question or a denial: (phrase, end)."""
    t = scan.text
    from . import vocab_data as D

    for s, e, w in scan.kinds.get("fixed", ()):
        after = t[e:e + 2]
        before = t[max(0, s - 3):s]
        if any(after.startswith(q) for q in D.FIXED_QUESTION_AFTER):
            continue
        if any(before.endswith(d) for d in D.FIXED_DENIAL_BEFORE):
            continue
        return w, e
    combo = scan.combo(vocab, "fixed")
    if combo:
        return combo, max(scan.atoms[p][0] + len(p) for p in combo.split("+"))
    return None


def _imagined_consequence(scan: _Scan, start: int) -> str | None:
    """A consequence phrase after the cue in its clause ("着火了消防车都进不来")."""
    c = scan.clause(start)
    for s, _, w in scan.kinds.get("consequence", ()):
        if s > start and scan.clause(s) == c:
            return w
    for s, _, w in scan.kinds.get("consequence_if", ()):
        if s > start and scan.clause(s) == c and any(x in scan.text[max(0, start - 3):start] for x in "真再又"):
            return w
    return None


def _reason(h: _Hit) -> str:
    return f"{h.family.color}: cue '{h.cue}' ({h.family.note}) → {h.family.category}"


# A chat message is read up to this length: a real report is far shorter, and some rules are
# quadratic in the number of cues, so 64 KiB of repeated text must not cost seconds.
MAX_CHARS = 1000


def classify(text: str, context: Context = Context(), vocab: Vocabulary | None = None) -> Understanding:
    """What a chat message is: request or not, colour, category, place, and why."""
    vocab = vocab or default_vocabulary()
    t = normalise((text or "")[:MAX_CHARS], vocab)
    loc = _parse_location(t)
    scan = _Scan(t, vocab)
    reasons: list[str] = []
    places = tuple(sorted({w for _, _, w in scan.kinds.get("place", ())}))

    # 1. cue families, minus negated / hypothetical / unasked ones
    has_ask = scan.has("ask")
    hits: list[_Hit] = []
    dropped: list[str] = []
    feared: str | None = None      # a red danger the text warns of (万一着火): a stated risk
    feared_cat: str | None = None
    drill, smoking = scan.first("drill"), scan.first("smoking")
    for h in scan.hits:
        starts = _combo_parts_starts(scan, h.cue) if "+" in h.cue else [h.start]
        neg = None
        lead = h.cue.split("+")[0] if "+" in h.cue else h.cue   # a combo is negated through its first word
        if "+" not in h.cue or t.startswith(lead, h.start):
            for s, e, w in scan.kinds.get("negation", ()):
                if e == h.start or (e == h.start - 1 and t[e] not in _SEPARATORS):
                    # 是不是着火 / 有没有煤气味 are questions, not denials
                    if not lead.startswith(w) and not (0 < s < len(t) - 1 and t[s - 1] == t[s + 1]):
                        neg = w
                        break
        if neg:
            dropped.append(f"'{h.cue}' negated by '{neg}'")
            continue
        if h.family.color == "red" and drill:
            dropped.append(f"'{h.cue}' in a drill or lesson ('{drill}')")
            continue
        if h.family.name == "fire" and smoking and "烟" in h.cue:
            dropped.append(f"'{h.cue}' is someone smoking ('{smoking}')")
            hits.append(_Hit(vocab.families["smell"], h.start, h.cue))
            continue
        hyp = None
        if h.family.color != "blue":   # "下次能不能提前通知" is still a wish
            hyp = next((w for st in starts if (w := scan.preceded_in_clause("hypothetical", st))), None)
        if not hyp and h.family.color == "red":
            hyp = _imagined_consequence(scan, h.start)
        if hyp:
            dropped.append(f"'{h.cue}' only hypothetical ('{hyp}')")
            if h.family.color == "red":
                feared = feared or h.cue
                feared_cat = feared_cat or h.family.category
            continue
        if h.family.needs_ask and not has_ask:
            continue
        hits.append(h)
    if any(not h.family.fallback for h in hits):
        hits = [h for h in hits if not h.family.fallback]
    reasons.extend(f"ignored {d}" for d in dropped[:3])
    distress = _distress(scan, t, vocab)
    if distress and not any(h.family.color == "red" for h in hits):
        hits.append(distress)
        reasons.append(f"red: a cry for help ('{distress.cue}') stated as fact")

    def kw(hs: list[_Hit]) -> tuple[str, ...]:
        if not hs:
            return tuple(f"@{p}" for p in places)
        top = min(hs, key=lambda h: (COLOR_RANK[h.family.color], h.family.fallback, h.start))
        fams = (top.family.name,) + tuple(dict.fromkeys(h.family.name for h in hs if h.family is not top.family))
        return (fams + tuple(dict.fromkeys(f"~{h.cue}" for h in hs if h.family is top.family))
                + tuple(dict.fromkeys(f"%{h.cue}" for h in hs if h.family is not top.family))
                + tuple(f"@{p}" for p in places))

    keywords = kw(hits)

    def no(reason: str, fixed: bool = False) -> Understanding:
        return Understanding(False, None, None, loc, tuple(reasons + [reason]), fixed_report=fixed, keywords=keywords)

    # 2. already fixed / over (a problem after 但是/就是 still counts)
    fixed = _valid_fixed(scan, vocab)
    if fixed:
        phrase, fend = fixed
        later = [s for s, _, _ in scan.kinds.get("contrast", ()) if s >= fend - 1]
        after = [h for h in hits if later and h.start > later[0]]
        if after:
            reasons.append(f"'{phrase}' is over, but a new problem follows")
            hits = after
        else:
            return no(f"not request: says it is fixed/over ('{phrase}')", fixed=True)

    red = [h for h in hits if h.family.color == "red"]

    # 3. who speaks
    role = context.sender_role or "resident"
    if role in _RESPONDERS:
        if role == "staff":
            return no(f"not request: {role} announces or answers")
        if not red:
            escalates = next((w for w in _ESCALATE if w in t), None)
            if not escalates or any(m in t for m in _RESPONDER_BUSY):
                return no(f"not request: {role} speaks without an emergency")
            reasons.append(f"{role} passes a problem up to the office ('{escalates}')")
            role = "resident"
        else:
            handled = next((m for m in _HANDLED if m in t), None)
            if handled:
                return no(f"not request: {role} is handling it ('{handled}')")
            reasons.append(f"{role} reports an emergency")
            hits = red
    elif not red and any(a in t for a in _APOLOGY) and any(m in t for m in _SELF_HANDLING):
        return no("not request: the resident answers that they are handling it themselves")

    # 4. chatter
    if t.lstrip().startswith(_FORWARDED):
        return no("not request: forwarded news or notice")
    if t.lstrip().startswith(">") and not red:
        return no("not request: quotes another message (a reply between neighbours)")
    retort = _RETORT.search(t)
    chatter = scan.first("not_request") or scan.combo(vocab, "not_request") or (retort and retort.group(0))
    if chatter in _GREETINGS and hits:
        chatter = None   # a polite opening before a real report
    if chatter and not red:
        return no(f"not request: chatter/advert ('{chatter}')")
    addressed = scan.first("address")
    strong = next((a for a in _STRONG_ASK if a in t), None)
    reply = scan.first("reply") or scan.combo(vocab, "reply")
    if reply and not red and not (addressed and strong):
        return no(f"not request: a reply between neighbours ('{reply}')")

    if hits and all(h.family.fallback and not h.family.attaches and h.family.category == "other" for h in hits) \
            and not addressed:
        from .vocab_data import OBJECT_CATEGORY

        if not any(o in t for o in OBJECT_CATEGORY):
            return no(f"not request: '{hits[0].cue}' names no object and asks no one")
    if not hits:
        thanks = any(w in t for w in ("谢谢", "感谢", "多谢", "辛苦", "点赞"))
        if scan.has("ack") and (thanks or not scan.has("ask")):
            return no(f"not request: acknowledgement/thanks ('{scan.first('ack')}')")
        if addressed and strong and role == "resident":
            question = scan.has("ask") and not any(a in t for a in ("修", "来人", "派人", "处理", "管", "帮"))
            color = "blue" if question else "yellow"
            cat = _topic_category(t)
            reasons.append(f"{color}: asks the office ('{addressed}', '{strong}') without a known problem → {cat}")
            return Understanding(True, color, cat, loc, tuple(reasons), keywords=keywords)
        question = scan.first("question")
        qs = scan.kinds.get("question", ((0, 0, ""),))[0]
        rest = re.sub(r"[\s，,。.!！?？~～]|个事|一下|个问题|您|你", "", t[qs[1]:])
        lead_in = question in ("请问", "想问", "问一下", "问下", "问问", "咨询")
        if question and role == "resident" and (len(rest) >= 4 or not lead_in):   # "想问个事" alone asks nothing yet
            cat = _topic_category(t)
            reasons.append(f"blue: a question to the office ('{question}') → {cat}")
            return Understanding(True, "blue", cat, loc, tuple(reasons), keywords=keywords)
        if scan.has("ack"):
            return no(f"not request: acknowledgement/thanks ('{scan.first('ack')}')")
        return no("not request: no problem or ask cue")

    # 5. colour and category from the most urgent family
    keywords = kw(hits)
    best = min(hits, key=lambda h: (COLOR_RANK[h.family.color], h.family.fallback, h.family.category == "other",
                                    not h.obj, h.start))
    color, category = best.family.color, best.family.category
    reasons.append(_reason(best))
    if category == "other" and (best.family.fallback or best.family.attaches):
        from .vocab_data import OBJECT_CATEGORY

        obj = next((o for o in OBJECT_CATEGORY if o in t), None)
        if obj:
            category = OBJECT_CATEGORY[obj]
            reasons.append(f"category from the object named ('{obj}') → {category}")
    if best.family.name == "falling_object" and ("树" in t or "枝" in t):
        category = "greenery"
        reasons.append("a tree part is what may fall → greenery")
    if best.family.name == "burst_pipe" and best.cue in _MILD_LEAKS and any(w in t for w in _COMMON_AREAS) \
            and not any(w in t for w in _HOME_WORDS):
        color = "yellow"
        reasons.append(f"yellow: a small leak in a common area ('{best.cue}')")
    others = [h for h in hits if h.family is not best.family]
    if others:
        reasons.append("also " + ", ".join(sorted({f"'{h.cue}'({h.family.color})" for h in others})[:4]))

    # 6. adjustments
    if color != "red":
        planned = [h for h in hits if h.family.name == "utility_q"]
        fut = scan.first("future")
        if planned and fut and color in ("orange", "yellow"):
            outage = {"no_water", "no_power", "no_gas", "heating_cold", "generic_outage"}
            if all(h.family.name in outage | {"utility_q"} for h in hits):
                color, category = "blue", "utilities"
                reasons.append(f"blue: asks about a planned outage ('{fut}')")
        sugg = [h for h in hits if h.family.category == "suggestion"]
        lead = t.lstrip(" @")[:6]
        if color in ("orange", "yellow") and sugg and (
                any(lead.startswith(w) or lead[2:].startswith(w) for w in _SUGGEST_LEADS)
                or scan.clause(sugg[0].start) < min(scan.clause(h.start) for h in hits if h.family.color == color)):
            color, category = "blue", "suggestion"
            reasons.append(f"blue: a suggestion first ('{sugg[0].cue}'); the problem is its reason")
        if color == "orange" and best.family.name == "care_urgent" and lead.startswith(_SERVICE_QUESTION) \
                and not any(w in t for w in _TODAY):
            color = "blue"
            reasons.append("blue: asks whether a care service exists, no need today stated")
        if color == "yellow" and sugg:
            word = next((w for w in _SUGGEST_WORDS if w in t), None)
            first_problem = min(h.start for h in hits if h.family.color == "yellow")
            if word or sugg[0].start < first_problem:
                color, category = "blue", "suggestion"
                reasons.append(f"blue: a suggestion ('{word or sugg[0].cue}') rather than a fault")
        if color == "yellow":
            person, danger = scan.first("people"), scan.first("danger")
            medical = scan.first("medical")
            if person and danger and not scan.preceded_in_clause("past", scan.kinds["danger"][0][0], 4):
                color = "orange"
                reasons.append(f"orange: stated risk to a vulnerable person ('{person}', '{danger}')")
            elif feared:
                color = "orange"
                reasons.append(f"orange: the text states the risk of '{feared}'")
                if feared_cat == "safety" and category in ("sanitation", "other", "facility"):
                    category = "safety"
            elif medical and category in ("parking", "elevator", "facility", "utilities"):
                color = "orange"
                reasons.append(f"orange: blocks urgent medical need ('{medical}')")
    return Understanding(True, color, category, loc, tuple(reasons), keywords=keywords)


# A leader / grid chief passing a resident's problem up to the office (a request), unless busy handling it.
_ESCALATE = ("请协调", "协调一下", "帮忙协调", "能不能安排", "能不能给", "能不能派", "麻烦告知", "告知一下", "归谁管",
             "该谁管", "谁来管", "需要社区", "请社区", "社区出面", "出面调解", "麻烦社区", "请物业", "麻烦物业")
_RESPONDER_BUSY = ("收到", "已经", "已", "马上", "正在", "我去", "我来", "过去", "稍等", "放心", "联系了", "在路上",
                   "报给", "报了", "记下", "大家", "各位", "@所有人", "在协调", "通知:", "【")
# A resident who caused the problem answering that it is in hand ("对不起, 已经关阀, 马上找人修").
_APOLOGY = ("对不起", "不好意思", "抱歉", "是我家")
_SELF_HANDLING = ("马上找人修", "我找人修", "我去修", "我来修", "已经关", "关了总阀", "关总阀", "我会赔", "我赔", "已经在修")
_PERSON = ("我家", "有人", "家里人", "老公", "老婆", "人倒", "人卡", "人被", "人在")
_GREETINGS = frozenset({"大家好", "早上好", "晚上好", "早安"})
_MILD_LEAKS = ("渗水", "漏水", "一直滴", "往下流")
_COMMON_AREAS = ("楼道", "楼梯", "平台", "大厅", "地下室", "车库", "走廊", "电梯间")
_HOME_WORDS = ("家", "屋", "卧室", "客厅", "厨房", "卫生间", "住户")
_JOKES = ("哈哈", "笑死", "好笑", "太好吃", "绝了", "😂", "🤣", "救命啊这")
_TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("care", ("助浴", "洗澡", "上门护理", "上门服务", "瘫", "卧床", "老人", "老年", "护理", "助餐", "食堂", "残疾", "瘫", "陪护", "养老服务", "照料")),
    ("affairs", ("领", "办", "申请", "证", "金", "补贴", "保险", "户口", "社保", "医保", "政策", "登记", "盖章")),
    ("suggestion", ("活动", "演练", "教教", "建议", "加装", "组织", "兴趣", "讲座")),
    ("elevator", ("电梯",)),
    ("utilities", ("停水", "停电", "停气", "水费", "电费", "燃气", "暖气", "供暖", "检查")),
)


def _topic_category(t: str) -> str:
    """The category of a question to the office, from the service it is about."""
    return next((cat for cat, words in _TOPICS if any(w in t for w in words)), "other")


def _distress(scan: _Scan, t: str, vocab: Vocabulary) -> _Hit | None:
    """A cry for help (救命, 快打119) about a person, stated as fact: red whatever else the text says."""
    for s, _e, w in scan.kinds.get("distress", ()):
        if any(j in t for j in _JOKES) or scan.preceded_in_clause("hypothetical", s) or scan.has("drill"):
            return None
        if "119" in w:
            return _Hit(vocab.families["fire"], s, w)
        if scan.has("people") or any(p in t for p in _PERSON):
            return _Hit(vocab.families["distress"], s, w)
    return None


def explain(u: Understanding) -> str:
    """Human-readable summary of a decision, one reason per line."""
    head = (f"request {u.color}/{u.category}" if u.request else "not a request") + (
        " (fixed report)" if u.fixed_report else "")
    if u.location:
        head += " @ " + " ".join(f"{k}={v}" for k, v in u.location.as_dict().items() if v)
    return "\n".join([head] + [f"  - {r}" for r in u.reasons])
