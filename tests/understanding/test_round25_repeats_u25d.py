"""Round 25 repeat linking: regional ways of asking after an open problem (south-western 哪哈 / 好久 for "when",
Hainan and Min 无 for 没 / 不, "has anyone come to see it yet", the remedy a thing waits for: repaint, replace,
saw off), a "when will it be mended" about an emergency's thing read only by the model, a south-western 对头
("right") opening a neighbour's report, and the water of a reported leak told spreading on. Sentences are our own."""
from __future__ import annotations

from bot.understanding.min_negation import fold_min_negation
from bot.understanding.regional_asks import fold_regional_asks

from tests.understanding.linking import link, model_request, open_ticket


# ------------------------------------------------------------------ regional words read as Mandarin
def test_south_western_when_is_read():
    assert "什么时候" in fold_regional_asks("那个路灯哪哈修得好嘛")
    assert "什么时候" in fold_regional_asks("堡坎好久来修嘛")
    assert "什么时候" in fold_regional_asks("这个闸好久能弄好哦")


def test_long_time_and_where_stay():
    for text in ("等了好久修不好", "好久没修了", "好久了 还是那样", "你住哪哈儿", "好久好久没见", "好久通知一次"):
        assert "什么时候" not in fold_regional_asks(text), text


def test_hainan_no_is_read():
    assert fold_min_negation("楼道灯还是无亮啊") == "楼道灯还是不亮啊"
    assert fold_min_negation("水怎么还无来") == "水怎么还没来"
    assert fold_min_negation("车都开无进来") == "车都开不进来"
    assert fold_min_negation("今天又无水") == "今天又没水"
    assert fold_min_negation("师傅来看了无") == "师傅来看了没"
    assert fold_min_negation("能无能派个人") == "能不能派个人"


def test_mandarin_wu_stays():
    for text in ("无法接受", "无人机在楼顶飞", "毫无办法", "无论如何", "无所谓", "无线网又断了"):
        assert fold_min_negation(text) == text, text


# ------------------------------------------------------------------ asking after the open problem
def test_guizhou_when_asks_after_the_street_light():
    t = open_ticket("单元门口那个路灯坏了 晚上黑得很 麻烦物业来修一下", minutes=300)
    text = "门口那个路灯哪哈修得好嘛 天天摸黑"
    m = link(text, t, u=model_request(text, "facility"))
    assert m is not None and m.ticket_no == 9, m


def test_sichuan_when_asks_after_the_cracked_slope():
    t = open_ticket("后面堡坎裂了一条大缝 下雨怕垮 社区喊人来看一下", minutes=2900)
    text = "堡坎好久来修嘛 都拉起警戒线好几天了"
    m = link(text, t, u=model_request(text, "facility"))
    assert m is not None and m.ticket_no == 9, m


def test_hainan_still_dark_asks_after_the_light():
    t = open_ticket("3单元楼道灯坏了好几天 晚上上楼要打手电", minutes=1400)
    text = "楼道灯还是无亮 3单元6楼 老人上楼很危险"
    m = link(text, t, u=model_request(text, "facility"))
    assert m is not None and m.ticket_no == 9, m


def test_has_anyone_come_to_see_it_yet():
    t = open_ticket("楼顶那个热水器的架子锈得厉害 能不能叫人来看一下", minutes=1300)
    assert t.color != "red"
    for text in ("物业来看那个热水器了无", "师傅去看那个热水器了吗"):
        m = link(text, t, u=model_request(text, "other"))
        assert m is not None and m.ticket_no == 9, (text, m)


def test_remedy_the_thing_waits_for_asks_after_it():
    t = open_ticket("二楼烧过的那家 楼道墙熏得乌黑 麻烦物业派人来刷一下", minutes=1300)
    text = "楼道墙啥时候刷 看着吓人"
    m = link(text, t, u=model_request(text, "facility"))
    assert m is not None and m.ticket_no == 9, m


def test_another_thing_asked_after_stays_apart():
    t = open_ticket("二楼烧过的那家 楼道墙熏得乌黑 麻烦物业派人来刷一下", minutes=1300)
    text = "楼道灯啥时候换 晚上黑乎乎"
    assert link(text, t, u=model_request(text, "facility")) is None


def test_when_mended_about_an_emergency_thing_joins_it():
    t = open_ticket("电梯困人了！！我爸在里面 卡在五楼 快来人", minutes=90)
    assert t.color == "red"
    text = "那电梯哪哈修得好嘛 天天爬楼"
    m = link(text, t, u=model_request(text, "elevator"))
    assert m is not None and m.ticket_no == 9, m


def test_a_model_only_remark_on_an_emergency_still_stays_apart():
    t = open_ticket("电梯困人了！！我爸在里面 卡在五楼 快来人", minutes=90)
    text = "那电梯还是不动 又有人在里头喊"
    m = link(text, t, u=model_request(text, "elevator"))
    assert m is None or "asks after" not in m.reasons[0]


