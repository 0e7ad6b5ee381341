"""Places as written, round 12: 一层 that is a layer, floors that place nothing (a lift button, a building's
height, the community office, a list), rooms read with 幺 or after a colon, 门 for 单元, corrections.
Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify
from bot.understanding.location import parse_location
from bot.understanding.types import Location


@pytest.mark.parametrize("text", [
    "车棚顶上落了一层树叶 好久没人扫",
    "窗台上积了一层黑灰 楼上天天烧东西",
    "地砖上结一层冰 出门差点滑倒",
    "保安能不能一层一层巡一下 最近老有人敲门推销",
    "电梯卡在两层中间了 门打不开",
    "活动室那一层一直锁着 能不能开放",
    "垃圾袋漏了 汤水洒了一楼梯",
])
def test_a_layer_or_floor_by_floor_is_no_first_floor(text):
    loc = parse_location(text)
    assert loc is None or loc.floor is None


@pytest.mark.parametrize("text", [
    "电梯按七楼没反应 要按好几下",
    "家里老人爬五楼太吃力了 能加装电梯吗",
    "我们这几栋都是六层 没有电梯",
    "去社区服务中心二楼窗口办就行",
    "隔着两栋楼都能听见广场舞",
    "小区一共发了305件慰问品",
])
def test_numbers_that_place_nothing(text):
    loc = parse_location(text)
    assert loc is None or (loc.floor is None and loc.building is None)


@pytest.mark.parametrize("text, place", [
    # a list of floors names none; the next floor written alone does
    ("三楼四楼的灯都不亮 八楼的水管在滴水", Location(None, None, "8", None)),
    ("21、22层已经来电了", None),
    # a list or a range of buildings or units names none of them; a single one after it does
    ("7号、8号楼明天停水", None),
    ("2到6栋周三停电 3单元的电梯也停", Location(None, "3", None, None)),
    ("四单元和五单元的门禁都坏了", None),
    ("11-14座今晚断气", None),
    # a chat handle with digits is no room
    ("@lin1502 你家的快递到了", None),
    # a correction after 不是
    ("门口灯坏了 6楼 不是 7楼", Location(None, None, "7", None)),
    # a floor living on: counted from 以上, as written
    ("十五楼以上都没水", Location(None, None, "15", None)),
    # the room below or above a named room
    ("1204楼上半夜剁肉 吵死了", Location(None, None, None, "1204")),
    # a room read digit by digit with 幺 for one; a room after a notice's colon
    ("二单元幺五零三门口有个纸箱", Location(None, "2", None, "1503")),
    ("检查结果：五零六室热水器烟道脱落，已复位", Location(None, None, None, "506")),
    ("通报：905住户阳台堆放杂物过多", Location(None, None, None, "905")),
    ("我是9栋二单元四零二王阿姨的儿子", Location("9", "2", None, "402")),
    # a building's floor still is one (二楼那家)
    ("楼道里的鞋柜都是三楼那家的", Location(None, None, "3", None)),
])
def test_places_as_written(text, place):
    assert parse_location(text) == place


@pytest.mark.parametrize("text, unit", [
    ("我家在四门 楼道灯又不亮了", "4"), ("二门的单元门关不上", "2"), ("五幢一门三楼漏水", "1"),
])
def test_men_for_unit_in_northern_compounds(text, unit):
    loc = parse_location(text)
    assert loc is not None and loc.unit == unit


@pytest.mark.parametrize("text", ["前门被车堵了", "想换个三门冰箱", "大门口有人摆摊", "后门锁坏了", "一门心思带孙子"])
def test_a_gate_or_a_door_is_no_unit(text):
    loc = parse_location(text)
    assert loc is None or loc.unit is None


def test_a_floor_before_a_word_that_sounds_like_a_fault_keeps_its_number():
    """19楼电井 (the 19th floor's cable shaft) is not 19 + 漏电井: the typo fixer leaves a floor alone."""
    u = classify("3单元19楼电井里噼啪响 还冒烟", Context(chat_building="5"))
    assert u.location == Location(None, "3", "19", None)
    assert u.request and u.color == "red"
