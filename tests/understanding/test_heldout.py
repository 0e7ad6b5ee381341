"""Held-out check: messages written for this test in styles the eval corpus lacks (terse, dialect,
voice-to-text without punctuation, typos, full-width digits, 栋/幢/号楼/5-2-301 places), labelled by
the corpus guidelines. Each phenomenon has its own expectation; conversations check repeat linking
the way the ticket service does (fixed reports close a ticket to repeats, me-too links).
Ids n01-n30 were a second batch, written after the first one had been fixed against, and scored
blind before their own fixes (21/30 right, red 4/8); now they are part of the check."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from bot.understanding import (COLOR_RANK, Context, Location, TicketView, classify, explain, match_fixed,
                               match_repeat)

RECORDS = [json.loads(line) for line in (Path(__file__).parent / "heldout.jsonl").read_text("utf-8").splitlines()
           if line.strip()]
CHAT_BUILDING = {"h5": "5", "h12": "12", "h30": "30"}


def understand(r: dict):
    return classify(r["text"], Context(sender_role=r["role"], chat_building=CHAT_BUILDING.get(r["chat"])))


def of(ph: str) -> list[dict]:
    return [r for r in RECORDS if r["phenomenon"] == ph]


def ids(rs: list[dict]) -> list[str]:
    return [r["id"] for r in rs]


def test_the_set_is_large_and_varied():
    assert len(RECORDS) >= 60
    assert len({r["text"] for r in RECORDS}) == len(RECORDS)
    assert {"red", "orange", "yellow", "blue", "chatter", "fixed", "staff", "not_red", "conv"} <= set(
        Counter(r["phenomenon"] for r in RECORDS))


@pytest.mark.parametrize("r", of("red"), ids=ids(of("red")))
def test_every_red_case_is_red(r):
    u = understand(r)
    assert u.request and u.color == "red", explain(u)


@pytest.mark.parametrize("r", of("orange"), ids=ids(of("orange")))
def test_orange_cases_are_never_under_triaged(r):
    u = understand(r)
    assert u.request and u.color in ("red", "orange"), explain(u)
    assert u.color == "orange", explain(u)


@pytest.mark.parametrize("r", of("yellow") + of("blue"), ids=ids(of("yellow") + of("blue")))
def test_ordinary_requests_are_requests_and_never_red(r):
    u = understand(r)
    assert u.request and u.color != "red", explain(u)


@pytest.mark.parametrize("r", of("chatter") + of("fixed") + of("staff"),
                         ids=ids(of("chatter") + of("fixed") + of("staff")))
def test_chatter_fixed_and_staff_are_never_requests(r):
    u = understand(r)
    assert not u.request, explain(u)
    if r["phenomenon"] == "fixed":
        assert u.fixed_report, explain(u)


@pytest.mark.parametrize("r", of("not_red"), ids=ids(of("not_red")))
def test_hypothetical_or_negated_danger_is_not_red(r):
    u = understand(r)
    assert u.color != "red" and u.request == r["request"], explain(u)


def test_aggregate_figures():
    reqs = [r for r in RECORDS if r["request"] and r["phenomenon"] != "conv"]
    us = {r["id"]: understand(r) for r in RECORDS}
    colour = sum(us[r["id"]].color == r["color"] for r in reqs) / len(reqs)
    category = sum(us[r["id"]].category == r["category"] for r in reqs) / len(reqs)
    under = sum(us[r["id"]].color is None or COLOR_RANK[us[r["id"]].color] > COLOR_RANK[r["color"]] for r in reqs)
    wrong_loc = [(r["id"], us[r["id"]].location) for r in RECORDS
                 if (Location(**r["location"]) if r["location"] else None) != us[r["id"]].location]
    assert colour >= 0.9 and category >= 0.88 and under / len(reqs) <= 0.04, (colour, category, under)
    assert not wrong_loc


def replay(records: list[dict]) -> dict[str, str | None]:
    """Ticket root of each message as the ticket service would link it (None: no ticket)."""
    tickets: dict[str, list[dict]] = {}
    root: dict[str, str | None] = {}
    for r in records:
        u = understand(r)
        chat = tickets.setdefault(r["chat"], [])
        building = (u.location.building if u.location and u.location.building else None) \
            or CHAT_BUILDING.get(r["chat"])
        live = [t for t in reversed(chat) if not t["closed"]]
        views = [TicketView(no=t["no"], chat_id=r["chat"], reporter_id=t["reporters"][0], category=t["category"],
                            color=t["color"], location=t["location"], building=t["building"], text=t["text"],
                            minutes_since_last_report=r["t"] - t["last"], reporter_ids=tuple(t["reporters"]),
                            keywords=t["keywords"]) for t in live]
        root[r["id"]] = None
        if u.fixed_report:
            m = match_fixed(u, views, text=r["text"], sender_id=r["sender"])
            if m:
                next(t for t in chat if t["no"] == m.ticket_no)["closed"] = True
            continue
        m = match_repeat(u, r["text"], r["sender"], building, views)
        if m:
            t = next(t for t in chat if t["no"] == m.ticket_no)
            t["reporters"].append(r["sender"])
            t["last"] = r["t"]
            if u.request or m.kind == "repeat":
                root[r["id"]] = t["root"]
        elif u.request:
            chat.append({"no": len(chat) + 1, "root": r["id"], "reporters": [r["sender"]], "category": u.category,
                         "color": u.color, "location": u.location, "building": building, "text": r["text"],
                         "last": r["t"], "keywords": u.keywords, "closed": False})
            root[r["id"]] = r["id"]
    return root


def test_conversations_link_repeats_and_only_repeats():
    conv = of("conv")
    got = replay(conv)
    want = {r["id"]: (r["dup"] or r["id"]) if r["request"] else None for r in conv}
    assert got == want


@pytest.mark.parametrize("r", [r for r in of("conv") if r["request"]], ids=ids([r for r in of("conv") if r["request"]]))
def test_conversation_messages_are_understood(r):
    u = understand(r)
    if r["dup"] is None or u.request:   # a bare "me too" may be no request alone: the link makes it one
        assert u.request, explain(u)
    if r["color"] == "red" and r["dup"] is None:
        assert u.color == "red", explain(u)
