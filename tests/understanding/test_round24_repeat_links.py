"""Round 24 repeat linking: a home named inside the area a report named (a room number's leading digits are its
floor); 来了 after a direction (冒上来了) is no one arriving; a smell denied to be the ticket's gas is another smell;
"still the same" (还那样) and a remedy that did nothing (跟没修一样); south-western 起 for 着 (还吊起在); a place still
dark after a light report. Sentences are our own."""
from __future__ import annotations

from bot.understanding.home_in_area import home_in_area
from bot.understanding.me_too import here_too
from bot.understanding.types import Location

from tests.understanding.linking import link, model_request, open_ticket


def _loc(unit: str | None = None, floor: str | None = None, room: str | None = None) -> Location:
    return Location(building=None, unit=unit, floor=floor, room=room)


# ------------------------------------------------------------------ a home inside the report's area
def test_room_on_the_named_floor_is_inside_it():
    assert home_in_area(_loc(room="302"), _loc(unit="2", floor="3"))
    assert home_in_area(_loc(room="1105"), _loc(floor="11"))


def test_room_on_another_floor_or_unit_is_not():
    assert not home_in_area(_loc(room="502"), _loc(floor="3"))
    assert not home_in_area(_loc(unit="1", room="302"), _loc(unit="2", floor="3"))
    assert not home_in_area(_loc(room="302"), _loc(unit="2"))   # a unit alone holds homes of every floor
    assert not home_in_area(_loc(floor="3"), _loc(floor="3"))   # no home named: same_written_place's case


def test_neighbours_flat_on_the_flooded_floor_joins_the_report():
    t = open_ticket("二单元三楼下水道堵了 地漏往上返水", minutes=6)
    text = "我家302也冒了 厨房全是水"
    m = link(text, t, u=model_request(text, "utilities"))
    assert m is not None and m.ticket_no == 9, m
    assert "302" in m.reasons[0]


def test_flat_on_another_floor_is_another_report():
    t = open_ticket("二单元三楼下水道堵了 地漏往上返水", minutes=6)
    text = "我家502也冒了 厨房全是水"
    assert link(text, t, u=model_request(text, "utilities")) is None


def test_flat_opposite_a_reporters_own_home_is_another_home():
    assert not home_in_area(_loc(room="402"), _loc(floor="4"), "隔壁402也漏了", "4楼的天花板在滴水")
    assert not home_in_area(_loc(room="402"), _loc(floor="4"), "402也漏了", "我家4楼 卧室天花板在滴水")
    t = open_ticket("下雨屋顶漏 8楼我家卧室天花板一直滴", minutes=5)
    text = "对门802也漏了 墙都湿了"
    assert link(text, t, u=model_request(text, "facility")) is None


def test_ground_floor_flat_in_northern_words_joins_the_ground_floor_report():
    t = open_ticket("1号楼一楼的下水道返水了 地漏咕嘟冒泡", minutes=8)
    text = "俺们103也返上来了 快来人"
    m = link(text, t, u=model_request(text, "utilities"))
    assert m is not None and m.ticket_no == 9, m


# ------------------------------------------------------------------ 来了 after a direction
def test_water_rising_is_no_arrival():
    assert here_too("我家也漫上来了")
    assert here_too("地下室也渗进来了")


def test_someone_come_still_reads_as_arrival():
    assert not here_too("我家也来了 师傅")
    assert not here_too("修的人也过来了")
    assert not here_too("对的 有个送水的也推门进来了")


# ------------------------------------------------------------------ a smell denied to be the ticket's danger
def test_smell_said_not_gas_stays_apart_from_the_gas_ticket():
    t = open_ticket("5楼楼道里一股煤气味 很浓", minutes=600, reporter="r1")
    assert link("5楼又有股怪味 不是燃气那种 像是下水道返上来的臭", t, sender="r1") is None


def test_rhetorical_not_gas_is_the_gas():
    t = open_ticket("5楼楼道里一股煤气味 很浓", minutes=3)
    m = link("我也闻到了 这不是煤气味吗", t)
    assert m is not None and m.ticket_no == 9, m


def test_guessing_gas_is_the_gas():
    t = open_ticket("5楼楼道里一股煤气味 很浓", minutes=3)
    m = link("我也闻到了 不晓得是不是煤气", t)
    assert m is not None and m.ticket_no == 9, m


# ------------------------------------------------------------------ still the same, a remedy that did nothing
def test_pests_still_the_same_days_later_joins():
    t = open_ticket("车棚那边老鼠特别多 电线都咬了 能不能放点药", minutes=2800, reporter="r1")
    m = link("车棚老鼠还那样 晚上窜来窜去", t, sender="r2")
    assert m is not None and m.ticket_no == 9, m


def test_remedy_that_did_nothing_joins():
    t = open_ticket("花园里蚊子太多了 能不能喷点药", minutes=3000, reporter="r1")
    m = link("花园的蚊子喷了跟没撒一样 还是一咬一个包", t, sender="r2")
    assert m is not None and m.ticket_no == 9, m


def test_another_pest_at_the_same_place_stays_apart():
    t = open_ticket("车棚那边老鼠特别多 电线都咬了 能不能放点药", minutes=2800, reporter="r1")
    assert link("车棚蟑螂还那样 一窝一窝的", t, sender="r2") is None


# ------------------------------------------------------------------ south-western 起 for 着
def test_south_western_still_hanging_joins():
    t = open_ticket("4楼阳台上那个花盆歪起的 下面就是大门 随时要掉", minutes=300)
    m = link("4楼那个花盆还歪起在那里 哪个去收一下 砸到人咋个办", t, sender="r8")
    assert m is not None and m.ticket_no == 9, m


def test_remembering_is_no_still_doing():
    t = open_ticket("4楼楼道被纸箱堆起的 过不去", minutes=600)
    assert link("我还想起一件事 楼下垃圾桶满了", t, sender="r8") is None


# ------------------------------------------------------------------ a place still dark
def test_corridor_still_dark_joins_the_light_ticket():
    t = open_ticket("6楼楼道灯坏了 晚上啥也看不见", minutes=1500)
    m = link("6楼楼道还是黑漆漆的 什么时候修", t, sender="r8")
    assert m is not None and m.ticket_no == 9, m


def test_dark_on_another_floor_stays_apart():
    t = open_ticket("6楼楼道灯坏了 晚上啥也看不见", minutes=1500)
    assert link("2楼楼道还是黑漆漆的 什么时候修", t, sender="r8") is None


def test_black_smoke_is_no_darkness():
    t = open_ticket("6楼楼道灯坏了 晚上啥也看不见", minutes=1500)
    m = link("6楼楼道还有黑烟 怎么回事", t, sender="r8")
    assert m is None or "light" not in m.reasons[0], m
