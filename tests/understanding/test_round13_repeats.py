"""Round 13 repeat linking: a flat's own smart lock is not the building's entrance gate; a claim for
what a flood spoiled is a question of its own, even from the reporter; an outage told after someone
trapped in a lift is not that emergency; a full report does not join a grumble the model filed.
Receive a message next to an open ticket, expect this link or none. Sentences are our own."""
from __future__ import annotations

from dataclasses import replace

from bot.understanding import match_repeat
from bot.understanding.classifier import classify as classify_rules

from tests.understanding.linking import RESIDENT
from tests.understanding.linking import model_request as _model_request
from tests.understanding.linking import open_ticket as _ticket






# ------------------------------------------------------------------ two doors
def test_the_buildings_gate_is_not_a_flats_smart_lock():
    t = _ticket("我家的智能锁突然失灵了 密码按了没反应 人在外面进不去 能帮忙找个师傅吗", minutes=40)
    text = "单元门的门禁坏了吧 刷卡没反应 门推不开"
    m = match_repeat(classify_rules(text, RESIDENT), text, "r2", "4", [t])
    assert m is None


def test_the_gate_broken_again_joins_the_gate():
    t = _ticket("单元门的门禁坏了 刷卡没反应 门推不开", minutes=20)
    text = "门禁还是坏的 刷了好几次都不开"
    m = match_repeat(classify_rules(text, RESIDENT), text, "r2", "4", [t])
    assert m is not None and m.ticket_no == 9


# ------------------------------------------------------------------ a claim after a flood
def test_the_reporters_claim_for_the_spoiled_floor_is_its_own_question():
    t = _ticket("一楼地漏在往上冒脏水 已经漫到卧室了", minutes=30)
    for text in ("我家地板全泡坏了 这个谁给赔啊", "屋里木地板全泡坏了 谁来赔"):
        m = match_repeat(_model_request(text), text, "r1", "4", [t])
        assert m is None, text


def test_the_reporters_detail_still_follows_up():
    t = _ticket("一楼地漏在往上冒脏水 已经漫到卧室了", minutes=30)
    text = "现在还在冒 快来人"
    m = match_repeat(_model_request(text), text, "r1", "4", [t])
    assert m is not None and m.ticket_no == 9


# ------------------------------------------------------------------ an outage after a trapped lift
def test_asking_when_power_returns_is_not_the_person_trapped_in_the_lift():
    t = _ticket("我儿子在电梯里 停电了卡在半路 按铃没人理", minutes=20)
    text = "我家也停电了 冰箱都化了 什么时候来电"
    m = match_repeat(_model_request(text, "utilities"), text, "r2", "4", [t])
    assert m is None


def test_asking_when_power_returns_joins_the_outage():
    t = _ticket("整栋楼停电了 什么情况", minutes=20)
    text = "我家也停电了 冰箱都化了 什么时候来电"
    m = match_repeat(_model_request(text, "utilities"), text, "r2", "4", [t])
    assert m is not None and m.ticket_no == 9


# ------------------------------------------------------------------ a grumble filed on the model's word
def test_a_full_report_does_not_join_an_agreeing_grumble_the_model_filed():
    t = _ticket("对啊，管理费年年都涨", minutes=2)
    t = replace(t, category="sanitation", color="yellow")
    text = "楼下垃圾桶旁边堆了一大堆装修垃圾 没人清"
    u = classify_rules(text, RESIDENT)
    assert u.request and u.category == "sanitation"
    m = match_repeat(u, text, "r2", "4", [t])
    assert m is None


# ------------------------------------------------------------------ one home's problem, another home's
def test_me_too_from_another_floor_is_another_homes_damp_wall():
    t = _ticket("我家卧室墙上全是水汽 墙皮都起泡了 是不是外墙渗水", minutes=4)
    text = "我家也是，6楼那间墙都在冒水珠"
    m = match_repeat(_model_request(text, "facility"), text, "r2", "4", [t])
    assert m is None


def test_me_too_from_the_floor_the_reports_room_is_on_joins():
    t = _ticket("我家201厨房下水道往上返脏水 满地都是", minutes=4)
    text = "我家也返了！二楼都一样 应该是一根管子"
    m = match_repeat(_model_request(text, "utilities"), text, "r2", "4", [t])
    assert m is not None and m.ticket_no == 9
