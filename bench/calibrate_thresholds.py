#!/usr/bin/env python3
"""Fit hybrid.py's thresholds out of corpus: folds of corpora, each read with a model that never saw it.

    python bench/calibrate_thresholds.py train [--folds 5]          # fold models into --cache (scikit-learn)
    python bench/calibrate_thresholds.py run base P_RAISE=0.55 'P_REQUEST=0.55,P_RAISE=0.55' ...

The labelled corpora (tests/understanding/heldout_*) are dealt into folds by corpus (seeded); for each fold a
model is trained on the other folds (bench/train_model.py), so on its own corpora the model is as unsure as it is
on a community it never saw. `run` classifies every message with its fold's model under each setting of
hybrid's P_* constants and prints the mean, over corpora, of score.py's figures (classify level: no repeats).
Fold models are cached in --cache by the content of their training data and code (loco.fold_model); `run` trains
those missing. The rules' reading and the model's opinion do not depend on the thresholds: they are computed once
per message and reused across settings (a setting then takes ~20 s on one core; the first ~2 minutes).
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import random
import sys
import time
from typing import Any

from loco import fold_model  # bench/loco.py: a fold's model, trained once and cached

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
sys.path.insert(0, ROOT)
SCORE_DIR = os.path.join(ROOT, "..", "shared", "eval")
FIGURES = ("request_f1", "red_recall", "false_red_rate", "color_accuracy", "under_triage_rate", "category_accuracy")


def corpora() -> list[str]:
    pattern = os.path.join(ROOT, "tests/understanding/heldout_*/messages.jsonl")
    return sorted(os.path.dirname(p) for p in glob.glob(pattern))


def folds(dirs: list[str], k: int, seed: int = 7) -> dict[str, int]:
    order = [os.path.basename(d) for d in dirs]
    random.Random(seed).shuffle(order)
    return {n: i % k for i, n in enumerate(order)}


def fold_models(dirs: list[str], fold: dict[str, int], k: int, cache: str) -> list[str]:
    """The path of each fold's model, trained on the other folds when not cached yet (loco.fold_model: cached by
    the content of the training data and code, so a changed corpus trains anew)."""
    os.makedirs(cache, exist_ok=True)
    return [fold_model(f"fold{f}of{k}", [d for d in dirs if fold[os.path.basename(d)] != f], cache) for f in range(k)]


def run(dirs: list[str], fold: dict[str, int], paths: list[str], specs: list[str]) -> None:
    sys.path.insert(0, SCORE_DIR)
    import score  # the shared scorer

    from bot.cli import _load
    from bot.services.directory import Directory
    from bot.understanding import Context, build_vocabulary
    from bot.understanding import hybrid
    from bot.understanding.text_model import load_model

    rules, memo_rules = hybrid.classify_rules, {}

    def rules_once(text: str, context: Context, vocab: Any) -> Any:
        key = (text, context, id(vocab))
        if key not in memo_rules:
            memo_rules[key] = rules(text, context, vocab)
        return memo_rules[key]

    hybrid.classify_rules = rules_once   # this script only: thresholds do not change the rules' reading
    models: dict[int, Any] = {}

    def model(f: int) -> Any:
        if f not in models:
            m = load_model(paths[f])
            opinion, memo = m.opinion, {}

            def opinion_once(text: str, role: str) -> Any:
                if (text, role) not in memo:
                    memo[text, role] = opinion(text, role)
                return memo[text, role]

            m.opinion = opinion_once
            models[f] = m
        return models[f]

    vocabularies: dict[str, Any] = {}
    data = []
    for d in dirs:
        s = _load(os.path.join(d, "community.yaml"))
        directory = Directory(s)
        key = s.understanding.model_dump_json()
        vocab = vocabularies.setdefault(key, vocabularies.get(key) or build_vocabulary(s.understanding))
        with open(os.path.join(d, "messages.jsonl"), encoding="utf-8") as fh:
            recs = [json.loads(line) for line in fh if line.strip()]
        ctxs = [Context(sender_role=directory.role_of(r["sender"]) if r.get("sender") else "resident",
                        chat_building=directory.building_of_chat(r.get("chat")),
                        known_buildings=frozenset(directory.buildings)) for r in recs]
        data.append((os.path.basename(d), recs, ctxs, vocab))
    defaults = {k: getattr(hybrid, k) for k in dir(hybrid) if k.startswith(("P_", "COST_"))}
    for spec in specs:
        for k, v in defaults.items():
            setattr(hybrid, k, v)
        if spec != "base":
            for kv in spec.split(","):
                k, v = kv.split("=")
                if k not in defaults:
                    raise SystemExit(f"{k}: no such threshold in hybrid.py ({', '.join(sorted(defaults))})")
                setattr(hybrid, k, float(v))
        t0, per = time.time(), []
        for name, recs, ctxs, vocab in data:
            m = model(fold[name])
            preds = []
            for r, c in zip(recs, ctxs):
                u = hybrid.classify(r["text"], c, vocab, m)
                preds.append({"id": r["id"], "request": u.request, "color": u.color, "category": u.category})
            per.append(score.score(recs, preds))
        mean = {f: sum(p[f] for p in per) / len(per) for f in FIGURES}
        print(f"{spec:40} " + " ".join(f"{f} {mean[f]:.4f}" for f in FIGURES) + f" ({time.time() - t0:.0f}s)",
              flush=True)
    for k, v in defaults.items():
        setattr(hybrid, k, v)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("command", choices=("train", "run"))
    ap.add_argument("specs", nargs="*", default=["base"])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--cache", default="/tmp/linli_calibrate")
    args = ap.parse_args()
    dirs = corpora()
    fold = folds(dirs, args.folds)
    paths = fold_models(dirs, fold, args.folds, args.cache)
    if args.command == "run":
        run(dirs, fold, paths, args.specs or ["base"])


if __name__ == "__main__":
    main()
