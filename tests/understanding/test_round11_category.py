"""Round 11: 'other' is the last resort (GUIDELINES: a request that fits none of the categories), so a
category the model names fairly surely replaces it; a vague me-too keeps 'other' for the ticket it joins.
Something that should not burn set alight is a fire even after someone smoking. Receive a message,
expect this colour and category. Sentences are our own."""
from __future__ import annotations

import math

import pytest

from bot.understanding import Context, classify
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.text_model import TextModel

RESIDENT = Context(sender_role="resident", chat_building="4")


def unsure_model(p_other: float, p_affairs: float) -> TextModel:
    """A hand-made model: 问 and 味 read as a blue request whose category is 'other' first, 'affairs' second."""
    rest = 1.0 - p_other - p_affairs
    row = [math.log(p_affairs), math.log(p_other), math.log(rest)]
    return TextModel({
        "ngram_max": 1, "vocab": ["问", "味"], "idf": [1.0, 1.0],
        "heads": {
            "request": {"classes": ["false", "true"], "coef": [[6.0], [6.0]], "intercept": [0.0]},
            "color": {"classes": ["blue", "yellow"], "coef": [[3.0, 0.0], [0.0, 3.0]], "intercept": [0.0, 0.0]},
            "category": {"classes": ["affairs", "other", "suggestion"], "coef": [row, row],
                         "intercept": [0.0, 0.0, 0.0]},
        }})


def test_a_category_the_model_names_replaces_other() -> None:
    u = classify("问问问", RESIDENT, model=unsure_model(p_other=0.45, p_affairs=0.40))
    assert u.request and u.category == "affairs", u.reasons


def test_other_stays_when_the_model_names_nothing_surely() -> None:
    u = classify("问问问", RESIDENT, model=unsure_model(p_other=0.75, p_affairs=0.15))
    assert u.request and u.category == "other", u.reasons


def test_a_vague_me_too_keeps_other_for_the_ticket_it_joins() -> None:
    u = classify("我们这层也有股味儿", RESIDENT, model=unsure_model(p_other=0.45, p_affairs=0.40))
    assert u.request and u.category == "other", u.reasons


@pytest.mark.parametrize("text", [
    "楼梯间有人抽烟 扔的烟头把堆着的纸壳点着了",
    "有人在阳台吸烟 火星子把晾的被子引燃了 快来人",
])
def test_something_set_alight_after_smoking_is_a_fire(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert u.request and (u.color, u.category) == ("red", "safety"), u.reasons


def test_smoke_from_someone_smoking_stays_a_nuisance() -> None:
    u = classify_rules("隔壁天天在楼道抽烟 烟味呛得很 能不能说说", RESIDENT)
    assert u.request and u.color != "red", u.reasons


def test_a_guessed_category_is_marked_for_repeat_linking() -> None:
    u = classify("问问问", RESIDENT, model=unsure_model(p_other=0.45, p_affairs=0.40))
    assert u.category_guessed, u.reasons
    named = classify_rules("电梯坏了 能不能来修一下", RESIDENT)
    assert not named.category_guessed
