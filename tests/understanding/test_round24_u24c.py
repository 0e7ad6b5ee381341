"""Round 24 category readings (kinds_more.py, vocab_data.OBJECT_CATEGORY). Receive a message, expect this reading.
Sentences are our own.

- Earth, stones or ice coming down over people (a retaining wall or a slope giving way, a snow cornice or icicles),
  read red, is safety: a landslide or a falling object, not a part of the building to repair. A window pane or
  wall tiles about to fall keep their reading, and so does a retaining wall's crack that is not red.
- Asking whether the community holds a class, a lecture, a training or an activity is a suggestion (GUIDELINES:
  activities), whatever it teaches; training for a job or a certificate is left to its reading (affairs).
- Cement (水泥) and paving slabs are the paving's, no water supply.
"""
from __future__ import annotations

import pytest

from bot.understanding.hybrid import classify
from bot.understanding.kinds_more import more_kind, more_red_kind
from bot.understanding.scan import normalise
from bot.understanding.vocabulary import default_vocabulary


def _t(text: str) -> str:
    return normalise(text, default_vocabulary())


@pytest.mark.parametrize("text", [
    "后山那段挡土墙在往下掉石头，刚滚了一块到路上，学生放学都走那",
    "屋后头嘞堡坎垮了一角 泥巴冲到巷子里 底下还有人住",
    "护坡裂开好大一条口子 还在往下溜土 下面就是停车场",
    "三号楼北墙上那个雪檐子化了 一块一块往下掉 门口天天过人",
    "单元门上头的冰溜子一米多长 今天一出太阳就要化掉",
    "保坎鼓出来一大包 下头就是幼儿园门口",
])
def test_earth_or_ice_coming_down_is_safety(text: str) -> None:
    found = more_red_kind(_t(text), "facility")
    assert found and found.category == "safety"


@pytest.mark.parametrize("text", [
    "六楼楼道窗户玻璃裂了 一大块挂在框上晃 下面就是单元门",        # a building part: left to its reading
    "外墙瓷砖往下掉 刚掉了一块在门口 上面还有几块翘着",
    "车库坡道那个栏杆断了一截 下面就是水沟",                         # a ramp, no slope giving way
    "14楼平台栏杆锈穿了个缺口 下头就是堡坎 好几十米高",               # the retaining wall is where one would fall
])
def test_building_parts_and_drops_are_not_earth(text: str) -> None:
    assert more_red_kind(_t(text), "facility") is None


def test_a_red_reading_only() -> None:
    # (more_red_kind is called on red readings only; a crack reported orange stays the wall's repair)
    u = classify("后头那个挡土墙开了条缝 比上个月宽了 麻烦喊人来看一下")
    assert u.request and u.color != "red" and u.category == "facility"


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
