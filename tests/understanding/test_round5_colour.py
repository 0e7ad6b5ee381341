"""Orange against yellow and blue: receive a message, expect this colour. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding.classifier import classify as classify_rules


@pytest.mark.parametrize("text, color", [
    ("后院那段水管冻住了 明早肯定没水用", "orange"),                  # a frozen pipe
    ("五号楼门口的坡道一层冰 早上我差点摔了", "orange"),           # ice where people fell
    ("阳台那扇钢化玻璃全是裂纹 会不会自爆啊", "orange"),               # glass that may burst
    ("今晚停电吗 我家冰箱里刚买了肉", "blue"),                        # a planned outage asked about
    ("卫生间水管接口漏水 拿桶接着呢 不算多", "yellow"),                # a leak caught in a bucket
])
def test_colour_by_how_serious_the_fault_is(text, color):
    u = classify_rules(text)
    assert (u.request, u.color) == (True, color), u.reasons
