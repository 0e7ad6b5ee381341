"""How a danger is told decides its colour: receive a message, expect this reading.

Reds told by circumstances (a lone parent out of reach, a locked door and silence, someone
unresponsive in the cold, life support in a power cut, a denied false alarm), and danger words
that are no danger here and now (news from elsewhere, the law, a near risk, a past near miss,
a live update while responders are there, a harmless mess in a lift). Sentences are our own.
"""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.vocabulary import build_vocabulary


@pytest.mark.parametrize("text, role, category", [
    # water in electrics, passed up by a leader
    ("报告社区 6号楼地下室的配电箱泡了水 现在滋滋地冒火星", "leader", "safety"),
    ("跟网格说一声 楼下电表箱灌进雨水了 里面噼里啪啦响", "leader", "safety"),
    # a denied false alarm is a real alarm
    ("三楼楼梯口烟越来越大 这次真不是误报 快下来", "resident", "safety"),
    ("楼道冒烟了，这回可不是误报了！", "resident", "safety"),
    # life support in a power cut, even asked as a question
    ("又停电了 我家老太太一直吸着制氧机 啥时候能来电啊", "resident", "care"),
    ("家里老人二十四小时靠呼吸机 停电了怎么办", "resident", "care"),
    ("呼吸机离不了人 这电还要断多久", "resident", "care"),
    # a lone parent out of reach for days, asked by a child far away
    ("我老母亲一个人住在4栋 两天了电话一直没人接 我在国外 能不能请人去敲敲门", "resident", "care"),
    ("家里老人从昨天起就联系不上 我在外地上班 谁能帮忙看一眼", "resident", "care"),
    ("我姥姥独自在家 微信不回 电话也不接 好几天了", "resident", "care"),
    # a locked door and silence
    ("拍了半天门里面也没动静 门是从里面锁上的", "leader", "care"),
    ("敲了好几次门都没人应 灯一直亮着", "resident", "care"),
    # someone unresponsive in the cold
    ("车棚边上蹲着个老头 零下二十度 问他话也不答 浑身打颤", "resident", "care"),
    ("雪地里坐着一个喝多的 冻得直哆嗦 叫他也不应", "resident", "care"),
])
def test_a_danger_told_by_its_circumstances_is_red(text, role, category):
    u = classify(text, Context(sender_role=role))
    assert (u.request, u.color, u.category) == (True, "red", category), u.reasons


@pytest.mark.parametrize("text, role", [
    # forwarded news and stories from elsewhere
    ("转发一条：南方某小区燃气管爆炸 伤了好几个人", "resident"),
    ("大家好 转发：某地居民楼电梯坠落 有人受伤", "resident"),
    ("(转)外省一栋高层着火了 好多人困在楼上", "resident"),
    ("网上看到说有个小区老人摔倒了好几天才被发现", "resident"),
    ("外地有个小区井盖没盖好 小孩掉下去了 太可怕了", "resident"),
    ("看新闻说隔壁市有人跳楼了", "resident"),
    # a check that found nothing, a repair plan
    ("物业已逐栋排查电梯 没有困人", "chief"),
    ("已经查过了 楼里没有人被困", "leader"),
    # the law, stated
    ("往楼下扔东西是违法的", "resident"),
    ("乱拉电线漏电伤人要坐牢的", "resident"),
    # a past near miss that harmed no one
    ("昨天楼上掉下来一个花盆 还好没砸到人", "resident"),
    ("上周那块广告牌被风刮下来 幸好没伤着人", "resident"),
    # responders already there
    ("对面楼还在冒黑烟 消防员已经到了", "resident"),
    ("救护车来了 正往楼上抬呢", "resident"),
])
def test_a_danger_word_that_is_no_danger_here_and_now_is_not_a_request(text, role):
    u = classify(text, Context(sender_role=role))
    assert not u.request, u.reasons


