"""Choosing a colour when a too-calm colour costs more than a too-urgent one (triage_cost.py): pure, no model."""
from __future__ import annotations

import pytest

from bot.understanding.hybrid import COST_UNDER, P_RAISE_MASS
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
