"""Rain or melting snow coming through the roof is the roof's problem (facility: its waterproofing),
not a water pipe's (utilities); a pipe, a tank or the flat upstairs named as the source keeps it
utilities. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.vocabulary import build_vocabulary

RESIDENT = Context(sender_role="resident", chat_building="9")


@pytest.mark.parametrize("text, category", [
    ("顶楼我家书房一下雨就漏水 书架都泡了", "facility"),
    ("雪一化楼顶的水就顺着墙往我家卧室渗 漏水漏了三天了", "facility"),
    # a pipe or the flat upstairs is the source: the water supply's problem
    ("下雨那天楼顶的水管爆了 一直漏水到走廊", "utilities"),
    ("楼上卫生间漏水 渗到我家客厅了", "utilities"),
    # a kitchen's ceiling (厨房顶上) is no roof
    ("厨房顶上一直漏水 滴了一晚上", "utilities"),
])
def test_rain_through_the_roof_is_the_roof(text, category):
    u = classify_rules(text, RESIDENT)
    assert u.request and u.category == category, u.reasons


def test_a_community_names_its_own_roof_and_pipe_words():
    text = "天沟堵了 我家顶层一直漏水"
    assert classify_rules(text, RESIDENT).category == "utilities"
    assert classify_rules(text, RESIDENT, build_vocabulary({"roof_leak": ["天沟"]})).category == "facility"
    tank = "天沟旁边的热水器漏水 我家顶层一直漏水"
    vocab = build_vocabulary({"roof_leak": ["天沟"], "pipe_source": ["热水器"]})
    assert classify_rules(tank, RESIDENT, vocab).category == "utilities"