@pytest.mark.parametrize("text, category", [
    ("楼道里堆满纸箱还放着煤炉 这还不得着火啊", "safety"),
    ("杨树那根大杈子被冰压弯了 快碰到电线了", "greenery"),
    ("小区门口那棵树的枝子垂下来 眼看就要搭到电线上", "greenery"),
])
def test_a_hazard_told_as_near_a_danger_is_orange(text, category):
    u = classify(text)
    assert (u.request, u.color, u.category) == (True, "orange", category), u.reasons


@pytest.mark.parametrize("text", [
    "电梯里有人吐了一地 臭得很 麻烦保洁来弄一下",
    "电梯里面有人抽烟 呛死了",
    "轿厢里有人乱画 物业管管",
])
def test_a_mess_someone_made_in_a_lift_is_not_someone_trapped(text):
    u = classify(text)
    assert u.request and u.color in ("yellow", "orange"), u.reasons


@pytest.mark.parametrize("text", [
    "楼上那户着火了 消防车还没到 快来人帮忙",                 # responders not there yet
    "救护车来了吗 老人倒在楼梯上起不来",                     # asks whether they came
    "高空抛物了 刚砸到人了 这是犯法的",                       # the event told, then the law
    "外墙瓷砖掉了一块 还好没人 上面还有几块翘着悬着",           # lucky, but the danger is still there
    "网上说燃气管老化会爆炸 咱们楼道里现在就一股煤气味",         # back here after the story
])
def test_the_same_words_around_a_present_danger_stay_red(text):
    u = classify(text)
    assert u.request and u.color == "red", u.reasons


def test_a_breathing_machine_in_a_power_cut_told_only_as_a_need_is_orange_care():
    u = classify("停电好几个钟头了 我爸用的制氧机 社区能不能帮忙想想办法")
    assert (u.request, u.color, u.category) == (True, "orange", "care"), u.reasons


def test_telling_words_are_community_extendable():
    vocab = build_vocabulary({"hearsay": ["群里看到"], "on_scene": ["抢险队到了"], "risk_near": ["快够着"]})
    assert not classify_rules("群里看到说有栋楼着火了", vocab=vocab).request
    assert not classify_rules("还在冒烟 抢险队到了", vocab=vocab).request
    u = classify_rules("树枝快够着电线了", vocab=vocab)
    assert (u.request, u.color) == (True, "orange"), u.reasons
    assert classify_rules("群里看到说有栋楼着火了").color == "red"    # the default reads it as a fire


@pytest.mark.parametrize("text, role", [
    ("14栋报告 雨水顺着管井灌进配电箱 箱子里噼啪响 我已经让大家别靠近 请马上派电工", "leader"),
    ("我已经叫邻居不要靠近了 楼道电表箱进水在冒火花 请尽快派人", "leader"),
])
def test_a_responder_keeping_people_away_still_asks_for_the_repairer(text, role):
    u = classify(text, Context(sender_role=role))
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    "台风要来了 窗台上的花盆都搬进屋 二十几楼掉下去可不是闹着玩的",
    "阳台外挂的花盆收一收 掉下去砸到人后果不堪设想",
])
def test_a_warning_of_a_serious_consequence_is_not_an_event(text):
    assert classify(text).color != "red", classify(text).reasons


@pytest.mark.parametrize("text", [
    "我爸腿骨折 刚出院在家躺着 我白天上班 社区能不能帮忙送个午饭",
    "老伴做完手术在家休养 腰骨折了下不了床 能不能请人上门换药",
])
def test_an_injury_told_of_someone_back_home_is_care_today_not_an_emergency(text):
    u = classify(text)
    assert (u.request, u.color, u.category) == (True, "orange", "care"), u.reasons


def test_an_ebike_charging_all_night_in_the_lobby_is_orange():
    u = classify("不知道谁的电动车在一楼门厅充了一夜 线从窗户拉进来的")
    assert (u.request, u.color, u.category) == (True, "orange", "safety"), u.reasons
