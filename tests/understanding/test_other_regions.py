"""Phrasings met in communities the rules were not written on (a northern work-unit compound in
heating season, a southern high-rise with 座 towers): receive a message, expect this reading.
Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, TicketView, classify, match_repeat, parse_location

RESIDENT = Context(sender_role="resident", chat_building="4")
LEADER = Context(sender_role="leader", chat_building=None)


def _ticket(text: str, minutes: float = 5.0, building: str = "4") -> TicketView:
    u = classify(text, RESIDENT)
    return TicketView(no=1, chat_id="b4", reporter_id="r1", category=u.category, color=u.color,
                      location=u.location, building=building, text=text, minutes_since_last_report=minutes,
                      reporter_ids=("r1",), keywords=u.keywords)


# ------------------------------------------------------------------ reds told by their effects
@pytest.mark.parametrize("text", [
    "隔壁那户的烟飘进我们楼道了 到处灰蒙蒙的",                    # smoke told by where it spread
    "对门家门缝里往外冒烟 敲了半天没动静",
    "地库顶上在渗水 正好滴在电表箱上面 箱子外壳全湿了",            # water onto a distribution box
    "雨太大了 水顺着坡道往下流 眼看就到配电房了",
    "七楼那台空调外机的架子往下斜了 下面就是小区大门",            # an outdoor unit already tilting
    "那棵老柳树老掉干枝子 刚才差点砸到一个遛弯的大爷",            # a near miss on a person: it is falling now
])
def test_a_danger_told_by_its_effect_is_red(text):
    u = classify(text, RESIDENT)
    assert u.request and u.color == "red", u.reasons


def test_a_near_miss_on_a_car_is_no_danger_to_people():
    u = classify("有人拿竿子打树上的果子 掉下来差点砸到车 能不能管一下", RESIDENT)
    assert u.color != "red", u.reasons


def test_a_past_near_miss_is_still_only_a_fear():
    u = classify("上次那棵树的枝子掉下来差点砸到人 现在还没修剪", RESIDENT)
    assert u.color != "red", u.reasons


# ------------------------------------------------------------------ oranges
@pytest.mark.parametrize("text, category", [
    ("我家的指纹锁突然打不开了 老人在门口进不去", "facility"),      # a household locked out
    ("单元门口的台阶结冰了 溜滑 早上好几个人差点摔", "facility"),    # ice where people walk
    ("家里南气一点都不热 老人冻得受不了", None),                      # voice input: 南气 = 暖气
    ("卫生间马桶往外溢 满地都是 能不能快点派人", "utilities"),
])
def test_basic_living_broken_is_at_least_orange(text, category):
    u = classify(text, RESIDENT)
    assert u.request and u.color in ("orange", "red"), u.reasons
    if category:
        assert u.category == category


def test_badly_is_no_praise():
    u = classify("楼道那根水管锈得很厉害 一直在渗", RESIDENT)
    assert u.request, u.reasons


def test_a_fridge_gone_quiet_in_a_power_cut_is_no_fix():
    u = classify("我家也停电了 冰箱都不响了", RESIDENT)
    assert u.request and not u.fixed_report and u.category == "utilities", u.reasons


# ------------------------------------------------------------------ responders relaying up
@pytest.mark.parametrize("text", [
    "5号楼的居民反映 楼下路灯坏了一个月了 麻烦联系物业修一下",
    "七座有两户业主问 老年卡在哪里办 能不能发个说明",
])
def test_a_leader_relaying_residents_asks_is_a_request(text):
    assert classify(text, LEADER).request


def test_a_state_after_already_is_not_a_leader_handling_it():
    u = classify("报告：地下室的积水已经淹到配电箱了 请马上处理", LEADER)
    assert u.request and u.color == "red", u.reasons


def test_a_leader_already_handling_an_emergency_is_not_a_request():
    u = classify("电梯困人的事已经联系维保了 十分钟到", LEADER)
    assert not u.request, u.reasons


# ------------------------------------------------------------------ chatter
@pytest.mark.parametrize("text", [
    "我刚上去看了 里面没人 是空屋子",                                # reassurance after an alarm
    "我在楼上陪着她呢 人没事 就是吓着了",
    "在花坛边捡到一个钱包 失主来三楼找我",                          # a found item
])
def test_reassurance_and_found_items_are_not_dangers(text):
    u = classify(text, RESIDENT)
    assert not (u.request and u.color == "red"), u.reasons


# ------------------------------------------------------------------ places
@pytest.mark.parametrize("text, room", [("一九零八的空调外机一直滴水", "1908"), ("1905天天半夜蹦迪", "1905")])
def test_a_high_floor_flat_is_no_year(text, room):
    loc = parse_location(text)
    assert loc is not None and loc.room == room


def test_a_year_is_still_no_flat():
    assert parse_location("2023年装修的时候就这样") is None


# ------------------------------------------------------------------ repeats: the conversation's topic
def test_an_agreeing_reply_minutes_later_joins_the_latest_ticket():
    t = _ticket("二号楼后面那条路的路灯全坏了 晚上特别黑")
    text = "对 那边晚上真的很黑 女生走着都害怕 能不能快点弄"
    m = match_repeat(classify(text, RESIDENT), text, "r2", "4", [t])
    assert m is not None and m.ticket_no == 1


def test_an_agreeing_reply_hours_later_is_its_own_request():
    t = _ticket("二号楼后面那条路的路灯全坏了 晚上特别黑", minutes=240)
    text = "对 那边晚上真的很黑 女生走着都害怕 能不能快点弄"
    assert match_repeat(classify(text, RESIDENT), text, "r2", "4", [t]) is None


def test_an_agreeing_reply_about_another_building_is_its_own_request():
    t = _ticket("2号楼后面那条路的路灯全坏了 晚上特别黑", building="2")
    text = "对 6号楼前面那边晚上真的很黑 女生走着都害怕 能不能快点弄"
    assert match_repeat(classify(text, RESIDENT), text, "r2", "6", [t]) is None


def test_a_neighbours_own_complaint_of_the_same_kind_is_not_merged_by_time_alone():
    t = _ticket("楼下垃圾桶两天没人收了 臭得很")
    text = "谁家的狗天天在单元门口拉屎 也不收拾"
    assert match_repeat(classify(text, RESIDENT), text, "r2", "4", [t]) is None
