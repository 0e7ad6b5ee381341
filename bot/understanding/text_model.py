"""The statistical half of understanding: character n-gram logistic regressions.

Trained offline by `bench/train_model.py` (scikit-learn) on the labelled corpora in
this repository and shipped as `text_model.json.gz`; here it is only read and applied
with numpy: deterministic, no network, no model download. The rules
(classifier.py) stay authoritative for red dangers and "already fixed" reports; the
model brings recall on phrasings no cue list foresaw (see hybrid.py).
"""
from __future__ import annotations

import gzip
import json
import math
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from operator import add

import numpy as np

from .dialect import to_mandarin

NGRAM_MAX = 3
MAX_FEATURES = 12000
MODEL_PATH = os.path.join(os.path.dirname(__file__), "text_model.json.gz")
MODEL_ENV = "LINLI_TEXT_MODEL"   # another model file (e.g. a leave-one-corpus-out fold, bench/loco.py)


def _ngrams(doc: str, n_max: int) -> Iterator[Iterable[str]]:
    """The character n-grams of `doc`, 1 <= n <= n_max, by length then position (each length joined in C)."""
    grams: Iterable[str] = doc
    yield grams
    for k in range(1, n_max):
        grams = list(map(add, grams, doc[k:]))
        yield grams


def doc_text(text: str, role: str) -> str:
    """What the model reads: the sender's role as a token, then the text (case-folded) with dialect
    words and traditional characters folded to Mandarin, so 冇水 / 沒水 / 没水 share their n-grams."""
    return f"<{role}> {to_mandarin(text[:1000].lower())}"


@dataclass(frozen=True)
class Opinion:
    p_request: float
    color: dict[str, float]
    category: dict[str, float]

    def best(self, head: str, exclude: tuple[str, ...] = ()) -> tuple[str, float]:
        probs = self.color if head == "color" else self.category
        return max(((k, v) for k, v in probs.items() if k not in exclude), key=lambda kv: kv[1])


class TextModel:
    def __init__(self, data: dict):
        self.n = int(data["ngram_max"])
        self.index = {g: i for i, g in enumerate(data["vocab"])}
        self.idf = np.asarray(data["idf"], dtype=np.float64)
        # all heads side by side: one gather and one product per message
        self.heads: list[tuple[str, list[str], slice]] = []
        blocks, intercepts, col = [], [], 0
        for name, h in data["heads"].items():
            coef = np.asarray(h["coef"], dtype=np.float64)
            blocks.append(coef)
            intercepts.append(np.asarray(h["intercept"], dtype=np.float64))
            self.heads.append((name, h["classes"], slice(col, col + coef.shape[1])))
            col += coef.shape[1]
        self.coef = np.hstack(blocks)
        self.intercept = np.concatenate(intercepts)
        self.trained_on = data.get("trained_on", [])

    def features(self, doc: str) -> tuple[np.ndarray, np.ndarray]:
        # counted in C (Counter over map), in the same order as a loop over k then i: same floats
        counts: Counter[int | None] = Counter(map(self.index.get, chain.from_iterable(_ngrams(doc, self.n))))
        counts.pop(None, None)
        if not counts:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
        v = (1.0 + np.log(tf)) * self.idf[idx]
        return idx, v / np.sqrt(v @ v)

    def scores(self, doc: str) -> np.ndarray:
        idx, vals = self.features(doc)
        return (vals @ self.coef[idx] if len(idx) else np.zeros(self.coef.shape[1])) + self.intercept

    def opinion(self, text: str, role: str) -> Opinion:
        z = self.scores(doc_text(text, role))
        probs: dict[str, dict[str, float]] = {}
        for name, classes, cols in self.heads:
            zz = z[cols]
            if len(zz) == 1:  # binary: one column for the second class
                p = 1.0 / (1.0 + math.exp(-float(zz[0])))
                probs[name] = {classes[0]: 1.0 - p, classes[1]: p}
            else:
                e = np.exp(zz - zz.max())
                probs[name] = dict(zip(classes, (e / e.sum()).tolist()))
        return Opinion(probs["request"].get("true", 0.0), probs["color"], probs["category"])


def shipped_model() -> TextModel | None:
    """The model shipped with the bot (or the file named by $LINLI_TEXT_MODEL), loaded once; None if absent."""
    other = os.environ.get(MODEL_ENV)
    if other and not os.path.exists(other):
        raise FileNotFoundError(f"${MODEL_ENV} names no file: {other}")
    return load_model(other or MODEL_PATH)


@lru_cache(maxsize=4)
def load_model(path: str) -> TextModel | None:
    if not os.path.exists(path):
        return None
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return TextModel(json.load(f))
