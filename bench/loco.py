#!/usr/bin/env python3
"""Leave-one-corpus-out evaluation: how understanding fares on a community it has never seen.

    python bench/loco.py [--jobs 2] [--only n,o,p] [--cache /tmp/linli_loco] [--json OUT.json]

For each labelled corpus X in tests/understanding/heldout_*/ the text model is trained
on all the OTHER corpora (never on X, never on the shared evaluation corpus), X is
replayed through `run_bot.py replay` with that model ($LINLI_TEXT_MODEL) and scored
with the shared score.py. Prints one row per figure, one column per corpus, and the
mean. Fold models are cached under --cache, keyed by their training data and the
training code, so a rerun after a change to the rules or the hybrid only replays
(about 30 s on 2 cores; the first run trains 14 folds, about 2 minutes).
"""
from __future__ import annotations

import argparse
import glob
import gzip
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
SCORE = "/work/shared/eval/score.py"
FIGURES = ("request_f1", "red_recall", "false_red_rate", "color_accuracy", "under_triage_rate",
           "category_accuracy", "location_exact", "dup_precision", "dup_f1")
TARGETS = {"request_f1": ">=.95", "red_recall": "=1.00", "false_red_rate": "<=.03", "color_accuracy": ">=.90",
           "under_triage_rate": "<=.04", "category_accuracy": ">=.88", "location_exact": ">=.95",
           "dup_precision": ">=.95", "dup_f1": ">=.90"}
TRAINING_CODE = ("bench/train_model.py", "bot/understanding/text_model.py", "bot/understanding/dialect.py")


def corpora() -> dict[str, str]:
    dirs = sorted(os.path.dirname(p) for p in glob.glob(os.path.join(ROOT, "tests/understanding/heldout_*/messages.jsonl")))
    return {os.path.basename(d).removeprefix("heldout_"): d for d in dirs}


def fold_model(name: str, others: list[str], cache: str) -> str:
    """Path of the model trained on `others` (cached by content of data and training code)."""
    h = hashlib.sha256()
    for p in [os.path.join(ROOT, c) for c in TRAINING_CODE] + [os.path.join(d, "messages.jsonl") for d in others]:
        with open(p, "rb") as f:
            h.update(f.read())
    path = os.path.join(cache, f"fold_{name}_{h.hexdigest()[:12]}.json.gz")
    if not os.path.exists(path):
        tmp = path + f".{os.getpid()}.tmp"
        subprocess.run([sys.executable, os.path.join(ROOT, "bench/train_model.py"), "--out", tmp, *others],
                       check=True, capture_output=True)
        os.replace(tmp, path)
    return path


def run_fold(name: str, corpus: str, others: list[str], cache: str) -> dict[str, float]:
    model = fold_model(name, others, cache)
    gold = os.path.join(corpus, "messages.jsonl")
    with tempfile.TemporaryDirectory(dir=cache) as tmp:
        inp, out = os.path.join(tmp, "in.jsonl"), os.path.join(cache, f"pred_{name}.jsonl")
        with open(gold, encoding="utf-8") as f, open(inp, "w", encoding="utf-8") as g:
            for r in map(json.loads, filter(str.strip, f)):
                g.write(json.dumps({k: r[k] for k in ("id", "chat", "sender", "t", "text")}, ensure_ascii=False) + "\n")
        env = dict(os.environ, LINLI_TEXT_MODEL=model)
        subprocess.run([sys.executable, "run_bot.py", "replay", inp, "--config", os.path.join(corpus, "community.yaml"),
                        "--out", out], cwd=ROOT, env=env, check=True, capture_output=True)
    res = subprocess.run([sys.executable, SCORE, gold, out], capture_output=True, text=True, check=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", help="comma-separated corpus letters to score (the folds still train on all others)")
    ap.add_argument("--cache", default="/tmp/linli_loco")
    ap.add_argument("--json", help="also write {corpus: figures} here")
    args = ap.parse_args()
    os.makedirs(args.cache, exist_ok=True)
    allc = corpora()
    names = [n for n in allc if not args.only or n in args.only.split(",")]
    with ThreadPoolExecutor(args.jobs) as pool:
        futs = {n: pool.submit(run_fold, n, allc[n], [d for m, d in allc.items() if m != n], args.cache)
                for n in names}
        results = {n: f.result() for n, f in futs.items()}
    print(f"{'figure':<18}{'target':>7} " + "".join(f"{n:>6}" for n in names) + "   mean")
    for fig in FIGURES:
        vals = [results[n][fig] for n in names]
        print(f"{fig:<18}{TARGETS[fig]:>7} " + "".join(f"{v:6.3f}"[1:].rjust(6) if v < 1 else "  1.00"
                                                      for v in vals) + f"  {sum(vals) / len(vals):.3f}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
