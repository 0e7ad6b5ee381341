"""The compiled vocabulary: one Aho-Corasick automaton over every cue word.

Built once (per community config) by `build_vocabulary`; `classify` then makes a
single pass over a message. Homophone typos of important words (电体 -> 电梯)
are generated here with pypinyin and corrected by a second small automaton;
jieba's dictionary vetoes variants that are real words (无业 is not 物业).
"""
from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import ahocorasick

from . import vocab_data as D
from . import vocab_doors as DR
from . import vocab_faults as F
from . import vocab_lost as LP
from . import vocab_risk as VR
from . import vocab_telling as T
from . import vocab_theft as TH
from . import vocab_topic as DT
from . import vocab_vulnerable as VV
from . import vocab_wish as VW
from .config import UnderstandingConfig
from .dialect import to_mandarin

COLOR_RANK = {"red": 0, "orange": 1, "yellow": 2, "blue": 3}

# atom kinds (bit flags would be faster; a frozenset per atom is plenty fast)
KINDS = ("mask", "fixed", "contrast", "not_request", "ack", "ask", "address", "hypothetical", "negation",
         "people", "danger", "medical", "future", "answer", "place", "repeat")


# a combo as Scan looks it up: (first part, position in combo_index[first part], family, parts, all parts)
ComboEntry = tuple[str, int, str, tuple[str, ...], frozenset[str]]


@dataclass(frozen=True, slots=True)
class Family:
    name: str
    color: str
    category: str
    note: str
    fallback: bool
    needs_ask: bool
    broad: bool          # a category-wide family: repeats must also share a cue word
    attaches: bool       # a request about handling a hazard already reported (cordon it off): joins that ticket
    singles: tuple[str, ...]
    combos: tuple[tuple[str, ...], ...]


@dataclass(slots=True)
class Vocabulary:
    """Compiled cue lists; build with `build_vocabulary`, share freely (read-only)."""

    families: dict[str, Family]
    automaton: Any                                 # atom -> (atom, kinds, single-cue families)
    # first part -> (family, parts, the other parts as a set: one C-level subset test per try)
    combo_index: dict[str, tuple[tuple[str, tuple[str, ...], frozenset[str]], ...]]
    typo_automaton: Any | None                     # variant -> canonical word
    typo_guard: frozenset[str] = frozenset()       # common words a variant must not cut through (一楼|电表)
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)  # kind -> words (for explain/tests)
    # kind -> its "A+B" entries as ("A+B", {A, B}): one C-level subset test per entry (Scan.combo)
    word_combo_sets: dict[str, tuple[tuple[str, frozenset[str]], ...]] = field(default_factory=dict)
    objects: dict[str, str] = field(default_factory=dict)   # object word -> the family a fault of it reports

    # kind -> the words of `words[kind]` grouped by their first part: (first part, ((position, word,
    # the other parts), ...)), built on first use (long "A+B" lists share few first parts)
    _grouped: dict[str, tuple[tuple[str, tuple[tuple[int, str, tuple[str, ...]], ...]], ...]] = \
        field(default_factory=dict, init=False, repr=False, compare=False)
    # the combos of `combo_index` again, each filed under its two parts that are in the fewest combos:
    # part -> other part -> ((first part, position under it, family, parts, all parts), ...) (Scan: few tries)
    combos_by_rare_parts: dict[str, dict[str, tuple[ComboEntry, ...]]] = \
        field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.combos_by_rare_parts = _by_rare_parts(self.combo_index)

    def first_in(self, kind: str, text: str) -> str | None:
        """The first word of a directly read list (`words[kind]`) that `text` contains; an "A+B"
        word counts when every part is there."""
        groups = self._grouped.get(kind)
        if groups is None:
            groups = self._grouped[kind] = _group_by_first_part(self.words.get(kind, ()))
        best: tuple[int, str] | None = None
        for head, entries in groups:
            if head in text:
                for i, w, rest in entries:   # in list order: the first that matches is the group's earliest
                    if best is not None and i > best[0]:
                        break
                    if all(p in text for p in rest):
                        best = (i, w)
                        break
        return best[1] if best else None


