"""Places written as two parts (楼号-房号, 单元-房号) and basement levels. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding.location import parse_location
from bot.understanding.types import Location


@pytest.mark.parametrize("text, chat_building, place", [
    # building-room, written in an estate-wide group or in that building's own group
    ("8-1502 卫生间漏水了", None, Location("8", None, None, "1502")),
    ("我是12-601的 楼上在砸墙", "12", Location("12", None, None, "601")),
    # in another building's own group the first part is the unit
    ("隔壁3-402的阿姨一早上没开门", "7", Location(None, "3", None, "402")),
    # with the building named, the first part is the unit
    ("6号楼 2-1101 门口有水", None, Location("6", "2", None, "1101")),
    # a tower letter before the building number, a letter alone
    ("T5-2303门口一股焦味", None, Location("5", None, None, "2303")),
    ("A-1806 空调外机在滴水", None, Location(None, None, None, "1806")),
])
def test_two_part_places(text, chat_building, place):
    assert parse_location(text, chat_building) == place


@pytest.mark.parametrize("text", ["负一楼车库进水了", "地下二楼的排风机坏了", "B-128车位被占了", "取件码 3-0412"])
def test_basements_and_codes_name_no_place_of_a_flat(text):
    loc = parse_location(text)
    assert loc is None or (loc.floor is None and loc.room is None)


def test_a_phone_number_with_dashes_is_no_place():
    assert parse_location("有事打我电话 139-2211-3456") is None


@pytest.mark.parametrize("text, place", [
    # 门 for 单元 in northern compounds: after a building, or before a floor
    ("九栋四门五楼的楼道灯不亮", Location("9", "4", "5", None)),
    ("三门二楼有户人家在楼道烧纸", Location(None, "3", "2", None)),
    ("12号楼 2门 防盗门关不上", Location("12", "2", None, None)),
])
def test_men_as_a_unit(text, place):
    assert parse_location(text) == place


@pytest.mark.parametrize("text", ["小区东门口有人摆摊", "走北二门进来就是", "8栋门禁坏了"])
def test_a_gate_is_no_unit(text):
    loc = parse_location(text)
    assert loc is None or loc.unit is None
