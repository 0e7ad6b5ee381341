"""Round 20 category in new styles: what must be dealt with, not the place it is in or the word that
named it. Rain through the roof is the roof's only when water comes in (a supply out on a rainy day is
the supply's), a typhoon tomorrow is no rooftop (天台), a rooftop water tower is a tank, snow on the roof
that still leaks is the roof's; paving heaved up by a tree's roots is the paving's (facility) unless the
tree is asked away; a broken speed bump is a road fitting (facility), asking for one is traffic; the space
at a door (门口, 门洞) is a place, not a door; how, where or by what rule a supply's fee is paid is affairs,
a bill doubled by a meter is not; a job asked for is affairs; lights flickering for a weak supply are the
supply's; the mount of a water heater is the building's fitting. Receive a message, expect this decision.
Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify
from bot.understanding.leak_readings import rain_seeps_in
from bot.understanding.matter import (
    asked_fee,
    asked_job,
    last_matter,
    mount_broken,
    roots_heave_paving,
    weak_supply,
)
from bot.understanding.topics import _without_halls
from bot.understanding.vocabulary import default_vocabulary

RESIDENT = Context(sender_role="resident")
VOCAB = default_vocabulary()


@pytest.mark.parametrize("text", [
    "一下大雨咱们这排就跳闸 整层都没电了",
    "下雨天自来水压力小得很 三楼以上放不出水",
])
def test_a_supply_out_on_a_rainy_day_is_no_roof_leak(text: str) -> None:
    assert rain_seeps_in(text, VOCAB) is None


def test_rain_seeping_through_the_roof_is_the_roofs() -> None:
    assert rain_seeps_in("一下雨楼顶就往我家卧室渗水", VOCAB) is not None


def test_a_typhoon_tomorrow_is_no_rooftop() -> None:
    assert rain_seeps_in("今天台风过境 一楼水井盖冒水了", VOCAB) is None


def test_a_rooftop_water_tower_is_a_tank() -> None:
    assert rain_seeps_in("楼顶水塔漏了 水一直往下滴", VOCAB) is None


def test_snow_on_the_roof_that_still_leaks_is_the_roofs() -> None:
    u = classify("房顶上堆的雪没人管 家里卧室还在漏 五单元702", RESIDENT)
    assert (u.request, u.category) == (True, "facility"), u.reasons


@pytest.mark.parametrize("text", [
    "小广场边那棵桂花树的根把地砖拱翘了 老人走路容易绊倒 麻烦铺平",
    "门口那棵梧桐的根把人行道顶裂了 能不能修一修路面",
])
def test_paving_heaved_by_roots_is_facility(text: str) -> None:
    found = roots_heave_paving(text)
    assert found is not None and found.category == "facility"
    assert last_matter(text, "yellow", "greenery").category == "facility"


def test_a_tree_asked_away_stays_greenery() -> None:
    assert roots_heave_paving("那棵杨树的根把路面撑裂了 能不能把树砍了") is None


def test_a_broken_speed_bump_is_facility() -> None:
    u = classify("北门进来那条减速带裂开了 螺丝都翘出来了 扎轮胎", RESIDENT)
    assert (u.request, u.category) == (True, "facility"), u.reasons


def test_the_space_at_a_door_is_no_door() -> None:
    assert "门" not in _without_halls("一根大树杈挂在三单元门洞上面")
    assert "门" not in _without_halls("五号楼门口那块地")


@pytest.mark.parametrize("text", [
    "想问一下今年的供暖费去哪里交 能在手机上交吗",
    "房东说水费按人头收 社区有这个规定不",
])
def test_how_or_by_what_rule_a_fee_is_paid_is_affairs(text: str) -> None:
    found = asked_fee(text)
    assert found is not None and found.category == "affairs"
    assert last_matter(text, "blue", "utilities").category == "affairs"


def test_a_bill_doubled_by_a_meter_is_the_supplys() -> None:
    assert asked_fee("这个月电费翻倍了 电表是不是坏了 按人头也不该这么多") is None


def test_a_job_asked_for_is_affairs() -> None:
    assert asked_job("社区最近招工吗 我老伴想找个活干").category == "affairs"
    assert last_matter("物业要不要招保洁 我想找份工做做", "blue", "sanitation").category == "affairs"


def test_a_job_word_in_a_complaint_stays_its_own() -> None:
    assert last_matter("保洁一个礼拜没来了 楼道脏得很 想找个活干的人都没有吗", "yellow", "sanitation") is None


def test_lights_flickering_for_a_weak_supply_are_utilities() -> None:
    assert weak_supply("晚饭时候电压低得很 电饭锅都煮不熟 灯一暗一亮的").category == "utilities"
    assert last_matter("家里灯一闪一闪 空调也开不动", "yellow", "facility").category == "utilities"


def test_a_flickering_corridor_light_stays_facility() -> None:
    u = classify("六楼走廊那盏灯一直闪 晃眼睛 麻烦换个灯泡", RESIDENT)
    assert (u.request, u.category) == (True, "facility"), u.reasons


def test_the_mount_of_a_water_heater_is_facility() -> None:
    assert mount_broken("屋顶上那台热水器的底座松了 一刮风就晃").category == "facility"
    assert last_matter("太阳能的架子锈得厉害 怕哪天塌了", "yellow", "utilities").category == "facility"


def test_a_water_heater_without_a_mount_named_stays_utilities() -> None:
    assert mount_broken("楼顶太阳能热水器不出热水了 麻烦看看") is None
