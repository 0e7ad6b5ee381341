"""Round 24 category readings (kinds_more.py, vocab_data.OBJECT_CATEGORY). Receive a message, expect this reading.
Sentences are our own.

- Asking whether the community holds a class, a lecture, a training or an activity is a suggestion (GUIDELINES:
  activities), whatever it teaches; training for a job or a certificate is left to its reading (affairs).
- Cement (水泥) and paving slabs are the paving's, no water supply.
"""
from __future__ import annotations

import pytest

from bot.understanding.hybrid import classify
from bot.understanding.kinds_more import more_kind
from bot.understanding.normalising import normalise
from bot.understanding.vocabulary import default_vocabulary


def _t(text: str) -> str:
    return normalise(text, default_vocabulary())


@pytest.mark.parametrize("text", [
    "请问社区有没有给老人开的书法班？",
    "想问下社区有冇得急救培训，我们楼好多人想学",
    "社区这个暑假办不办游泳班啊 娃在家闲得慌",
    "请问有没有教普通话的课程 我刚从老家过来",
    "社区有没有防电信诈骗的讲座 我爸老接到骗子电话",
    "國慶社區有冇活動？想帶小朋友去玩",
])
@pytest.mark.parametrize("category", ["affairs", "other", "care"])
def test_a_class_or_activity_asked_is_a_suggestion(text: str, category: str) -> None:
    found = more_kind(_t(text), "blue", category)
    assert found and found.category == "suggestion"


@pytest.mark.parametrize("text,color,category", [
    ("请问社区有没有免费的技能培训 想考个电焊证", "blue", "affairs"),        # for a job: affairs stays
    ("社区有没有再就业的培训班 下岗了想找工作", "blue", "affairs"),
    ("请问社区有没有书法班", "yellow", "affairs"),                          # not a question (blue) read
    ("社区有没有人管管 楼下广场舞天天放到十点", "blue", "noise"),          # no class asked, another category
    ("请问办居住证要带什么材料", "blue", "affairs"),                        # no class named
])
def test_not_a_class_asked(text: str, color: str, category: str) -> None:
    assert more_kind(_t(text), color, category) is None


@pytest.mark.parametrize("text", [
    "大梯坎新铺那块石板又翘起来了 是不是水泥没干就踩了",
    "门口补的水泥又裂开了 一踩就掉渣",
])
def test_cement_is_no_water_supply(text: str) -> None:
    u = classify(text)
    assert u.request and u.category == "facility"


def test_water_still_the_supply() -> None:
    u = classify("三楼水管又坏了 一直在滴水 麻烦修一下")
    assert u.request and u.category == "utilities"
