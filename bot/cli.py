"""run_bot.py commands: serve, check-config, classify, replay, migrate, outbox."""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from bot.settings import ConfigError, Settings, inline_secret_warnings, load_settings, secret_problems

DEFAULT_CONFIG = "config.yaml"


def _load(path: str) -> Settings:
    try:
        return load_settings(path)
    except ConfigError as e:
        print(str(e), file=sys.stderr)
        raise SystemExit(2) from None


def cmd_check_config(args: argparse.Namespace) -> int:
    try:
        s = load_settings(args.config)
    except ConfigError as e:
        print(str(e), file=sys.stderr)
        return 2
    for path, fix in inline_secret_warnings(s):
        print(f"warning: {args.config}: {path}: {fix}", file=sys.stderr)
    problems = secret_problems(s)
    if problems:
        print(str(ConfigError(args.config, problems)), file=sys.stderr)
        return 2
    n_buildings = sum(len(g.buildings) for g in s.grids)
    print(f"{args.config}: OK — {s.community.name}, {len(s.grids)} grid(s), {n_buildings} building(s), "
          f"{len(s.people)} people")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from aiohttp import web

    from bot.app import create_app
    from bot.logs import known_secrets, setup_logging

    s = _load(args.config)
    problems = secret_problems(s)
    if problems:
        print(str(ConfigError(args.config, problems)), file=sys.stderr)
        return 2
    from bot.db import init_schema, make_engine
    from bot.migrations import SchemaOutOfDate

    engine = make_engine(s.database)
    try:
        init_schema(engine)
    except SchemaOutOfDate as e:
        print(f"{s.database.split('@')[-1]}: {e}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    setup_logging(secrets=known_secrets(s))
    web.run_app(create_app(s), host=args.host or s.server.host, port=args.port or s.server.port,
                print=lambda m: print(m, file=sys.stderr))
    return 0


def cmd_classify(args: argparse.Namespace) -> int:
    from bot.services.directory import Directory
    from bot.understanding import Context, build_vocabulary, classify

    s = _load(args.config)
    d = Directory(s)
    vocab = build_vocabulary(s.understanding)
    out = sys.stdout
    for n, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            text = str(rec["text"])
        except (ValueError, KeyError, TypeError):
            print(f"line {n}: expected a JSON object with a text field", file=sys.stderr)
            continue
        chat = rec.get("chat")
        sender = rec.get("sender")
        ctx = Context(sender_role=d.role_of(sender) if sender else "resident",
                      chat_building=d.building_of_chat(chat), known_buildings=frozenset(d.buildings))
        u = classify(text, ctx, vocab)
        row: dict[str, Any] = {"id": rec.get("id"), "request": u.request, "color": u.color,
                               "category": u.category, "location": u.location.as_dict() if u.location else None}
        if args.explain:
            row["reasons"] = list(u.reasons)
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


def cmd_replay(args: argparse.Namespace) -> int:
    from bot.replay import DEFAULT_START, read_records, run_replay

    s = _load(args.config)
    try:
        records = read_records(args.input)
    except (OSError, ValueError) as e:
        print(f"{args.input}: cannot read records ({e})", file=sys.stderr)
        return 2
    preds, outbound = run_replay(records, s, start=args.start or DEFAULT_START)
    with open(args.out, "w", encoding="utf-8") as f:
        for p in preds:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    if args.outbox:
        with open(args.outbox, "w", encoding="utf-8") as f:
            for o in outbound:
                f.write(json.dumps(o, ensure_ascii=False) + "\n")
    tickets = len({p["ticket"] for p in preds if p["ticket"] is not None})
    print(f"replayed {len(preds)} messages: {tickets} tickets, {len(outbound)} outbound messages",
          file=sys.stderr)
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    from bot.db import make_engine
    from bot.migrations import migrate

    s = _load(args.config)
    engine = make_engine(s.database)
    before, after = migrate(engine)
    engine.dispose()
    print(f"schema: {before or '(empty)'} -> {after}" if before != after else f"schema already at {after}")
    return 0


def cmd_outbox(args: argparse.Namespace) -> int:
    from sqlmodel import Session, col, select

    from bot.db import make_engine
    from models import OutboxRow

    s = _load(args.config)
    engine = make_engine(s.database)
    status = "parked" if args.parked else "pending"
    with Session(engine) as session:
        rows = session.exec(select(OutboxRow).where(OutboxRow.status == status)
                            .order_by(col(OutboxRow.id)).limit(args.limit)).all()
        for r in rows:
            print(json.dumps({"id": r.id, "to": r.chat_id or r.user_id, "ticket": r.ticket_no,
                              "attempts": r.attempts, "error": r.last_error, "text": r.text,
                              "created_at": r.created_at.isoformat()}, ensure_ascii=False))
    engine.dispose()
    print(f"{len(rows)} {status} message(s)", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="run_bot.py", description="Linli (邻里) community request bot")
    sub = ap.add_subparsers(dest="cmd", required=True)

    p = sub.add_parser("serve", help="run the bot")
    p.add_argument("--config", default=DEFAULT_CONFIG)
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p.set_defaults(fn=cmd_serve)

    p = sub.add_parser("check-config", help="validate a config file")
    p.add_argument("--config", default=DEFAULT_CONFIG)
    p.set_defaults(fn=cmd_check_config)

    p = sub.add_parser("classify", help="JSON lines {id, text, chat?} on stdin -> understanding on stdout")
    p.add_argument("--config", default=DEFAULT_CONFIG)
    p.add_argument("--explain", action="store_true", help="add the reasons for each decision")
    p.set_defaults(fn=cmd_classify)

    p = sub.add_parser("replay", help="feed a recorded conversation through the pipeline on a simulated clock")
    p.add_argument("input")
    p.add_argument("--config", default=DEFAULT_CONFIG)
    p.add_argument("--out", required=True)
    p.add_argument("--outbox", help="also write every outbound message to this file")
    p.add_argument("--start", help='local time at t=0, "YYYY-MM-DD HH:MM" (default a Tuesday 10:00)')
    p.set_defaults(fn=cmd_replay)

    p = sub.add_parser("migrate", help="bring the database schema to the newest revision (Alembic)")
    p.add_argument("--config", default=DEFAULT_CONFIG)
    p.set_defaults(fn=cmd_migrate)

    p = sub.add_parser("outbox", help="list undelivered messages, or with --parked those refused for good")
    p.add_argument("--config", default=DEFAULT_CONFIG)
    p.add_argument("--parked", action="store_true", help="messages the platform rejected, with the reason")
    p.add_argument("--limit", type=int, default=100)
    p.set_defaults(fn=cmd_outbox)

    args = ap.parse_args(argv)
    return int(args.fn(args) or 0)