def _by_rare_parts(combo_index: dict[str, tuple[tuple[str, tuple[str, ...], frozenset[str]], ...]]
                   ) -> dict[str, dict[str, tuple[ComboEntry, ...]]]:
    """Every combo filed once, under its two parts found in the fewest combos (a common first part such
    as 电梯 starts hundreds): a message then tries only combos with both of those parts in it."""
    in_combos: dict[str, int] = {}
    for entries in combo_index.values():
        for _name, parts, _rest in entries:
            for p in set(parts):
                in_combos[p] = in_combos.get(p, 0) + 1
    out: dict[str, dict[str, list[ComboEntry]]] = {}
    for first, entries in combo_index.items():
        for i, (name, parts, _rest) in enumerate(entries):
            rare = sorted(dict.fromkeys(parts), key=lambda p: in_combos[p])
            other = rare[1] if len(rare) > 1 else rare[0]
            out.setdefault(rare[0], {}).setdefault(other, []).append((first, i, name, parts, frozenset(parts)))
    return {k: {o: tuple(es) for o, es in v.items()} for k, v in out.items()}


def _group_by_first_part(words: tuple[str, ...]) -> tuple[tuple[str, tuple[tuple[int, str, tuple[str, ...]], ...]], ...]:
    groups: dict[str, list[tuple[int, str, tuple[str, ...]]]] = {}
    for i, w in enumerate(words):
        parts = [p for p in w.split("+") if p] if "+" in w.strip("+") else [w]
        if parts:
            groups.setdefault(parts[0], []).append((i, w, tuple(parts[1:])))
    return tuple((head, tuple(entries)) for head, entries in groups.items())


def _merge(default: list[str], extra: list[str], remove: set[str], fold: bool = True) -> list[str]:
    """Defaults plus a community's words, normalised (dialect folded unless `fold` is off: for words
    matched on the text as written), without duplicates or removed words."""
    out: list[str] = []
    seen: set[str] = set()
    for w in list(default) + list(extra):
        w = normalise_words(w) if fold else normalise_basic(w)
        if w and w not in remove and w not in seen:
            seen.add(w)
            out.append(w)
    return out


def normalise_basic(text: str) -> str:
    """Full-width to half-width, lower case (no typo fixing)."""
    return unicodedata.normalize("NFKC", text).lower()


def normalise_words(text: str) -> str:
    """normalise_basic, then dialect words and traditional characters folded to Mandarin."""
    return to_mandarin(normalise_basic(text))


def _jieba_frequent(min_freq: int = 20):
    """Yield (word, frequency) of jieba's dictionary, read as text: no model load, nothing kept."""
    import os

    import jieba

    logging.getLogger("jieba").setLevel(logging.WARNING)
    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                parts = line.split(" ", 2)
                if len(parts) >= 2 and 2 <= len(parts[0]) <= 4 and parts[1].isdigit() and int(parts[1]) >= min_freq:
                    yield parts[0], int(parts[1])
    except OSError:
        return


@lru_cache(maxsize=1)
def _pinyin_table() -> dict[int, str]:
    """pypinyin's single-character table; its JSON copy is far lighter to load than the module."""
    import json
    import os

    import pypinyin

    path = os.path.join(os.path.dirname(pypinyin.__file__), "pinyin_dict.json")
    try:
        with open(path, encoding="utf-8") as f:
            return {int(k): v for k, v in json.load(f).items()}
    except (OSError, ValueError):
        from pypinyin.pinyin_dict import pinyin_dict

        return dict(pinyin_dict)


