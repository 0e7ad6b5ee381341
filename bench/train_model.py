#!/usr/bin/env python3
"""Train the statistical half of understanding and export it for pure-numpy inference.

    python bench/train_model.py [--out bot/understanding/text_model.json.gz] [CORPUS_DIR ...]

Trains three logistic regressions on character 1-3-grams (TF-IDF, sublinear tf, L2)
with scikit-learn: request / not, colour of a request, category of a request. The
training data are the labelled corpora in this repository (tests/understanding/*/
messages.jsonl by default: our own labelled sets, never the shared evaluation corpus,
which stays a measurement). scikit-learn is needed only here (the `train` extra);
the bot reads the exported weights with numpy (bot/understanding/text_model.py).
"""
from __future__ import annotations

import argparse
import glob
import gzip
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from bot.understanding.text_model import MAX_FEATURES, NGRAM_MAX, doc_text  # noqa: E402

ROOT = os.path.join(os.path.dirname(__file__), "..")


def load(dirs: list[str]) -> list[dict]:
    rows = []
    for d in dirs:
        with open(os.path.join(d, "messages.jsonl"), encoding="utf-8") as f:
            rows += [json.loads(line) for line in f if line.strip()]
    return rows


def train(rows: list[dict]):  # type: ignore[no-untyped-def]
    """(exported model dict, fitted vectorizer, {head: classifier}) for labelled rows."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    docs = [doc_text(r["text"], r["role"]) for r in rows]
    vec = TfidfVectorizer(analyzer="char", ngram_range=(1, NGRAM_MAX), sublinear_tf=True, lowercase=False,
                          max_features=MAX_FEATURES, min_df=2)
    X = vec.fit_transform(docs)
    heads, clfs = {}, {}
    req_idx = [i for i, r in enumerate(rows) if r["request"]]
    for name, idx, labels in (("request", list(range(len(rows))), [bool(r["request"]) for r in rows]),
                              ("color", req_idx, [rows[i]["color"] for i in req_idx]),
                              ("category", req_idx, [rows[i]["category"] for i in req_idx])):
        clf = LogisticRegression(C=4.0, max_iter=5000, class_weight="balanced")
        clf.fit(X[idx], labels)
        clfs[name] = clf
        heads[name] = {"classes": [str(c).lower() if name == "request" else str(c) for c in clf.classes_],
                       "coef": clf.coef_.T.round(5).tolist(),   # features x classes (1 column when binary)
                       "intercept": clf.intercept_.round(5).tolist()}
    vocab = sorted(vec.vocabulary_, key=vec.vocabulary_.get)
    model = {"ngram_max": NGRAM_MAX, "vocab": vocab, "idf": vec.idf_.round(6).tolist(), "heads": heads,
             "messages": len(rows)}
    return model, vec, clfs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="*")
    ap.add_argument("--out", default=os.path.join(ROOT, "bot/understanding/text_model.json.gz"))
    args = ap.parse_args()
    dirs = args.corpora or sorted(os.path.dirname(p) for p in
                                  glob.glob(os.path.join(ROOT, "tests/understanding/*/messages.jsonl")))
    rows = load(dirs)
    model, _, _ = train(rows)
    model["trained_on"] = [os.path.relpath(d, ROOT) for d in dirs]
    with gzip.open(args.out, "wt", encoding="utf-8") as f:
        json.dump(model, f, ensure_ascii=False, separators=(",", ":"))
    print(f"trained on {len(rows)} messages from {len(dirs)} corpora, {len(model['vocab'])} features -> {args.out}")


if __name__ == "__main__":
    main()
