"""Round 18 red: harm told by what happened to a person rather than by a fall word is red: something harmful
swallowed, a person fallen into a shaft or water, a purple face or froth, speech gone with a body in trouble,
a relative fallen told bare, a cry for help heard (however unsure), an old or lone person not seen or heard
for days; a person held in a lift is a fact even after a warning to others in the clause before. Speech lost
in anger, a phone dropped down a drain, a pill taken as prescribed and a warning alone are not red. Receive a
message, expect this colour. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context
from bot.understanding.classifier import classify as classify_rules

RESIDENT = Context(sender_role="resident", chat_building="4")


def _rules(text: str):
    return classify_rules(text, RESIDENT)


@pytest.mark.parametrize("text, category", [
    ("我家小孙子刚才误食了两粒蟑螂药 人有点迷糊", "care"),
    ("五楼那个娃喝了半瓶消毒液 在哭", "care"),
    ("有个小孩掉到后面花园那个窨井里了 快拿绳子", "safety"),
    ("老人滑进小区池子里了 快来人", "safety"),
    ("楼梯口坐着一个大爷 嘴唇发紫 喘得厉害", "care"),
    ("我公公突然说不出话了 手脚也不听使唤", "care"),
    ("对门阿姨口吐白沫倒在门口", "care"),
    ("我爸晕过去了 谁能帮忙叫下救护车", "care"),
    ("地下室那边好像有人喊救命 声音很小", "care"),
    ("隔壁独居的老张家三天了 晚上都没开灯 电话一直没人接", "care"),
    ("楼上奶奶好几天没声音了 平时天天在阳台唱戏", "care"),
])
def test_harm_told_by_what_happened_is_red(text: str, category: str) -> None:
    u = _rules(text)
    assert (u.request, u.color, u.category) == (True, "red", category), u.reasons


def test_a_person_held_in_a_lift_after_a_warning_to_others_is_a_fact() -> None:
    u = _rules("大家先别坐西边那部电梯 刚刚卡住一个人 现在还在里面")
    assert (u.color, u.category) == ("red", "elevator"), u.reasons


def test_a_relative_fallen_with_an_ambulance_asked_is_red() -> None:
    u = _rules("俺娘摔了 快打120")
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    "气得我话都说不出来 物业这态度",                 # speechless in anger
    "钥匙掉进楼下的井里了 有没有师傅能捞一下",        # a thing, not a person, down the shaft
    "我妈吃了降压药还是头晕 想问问社区医生几点上班",   # a pill taken as prescribed
    "别坐电梯 容易卡住人",                           # a warning, nothing happened
])
def test_the_same_words_with_no_person_harmed_are_not_red(text: str) -> None:
    assert _rules(text).color != "red", _rules(text).reasons


def test_the_tail_of_a_masked_phone_number_is_no_room() -> None:
    u = _rules("厨房水管爆了 维修师傅电话151****1203 打不通")
    assert u.location is None or u.location.room is None, u.location


@pytest.mark.parametrize("text", [
    "我妈早上在门口摔了一跤 没啥大碍 就是台阶太滑 能不能铺块垫子",
    "刚才在车库坡道滑倒了 人没事 那里油乎乎的谁来冲一下",
])
def test_a_fall_said_to_have_done_no_harm_leaves_the_slippery_place(text: str) -> None:
    u = _rules(text)
    assert u.request and u.color != "red", u.reasons


def test_a_fall_with_blood_stays_red_whatever_reassurance_is_asked() -> None:
    u = _rules("我爸在楼道摔倒了 头上流血 不知道人有没有事 快来人")
    assert u.color == "red", u.reasons


@pytest.mark.parametrize("text", [
    "我女儿摔了个杯子 楼下就上来吵 物业能不能说说",           # a thing broken, not a fall
    "俺爹晕了一路车 刚回小区 门口那个坑能不能填填",             # travel sickness
    "孙子吃了午饭在院子里玩 车棚那边一排电瓶在充电",            # ate lunch; batteries charging elsewhere
    "邻居家的猫误食了耗子药 谁在花坛撒的",                      # a pet
    "我爸吃了降压药还是晕乎乎的 社区医生今天在吗",              # a medicine taken as prescribed
    "楼下草地放了灭鼠药 小孩天天在那跑 误吃了咋整",             # a worry, nothing swallowed
    "说了好几遍 前台小姑娘直翻白眼 什么服务",                   # an eye-roll
    "爬了二十层楼梯 累得话都说不出 腿直抖 电梯到底哪天修",      # out of breath from the stairs
    "暖气片冰凉 孩子冻得嘴唇发紫 赶紧派人来看看",              # cold: heating out, not a body in crisis
    "我奶奶要交养老保险 社区电话一直打不通",                    # the office's phone
    "好几天没看到保洁了 老人下楼都嫌楼道脏",                    # a cleaner unseen
    "独居的刘阿姨家装的一键呼救器坏了 能不能来修",               # an alarm device
    "老人掉进坑里怎么办 西门那个坑一直没人填",                  # a fall into a pit only wondered about
    "不要让小孩自己坐电梯 卡住了出不来",                        # a warning and its consequence
])
def test_harm_words_that_harm_nobody_now_are_not_red(text: str) -> None:
    assert _rules(text).color != "red", _rules(text).reasons