def _reading(ch: str) -> str | None:
    """The main toneless pinyin of a character."""
    r = _pinyin_table().get(ord(ch))
    if not r:
        return None
    r = unicodedata.normalize("NFD", r.split(",")[0])
    return "".join(c for c in r if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _homophones() -> dict[str, tuple[str, ...]]:
    """Toneless pinyin -> common characters (GB2312 level 1) that read so."""
    by_sound: dict[str, list[str]] = {}
    for hi in range(0xB0, 0xF8):   # both GB2312 levels: 电悌 is a typo too
        for lo in range(0xA1, 0xFF):
            try:
                ch = bytes((hi, lo)).decode("gb2312")
            except UnicodeDecodeError:
                continue
            reading = _reading(ch)   # main reading only: rare ones add noise
            if reading:
                by_sound.setdefault(reading, []).append(ch)
    return {k: tuple(v) for k, v in by_sound.items()}


def _typo_variants(words: list[str]) -> dict[str, str]:
    """One-character homophone substitutions of each word that are not words themselves."""
    sounds = _homophones()
    canon = set(words)
    faults = [f for f in D.FAULT_STATES if len(f) == 1] + ["没", "不", "无", "未"]   # 没气 is no typo of 煤气
    out: dict[str, str] = {}

    def alts(ch: str) -> set[str]:
        return set(sounds.get(_reading(ch) or "", ())) | {ch}

    for w in words:
        options = [alts(ch) for ch in w]
        variants: set[str] = set()
        if w in D.TYPO_DOUBLE:   # both characters may be mistyped (拉级 -> 垃圾)
            variants = {a + b for a in options[0] for b in options[1]}
        else:             # longer words: one character mistyped
            for i in range(len(w)):
                variants |= {w[:i] + a + w[i + 1:] for a in options[i]}
        for v in variants:
            if v == w or v in canon or any(f in v and f not in w for f in faults):
                continue   # 漏到 is a leak going somewhere, not a mistyped 楼道
            out.setdefault(v, w)
    return out


def build_vocabulary(extra: dict | UnderstandingConfig | None = None) -> Vocabulary:
    """Compile the shipped defaults plus a community's `understanding:` config section."""
    cfg = extra if isinstance(extra, UnderstandingConfig) else UnderstandingConfig.model_validate(extra or {})
    remove = {normalise_words(w) for w in cfg.remove}

    fam_src: dict[str, dict] = {k: dict(v) for k, v in D.FAMILIES.items()}
    for name, f in cfg.families.items():
        if name in fam_src:
            merged = dict(fam_src[name])
            merged.update(f.model_dump(exclude={"cues"}))
            merged["cues"] = list(fam_src[name]["cues"]) + list(f.cues)
            fam_src[name] = merged
        else:
            fam_src[name] = f.model_dump()
    for color, cats in cfg.cues.items():
        for cat, phrases in cats.items():
            name = f"{color}_{cat}_custom"
            fam_src.setdefault(name, {"color": color, "category": cat, "note": "community cue", "cues": []})
            fam_src[name]["cues"] = list(fam_src[name]["cues"]) + list(phrases)

    families: dict[str, Family] = {}
    atom_families: dict[str, list[str]] = {}
    atom_kinds: dict[str, set[str]] = {}
    combo_index: dict[str, list[tuple[str, tuple[str, ...], frozenset[str]]]] = {}
    for name, f in fam_src.items():
        singles, combos = [], []
        for cue in _merge(f["cues"], [], remove):
            if "+" in cue.strip("+") and cue != "+1":
                parts = tuple(p for p in cue.split("+") if p)
                combos.append(parts)
                for p in parts:
                    atom_kinds.setdefault(p, set())
                combo_index.setdefault(parts[0], []).append((name, parts, frozenset(parts[1:])))
            else:
                singles.append(cue)
                atom_families.setdefault(cue, []).append(name)
        families[name] = Family(name, f["color"], f["category"], f.get("note", "") or name, bool(f.get("fallback")),
                                bool(f.get("needs_ask")), bool(f.get("broad", name.endswith("_custom"))),
                                bool(f.get("attaches")), tuple(singles), tuple(combos))

    lists = {
        "mask": _merge(D.MASKS, cfg.masks, remove),
        "fixed": _merge(D.FIXED, cfg.fixed, remove),
        "contrast": _merge(D.CONTRAST, [], remove),
        "not_request": _merge(D.NOT_REQUEST, cfg.not_request + cfg.lost_property, remove),
        "ack": _merge(D.ACK, cfg.ack, remove),
        "reply": _merge(D.REPLY, cfg.reply, remove),
        "ask": _merge(D.ASK, cfg.ask, remove),
        "address": _merge(D.ADDRESS, cfg.address, remove),
        "hypothetical": _merge(D.HYPOTHETICAL, cfg.hypothetical, remove),
        "negation": _merge(D.NEGATION, cfg.negation, remove),
        "people": _merge(D.PEOPLE_AT_RISK, cfg.people_at_risk, remove),
        "danger": _merge(D.DANGER, [], remove),
        "medical": _merge(D.URGENT_MEDICAL, [], remove),
        "future": _merge(D.FUTURE, [], remove),
        "answer": _merge(D.ANSWER_MARKERS, [], remove),
        "past": _merge(D.PAST, [], remove),
        "place": _merge(D.PLACE_WORDS, cfg.place_words, remove),
        "repeat": _merge(D.REPEAT_MARKERS, cfg.repeat_markers, remove),
        "consequence": _merge(D.CONSEQUENCE, [], remove),
        "consequence_if": _merge(D.CONSEQUENCE_AFTER_IF, [], remove),
        "corroborate": _merge(D.CORROBORATE, cfg.corroborate, remove),
        "object": _merge(list(D.OBJECTS), [], remove),
        "fault": _merge(D.FAULT_STATES, [], remove),
        "repair": _merge(D.REPAIR_ASKS, [], remove),
        "smoking": _merge(D.SMOKING, [], remove),
        "drill": _merge(D.DRILL, [], remove),
        "question": _merge(D.QUESTION_OFFICE, [], remove),
        "ongoing": _merge(D.ONGOING, [], remove),
        "distress": _merge(D.DISTRESS, [], remove),
        "hearsay": _merge(T.HEARSAY, cfg.hearsay, remove),
        "forwarded": _merge(T.FORWARDED, cfg.forwarded, remove),
        "here": _merge(T.HERE, cfg.here, remove),
        "law": _merge(T.LAW, cfg.law, remove),
        "risk_near": _merge(T.RISK_NEAR, cfg.risk_near, remove),
        "lucky": _merge(T.LUCKY, cfg.lucky, remove),
        "past_day": _merge(T.PAST_DAY, cfg.past_day, remove),
        "on_scene": _merge(T.ON_SCENE, cfg.on_scene, remove),
        "still_asks": _merge(T.STILL_ASKS, cfg.still_asks, remove),
        "goes_on": _merge(T.GOES_ON, cfg.goes_on, remove),
        "warning_after": _merge(T.WARNING_AFTER, cfg.warning_after, remove),
        "recovering": _merge(T.RECOVERING, cfg.recovering, remove),
    }
    words: dict[str, tuple[str, ...]] = {}
    for kind, ws in lists.items():
        words[kind] = tuple(ws)
        for w in ws:
            if kind == "fixed" and "+" in w:
                # "A+B" fixed phrases: both parts present (checked in the classifier)
                for p in w.split("+"):
                    atom_kinds.setdefault(p, set())
                continue
            if kind in ("not_request", "reply") and "+" in w:
                for p in w.split("+"):
                    atom_kinds.setdefault(p, set())
                continue
            atom_kinds.setdefault(w, set()).add(kind)

    # conversation words for repeat linking (bot/understanding/topic.py): read directly, not scanned
    words["agree"] = tuple(_merge(DT.AGREE, cfg.agree, remove))
    words["not_agree"] = tuple(_merge(DT.NOT_AGREE, [], remove))
    words["not_report"] = tuple(_merge(DT.NOT_REPORT, cfg.not_report, remove))
    # how a danger is told, read directly by telling.py, responders.py and hybrid.py
    words["now"] = tuple(_merge(T.NOW, cfg.now, remove))
    words["precaution"] = tuple(_merge(T.PRECAUTION, cfg.precaution, remove))
    words["reassured"] = tuple(_merge(T.REASSURED, cfg.reassured, remove, fold=False))
    words["ignorant"] = tuple(_merge(T.IGNORANT, cfg.ignorant, remove, fold=False))
    words["lost_property"] = tuple(_merge(LP.LOST_PROPERTY, cfg.lost_property, remove))
    words["lost_pet"] = tuple(_merge(LP.LOST_PET, cfg.lost_pet, remove))
    words["wish"] = tuple(_merge(VW.WISH, cfg.wish, remove))
    # a lift that still runs with one part faulty (adjust.py)
    words["lift_parts"] = tuple(_merge(F.LIFT_PARTS, cfg.lift_parts, remove))
    words["lift_stopped"] = tuple(_merge(F.LIFT_STOPPED, cfg.lift_stopped, remove))
    words["ac_drip"] = tuple(_merge(F.AC_DRIP, cfg.ac_drip, remove))
    words["asked_neighbour"] = tuple(_merge(F.ASKED_NEIGHBOUR, cfg.asked_neighbour, remove))
    words["roof_leak"] = tuple(_merge(F.ROOF_LEAK, cfg.roof_leak, remove))
    words["pipe_source"] = tuple(_merge(F.PIPE_SOURCE, cfg.pipe_source, remove))
    # an entrance door that still keeps strangers out; a lift whose door reopens but goes (adjust.py)
    for kind, default in (("door_closer", DR.DOOR_CLOSER), ("door_still_locks", DR.DOOR_STILL_LOCKS),
                          ("door_risk", DR.DOOR_RISK), ("lift_goes", DR.LIFT_GOES), ("theft", TH.THEFT)):
        words[kind] = tuple(_merge(default, getattr(cfg, kind), remove))
    # a named vulnerable person who needs help today (vulnerable.py)
    for kind, default in (("vulnerable", VV.VULNERABLE), ("home_comfort_out", VV.HOME_COMFORT_OUT),
                          ("fall_risk", VV.FALL_RISK), ("appointment", VV.APPOINTMENT),
                          ("appointment_when", VV.APPOINTMENT_WHEN), ("life_support", VV.LIFE_SUPPORT),
                          ("care_service", VV.CARE_SERVICE)):
        words[kind] = tuple(_merge(default, getattr(cfg, kind), remove))
    # a risk to people stated in the text (stated_risk.py)
    for kind, default in (("risk_young", VR.RISK_YOUNG), ("risk_harm", VR.RISK_HARM),
                          ("risk_warning", VR.RISK_WARNING), ("risk_fire_store", VR.RISK_FIRE_STORE)):
        words[kind] = tuple(_merge(default, getattr(cfg, kind), remove))

    automaton = ahocorasick.Automaton()
    for atom in set(atom_kinds) | set(atom_families):
        automaton.add_word(atom, (atom, frozenset(atom_kinds.get(atom, ())), tuple(atom_families.get(atom, ()))))
    automaton.make_automaton()

    typo_words = _merge(D.TYPO_WORDS, cfg.typo_words, remove)
    variants = _typo_variants(typo_words) if typo_words else {}
    typo_automaton = None
    firsts, lasts = {v[0] for v in variants}, {v[-1] for v in variants}
    guard_words: set[str] = set()
    for w, _n in _jieba_frequent(20):
        variants.pop(w, None)          # a real word is not a typo (无业 is not 物业)
        if len(w) == 2 and (w[1] in firsts or w[0] in lasts):
            guard_words.add(w)
    guard = frozenset(guard_words)
    if variants:
        typo_automaton = ahocorasick.Automaton()
        for v, w in variants.items():
            typo_automaton.add_word(v, (v, w))
        typo_automaton.make_automaton()

    word_combos = {k: tuple(tuple(p for p in w.split("+") if p) for w in ws if "+" in w.strip("+"))
                   for k, ws in words.items()}
    _homophones.cache_clear()
    _pinyin_table.cache_clear()
    objects = {normalise_words(k): v for k, v in D.OBJECTS.items() if normalise_words(k) not in remove}
    word_combo_sets = {k: tuple(("+".join(c), frozenset(c)) for c in cs) for k, cs in word_combos.items()}
    return Vocabulary(families, automaton, {k: tuple(v) for k, v in combo_index.items()}, typo_automaton, guard,
                      words, word_combo_sets, objects)


_DEFAULT: Vocabulary | None = None


def default_vocabulary() -> Vocabulary:
    """The shipped vocabulary, built on first use and kept."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = build_vocabulary(None)
    return _DEFAULT
