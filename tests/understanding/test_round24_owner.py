"""Round 24, the owner's mends of reds the u24q reviewer found lost on main: a person held in a lift told in plain
Mandarin with 了 and a counted person (电梯里关了个人), asked as a question to the office; an old person locked in
from inside and silent, asked beside a practical question. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify
from bot.understanding.kinds_more import offering_asked

RESIDENT = Context(sender_role="resident", chat_building="4")


@pytest.mark.parametrize("text", [
    "请问物业 电梯里关了个人 怎么办",
    "5号楼电梯困了一个人 喊了半天没人来",
    "西边那部电梯卡了两个人 快叫维保",
])
def test_a_counted_person_held_in_a_lift_is_red(text):
    u = classify(text, RESIDENT)
    assert (u.request, u.color, u.category) == (True, "red", "elevator"), u.reasons


@pytest.mark.parametrize("text", [
    "电梯门关了人还没进去 又得等",      # the door shut before someone got in
    "电梯关了 大家走楼梯",
])
def test_a_lift_door_shutting_is_no_person_held(text):
    u = classify(text, RESIDENT)
    assert u.color != "red", u.reasons


@pytest.mark.parametrize("text", [
    "有人知道哪里能找开锁的吗 我家老人反锁在屋里没声音了",
    "隔壁大爷反锁在家里 敲了半天没人应",
    "我妈反锁在房间里 叫她没反应",
])
def test_an_old_person_locked_in_and_silent_is_red(text):
    u = classify(text, RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


def test_keys_locked_in_is_a_practical_question():
    u = classify("我把钥匙反锁在屋里了 有开锁师傅电话吗", RESIDENT)
    assert u.color != "red", u.reasons



@pytest.mark.parametrize("text, activity", [
    ("社区暑假有没有托管班 我们两口子都上班 孩子没人看", False),   # minds children: a public service
    ("请问有没有午托班 孩子中午没地方去", False),
    ("社区有没有书法班 想给孩子报个名", True),
])
def test_a_class_minding_children_for_working_parents_is_no_activity(text, activity):
    assert (offering_asked(text) is not None) is activity
