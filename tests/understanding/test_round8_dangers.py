"""Round 8: dangers now told in ways the older lists missed, and danger words that are no danger.
Receive a message, expect red (or not). Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding.classifier import classify as classify_rules
from bot.understanding.types import Context

RESIDENT = Context(sender_role="resident", chat_building="6")


@pytest.mark.parametrize("text, category", [
    # a weapon fetched or waved in a quarrel, however the fetching is told
    ("两个邻居为了晾衣服吵翻了 有个男的跑回家提了把砍刀下来", "safety"),
    ("车库里两个人在骂架 一个抄起钢管在那抡", "safety"),
    # a breathing machine that has stopped now is a life at risk now
    ("我爸离不了吸氧 呼吸机刚才不转了 怎么办", "care"),
    # a pot burning dry behind a door nobody opens
    ("503一股焦味 像是锅烧干了 敲门半天没人应", "safety"),
    # something feared to fall on the people passing below is about to fall on people
    ("5栋门洞上面的冰溜子有胳膊粗 小孩天天从那过 别掉下来砸着", "safety"),
    ("空调外机的架子锈断了一根 底下就是进出的门口 万一掉下来砸到人", "safety"),
    # a denied drill is a real alarm
    ("这回可不是演习 楼道里真的冒烟了", "safety"),
    # a 'fixed' phrase asked for with 吧 is a request: 来了 in 翘起来了 is no repairer who came
    ("昨天刮大风 那棵槐树根都翘起来了 歪在电线上 底下老人天天下棋", "greenery"),
])
def test_a_danger_now_is_red(text, category):
    u = classify_rules(text, RESIDENT)
    assert u.request and (u.color, u.category) == ("red", category), u.reasons


@pytest.mark.parametrize("text", [
    # laughing at it
    "我家猫把锅掀了 厨房差点着火 哈哈哈 开玩笑的",
    "这个月电费要把我炸了 哈哈",
    # a missing person found
    "3栋走丢的小孩已经找回来了 谢谢大家帮忙",
    # a fall on a past day with nothing said to be so now is a past event
    "上个月我在楼梯上摔了一跤 腿上的疤还没消",
    # a weapon word with no quarrel
    "谁家有铁锹借我用一下 铲个雪",
    # a danger only believed ("I thought it was a fire")
    "烟感器叫了半天 我还以为着火了 原来是楼下在烤鱼",
])
def test_danger_words_that_are_no_danger_now_are_not_red(text):
    u = classify_rules(text, RESIDENT)
    assert u.color != "red", u.reasons


def test_a_fire_imagined_in_a_blocked_stairwell_is_the_blockage():
    u = classify_rules("消防通道上堆满了旧家具和纸板 真着火了人都跑不出去", RESIDENT)
    assert u.request and (u.color, u.category) == ("orange", "safety"), u.reasons


def test_a_fall_on_a_past_day_raises_the_hazard_that_caused_it():
    u = classify_rules("2单元门口的台阶塌了个角 我婆婆前天就在那摔了一跤", RESIDENT)
    assert u.request and u.color == "orange" and u.category != "care", u.reasons


def test_a_fall_still_keeping_someone_down_stays_red():
    u = classify_rules("我妈昨天摔了一跤 到现在还起不来", RESIDENT)
    assert u.request and u.color == "red", u.reasons


def test_asking_for_it_to_be_done_is_no_fixed_report():
    u = classify_rules("单元门口那棵树的大树枝断了一半挂着 赶紧找人锯了吧", RESIDENT)
    assert u.request and not u.fixed_report, u.reasons


def test_a_tradesmans_advert_is_no_request():
    assert not classify_rules("专业开锁换锁芯 上门服务 有需要的联系王师傅", RESIDENT).request


@pytest.mark.parametrize("text, colour, category", [
    # a pile in a stairwell, however told, is cleaning ...
    ("三楼过道堆满了旧床垫和泡沫箱 走路得侧着身", "yellow", "sanitation"),
    # ... and with a fire or an escape named as the risk, a safety hazard (the doubt rule)
    ("五楼楼梯口堆了好多纸皮 万一着火上面的人下不来", "orange", "safety"),
])
def test_a_pile_in_the_stairwell_is_cleaning_unless_a_fire_risk_is_stated(text, colour, category):
    u = classify_rules(text, RESIDENT)
    assert u.request and (u.color, u.category) == (colour, category), u.reasons
