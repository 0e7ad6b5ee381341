"""Review of round 24's repeat links (branch u24d): a smell denied counts only against the ticket's own danger and
not when affirmed after all; a place still dark joins no light ticket when the message tells a danger, names a black
thing (water, a car), or another kind of place; south-western 起 for 着 is no potential 买得起 nor 还是早起.
Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding.neighbour_back import _STILL_DOING
from tests.understanding.linking import link, model_request, open_ticket

_GAS = "8楼电梯口一股液化气味 呛人"
_SMOKE = "2号楼三楼冒烟了 好像有人家着火"
_LAMP = "5楼走廊的灯坏了 黑得看不见"


# ------------------------------------------------------------------ a smell denied
@pytest.mark.parametrize("text", ["我屋头也闻到了 不是烟味 是液化气的味", "我家也闻到了 不是烟味 就是煤气味"])
def test_smoke_denied_but_gas_affirmed_joins_the_gas_ticket(text: str):
    t = open_ticket(_GAS, minutes=4)
    m = link(text, t, u=model_request(text, "safety"))
    assert m is not None and m.ticket_no == 9, m


@pytest.mark.parametrize("text", ["难道不是煤气 我也闻到了", "我也闻到咯 岂不是燃气漏了"])
def test_rhetorical_denial_is_the_gas(text: str):
    t = open_ticket(_GAS, minutes=4)
    m = link(text, t, u=model_request(text, "safety"))
    assert m is not None and m.ticket_no == 9, m


def test_not_smoke_but_flames_joins_the_fire_ticket():
    t = open_ticket(_SMOKE, minutes=3)
    text = "我也看到了 不是烟那么简单 是火 窗户里都是火"
    m = link(text, t, u=model_request(text, "safety"))
    assert m is not None and m.ticket_no == 9, m


@pytest.mark.parametrize("text", ["八楼电梯口那股味又来了 并非液化气 是有人家垃圾堆着发臭", "唔系煤气 係啲垃圾臭 8楼又臭"])
def test_gas_denied_stays_apart(text: str):
    t = open_ticket(_GAS, minutes=700, reporter="r1")
    assert link(text, t, sender="r1") is None


# ------------------------------------------------------------------ still dark
@pytest.mark.parametrize("text", ["5楼走廊还是黑黢黢的 我爸摸黑摔倒了 起不来", "5楼走廊还黑着 有人躺在楼梯口 叫不应"])
def test_a_danger_in_the_dark_is_never_inside_the_light_ticket(text: str):
    t = open_ticket(_LAMP, minutes=1500)
    m = link(text, t, sender="r8")
    assert m is None or "light" not in " ".join(m.reasons), m


@pytest.mark.parametrize("text", ["水龙头出来的水还是黑的 什么时候能好", "楼下那辆黑的车还停着 啥时候挪"])
def test_a_black_thing_is_no_darkness(text: str):
    t = open_ticket(_LAMP, minutes=1500)
    m = link(text, t, sender="r8", u=model_request(text))
    assert m is None or "light" not in " ".join(m.reasons), m


def test_dark_in_another_kind_of_place_is_another_light():
    t = open_ticket("小区里好几盏路灯坏了 晚上走路吓人", minutes=2000)
    text = "地下车库还是黑乎乎的 什么时候修"
    m = link(text, t, sender="r8", u=model_request(text))
    assert m is None or "light" not in " ".join(m.reasons), m


def test_dark_in_the_same_kind_of_place_still_joins():
    t = open_ticket("小区里好几盏路灯坏了 晚上走路吓人", minutes=2000)
    text = "院子里那段小路还是黑咕隆咚的 啥时候修"
    m = link(text, t, sender="r8", u=model_request(text))
    assert m is not None and m.ticket_no == 9, m


# ------------------------------------------------------------------ 起 for 着
@pytest.mark.parametrize("text", ["还挂起在那", "门口还堵起的", "纸箱还码起在过道"])
def test_south_western_qi_is_still_doing(text: str):
    assert _STILL_DOING.search(text)


@pytest.mark.parametrize("text", ["这价钱我还买得起的", "他还看不起的样子", "还是早起的好"])
def test_potential_qi_is_no_still_doing(text: str):
    assert not _STILL_DOING.search(text)


# ------------------------------------------------------------------ a remedy that did nothing, whatever it was
@pytest.mark.parametrize("text", ["车棚老鼠药放了跟没放一样", "垃圾房的蟑螂 药撒了等于没放"])
def test_any_remedy_that_did_nothing_joins(text: str):
    t = open_ticket("车棚和垃圾房老鼠蟑螂特别多 能不能放点药", minutes=3000, reporter="r1")
    m = link(text, t, sender="r2", u=model_request(text, "sanitation"))
    assert m is not None and m.ticket_no == 9, m


# ------------------------------------------------------------------ a home's own danger beside the area's symptom
@pytest.mark.parametrize("text", ["我们302也是 水顺着灯座往下滴 噼啪响", "302也进水了 插座泡在水里", "我家302也漫进来了 老人在里面出不来"])
def test_a_home_telling_its_own_danger_is_not_inside_the_area_ticket(text: str):
    t = open_ticket("三楼走廊天花板往下漏水", minutes=5)
    m = link(text, t, u=model_request(text, "utilities"))
    assert m is None or "floor #9 named" not in " ".join(m.reasons), m


def test_a_home_telling_only_the_symptom_still_joins():
    t = open_ticket("三楼走廊天花板往下漏水", minutes=5)
    text = "我们302也漏了"
    m = link(text, t, u=model_request(text, "utilities"))
    assert m is not None and m.ticket_no == 9, m
