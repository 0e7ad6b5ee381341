"""Round 21 code health: decisions read marks, never the wording of reasons.

The rules set a named mark (marks.py) where they write the reason a later step decides on: danger words set
aside, no cue at all, a firm "not a request", chatter, a resigned remark, a responder relaying a problem or
holding the danger in hand, a fix that did not last, a vague "me too". Rewording every reason must leave every
decision as it was; taking the mark away must not. Receive a message, expect this mark and this decision.
Sentences are our own."""
from __future__ import annotations

from dataclasses import replace

import pytest

from bot.understanding import Context, TicketView, Understanding, match_repeat
from bot.understanding import hybrid
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.marks import Mark
from bot.understanding.me_too import deliberately_no_request
from bot.understanding.text_model import Opinion
from bot.understanding.vocabulary import normalise_words

RESIDENT = Context(sender_role="resident", chat_building="4")
STAFF = Context(sender_role="staff", chat_building="4")
LEADER = Context(sender_role="leader", chat_building="4")


@pytest.mark.parametrize("ctx, text, mark", [
    (RESIDENT, "不是着火了 是隔壁在烧烤 烟大了点", Mark.SET_ASIDE),
    (RESIDENT, "周末去哪里玩比较好", Mark.NO_CUE),
    (RESIDENT, "这坏了", Mark.NO_OBJECT),
    (RESIDENT, ">你家的快递放我这了", Mark.FIRM),
    (STAFF, "各位居民 本周六上午九点在小区广场开展义诊活动", Mark.FIRM),
    (RESIDENT, "唉 咱这楼一直都这样 没办法的事", Mark.RESIGNED),
    (RESIDENT, "我也看到了 我上去敲门了", Mark.CHATTER),
    (RESIDENT, "前天才修好的水泵 今天又不出水了", Mark.RELAPSED),
    (LEADER, "7号楼好几户反映楼道灯坏了 请物业安排人来修一下", Mark.RELAYED),
    (LEADER, "8号楼的住户问 今年什么时候开始交取暖费", Mark.QUESTIONS_RELAYED),
    (LEADER, "二单元楼顶的水箱漏电了，已经拉闸了，没人受伤，请安排电工来修", Mark.IN_HAND),
    (RESIDENT, "我家也有股味", Mark.VAGUE_ME_TOO),
])
def test_the_rules_mark_what_later_steps_decide_on(ctx: Context, text: str, mark: Mark) -> None:
    u = classify_rules(text, ctx)
    assert mark in u.marks, (u.reasons, u.marks)


def test_no_cue_at_all_is_no_stated_verdict() -> None:
    u = classify_rules("周末去哪里玩比较好", RESIDENT)
    assert Mark.DECLINED not in u.marks and not deliberately_no_request(u)


def test_a_pass_up_of_residents_questions_is_marked_apart_from_an_ask_to_act() -> None:
    asked = classify_rules("8号楼的住户问 今年什么时候开始交取暖费 请社区安排一下", LEADER)
    assert Mark.RELAYED in asked.marks and Mark.QUESTIONS_RELAYED not in asked.marks


# ------------------------------------------------------------------ rewording reasons changes no decision
class _Sure:
    """A model sure of a request, of a danger and of sanitation (p fixed per test)."""

    def __init__(self, p_request: float = 0.9, p_red: float = 0.7, p_sanitation: float = 0.5) -> None:
        rest = (1.0 - p_red) / 3
        self.op = Opinion(p_request=p_request, color={"red": p_red, "orange": rest, "yellow": rest, "blue": rest},
                          category={"sanitation": p_sanitation, "other": 1.0 - p_sanitation})

    def opinion(self, text: str, role: str) -> Opinion:
        return self.op


def _reworded(u: Understanding) -> Understanding:
    return replace(u, reasons=tuple(f"reason {i}, in other words" for i, _ in enumerate(u.reasons)))


def _decision(text: str, ctx: Context, model: _Sure, monkeypatch: pytest.MonkeyPatch, change=None) -> tuple:
    """The hybrid's decision, the rules' reading passed through `change` first."""
    rules = classify_rules
    if change is not None:
        monkeypatch.setattr(hybrid, "classify_rules", lambda *a, **k: change(rules(*a, **k)))
    u = hybrid.classify(text, ctx, model=model)
    monkeypatch.setattr(hybrid, "classify_rules", rules)
    return u.request, u.color, u.category


@pytest.mark.parametrize("ctx, text, mark, model", [
    (STAFF, "各位居民 本周六上午九点在小区广场开展义诊活动", Mark.FIRM, _Sure()),
    (RESIDENT, "不是着火了 是隔壁在烧烤 烟大了点", Mark.SET_ASIDE, _Sure()),
    (RESIDENT, "唉 咱这楼一直都这样 没办法的事", Mark.RESIGNED, _Sure()),
    # (a model sure enough to fill the rules' silence, not to overrule their verdict)
    (RESIDENT, "周末去哪里玩比较好", Mark.NO_CUE,
     _Sure(p_request=(hybrid.P_REQUEST + hybrid.P_OVERRULE_SILENCE) / 2, p_red=0.1)),
    (LEADER, "二单元楼顶的水箱漏电了，已经拉闸了，没人受伤，请安排电工来修", Mark.IN_HAND, _Sure(p_red=0.9)),
    (RESIDENT, "前天才修好的水泵 今天又不出水了", Mark.RELAPSED, _Sure(p_request=0.1, p_red=0.1)),
    (RESIDENT, "我家也有股味", Mark.VAGUE_ME_TOO, _Sure(p_red=0.1)),
])
def test_rewording_the_rules_reasons_keeps_the_decision_their_mark_drives(
        ctx: Context, text: str, mark: Mark, model: _Sure, monkeypatch: pytest.MonkeyPatch) -> None:
    decided = _decision(text, ctx, model, monkeypatch)
    assert _decision(text, ctx, model, monkeypatch, _reworded) == decided
    # ...and the mark is what drives it
    assert _decision(text, ctx, model, monkeypatch, lambda u: replace(u, marks=u.marks - {mark})) != decided


def test_a_stated_no_reworded_still_reports_nothing() -> None:
    u = classify_rules(">你家的快递放我这了", RESIDENT)
    assert deliberately_no_request(u) and deliberately_no_request(_reworded(u))
    assert not deliberately_no_request(replace(u, marks=frozenset()))


def test_chatter_reworded_still_joins_no_ticket() -> None:
    text = "我也看到了 我上去敲门了"
    ticket = TicketView(no=3, chat_id="b4", reporter_id="r1", category="safety", color="red", location=None,
                        building="4", text="楼道里有浓烟 好像是三楼着火了", minutes_since_last_report=2.0,
                        reporter_ids=("r1",), minutes_since_report=2.0)
    u = classify_rules(text, RESIDENT)
    assert match_repeat(_reworded(u), normalise_words(text), "r5", "4", [ticket]) is None
    assert match_repeat(replace(u, marks=u.marks - {Mark.CHATTER}), normalise_words(text), "r5", "4",
                        [ticket]) is not None
