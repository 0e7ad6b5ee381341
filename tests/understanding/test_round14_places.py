"""Places as written, round 14: house numbers of urban villages and lane quarters (东二巷19号, 19号二楼,
12号的租户们) name the building; a bare X号 that is a date, a window or a lift names none.
Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding.location import parse_location
from bot.understanding.types import Location


@pytest.mark.parametrize("text, place", [
    ("东三巷7号门口水管爆了 一地的水", Location("7", None, None, None)),
    ("南街巷14号2楼的灯不亮好几天了", Location("14", None, "2", None)),
    ("北二巷5号三楼那家的空调外机快掉了", Location("5", None, "3", None)),
    ("我们是后巷22号的租户 房东联系不上", Location("22", None, None, None)),
    ("老街88弄6号楼道里堆满了纸箱", Location("6", None, None, None)),
    ("我住9号三楼，楼道灯坏了", Location("9", None, "3", None)),
    ("27号的住户注意一下 明天上午停电", Location("27", None, None, None)),
])
def test_a_house_number_written_as_an_address_is_the_building(text, place):
    assert parse_location(text) == place


@pytest.mark.parametrize("text", [
    "18号下午停水 大家存点水",
    "去3号窗口办理就行",
    "2号梯里有人吗",
    "本月25号前交材料",
    "11月18号3楼会议室开会",
    "周五18号的住户大会改期了",
    "帮我弄5号电池来",
    "巷子口那家店18号关门",
    "第3号台风要来了 大家收好衣服",
    "快递放12号柜了",
])
def test_a_bare_number_with_hao_names_no_building(text):
    loc = parse_location(text)
    assert loc is None or loc.building is None


def test_the_place_of_a_new_problem_after_one_fixed_is_the_new_ones():
    from bot.understanding.classifier import classify as classify_rules
    from bot.understanding.types import Context
    u = classify_rules("3栋一单元的路灯已修好。另外3栋四单元楼顶漏水了，社区能不能安排人来看看", Context(sender_role="leader"))
    assert u.request, u.reasons
    assert u.location == Location("3", "4", None, None)
