"""Round 14 repeat linking: a neighbour smelling the gas too who cries for help, or finds a door no one
opens, is one more report of the leak. Receive a message next to an open ticket, expect this link or
none. Sentences are our own."""
from __future__ import annotations

from bot.understanding import match_repeat
from bot.understanding.classifier import classify as classify_rules

from tests.understanding.linking import RESIDENT
from tests.understanding.linking import open_ticket as _ticket


# ------------------------------------------------------------------ the gas smelt again, with a cry
def test_smelling_the_gas_too_and_crying_for_help_joins_the_leak():
    t = _ticket("五楼楼道里一股煤气味 不知道哪家的 大家注意一下", minutes=6)
    text = "我们602也闻到煤气味了 越来越重 快来人"
    u = classify_rules(text, RESIDENT)
    m = match_repeat(u, text, "r2", "4", [t])
    assert m is not None and m.ticket_no == 9, (text, u.keywords)


def test_a_door_no_one_opens_in_the_smell_is_a_person_at_risk_of_its_own():
    t = _ticket("五楼楼道里一股煤气味 不知道哪家的 大家注意一下", minutes=6)
    for text in ("三楼都是味道 502敲门没人开", "302的老人一个人住 敲门没人应 门缝里一股味"):
        assert match_repeat(classify_rules(text, RESIDENT), text, "r2", "4", [t]) is None, text


def test_a_cry_without_a_smell_is_its_own():
    t = _ticket("五楼楼道里一股煤气味 不知道哪家的 大家注意一下", minutes=6)
    for text in ("302的老太太敲门没人开 快来人", "楼下有人晕倒了 快来人"):
        m = match_repeat(classify_rules(text, RESIDENT), text, "r2", "4", [t])
        assert m is None, text


def test_a_cry_with_a_smell_after_a_mere_bad_smell_is_its_own():
    t = _ticket("垃圾房那边臭味好大 好几天没人清了", minutes=6)
    text = "302敲门没人开 门口一股怪味 快来人"
    m = match_repeat(classify_rules(text, RESIDENT), text, "r2", "4", [t])
    assert m is None


# ------------------------------------------------------------------ the lift stopped by the power cut
def test_the_power_here_too_and_the_lift_with_it_joins_the_power_cut():
    t = _ticket("停电了？家里全黑了 我住12楼", minutes=3)
    for text in ("20楼也停了 电梯也不动了", "我们1503也是 电梯也停了"):
        u = classify_rules(text, RESIDENT)
        m = match_repeat(u, text, "r2", "4", [t])
        assert m is not None and m.ticket_no == 9, (text, u.keywords)


def test_the_lift_alone_or_another_units_power_or_someone_stranded_is_its_own():
    t = _ticket("停电了？家里全黑了 我住12楼", minutes=3)
    for text in ("电梯停了 按了没反应", "我们三单元也停了 电梯也不动了", "也停了 电梯也停了 我爸在18楼下不来",
                 "我家也停了 电梯也停了 里面有人在拍门"):
        u = classify_rules(text, RESIDENT)
        m = match_repeat(u, text, "r2", "4", [t])
        assert m is None, (text, m)


def test_the_lift_too_after_a_lift_report_is_left_to_the_lift_rules():
    t = _ticket("1号梯停了 显示屏黑的", minutes=3)
    text = "也停了 2号梯也不动了"
    m = match_repeat(classify_rules(text, RESIDENT), text, "r2", "4", [t])
    assert m is None


# ------------------------------------------------------------------ the leak reaching the meter box
def test_the_leak_reaching_the_meter_box_joins_the_leak():
    t = _ticket("3单元502我家水管爆了 水一直往外冒 阀门关不上 快来人", minutes=8)
    text = "三单元楼道里的水都流到电表箱那了 赶紧来人"
    u = classify_rules(text, RESIDENT)
    m = match_repeat(u, text, "r2", "4", [t])
    assert m is not None and m.ticket_no == 9, u.keywords


def test_the_meter_box_wet_elsewhere_or_much_later_is_its_own():
    t = _ticket("3单元502我家水管爆了 水一直往外冒 阀门关不上 快来人", minutes=8)
    for text in ("1单元楼道里的水都流到电表箱那了 赶紧来人", "7号楼电表箱进水了 一直在响"):
        u = classify_rules(text, RESIDENT)
        building = (u.location.building if u.location else None) or "4"   # as the ticket service gives it
        assert match_repeat(u, text, "r2", building, [t]) is None, text
    late = _ticket("3单元502我家水管爆了 水一直往外冒 阀门关不上 快来人", minutes=90)
    text = "三单元楼道里的水都流到电表箱那了 赶紧来人"
    assert match_repeat(classify_rules(text, RESIDENT), text, "r2", "4", [late]) is None


def test_the_meter_box_after_a_power_cut_is_its_own():
    t = _ticket("停电了 家里全黑了", minutes=5)
    text = "楼道的水都流到电表箱那了 赶紧来人"
    assert match_repeat(classify_rules(text, RESIDENT), text, "r2", "4", [t]) is None


def test_the_electric_room_flooding_after_the_garage_floods_is_its_own():
    t = _ticket("地下车库进水了 水已经到车轮了", minutes=6)
    text = "配电房门口水也到膝盖了 快淹到电箱了"
    assert match_repeat(classify_rules(text, RESIDENT), text, "r2", "4", [t]) is None
