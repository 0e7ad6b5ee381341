"""Review of round 20 u20d (repeat linking in new styles): misfires found by our own probes, each
"this message after this open ticket -> this decision". A wrong link hides a real, often worse, problem in an
older ticket. Sentences are our own."""
from __future__ import annotations

from dataclasses import replace

import pytest

from bot.understanding import match_repeat
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.vocabulary import normalise_words

from tests.understanding.linking import RESIDENT
from tests.understanding.linking import open_ticket as _ticket


def _link(text: str, t, sender: str = "r5", u=None):
    u = u or classify_rules(text, RESIDENT)
    return match_repeat(u, normalise_words(text), sender, "4", [t])


# ------------------------------------------------------------------ "same here" then another, worse problem
@pytest.mark.parametrize("report, text", [
    ("三单元楼道灯不亮了 黑乎乎的", "我家也是，闻到一股煤气味"),                  # gas after dark lights
    ("停电了 整栋都没电", "我家也是 停电了 不对 闻到煤气味了"),                    # corrected to a gas smell
    ("电梯不动了 在三楼卡着", "我们也是，老人在家摔倒了 起不来"),                  # a fall after a lift
    ("停水了 一滴水都没有", "我家也是，厨房冒烟了"),                              # smoke after no water
    ("下水道堵了 味道很大", "俺家也一样 孩子找不到了"),                            # a missing child
])
def test_same_here_then_a_danger_is_a_new_red_report_not_the_neighbours_ticket(report, text):
    assert classify_rules(text, RESIDENT).color == "red"
    m = _link(text, _ticket(report, minutes=10))
    assert m is None, m


@pytest.mark.parametrize("report, text", [
    ("暖气不热 家里冷", "我家也是 老人发烧了 需要买药 没人去"),      # care today after heating
    ("垃圾好几天没人收了", "我家也是，门锁坏了 进不去"),            # a broken lock after rubbish
    ("电梯坏了 一直不动", "我们也是 好吵 楼上一直在装修"),          # a noise after a lift
    ("网络一直断 宽带连不上", "我家也是 停电了"),                    # a power cut after the internet
    ("楼上装修太吵", "我家也是 墙上裂了好大一条缝"),                # a cracked wall after a noise
    ("楼道里堆满了杂物", "我们也是 有人在楼道给电动车充电"),        # charging e-bikes after clutter
    ("电梯不动了 在三楼卡着", "我家也是，楼道灯不亮"),              # lights after a lift
])
def test_same_here_then_another_kind_of_problem_stays_its_own(report, text):
    m = _link(text, _ticket(report, minutes=10))
    assert m is None, m


def test_same_here_then_a_supply_fault_shown_as_flickering_lights_still_joins():
    t = _ticket("这几天电压老是不稳 电饭锅一开就跳闸 是不是整栋都这样", minutes=12)
    m = _link("我家也是，一到晚上灯就一闪一闪的，电饭锅带不动", t)
    assert m is not None and m.ticket_no == 9, m


# ------------------------------------------------------------------ the noise's flat named again
def test_the_reporters_plea_about_another_quarrel_with_the_noisy_flat_is_not_the_noise():
    t = _ticket("402天天剁饺子馅 咚咚咚", minutes=1500, reporter="r5")
    m = _link("402又在门口堆鞋柜 跟他说了也不听 社区出面", t, sender="r5")
    assert m is None, m


def test_the_reporters_plea_telling_when_the_flat_was_at_it_joins_the_noise():
    t = _ticket("402天天剁饺子馅 咚咚咚", minutes=1500, reporter="r5")
    m = _link("402昨晚又剁到一点 社区出面调解一下", t, sender="r5")
    assert m is not None and m.ticket_no == 9, m


def test_a_flat_of_another_building_at_it_again_is_not_the_noise_of_this_buildings_floor():
    t = _ticket("五楼那家天天半夜吵", minutes=600)
    text = "1号楼503又开始了 吵死了"
    m = _link(text, t, sender="r7", u=replace(classify_rules(text, RESIDENT), category="noise", request=True))
    assert m is None, m


# ------------------------------------------------------------------ a cold floor, and another problem added
def test_a_cold_radiator_on_the_floor_with_another_problem_added_is_not_linked_as_the_floors():
    t = _ticket("暖气一点都不热 二单元七楼", minutes=10)
    m = _link("我家也不热 七楼 另外电梯坏了", t, sender="r7")
    assert m is None or "floor" not in m.reasons[0], m
