"""Homophone typo correction leaves places alone: 楼 after a building or floor number, or after 我们/这,
is the place, not the start of a mistyped 漏电 - and a variant set aside must not hide a real typo it
overlaps (3号楼电体 is 3号楼 + 电梯)."""
from __future__ import annotations

import pytest

from bot.understanding import Context
from bot.understanding.classifier import classify

RESIDENT = Context(sender_role="resident", chat_building="4")


@pytest.mark.parametrize("text", ["我们楼电闸跳了", "二号楼电休坏了", "这栋楼电路老化了 找人看看"])
def test_a_building_before_electric_words_is_no_leak(text):
    assert classify(text, RESIDENT).color != "red", classify(text, RESIDENT).reasons


@pytest.mark.parametrize("text", ["二号楼电体又停了", "6号楼电体不动了 等半天"])
def test_a_mistyped_lift_after_the_building_is_read(text):
    u = classify(text, RESIDENT)
    assert u.request and u.category == "elevator", u.reasons


def test_a_real_leak_typo_is_still_corrected():
    u = classify("开关篓电了 摸着麻手", RESIDENT)
    assert u.request and u.color == "red", u.reasons
