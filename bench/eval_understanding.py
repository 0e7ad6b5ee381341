#!/usr/bin/env python3
"""Replay a labelled corpus through classify + match_repeat and score it.

    python bench/eval_understanding.py [--corpus DIR] [--out PRED.jsonl] [--show errors|all]

Context per message comes from the community file: the chat `bN`'s building,
the sender's role (staff list, grid chiefs, building leaders; else resident).
A small ticket simulation keeps the open tickets of each chat: a request that
matches one is merged (its `ticket` is that ticket's number), otherwise it files
a new one; an "already fixed" message closes the open ticket it is about.
A quick approximation without the database, for reading errors with their reasons; its ticket simulation differs
from the ticket service's, so the figures of record come from `run_bot.py replay` and `score.py` (README).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

import yaml  # noqa: E402

from bot.understanding import Context, TicketView, classify, explain, match_fixed, match_repeat, more_urgent  # noqa: E402


def load_community(path: str) -> tuple[dict[str, str], dict[str, str]]:
    with open(path, encoding="utf-8") as f:
        cfg = yaml.safe_load(f)
    roles: dict[str, str] = {s: "staff" for s in cfg.get("community", {}).get("staff", [])}
    chat_building: dict[str, str] = {}
    for g in cfg.get("grids", []):
        if g.get("chief"):
            roles.setdefault(g["chief"], "chief")
        for b in g.get("buildings", []):
            if b.get("chat"):
                chat_building[b["chat"]] = str(b["id"])
            if b.get("leader"):
                roles.setdefault(b["leader"], "leader")
    return roles, chat_building


def replay(messages: list[dict], roles: dict[str, str], chat_building: dict[str, str]) -> list[dict]:
    open_tickets: dict[str, list[dict]] = {}
    next_no = 1
    preds = []
    for m in messages:
        chat = m["chat"]
        role = roles.get(m["sender"], m.get("role", "resident"))
        ctx = Context(sender_role=role, chat_building=chat_building.get(chat))
        u = classify(m["text"], ctx)
        building = (u.location.building if u.location and u.location.building else None) or ctx.chat_building
        tickets = sorted(open_tickets.setdefault(chat, []), key=lambda t: -t["last_t"])
        views = [TicketView(no=t["no"], chat_id=chat, reporter_id=t["reporter"], category=t["category"],
                            color=t["color"], location=t["location"], building=t["building"], text=t["text"],
                            minutes_since_last_report=m["t"] - t["last_t"], reporter_ids=tuple(t["reporters"]),
                            keywords=t["keywords"]) for t in tickets]
        pred = {"id": m["id"], "request": u.request, "color": u.color, "category": u.category,
                "location": u.location.as_dict() if u.location else None, "ticket": None, "_why": explain(u)}
        if u.fixed_report:
            fm = match_fixed(u, views, text=m["text"], sender_id=m["sender"])   # as the ticket service: the ticket then takes no more repeats
            if fm is not None:
                t = next(t for t in tickets if t["no"] == fm.ticket_no)
                open_tickets[chat].remove(t)
                pred["_why"] += f"\n  = closes #{t['no']}: {'; '.join(fm.reasons)}"
        else:
            rm = match_repeat(u, m["text"], m["sender"], building, views)
            if rm is not None:
                t = next(t for t in tickets if t["no"] == rm.ticket_no)
                if not u.request and rm.kind == "repeat":   # a "me too": another report of the ticket
                    pred.update(request=True, color=t["color"], category=t["category"])
                if pred["request"]:
                    pred["ticket"] = t["no"]
                    t["color"] = more_urgent(t["color"], u.color)
                    if u.category in (None, "other") and t["category"]:
                        pred["category"] = t["category"]
                        pred["color"] = more_urgent(u.color, t["color"])
                t["last_t"] = m["t"]
                t["reporters"].append(m["sender"])
                pred["_why"] += f"\n  = {rm.kind} of #{t['no']}: {'; '.join(rm.reasons)}"
            elif u.request:
                t = {"no": next_no, "reporter": m["sender"], "reporters": [m["sender"]], "category": u.category,
                     "color": u.color, "location": u.location, "building": building, "text": m["text"],
                     "last_t": m["t"], "keywords": u.keywords}
                next_no += 1
                open_tickets[chat].append(t)
                pred["ticket"] = t["no"]
                pred["_why"] += f"\n  = new ticket #{t['no']}"
        preds.append(pred)
    return preds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="/work/shared/eval")
    ap.add_argument("--out", default="/tmp/understanding_pred.jsonl")
    ap.add_argument("--show", choices=["errors", "all", "none"], default="errors")
    args = ap.parse_args()
    gold_path = os.path.join(args.corpus, "messages.jsonl")
    with open(gold_path, encoding="utf-8") as f:
        gold = [json.loads(line) for line in f if line.strip()]
    roles, chat_building = load_community(os.path.join(args.corpus, "community.yaml"))
    preds = replay(gold, roles, chat_building)
    with open(args.out, "w", encoding="utf-8") as f:
        for p in preds:
            f.write(json.dumps({k: v for k, v in p.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")
    if args.show != "none":
        gold_ticket: dict[str, str] = {}
        for g, p in zip(gold, preds):
            if g["request"]:
                gold_ticket[g["id"]] = gold_ticket.get(g["dup"], g["dup"]) or g["id"]
        by_ticket: dict[int, str] = {}
        for g, p in zip(gold, preds):
            gl = g["location"] and {k: v for k, v in g["location"].items()}
            pl = p["location"]
            wrong = []
            if g["request"] != p["request"]:
                wrong.append("REQ")
            elif g["request"] and g["color"] != p["color"]:
                wrong.append(f"COL {g['color']}->{p['color']}")
            if g["request"] and p["request"] and g["category"] != p["category"]:
                wrong.append(f"CAT {g['category']}->{p['category']}")
            if (gl or None) != (pl or None):
                wrong.append(f"LOC {gl}->{pl}")
            if g["request"] and p["ticket"] is not None:
                root = gold_ticket[g["id"]]
                if p["ticket"] in by_ticket and by_ticket[p["ticket"]] != root:
                    wrong.append(f"DUP-FP (gold root {root}, ticket root {by_ticket[p['ticket']]})")
                elif p["ticket"] not in by_ticket and root != g["id"]:
                    wrong.append(f"DUP-FN (gold dup of {root})")
                by_ticket.setdefault(p["ticket"], root)
            if wrong or args.show == "all":
                print(f"{g['id']} {g['role'][:3]} {' | '.join(wrong)}\n  {g['text']}\n  {p['_why'].replace(chr(10), chr(10) + '  ')}")
    subprocess.run([sys.executable, os.path.join(args.corpus, "score.py"), gold_path, args.out])


if __name__ == "__main__":
    main()
