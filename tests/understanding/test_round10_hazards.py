"""Round 10: hazards that will grow read orange by the rules in words the older lists did not foresee
(a magnetic door lock that no longer holds, a snake among the buildings, voltage too low at
home), and 别 inside an ordinary word (特别, 别人) is no warning. Receive a
message, expect this colour and category. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context
from bot.understanding.classifier import classify as classify_rules

RESIDENT = Context(sender_role="resident", chat_building="4")


@pytest.mark.parametrize("text, colour, category", [
    ("7栋一单元的门磁铁吸不住了 一拉就开", "orange", "facility"),
    ("北门那扇铁门关不牢 风一吹就敞开", "orange", "facility"),
    ("刚在3栋后面花坛里看见一条蛇 往一楼窗户那边爬", "orange", "safety"),
    # 特别 is "very", not "don't": the low voltage is reported, not warned against
    ("这两天家里电压特别低 微波炉都转不动", "orange", "utilities"),
])
def test_a_hazard_that_will_grow_is_orange(text: str, colour: str, category: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert u.request and (u.color, u.category) == (colour, category), u.reasons


def test_a_harmless_snake_already_caught_is_no_hazard() -> None:
    u = classify_rules("那条蛇物业已经抓走了 是没毒的", RESIDENT)
    assert not (u.request and u.color == "orange"), u.reasons


def test_a_real_dont_still_marks_a_warning() -> None:
    u = classify_rules("大家别碰配电箱 下雨天小心", RESIDENT)
    assert not (u.request and u.color == "red"), u.reasons
