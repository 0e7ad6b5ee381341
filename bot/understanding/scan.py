"""One pass over a normalised message: every vocabulary word found, with positions.

Scan reads the text `normalising.normalise` folded: it runs the Aho-Corasick automaton once, drops cues
inside harmless longer readings (masks), and builds the cue-family hits (single words, A+B combos, object x
fault state). (An "already fixed" phrase among its words is `fixed_phrase.valid_fixed`'s.)
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from .clauses import SEPARATORS, clause_bounds, separators_in  # noqa: F401 (readings import them from here)
from . import vocab_data as D
from .pet_gone import person_gone_with_pet
from .vocab_fraud import WARNING as _FRAUD_WARNING
from .vocab_dangers import SHAFTS
from .vocab_escape import number_inside_number
from .vocab_lifts import INSIDE_OF_A_PLACE
from .vocab_hazards import BURNT, HOT_STILL
from .vocabulary import Family, Vocabulary, normalise_words

# Families where being next to the thing is the danger itself (water beside a distribution box).
_NEARNESS_IS_DANGER = frozenset({"flood_electric"})
# Combos of one thing in one state (a hot socket, a hydrant walled in, a cover pried open, a shaft under
# water): their words must be told together (`Scan._told_together`), not anywhere in the message.
_ONE_THING = frozenset({"hidden_shaft"})
_ONE_THING_PARTS = frozenset({"消防栓", "消火栓", "撬开", "撬走", "被撬", "撬起来", "发烫", "烫手", "滚烫", "烫得", "摸着烫",
                              "热得烫", *HOT_STILL})
_HARD_STOPS = frozenset("\n。!！?？；;")
_LOCATIVE_AFTER = frozenset("口前外边旁后下上里内厅")   # 厅: 电梯厅 / 门厅 are halls, places
# a warning about scams, read by the fraud rule alone (vocab_fraud.WARNING)
FRAUD_WARNING = tuple(dict.fromkeys(normalise_words(w) for w in _FRAUD_WARNING))


@dataclass(slots=True)
class Hit:
    family: Family
    start: int
    cue: str
    obj: bool = False    # an object named right before its fault state: the most precise reading


_NOT_OK_BEFORE_XING = "银例进旅步执运发自不"
# (不行, 腿不行 "the legs fail": 行 denied says no "OK" either)
# 好的 after a verb of agreeing (说好的十二点, 讲好的, 约好的) is a promise recalled, not an "OK"
_PROMISED_BEFORE_HAO = "说讲约定谈答"
_LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LATIN_SET = frozenset(_LATIN)


class Scan:
    """Every vocabulary word found in a text, with positions."""

    __slots__ = ("text", "kinds", "atoms", "hits", "seps", "masked")

    def __init__(self, text: str, vocab: Vocabulary):
        self.text = text
        self.seps = list(separators_in(text))   # (found once per text: clause_bounds reads them too)
        kinds: dict[str, list[tuple[int, int, str]]] = {}
        atoms: dict[str, list[int]] = {}
        fam_atoms: list[tuple[int, int, str, tuple[str, ...]]] = []
        found = []
        for end, (atom, akinds, fams) in vocab.automaton.iter(text):
            start = end - len(atom) + 1
            if atom[0] in _LATIN and (start > 0 and text[start - 1] in _LATIN or text[end + 1:end + 2] in _LATIN_SET):
                continue   # a Latin word inside a longer one: "ok" in "broken", "dt" in "width"
            found.append((start, end + 1, atom, akinds, fams))
        masks = [(s, e) for s, e, a, k, _ in found if "mask" in k
                 and not (a.startswith("不是") and s > 0 and text[s - 1] == "是")   # 是不是着火 is a question
                 and not person_gone_with_pet(text, a, s)]   # 儿子跟狗走失了: the person is missing too
        self.masked: list[tuple[str, str]] = []   # (problem cue, the harmless reading around it)
        for s, e, atom, akinds, fams in found:
            if masks and "mask" not in akinds and any(s < me and ms < e and (me - ms) >= (e - s) for ms, me in masks):
                if fams:
                    m = next(text[ms:me] for ms, me in masks if s < me and ms < e and (me - ms) >= (e - s))
                    self.masked.append((atom, m))
                continue
            atoms.setdefault(atom, []).append(s)
            for k in akinds:
                kinds.setdefault(k, []).append((s, e, atom))
            if fams:
                fam_atoms.append((s, e, atom, fams))
        # a clause ending in 不 asks (北方口语: "能来瞧瞧不", "还组织体检不")
        for i in _tag_questions(text, self.seps):
            kinds.setdefault("ask", []).append((i, i + 1, "不"))
            kinds.setdefault("tag_q", []).append((i, i + 1, "不"))
        # the thanks word 行 inside 银行 / 例行 / 进行 / 旅行 says no "OK", nor 好的 in 说好的 (a promise), nor 行
        # denied
        if "ack" in kinds:
            kinds["ack"] = [o for o in kinds["ack"]
                            if not (o[2] == "行" and o[0] > 0 and text[o[0] - 1] in _NOT_OK_BEFORE_XING)
                            and not (o[2] == "好的" and o[0] > 0 and text[o[0] - 1] in _PROMISED_BEFORE_HAO)]
            if not kinds["ack"]:
                del kinds["ack"]
        # "不能" inside "能不能" is asking, not forbidding
        if "hypothetical" in kinds and "ask" in kinds:
            asks = [(s, e) for s, e, _ in kinds["ask"]]
            kinds["hypothetical"] = [o for o in kinds["hypothetical"]
                                     if not any(a <= o[0] and o[1] <= b and (b - a) > (o[1] - o[0]) for a, b in asks)]
            if not kinds["hypothetical"]:
                del kinds["hypothetical"]
        self.kinds = kinds
        self.atoms = atoms
        hits: list[Hit] = []
        for s, e, atom, fams in fam_atoms:
            for f in fams:
                hits.append(Hit(vocab.families[f], s, atom))
        seen_combo: set[tuple[str, tuple[str, ...]]] = set()
        for fname, parts in _complete_combos(atoms, vocab):
            if (fname, parts) in seen_combo:
                continue
            seen_combo.add((fname, parts))
            if fname not in _NEARNESS_IS_DANGER and any(self._beside(p, atoms[p]) for p in parts):
                continue   # 窗户外边...翘起来: the window is where one stands, not what is broken
            if vocab.families[fname].color != "red" and any(self._hall(p, atoms[p]) for p in parts):
                continue   # 电梯厅的刷卡器坏了: the lift hall is the place, the lift is not what is broken
            if fname == "trapped" and any(self._inside_elsewhere(p, atoms[p]) for p in parts):
                continue   # 叫不到电梯，家里有个老人要下楼: the person is inside the home, not the lift
            if fname == "fraud_now" and any(w in text for w in FRAUD_WARNING):
                continue   # 反诈提醒：让你去银行转账的都是骗子 is a warning, nobody taken in now
            if any(number_inside_number(text, p) for p in parts):
                continue   # 1203业主进不来: the rescue number is inside a room number, no ambulance
            if (fname in _ONE_THING or not _ONE_THING_PARTS.isdisjoint(parts)) and not self._told_together(fname, parts):
                continue   # 暖气片烫手，电线没事: the heat is the radiator's, not the wire's
            hits.append(Hit(vocab.families[fname], min(atoms[p][0] for p in parts), "+".join(parts)))
        hits.extend(self._object_faults(vocab))
        hits.sort(key=lambda h: h.start)
        self.hits = hits

    def _object_faults(self, vocab: Vocabulary) -> list[Hit]:
        """Object x fault state close after it ("篮筐歪了"), or object x a repair ask anywhere after it."""
        found = self.kinds.get("object", ())
        # the longest object word at a spot (窗户, not 窗), and not one used as a landmark (窗户里)
        longest = [o for o in found if not any(p[0] <= o[0] and o[1] <= p[1] and p != o for p in found)]
        objs = [o for o in longest if self.text[o[1]:o[1] + 1] not in _LOCATIVE_AFTER]
        if not objs:
            return []
        out: list[Hit] = []
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
                        out.append(Hit(fam, best[0], best[2], obj=kind == "fault"))
        return out

    def _told_together(self, fname: str, parts: tuple[str, ...]) -> bool:
        """A combo told as one thing: all its words in one clause; for a hidden shaft, the water it is
        under said in a clause with the shaft or its opening (not 垃圾泡在水里 beside an open drain)."""
        # a burn told of the fitting may stand in its own clause before ("插座烧黑了，线还是烫的")
        clauses = [{self.clause(s) for s in self.atoms[p]} for p in parts if p not in BURNT]
        if fname == "hidden_shaft":   # any shaft word: 井盖被冲走了，井口淹在水里
            said = clauses[:-1] + [{self.clause(s) for s in self.atoms[w]} for w in SHAFTS if w in self.atoms]
            return any(not clauses[-1].isdisjoint(c) for c in said)
        return bool(set.intersection(*clauses))

    def _beside(self, word: str, starts: list[int]) -> bool:
        """Every occurrence of `word` is followed by 外边/旁边...: it only says where, next to what."""
        return all(self.text.startswith(D.BESIDE, s + len(word)) for s in starts)

    def _hall(self, word: str, starts: list[int]) -> bool:
        """Every occurrence of `word` names a hall (电梯厅, 门厅): a place, not the thing itself."""
        return all(self.text.startswith("厅", s + len(word)) for s in starts)

    def _inside_elsewhere(self, word: str, starts: list[int]) -> bool:
        """Every occurrence of an "inside" word (里有人, 里面有个老) follows a home or a room (家里, 屋里, 房间里):
        the inside of that place, not of the lift named elsewhere in the message."""
        return word.startswith("里") and all(s > 0 and self.text[s - 1] in INSIDE_OF_A_PLACE for s in starts)

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
        """The first "A+B" entry of the `kind` list (in list order) all of whose parts are atoms here."""
        filed = vocab.word_combos_by_rare_part.get(kind)
        if not filed:
            return None
        present = self.atoms.keys()
        best: tuple[int, str] | None = None
        for atom in present & filed.keys():
            for i, word, parts in filed[atom]:
                if best is not None and i > best[0]:
                    break
                if present >= parts:
                    best = (i, word)
                    break
        return best[1] if best else None


def _complete_combos(atoms: dict[str, list[int]], vocab: Vocabulary) -> list[tuple[str, tuple[str, ...]]]:
    """The combos all of whose parts are in the text, as (family, parts), in the order of
    `vocab.combo_index` read along the atoms as they first occur (their first part's place, then its list)."""
    present = atoms.keys()
    found = []
    for atom in atoms:
        if (filed := vocab.combos_by_rare_parts.get(atom)) is not None:
            found += [(first, i, fname, parts) for other in filed.keys() & present
                      for first, i, fname, parts, every in filed[other] if present >= every]
    if len(found) > 1:
        rank = {a: n for n, a in enumerate(atoms)}
        found.sort(key=lambda c: (rank[c[0]], c[1]))
    return [(fname, parts) for _first, _i, fname, parts in found]


def _tag_questions(text: str, seps: list[int]) -> list[int]:
    """Positions of a clause-final 不 after a verb phrase (not 我不 / 都不 / 也不: those deny)."""
    out = []
    for end in seps + [len(text)]:
        i = end - 1
        if i >= 2 and text[i] == "不" and text[i - 1] not in "我你他她都也还就并可真" and text[i - 1] not in SEPARATORS:
            out.append(i)
    return out


def combo_parts_starts(scan: Scan, cue: str) -> list[int]:
    return [scan.atoms[p][0] for p in cue.split("+") if p in scan.atoms]
