"""Round 9: over-triage. An entrance door whose closer is broken, or whose face reader does not know a
resident, still keeps strangers out: a yellow repair unless the text states a risk (anyone walks in,
cold pours in, a hand caught). A lift whose door reopens but which goes in the end still runs. A leak
in a common place whose water only lands on the floor is yellow; into a home, spreading or near the
electrics it stays orange or red. Receive a message, expect this colour. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context
from bot.understanding.hybrid import classify

RESIDENT = Context(sender_role="resident", chat_building="4")
LEADER = Context(sender_role="leader", chat_building="4")


@pytest.mark.parametrize("text", [
    "3单元楼门的闭门器坏了，门每次都砰地一下撞上，麻烦换个新的",
    "五号楼单元门闭门器松了 门关不严 老是留条缝",
    "单元门禁坏了 人脸识别老认不出我 每次都得按门铃等人开",
    "二单元门禁刷脸识别不了 站门口等了好一会才有人出来",
])
def test_a_door_that_still_keeps_strangers_out_is_yellow(text):
    u = classify(text, RESIDENT)
    assert u.request and (u.color, u.category) == ("yellow", "facility"), u.reasons


@pytest.mark.parametrize("text", [
    "单元门闭门器坏了 门一直敞着 这两天夜里有陌生人进楼道",
    "6号楼单元门闭门器坏了 门关不上 冷风呼呼往楼道里灌",
    "单元门的闭门器断了 门猛地一关 差点夹到小孩的手",
    "门禁坏了 刷卡没反应 门一推就开 谁都能进",
])
def test_a_door_with_a_stated_risk_stays_orange(text):
    u = classify(text, RESIDENT)
    assert u.request and u.color == "orange", u.reasons


def test_a_leader_reporting_a_door_closer_is_yellow():
    u = classify("7号楼二单元单元门的闭门器坏了，门关不上，请物业安排换一个", LEADER)
    assert u.request and u.color == "yellow", u.reasons


def test_a_lift_whose_door_reopens_but_goes_is_yellow():
    u = classify("3单元电梯门关到一半又弹开 反复好几次才走 麻烦维保看看", RESIDENT)
    assert u.request and (u.color, u.category) == ("yellow", "elevator"), u.reasons


def test_a_lift_whose_door_will_not_close_at_all_stays_orange():
    u = classify("3单元电梯门关不上 一直弹开 根本走不了", RESIDENT)
    assert u.request and u.color == "orange", u.reasons


@pytest.mark.parametrize("text", [
    "5楼楼道那根水管接口在滴水 地上湿了一小片",
    "负一层自行车棚旁边的水管一直在渗水 地上一滩水",
    "三楼楼梯拐角顶上在滴水 台阶上冻了一层薄冰",
])
def test_a_leak_onto_a_common_floor_is_yellow(text):
    u = classify(text, RESIDENT)
    assert u.request and u.color == "yellow", u.reasons


@pytest.mark.parametrize("text", [
    "楼上漏水 顺着墙往我家卧室淌 地上全湿了",
    "楼道水管爆了 水哗哗往下流 地上全是水",
])
def test_a_leak_into_a_home_or_spreading_stays_orange(text):
    u = classify(text, RESIDENT)
    assert u.request and u.color in ("orange", "red"), u.reasons


def test_a_leak_near_the_electrics_stays_red():
    u = classify("楼道电表箱上面的水管在滴水 地上一滩 箱子里滋滋响", RESIDENT)
    assert u.request and u.color == "red", u.reasons


@pytest.mark.parametrize("text", [
    "6号楼电梯这个月已经坏了四回 能不能叫维保彻底查一遍",
    "地下室水泵一周跳闸三次了 请物业好好查查线路",
])
def test_breakdowns_counted_over_a_period_are_a_yellow_complaint(text):
    u = classify(text, RESIDENT)
    assert u.request and u.color == "yellow", u.reasons


def test_a_lift_broken_again_now_stays_orange():
    u = classify("电梯又坏了 这个月第三次了 我家老人在12楼下不来", RESIDENT)
    assert u.request and u.color == "orange", u.reasons


def test_a_roof_that_leaks_each_time_it_rains_is_yellow():
    u = classify("顶楼防水层老了 一下雨我家书房墙角就渗 墙皮起泡 物业能不能安排修一下", RESIDENT)
    assert u.request and (u.color, u.category) == ("yellow", "facility"), u.reasons


def test_a_roof_pouring_in_now_stays_orange():
    u = classify("我家顶楼 一下雨卧室天花板就往下滴水 昨晚接了三个盆", RESIDENT)
    assert u.request and u.color == "orange", u.reasons


@pytest.mark.parametrize("text", [
    "一楼的快递信箱昨晚被人撬开好几个 锁都歪了 能查下监控吗",
    "车棚里我那辆电动车的电瓶叫人偷了 能不能调一下监控",
])
def test_theft_or_vandalism_told_as_yellow_is_safety(text):
    u = classify(text, RESIDENT)
    assert u.request and (u.color, u.category) == ("yellow", "safety"), u.reasons


def test_a_door_lock_prised_open_stays_the_orange_door():
    u = classify("单元门的锁被人撬坏了 现在一推就开 谁都能进", RESIDENT)
    assert u.request and (u.color, u.category) == ("orange", "facility"), u.reasons


def test_a_drip_at_a_radiator_joint_caught_in_a_basin_is_yellow():
    u = classify("我家客厅暖气片的阀门一直在滴 拿脸盆接着 麻烦师傅来换一下 2-1-302", RESIDENT)
    assert u.request and (u.color, u.category) == ("yellow", "utilities"), u.reasons


def test_a_joint_leaking_into_the_flat_below_stays_orange():
    u = classify("暖气片接头漏水 哗哗往外冒 已经渗到楼下人家了", RESIDENT)
    assert u.request and u.color in ("orange", "red"), u.reasons
