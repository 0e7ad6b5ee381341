#!/usr/bin/env python3
"""Repeat-linking and category errors of a leave-one-corpus-out run, message by message.

    python bench/dup_report.py [--cache /tmp/linli_loco] [--only w,x,y] [--cats]

Reads each corpus's gold (tests/understanding/heldout_*/messages.jsonl) and the
predictions bench/loco.py left in --cache (pred_<corpus>.jsonl), and lists

- missed repeats: a gold repeat whose ticket differs from its first report's ticket;
- wrong links: a message merged into a ticket whose first report is another problem;

each with both texts, the time gap, senders, written places and categories (gold / predicted).
With --cats it lists category confusions instead (gold -> predicted, counted across corpora).
"""
from __future__ import annotations

import argparse
import collections
import glob
import json
import os

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))


def load(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def place(loc: dict | None) -> str:
    if not loc:
        return "-"
    return "/".join(f"{k[0]}{v}" for k, v in loc.items() if v) or "-"


def line(g: dict, p: dict) -> str:
    return (f"  {g['id']} t={g['t']:<5} {g['sender']:<6} gold {g['category'] or '-':<10} pred "
            f"{p.get('category') or '-':<10} place {place(g.get('location')):<10} tk={p.get('ticket')}  {g['text']}")


def report(name: str, gold: list[dict], pred: dict[str, dict]) -> tuple[int, int]:
    by_id = {g["id"]: g for g in gold}
    root: dict[str, str] = {}
    for g in gold:
        if g["request"]:
            root[g["id"]] = root.get(g.get("dup"), g.get("dup")) or g["id"]
    first_of_ticket: dict[tuple[str, int], str] = {}
    for g in gold:
        tk = pred.get(g["id"], {}).get("ticket")
        if tk is not None:
            first_of_ticket.setdefault((g["chat"], tk), g["id"])
    missed, wrong = [], []
    for g in gold:
        if not g["request"]:
            continue
        p = pred.get(g["id"], {})
        r = root[g["id"]]
        if r != g["id"] and (p.get("ticket") is None or p.get("ticket") != pred.get(r, {}).get("ticket")):
            missed.append((by_id[r], g))
        tk = p.get("ticket")
        if tk is not None:
            f = first_of_ticket[(g["chat"], tk)]
            if f != g["id"] and root.get(f, f) != r:
                wrong.append((by_id[f], g))
    for title, pairs in (("MISSED", missed), ("WRONG LINK", wrong)):
        for a, b in pairs:
            print(f"[{name}] {title} gap={b['t'] - a['t']} min{' same sender' if a['sender'] == b['sender'] else ''}")
            print(line(a, pred.get(a["id"], {})))
            print(line(b, pred.get(b["id"], {})))
    return len(missed), len(wrong)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", default="/tmp/linli_loco")
    ap.add_argument("--only")
    ap.add_argument("--cats", action="store_true")
    ap.add_argument("--pair", nargs=2, metavar=("GOLD", "PRED"), help="one gold / prediction pair instead")
    args = ap.parse_args()
    if args.pair:
        print(report("pair", load(args.pair[0]), {p["id"]: p for p in load(args.pair[1])}))
        return
    conf: collections.Counter[tuple[str, str]] = collections.Counter()
    totals = collections.Counter()
    for d in sorted(glob.glob(os.path.join(ROOT, "tests/understanding/heldout_*"))):
        name = os.path.basename(d).removeprefix("heldout_")
        if args.only and name not in args.only.split(","):
            continue
        pp = os.path.join(args.cache, f"pred_{name}.jsonl")
        if not os.path.exists(pp):
            continue
        gold, pred = load(os.path.join(d, "messages.jsonl")), {p["id"]: p for p in load(pp)}
        if args.cats:
            for g in gold:
                p = pred.get(g["id"], {})
                if g["request"] and p.get("request") and p.get("category") != g["category"]:
                    conf[(g["category"], p.get("category") or "-")] += 1
                    if args.only:
                        print(f"[{name}] {g['category']} -> {p.get('category')}: {g['text']}")
            continue
        m, w = report(name, gold, pred)
        totals["missed"] += m
        totals["wrong"] += w
    if args.cats:
        for (a, b), n in conf.most_common(40):
            print(f"{n:4d}  {a} -> {b}")
    else:
        print(dict(totals))


if __name__ == "__main__":
    main()
