"""Every word list the understanding reads is data a community extends under `understanding:` in
config.yaml: add a word, and the decision on a message using it changes. Sentences are our own."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.settings import ConfigError, parse_settings
from bot.understanding import Context, TicketView, Understanding, classify
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.text_model import TextModel
from bot.understanding.topic import same_topic
from bot.understanding.vocabulary import build_vocabulary, default_vocabulary, normalise_words

ROOT = Path(__file__).resolve().parents[2]
RESIDENT = Context(sender_role="resident", chat_building="4")
LEADER = Context(sender_role="leader", chat_building="4")


def _colour(text: str, ctx: Context, extra: dict | None = None) -> str | None:
    u = classify_rules(text, ctx, build_vocabulary(extra) if extra else default_vocabulary())
    return u.color if u.request else None


@pytest.mark.parametrize("key, words, text, ctx, before, after", [
    # a story from elsewhere, then the text turns back here in the community's own word
    ("here", ["咱胡同"], "外地有个小区燃气爆炸了 咱胡同楼道里也一股煤气味", RESIDENT, None, "red"),
    # a past near miss that harmed no one, in the community's words for luck and for the day
    ("lucky", ["得亏没"], "大前天阳台上的花盆掉了一个，得亏没砸着人", RESIDENT, "red", None),
    ("past_day", ["那一晚"], "那一晚楼上花盆掉了一个，好在没砸着人", RESIDENT, "red", None),
    # ...unless something is said to be there now
    ("now", ["眼下"], "前天楼上花盆掉了一个，好在没砸着人，眼下窗台上一排花盆摇摇晃晃", RESIDENT, "yellow", "red"),
    # a serious consequence said after the danger: a warning of a risk, not an event
    ("warning_after", ["闹不好要出人命"], "楼道里电线裸露着一碰就触电闹不好要出人命", RESIDENT, "red", "orange"),
    # an injury of someone back home recovering: care today, not an emergency
    ("recovering", ["刚做完手术"], "我爸摔倒骨折了，刚做完手术回家，楼里电梯能不能先修好", RESIDENT, "red", "orange"),
    # a leader who reported it and keeps people away is not handling the danger itself
    ("precaution", ["别往前凑"], "3栋楼道冒烟了，已经报了别往前凑", LEADER, None, "red"),
    # a forwarded-message marker of the community's own
    ("forwarded", ["〔搬运〕"], "〔搬运〕隔壁那条街着火了，烟很大", RESIDENT, "red", None),
])
def test_a_community_word_changes_the_rules_decision(key, words, text, ctx, before, after):
    assert _colour(text, ctx) == before
    assert _colour(text, ctx, {key: words}) == after


def test_removing_a_default_word_works_for_the_new_lists_too():
    text = "前天楼上花盆掉了一个，好在没砸着人"
    assert _colour(text, RESIDENT) is None
    assert _colour(text, RESIDENT, {"remove": ["好在没"]}) == "red"


def _model(weights: dict[str, float], colour: str, category: str) -> TextModel:
    """A hand-made model over single characters: request log-odds per character, one colour and category."""
    vocab = sorted(weights)
    colours = sorted({"blue", "yellow", colour})
    cats = sorted({"affairs", "facility", "other", category})
    return TextModel({
        "ngram_max": 1, "vocab": vocab, "idf": [1.0] * len(vocab),
        "heads": {
            "request": {"classes": ["false", "true"], "coef": [[weights[c]] for c in vocab], "intercept": [0.0]},
            "color": {"classes": colours, "coef": [[8.0 if k == colour else 0.0 for k in colours] for _ in vocab],
                      "intercept": [0.0] * len(colours)},
            "category": {"classes": cats, "coef": [[8.0 if k == category else 0.0 for k in cats] for _ in vocab],
                         "intercept": [0.0] * len(cats)},
        }})


def test_a_community_reassurance_keeps_the_model_from_reading_a_danger():
    model = _model({"险": 5.0}, "red", "safety")
    text = "刚才那边好险 人都好好的"
    assert classify(text, RESIDENT, model=model).color == "red"
    u = classify(text, RESIDENT, build_vocabulary({"reassured": ["好好的"]}), model=model)
    assert not u.request and "reassures" in u.reasons[-1]


def test_a_community_way_of_saying_i_do_not_know_is_an_answer():
    model = _model({"回": 1.0}, "yellow", "affairs")    # p(request) about .73: unsure
    text = "咋回事 俺也摸不着头脑"
    assert classify(text, RESIDENT, model=model).request
    u = classify(text, RESIDENT, build_vocabulary({"ignorant": ["摸不着头脑"]}), model=model)
    assert not u.request and "do not know" in u.reasons[-1]


def test_a_community_thanks_word_keeps_a_reply_off_the_latest_ticket():
    first = "4栋单元门的门禁坏了，刷卡没反应"
    r = classify_rules(first, RESIDENT)
    ticket = TicketView(no=3, chat_id="b4", reporter_id="r1", category=r.category, color=r.color,
                        location=r.location, building="4", text=first, minutes_since_last_report=3.0,
                        reporter_ids=("r1",), keywords=r.keywords, minutes_since_report=3.0)
    reply = normalise_words("是的，门禁我也刷不开，多谢告知")
    u = Understanding(request=True, color="yellow", category="facility", location=None)
    assert same_topic(u, reply, "r2", ticket, True, None, default_vocabulary()) is not None
    vocab = build_vocabulary({"not_report": ["多谢告知"]})
    assert same_topic(u, reply, "r2", ticket, True, None, vocab) is None


def test_the_new_keys_are_read_from_config_yaml_and_misspelt_ones_are_refused():
    data = yaml.safe_load((ROOT / "config.yaml").read_text(encoding="utf-8"))
    data["understanding"] = {"now": ["眼下"], "precaution": ["别往前凑"], "ignorant": ["不太清楚"]}
    s = parse_settings(data)
    assert "眼下" in build_vocabulary(s.understanding).words["now"]
    data["understanding"] = {"reasured": ["好好的"]}
    with pytest.raises(ConfigError) as e:
        parse_settings(data)
    assert "understanding.reasured" in str(e.value)
