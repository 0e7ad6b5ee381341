"""Round 24 colour. Not red: the hurt of a fall told on a past day in the clause before (昨晚绊了一跤 膝盖磕破了);
gas denied where the smell word comes first (一股味 不是煤气那种); smoke from offerings burnt every day (煨桑, 拜神,
烧纸); a fire imagined after 一 (一着火都不知道) or told of an earlier occasion (去年) as the reason for a suggestion;
a person inside a home while the lift is out (电梯叫不到，家里有个老人). Red: water running toward a socket or a power
strip (往插线板那里流). Orange: water pouring into homes told with a place between (往一楼家里灌了); a retaining wall
whose crack grows, even when it seeps each time it rains; a life-support machine broken; a vulnerable person living
alone as a storm comes, watched over or sheltered; the way out told blocked by its escape word (逃生, Cantonese 走火);
a part told about to give way (快断了, 一推直晃). Near misses in the same words keep their colour.
Receive a message, expect this reading. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify

RESIDENT = Context(sender_role="resident", chat_building="3")


def _read(text: str):
    return classify(text, RESIDENT)


@pytest.mark.parametrize("text", [
    "楼梯扶手松了，我爸前天下楼摔了一跤，头都磕破了，赶紧修一下",
    "3楼的灯一直不亮 我婆婆昨天晚上在那绊了一跤 手都擦破流血了",
])
def test_hurt_from_a_fall_on_a_past_day_is_not_red(text: str) -> None:
    u = _read(text)
    assert u.request and u.color == "orange", u.reasons


@pytest.mark.parametrize("text", [
    "我妈刚才在楼道摔了一跤 头磕破了 流了好多血 快来人",
    "昨天摔了一跤 现在还躺在地上起不来 快来人",
    "老人摔倒了 头磕破流血了",
])
def test_a_fall_now_stays_red(text: str) -> None:
    u = _read(text)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    "楼道里又有一股味 不是煤气那种 像是谁家垃圾馊了",
    "走廊有股怪味，不是燃气味，是下水道返上来的",
])
def test_gas_denied_after_the_smell_is_not_red(text: str) -> None:
    u = _read(text)
    assert u.request and u.color != "red", u.reasons


@pytest.mark.parametrize("text", [
    "楼道一股味 好像是煤气 大家注意",
    "走廊有股味，是煤气味，快来看看",
])
def test_gas_told_stays_red(text: str) -> None:
    assert _read(text).color == "red"


@pytest.mark.parametrize("text", [
    "隔壁天天在走廊拜神烧香，烟全部飘进屋，呛死了，管一管",
    "对面每晚烧纸 烟往我家里灌 受不了",
    "楼上每天早上煨桑 烟都飘到我家阳台 衣服全是味 能不能说说",
])
def test_smoke_of_offerings_is_a_nuisance(text: str) -> None:
    u = _read(text)
    assert (u.request, u.color) == (True, "yellow"), u.reasons


@pytest.mark.parametrize("text", [
    "楼上在烧香 但是烟越来越大 还有焦味 是不是着火了",
    "楼道里好大的烟飘进屋了 快来人",
])
def test_smoke_beyond_an_offering_stays_red(text: str) -> None:
    assert _read(text).color == "red"


@pytest.mark.parametrize("text", [
    "建议每层楼道装个烟感 一着火都不知道",
    "建议过年放鞭炮的时候物业多巡逻，上次就有人家阳台着火了",
    "建议每栋楼统一装烟雾报警器，去年隔壁楼就着过一次火",
])
def test_a_fire_imagined_or_long_ago_in_a_suggestion_is_blue(text: str) -> None:
    u = _read(text)
    assert (u.request, u.color) == (True, "blue"), u.reasons


@pytest.mark.parametrize("text", [
    "楼下着火了都不知道是谁家 快打119",
    "3楼有人晕倒了都没人知道",
    "去年就着过一次火 现在又冒烟了 快来人",
])
def test_a_fire_told_done_stays_red(text: str) -> None:
    assert _read(text).color == "red"


@pytest.mark.parametrize("text", [
    "电梯又坏了 家里有个老人要去医院 怎么办",
    "电梯叫了半天不来，屋里有个老人等着下楼看病",
])
def test_a_person_at_home_is_not_trapped_in_the_lift(text: str) -> None:
    u = _read(text)
    assert u.request and u.color == "orange", u.reasons


@pytest.mark.parametrize("text", [
    "电梯停了，里面有个老人出不来",
    "电梯坏了 电梯里有个老人",
])
def test_a_person_in_the_lift_stays_red(text: str) -> None:
    assert _read(text).color == "red"


@pytest.mark.parametrize("text", [
    "楼上漏水 顺着墙往插座那边流 快来人",
    "水从吊顶下来了 正朝电表箱那里淌",
])
def test_water_running_toward_electrics_is_red(text: str) -> None:
    u = _read(text)
    assert (u.request, u.color) == (True, "red"), u.reasons


def test_water_pouring_into_homes_is_orange() -> None:
    u = _read("雨越下越大 水已经往5号楼一楼家里灌了 快来看看")
    assert (u.request, u.color) == (True, "orange"), u.reasons


@pytest.mark.parametrize("text", [
    "楼后面的挡土墙一下雨就往外渗水，墙上的裂缝越来越宽",
    "后坡那个堡坎一下雨就冒泥水 缝比上个月宽了 找人来看看",
])
def test_a_growing_crack_in_a_retaining_wall_stays_orange(text: str) -> None:
    u = _read(text)
    assert (u.request, u.color) == (True, "orange"), u.reasons


def test_a_roof_leaking_each_rain_stays_yellow() -> None:
    u = _read("顶楼一下雨就渗水 麻烦修一下防水")
    assert (u.request, u.color) == (True, "yellow"), u.reasons


@pytest.mark.parametrize("text", [
    "我爸的呼吸机坏了，社区能帮忙联系维修吗",
    "奶奶家的制氧机出故障了 她晚上离不开 谁能帮帮忙",
])
def test_a_broken_life_support_machine_is_orange_care(text: str) -> None:
    u = _read(text)
    assert (u.request, u.color, u.category) == (True, "orange", "care"), u.reasons


def test_a_life_support_machine_suggested_stays_blue() -> None:
    assert _read("建议社区配个制氧机").color == "blue"


@pytest.mark.parametrize("text", [
    "台风要来了，我爸一个人住在顶楼，社区能不能派人去看看",
    "请问暴雨那几天社区有没有避难的地方？我奶奶独居，房子很旧",
])
def test_alone_in_a_storm_is_orange_care(text: str) -> None:
    u = _read(text)
    assert (u.request, u.color, u.category) == (True, "orange", "care"), u.reasons


@pytest.mark.parametrize("text", [
    "暴雨预警，独居老人有没有安置点",
    "请问台风天垃圾收不收",
])
def test_a_storm_question_with_no_one_alone_stays_blue(text: str) -> None:
    u = _read(text)
    assert u.color == "blue", u.reasons


@pytest.mark.parametrize("text", [
    "楼梯口堆满纸皮箱，逃生都逃不出去",
    "过道里全是旧家具 真要疏散都出不去 麻烦清一下",
])
def test_the_way_out_blocked_is_orange(text: str) -> None:
    u = _read(text)
    assert (u.request, u.color) == (True, "orange"), u.reasons


@pytest.mark.parametrize("text", [
    "单元门口的铁栏杆锈得快断了 麻烦换一下",
    "小区门口那块广告牌一推就晃，找人来加固下",
])
def test_a_part_about_to_give_way_is_orange(text: str) -> None:
    u = _read(text)
    assert (u.request, u.color) == (True, "orange"), u.reasons


def test_a_plain_repair_stays_yellow() -> None:
    u = _read("楼道的灯坏了 麻烦修一下")
    assert (u.request, u.color) == (True, "yellow"), u.reasons
