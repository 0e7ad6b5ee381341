"""Red families in the many ways people tell them: a present danger to a person is red however
mildly stated, and however long the message around it. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify

_RAMBLE = "哎我跟你们说个事儿啊我刚买菜回来腿脚也不利索走得慢 "


@pytest.mark.parametrize("text, category", [
    ("天台上有个姑娘坐在边上好一阵了 叫她也不回头", "safety"),             # person at a roof edge
    ("8号楼房顶那人还在那站着呢 都快一个钟头了", "safety"),
    ("对面三楼小孩爬上窗台了 家里好像没大人", "safety"),
    ("超市门口那辆白车里锁着个娃 窗户都没开 在那哭", "safety"),             # child locked in a car
    ("停车场有条狗关在车里一下午了 喘得厉害", "safety"),
    ("一单元电梯关人了 在里面砸门呢", "elevator"),                          # lift shut on someone
    ("厨房煤气表那儿咝咝的 是不是漏了", "safety"),                          # hissing at a gas meter
    ("楼下灶台软管那块儿丝丝地响", "safety"),
    ("楼道插座噼里啪啦的 还冒蓝光", "safety"),                              # arcing electrics
    ("地下室电闸打火花了", "safety"),
    ("六楼的老太太好几天没见下楼了 敲门也没人应", "care"),                 # elderly unseen for days
    ("隔壁大爷三天没见着人了 电话没人接 敲门也不开", "care"),
    ("外墙皮一大块掉下来了 就在单元门口", "facility"),                     # facade falling on the path
    ("阳台上的瓷砖砸到车了 底下天天有人过", "facility"),
])
def test_red_family_wordings(text, category):
    u = classify(text)
    assert (u.request, u.color, u.category) == (True, "red", category), u.reasons


@pytest.mark.parametrize("text", [
    "楼顶有个人站在边上往下瞅",
    "小孩反锁在车里了",
    "燃气表那里嘶嘶响",
])
def test_a_red_cue_buried_in_a_long_message_still_counts(text):
    u = classify(_RAMBLE * 3 + text + " 你们看看吧 我也不懂这些")
    assert u.request and u.color == "red", u.reasons


@pytest.mark.parametrize("text", [
    "楼顶晾被子的那块地方挺干净",              # a roof named, nobody at its edge
    "车里落了把伞 谁看见了说一声",             # something left in a car, no one inside
    "二单元楼梯间的墙皮往下掉 灰很大",         # indoor plaster flaking: a yellow fault
    "家里老人窗户外面晒了点干菜",
])
def test_near_wordings_without_a_person_in_danger_are_not_red(text):
    assert classify(text).color != "red", classify(text).reasons


@pytest.mark.parametrize("text, color", [
    ("卫生间顶上滴水 一滴一滴的 不严重 麻烦看看", "yellow"),   # a leak said to be small
    ("卫生间顶上哗哗地漏水 地上都是水", "orange"),
    ("电梯还停着呢 老人上不去楼", "orange"),                     # an outage still going on, no urgency word
    ("下水冒出来了 王奶奶家门槛都进水了", "orange"),
])
def test_everyday_outages_and_leaks(text, color):
    u = classify(text)
    assert u.request and u.color == color, u.reasons


@pytest.mark.parametrize("text, color", [
    ("社区还办那个免费理发活动不", "blue"),       # a clause-final 不 asks
    ("我想给老人办个助餐卡 上哪儿弄", "blue"),
    ("活动室能不能开到晚上九点", "blue"),            # a schedule wish
    ("家里电视这两天没信号 能帮着问问不", "yellow"),
])
def test_questions_and_wishes_told_plainly(text, color):
    u = classify(text)
    assert u.request and u.color == color, u.reasons


def test_a_wish_for_more_patrols_about_a_stranger_is_the_problem_not_a_suggestion():
    u = classify("晚上单元门口总有陌生人转悠 能不能让保安多巡几趟")
    assert (u.request, u.color, u.category) == (True, "yellow", "safety"), u.reasons


def test_a_leader_asking_the_office_to_arrange_is_passing_it_up():
    u = classify("独居的赵大爷今天头晕得厉害 请社区马上安排医生上门", Context(sender_role="leader"))
    assert u.request, u.reasons


@pytest.mark.parametrize("text", [
    "家里烧着炉子呢 我跟闺女都头晕恶心想吐",                       # coal-stove gas poisoning symptoms
    "厨房那个一氧化碳报警器一直响 我现在有点迷糊",                   # CO alarm sounding, someone dizzy
    "小区门口电线杆让风刮倒了 压在路边小车上",                       # power pole down
    "后面那根电缆掉在积水里了 还有人蹚水过去",                       # wire in the water
    "一楼水漫进屋了 隔壁阿婆瘫痪在床自己出不来",                     # flood with a person who cannot move
    "院里冰面上有个大哥摔了 半天起不来",                             # fallen on ice, cannot get up
    "六楼窗户玻璃裂开了 赶紧叫人在底下拉警戒",                       # cracked pane, cordon asked
])
def test_storm_and_winter_dangers_are_red(text):
    u = classify(text)
    assert u.request and u.color == "red", u.reasons


@pytest.mark.parametrize("text", [
    "建议给楼里独居老人每家装个燃气报警器",                           # a wish, not a leak
    "楼道那扇窗户玻璃裂了道缝 起风就咣当响",                         # indoor cracked pane: a repair
    "小区的篮球架子被雪压得有点歪 天暖了再弄",                       # a sports stand, nobody under it
])
def test_near_misses_of_storm_dangers_are_not_red(text):
    u = classify(text)
    assert u.color != "red", u.reasons


@pytest.mark.parametrize("text, role", [
    ("5栋刘奶奶一个人住 家人说打了一天电话都不接 敲门也没人应 谁在附近赶紧去看看", "staff"),
    ("楼梯口王叔摔倒了 腿上流血 已经打了120 谁能过来搭把手", "leader"),
])
def test_a_responder_asking_hands_for_an_emergency_is_red(text, role):
    u = classify(text, Context(sender_role=role))
    assert u.request and u.color == "red", u.reasons


@pytest.mark.parametrize("text, role", [
    ("【提醒】昨晚3号楼老人摔倒 已送医 谁离得近可以去家里看看", "staff"),   # a notice, not a report
    ("收到 已经到现场了 老人摔倒了 谁能来帮一下抬担架", "leader"),                     # handling it already
])
def test_a_responder_handling_or_announcing_is_not_a_new_report(text, role):
    u = classify(text, Context(sender_role=role))
    assert not (u.request and u.color == "red"), u.reasons
