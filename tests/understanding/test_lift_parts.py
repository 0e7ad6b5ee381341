"""A lift that still runs with one part faulty (one floor's button, the fan, a knock on the way)
is an ordinary repair, yellow; a lift that does not run is out of service, orange; someone
inside is red. Receive a message, expect this colour. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.vocabulary import build_vocabulary, default_vocabulary

RESIDENT = Context(sender_role="resident", chat_building="3")


@pytest.mark.parametrize("text, colour", [
    # one part of a running lift
    ("电梯里12楼的按钮按了不亮，得按13楼再走下来", "yellow"),
    ("2号梯坏了个按键，9楼按不动，其他楼层正常", "yellow"),
    ("电梯里的排风扇坏了 夏天坐着闷得慌", "yellow"),
    ("电梯每次到五楼都哐当一下 听着心里发毛", "yellow"),
    # the lift does not run: stopped, dark, every button dead, people climbing
    ("电梯停在8楼不动了 显示屏黑的 里面没人", "orange"),
    ("电梯坏了 按钮一个都按不亮 我们只能爬楼", "orange"),
    ("电梯门关不上 按钮按了也没用 一直开开关关", "orange"),
    # someone inside outranks everything
    ("电梯按钮没反应 里面有人出不来", "red"),
])
def test_a_lift_part_is_a_repair_a_stopped_lift_is_out_of_service(text, colour):
    u = classify_rules(text, RESIDENT)
    assert u.request and u.color == colour, u.reasons


@pytest.mark.parametrize("text", ["电梯里12楼的按钮按了不亮，得按13楼再走下来", "电梯里的排风扇坏了 夏天坐着闷得慌",
                                  "电梯停在8楼不动了 显示屏黑的 里面没人"])
def test_the_bot_files_them_as_the_lift(text):
    u = classify(text, RESIDENT)   # rules and model together, as the bot reads them
    assert u.request and u.category == "elevator" and u.color == classify_rules(text, RESIDENT).color, u.reasons


def test_the_reason_names_the_faulty_part():
    u = classify_rules("电梯里15楼的按键坏了，要按好几下才亮", RESIDENT)
    assert u.color == "yellow" and any("still runs" in r and "按键" in r for r in u.reasons)


def test_a_community_names_its_own_parts_and_its_own_words_for_stopped():
    text = "电梯坏了 楼层显示乱跳"
    assert classify_rules(text, RESIDENT, default_vocabulary()).color == "orange"
    assert classify_rules(text, RESIDENT, build_vocabulary({"lift_parts": ["楼层显示"]})).color == "yellow"
    stopped = "电梯坏了 楼层显示乱跳 整个宕了"
    parts = build_vocabulary({"lift_parts": ["楼层显示"]})
    assert classify_rules(stopped, RESIDENT, parts).color == "yellow"
    vocab = build_vocabulary({"lift_parts": ["楼层显示"], "lift_stopped": ["宕了"]})
    assert classify_rules(stopped, RESIDENT, vocab).color == "orange"
