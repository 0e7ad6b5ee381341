"""Choosing a colour when a too-calm colour costs more than a too-urgent one (triage_cost.py): pure, no model."""
from __future__ import annotations

import pytest

from bot.understanding import Context
from bot.understanding.hybrid import COST_UNDER, P_RAISE_MASS, classify
from bot.understanding.text_model import Opinion
from bot.understanding.triage_cost import least_cost_color, one_step_up

UNSURE = {"red": 0.05, "orange": 0.38, "yellow": 0.45, "blue": 0.12}


def test_equal_costs_choose_the_likeliest_colour() -> None:
    assert least_cost_color(UNSURE, 1.0, exclude=("red",)) == ("yellow", 0.45)


def test_a_costlier_under_triage_takes_the_more_urgent_of_two_close_colours() -> None:
    # cost(yellow) = 1.5 * (.05 + .38) + .12 = .765; cost(orange) = 1.5 * .05 + .57 = .645
    assert least_cost_color(UNSURE, 1.5, exclude=("red",)) == ("orange", 0.38)


def test_a_sure_calm_colour_stays_whatever_the_cost() -> None:
    sure = {"red": 0.01, "orange": 0.04, "yellow": 0.9, "blue": 0.05}
    assert least_cost_color(sure, 3.0, exclude=("red",))[0] == "yellow"


def test_mass_on_an_excluded_red_still_counts_as_more_urgent() -> None:
    with_red = {"red": 0.30, "orange": 0.20, "yellow": 0.40, "blue": 0.10}
    red_moved_to_yellow = {"red": 0.0, "orange": 0.20, "yellow": 0.70, "blue": 0.10}
    assert least_cost_color(with_red, 2.5, exclude=("red",))[0] == "orange"
    assert least_cost_color(red_moved_to_yellow, 2.5, exclude=("red",))[0] == "yellow"


@pytest.mark.parametrize("color, expected", [
    ("yellow", ("orange", 0.43)), ("blue", ("yellow", 0.88)), ("orange", None), ("red", None)])
def test_one_step_up_sums_every_more_urgent_colour(color: str, expected) -> None:
    step = one_step_up(UNSURE, color)
    assert (step if step is None else (step[0], round(step[1], 2))) == expected


def test_the_shipped_settings_lean_toward_the_resident() -> None:
    assert COST_UNDER > 1.0 and 0.5 < P_RAISE_MASS < 1.0


class _FixedModel:
    """A model whose opinion is given: how hybrid weighs it is what is tested, not what it reads."""

    def __init__(self, color: dict[str, float], category: str) -> None:
        self.op = Opinion(0.9, color, {category: 0.9, "other": 0.1})

    def opinion(self, text: str, role: str) -> Opinion:
        return self.op


RESIDENT = Context(sender_role="resident", chat_building="3")


def test_the_model_alone_chooses_the_least_costly_colour() -> None:
    # no cue for the rules: the model alone makes the request; its likeliest colour is yellow, but orange is close
    model = _FixedModel({"red": 0.05, "orange": 0.38, "yellow": 0.45, "blue": 0.12}, "facility")
    u = classify("这个事情你们看看吧", RESIDENT, model=model)
    assert u.request and u.model_only, u.reasons
    assert u.color == least_cost_color(model.op.color, COST_UNDER, exclude=("red",))[0] == "orange", u.reasons


def test_the_rules_colour_goes_one_step_up_on_the_models_weight_above_it() -> None:
    # the rules read a yellow matter; the model is sure of nothing, but .70 of its weight is above yellow
    model = _FixedModel({"red": 0.30, "orange": 0.40, "yellow": 0.25, "blue": 0.05}, "facility")
    u = classify("小区健身器材坏了一个", RESIDENT, model=model)
    assert u.request and not u.model_only, u.reasons
    assert u.color == "orange", u.reasons
    assert any("model weight on it or more urgent=0.70" in r for r in u.reasons), u.reasons


def test_weight_below_the_bar_leaves_the_rules_colour() -> None:
    model = _FixedModel({"red": 0.10, "orange": 0.40, "yellow": 0.45, "blue": 0.05}, "facility")
    assert classify("小区健身器材坏了一个", RESIDENT, model=model).color == "yellow"