# ------------------------------------------------------------------ south-western "right"
def test_south_western_right_opens_a_neighbours_report():
    t = open_ticket("门口台阶结冰了 物业能不能撒点盐或者炉灰", minutes=4)
    text = "对头 喊人来撒点盐嘛 台阶那里最滑"
    m = link(text, t, u=model_request(text, "facility"))
    assert m is not None and m.ticket_no == 9, m


# ------------------------------------------------------------------ the water of a leak spreading on
def test_sewage_reaching_a_neighbours_door_is_the_same_water():
    t = open_ticket("二单元一楼下水道冒了 污水漫到单元门口 臭得很", minutes=25)
    text = "那水都流到我家门口了 门缝底下都进来了 快来人"
    m = link(text, t, u=model_request(text, "utilities"))
    assert m is not None and m.ticket_no == 9 and "spreading" in m.reasons[0], m


def test_the_reporter_back_hours_later_tells_it_growing():
    t = open_ticket("楼顶水箱的管子漏水 一直往下淌 楼梯全湿了", minutes=300)
    text = "水越来越大了 顺着墙流到六楼屋里去了"
    m = link(text, t, sender="r1", u=model_request(text, "utilities"))
    assert m is not None and m.ticket_no == 9, m


def test_a_neighbour_hours_later_is_not_read_as_spreading():
    t = open_ticket("楼顶水箱的管子漏水 一直往下淌 楼梯全湿了", minutes=300)
    text = "水越来越大了 顺着墙流到六楼屋里去了"
    m = link(text, t, sender="r7", u=model_request(text, "utilities"))
    assert m is None or "spreading" not in m.reasons[0]


def test_a_pipe_of_ones_own_is_another_leak():
    t = open_ticket("二单元一楼下水道冒了 污水漫到单元门口 臭得很", minutes=10)
    text = "我家水管也爆了 水流到客厅了"
    m = link(text, t, u=model_request(text, "utilities"))
    assert m is None or "spreading" not in m.reasons[0]


def test_water_spreading_in_another_unit_is_not_the_ticket():
    t = open_ticket("二单元一楼下水道冒了 污水漫到单元门口 臭得很", minutes=10)
    text = "三单元门口的水也漫进来了"
    m = link(text, t, u=model_request(text, "utilities"))
    assert m is None, m


def test_water_spreading_after_a_noise_ticket_is_nothing_of_it():
    t = open_ticket("楼上装修电钻响了一上午 吵死了", minutes=10)
    text = "水流到我家门口了 快来看看"
    m = link(text, t, u=model_request(text, "utilities"))
    assert m is None or "spreading" not in m.reasons[0]


# ------------------------------------------------------------------ when the supply comes back
def test_when_the_power_comes_back_waits_on_the_outage():
    t = open_ticket("整栋楼停电了 空调都停了", minutes=20)
    for text in ("几点来电啊 冰箱里的肉要坏了", "啥时候来电哦 冰箱里的东西都化了"):
        m = link(text, t)
        assert m is not None and m.ticket_no == 9, (text, m)


def test_when_the_water_comes_back_hours_later_waits_on_it():
    t = open_ticket("停水了 水龙头一滴都没有", minutes=200)
    m = link("哪哈来水嘛 饭都煮不成", t)
    assert m is not None and m.ticket_no == 9, m


def test_a_planned_outage_question_is_no_wait():
    t = open_ticket("停水了 水龙头一滴都没有", minutes=30)
    assert link("明天还会停电吗 要不要提前充好电", t) is None


def test_when_the_water_comes_after_a_power_cut_is_not_it():
    t = open_ticket("整栋楼停电了 空调都停了", minutes=20)
    assert link("几点来水啊", t) is None


def test_the_rooftop_solar_heater_asked_after_by_its_short_name():
    t = open_ticket("2栋楼顶的太阳能热水器架子锈得厉害 能不能叫人来看看", minutes=1500)
    assert t.color != "red"
    m = link("物业来看那个太阳能了无", t, u=model_request("物业来看那个太阳能了无", "other"))
    assert m is not None and m.ticket_no == 9, m


def test_the_courtyard_gate_asked_after_by_its_name():
    t = open_ticket("院子门楼上的瓦松了好几片 能不能找房管所来看看", minutes=1500)
    assert t.color != "red"
    text = "门楼啥时候来修 拦着绳子车都推不进去"
    m = link(text, t, u=model_request(text, "facility"))
    assert m is not None and m.ticket_no == 9, m


def test_a_model_only_ask_after_an_emergency_of_no_lift_stays_apart():
    t = open_ticket("院子门楼上的瓦松了 刚掉下来一片 差点砸到人 快来看看", minutes=1500)
    assert t.color == "red"
    text = "门楼啥时候来修 拦着绳子车都推不进去"
    m = link(text, t, u=model_request(text, "facility"))
    assert m is None or "asks after" not in m.reasons[0]


def test_water_reaching_the_electric_room_is_an_emergency_of_its_own():
    t = open_ticket("2单元一楼地漏往上冒水 客厅都进水了 快来人管管", minutes=12)
    text = "地下室配电房门口水已经流进去了 快淹到电箱了 快来人！！"
    m = link(text, t)
    assert m is None or "spreading" not in m.reasons[0]
