"""Round 23, the owner's mends from the four communities opened (YI-YL): a retaining wall giving way over a home
right below it, or widening while mud still runs out of it; rocks coming down a slope onto the buildings; a
ceiling leak running to a hanging lamp; 一块 as a measure word is no "together" deal between neighbours, and an
ask to come and look is none either. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify

RESIDENT = Context(sender_role="resident", chat_building="4")


@pytest.mark.parametrize("text", [
    "堡坎裂开的缝越来越宽 底下就是我们家卧室 晚上都不敢睡",
    "护坡鼓出来一大块 下面就是住户",
    "挡土墙的裂缝越来越大了 还在往下淌泥水",
])
def test_a_retaining_wall_giving_way_over_a_home_or_widening_is_red(text):
    u = classify(text, RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    "挡墙裂了条缝 下面是车棚",            # nobody lives below
    "堡坎有条裂缝 下面是绿化带 麻烦来看看",
    "挡墙上的缝比去年大了点 有空来看看",     # growing, but over a year and nothing falling
])
def test_a_retaining_wall_crack_with_no_home_below_and_nothing_falling_stays_orange(text):
    u = classify(text, RESIDENT)
    assert u.request and u.color == "orange", u.reasons


@pytest.mark.parametrize("text", [
    "后山又滚下来两块大石头 砸到我家厨房墙上了",
    "坡上的碎石一直往下掉 窗户都被打了",
    "山上石头还在往下滚 屋头都震了 快喊人来",
])
def test_rocks_coming_down_a_slope_onto_the_buildings_are_red(text):
    u = classify(text, RESIDENT)
    assert (u.request, u.color, u.category) == (True, "red", "safety"), u.reasons


@pytest.mark.parametrize("text", [
    "有人拿石头砸我家车 这事谁管",             # a stone thrown: a dispute, not a slope
    "后山滚下来的石头还堆在路中间 车过不去",    # come to rest on the road
])
def test_a_stone_thrown_or_come_to_rest_is_not_a_rockfall(text):
    u = classify(text, RESIDENT)
    assert u.color != "red", u.reasons


@pytest.mark.parametrize("text", [
    "楼上一直往下滴水 都流到客厅吊灯上了",
    "卫生间顶上在漏 水淌到筒灯那里了",
])
def test_a_leak_running_to_a_ceiling_lamp_is_water_at_the_electrics(text):
    u = classify(text, RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


def test_paint_on_a_lamp_is_no_water_at_the_electrics():
    u = classify("刷墙的油漆滴到吊灯上了", RESIDENT)
    assert u.color != "red", u.reasons


def test_a_measure_word_yikuai_is_no_deal_between_neighbours():
    u = classify("门口坡上滚下来一块大石头 撞到单元门了 有没有人来看下", RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", ["有没有人一块去早市", "有冇人一块拼单买米"])
def test_going_together_is_still_a_deal_between_neighbours(text):
    u = classify(text, RESIDENT)
    assert not u.request, u.reasons


@pytest.mark.parametrize("text", [
    "窨井盖被偷了 刚才掉下去一个小孩",         # the shaft first, who went down it after
    "孩子掉进排水沟了 快来人",
    "大爷躺在楼道里一动不动 喊也喊不醒",       # down and still where nobody lies by choice
    "外婆还倒在地上 救护车还没到",
    "隔壁阿公快不行了 谁会开车",               # dying, told of a person
    "打了120 小区门口被车堵着 救护车进不来",     # a rescue called now, kept out
    "电梯门夹住了孩子的胳膊 拔不出来",           # held by a closing lift door
])
def test_a_person_in_danger_told_in_new_words_is_red(text):
    u = classify(text, RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    "累得我快不行了 今天爬了三趟九楼",            # worn out, not dying
    "我的钥匙掉进下水道了",                      # a thing, not a person
    "上回叫了120 救护车进不来 这车位得管管",      # a rescue kept out on a past day
])
def test_the_same_words_without_a_person_in_danger_now_are_not_red(text):
    u = classify(text, RESIDENT)
    assert u.color != "red", u.reasons


def test_gas_smelt_told_in_english_is_red():
    u = classify("still smell gas on the 3rd floor landing", RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


def test_cantonese_burnt_smell_is_a_burning_smell():
    u = classify("依家楼梯口有烟 好大阵燶味", RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


def test_singing_late_is_a_noise_complaint_whatever_the_head_does():
    u = classify("头都要炸了 对面ktv天天唱到凌晨", RESIDENT)
    assert (u.request, u.color, u.category) == (True, "yellow", "noise"), u.reasons


def test_no_vocabulary_table_names_a_key_twice():
    """A dict literal naming a family twice keeps only the last list: the first one's cues are silently lost."""
    import ast
    from pathlib import Path

    import bot.understanding as pkg

    repeated = []
    for path in Path(pkg.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
                repeated += [(path.name, node.lineno, k) for k in set(keys) if keys.count(k) > 1]
    assert not repeated


def test_smoke_from_a_home_that_does_not_answer_is_a_fire_matter():
    u = classify("走廊里一股烟味 像是烧东西 是从302飘出来的 敲门没人应", RESIDENT)
    assert (u.request, u.color, u.category) == (True, "red", "safety"), u.reasons


def test_an_old_neighbour_not_answering_without_smoke_stays_care():
    u = classify("独居的李大爷两天没出门了 敲门没人应", RESIDENT)
    assert (u.request, u.color, u.category) == (True, "red", "care"), u.reasons


def test_a_cold_chimney_beside_an_old_neighbour_not_answering_stays_care():
    u = classify("隔壁老太太一个人住 烟筒一早上也没冒烟 喊了几声没人应", RESIDENT)
    assert (u.request, u.color, u.category) == (True, "red", "care"), u.reasons
