#!/usr/bin/env python3
"""List where a replay disagrees with the labels: missed reds, false reds, colour confusions.

    python bench/loco_confusions.py w,x,y [--cache /tmp/linli_loco] [--only-red]

Reads tests/understanding/heldout_<c>/messages.jsonl (gold) and <cache>/pred_<c>.jsonl
(written by bench/loco.py), prints a confusion count table of gold colour -> predicted
colour over messages both call a request, then each disagreement with its text.
"""
from __future__ import annotations

import argparse
import collections
import json
import os

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))


def load(path: str) -> dict[str, dict]:
    with open(path, encoding="utf-8") as f:
        return {r["id"]: r for r in map(json.loads, filter(str.strip, f))}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", help="comma-separated corpus letters")
    ap.add_argument("--cache", default="/tmp/linli_loco")
    ap.add_argument("--only-red", action="store_true", help="list only missed and false reds")
    args = ap.parse_args()
    table: collections.Counter = collections.Counter()
    rows: list[tuple[str, str, str, str]] = []
    for c in args.corpora.split(","):
        gold = load(os.path.join(ROOT, f"tests/understanding/heldout_{c}/messages.jsonl"))
        pred = load(os.path.join(args.cache, f"pred_{c}.jsonl"))
        for i, g in gold.items():
            p = pred.get(i, {})
            gc = g["color"] if g["request"] else "-"
            pc = p.get("color") if p.get("request") else "-"
            table[gc, pc] += 1
            if gc == pc or (args.only_red and "red" not in (gc, pc)):
                continue
            rows.append((f"{gc}->{pc}", i, g.get("role", ""), g["text"]))
    colours = ("red", "orange", "yellow", "blue", "-")
    print("gold\\pred " + "".join(f"{c:>8}" for c in colours))
    for g in colours:
        print(f"{g:<10}" + "".join(f"{table[g, p]:>8}" for p in colours))
    for kind, i, role, text in sorted(rows):
        print(f"{kind:<14}{i:<7}{role:<9}{text}")


if __name__ == "__main__":
    main()
