"""Water from a neighbour's air conditioner onto a balcony or a sill is a yellow matter between
neighbours (a dispute once they have been asked), not a burst pipe into a home; water through a
ceiling stays a leak into the home. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.vocabulary import build_vocabulary

RESIDENT = Context(sender_role="resident", chat_building="6")


@pytest.mark.parametrize("text, colour, category", [
    ("7楼的空调外机天天往我家晾衣架上滴水，上去讲过两回了还是老样子", "yellow", "dispute"),
    ("楼上空调的冷凝水一直滴在我家雨棚上 整夜叮叮咚咚", "yellow", None),
    # a ceiling letting water through is a leak into the home, whatever else is named
    ("楼上漏水 我家客厅天花板一直在滴 空调外机旁边的墙也湿了", "orange", "utilities"),
])
def test_an_air_conditioners_drip_is_between_neighbours(text, colour, category):
    u = classify_rules(text, RESIDENT)
    assert u.request and u.color == colour, u.reasons
    if category:
        assert u.category == category, u.reasons


def test_a_community_adds_its_own_words_for_the_drip_and_for_having_asked():
    text = "楼上空调排的水一直滴到我家花架上 打过招呼了"
    before = classify_rules(text, RESIDENT)
    vocab = build_vocabulary({"ac_drip": ["空调排的水"], "asked_neighbour": ["打过招呼"]})
    after = classify_rules(text, RESIDENT, vocab)
    assert (after.color, after.category) == ("yellow", "dispute") != (before.color, before.category), after.reasons
