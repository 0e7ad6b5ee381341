"""A named vulnerable person who needs help today is orange (GUIDELINES: "a vulnerable person needs
help today"), whoever read it lower; generic mentions of old people or children in an ordinary
complaint, and questions about a service, keep their colour. Receive a message, expect this colour
and category. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context
from bot.understanding.config import UnderstandingConfig
from bot.understanding.hybrid import classify
from bot.understanding.normalising import normalise
from bot.understanding.vocabulary import build_vocabulary, default_vocabulary
from bot.understanding.vulnerable import care_service, vulnerable_today


def _normalised(text: str) -> str:
    return normalise(text, default_vocabulary())

RESIDENT = Context(sender_role="resident", chat_building="4")


@pytest.mark.parametrize("text, category", [
    # heat or cold at home, the air conditioner or heating broken, for a particular old person
    ("隔壁的张奶奶一个人住，她家空调坏了三天了，这几天三十七八度，能不能找人去看看", "care"),
    ("我老妈风湿犯了，一冷就疼，能不能先给她送个电暖器过来，4栋2单元301", "care"),
    # a fall stated as the risk to a particular person
    ("五单元楼梯扶手松了好久，我家老太太昨天下楼差点摔下去，麻烦派人修一下", None),
    # a hospital visit today that the problem blocks
    ("单元门口的坡道被三轮车堵死了，我妈坐轮椅今天下午要去医院复查，推不出去", None),
    # a life-support machine at home facing a power cut
    ("听说下礼拜要停电一天，我爸在家要用呼吸机，这可怎么办", "care"),
])
def test_a_vulnerable_person_with_a_need_today_is_orange(text, category):
    assert vulnerable_today(_normalised(text), default_vocabulary()), "the rule itself names the need"
    u = classify(text, RESIDENT)
    assert u.request and u.color == "orange", u.reasons
    if category:
        assert u.category == category, u.reasons


@pytest.mark.parametrize("text, colour", [
    # old people named in an ordinary complaint: the risk to a person is not the matter
    ("楼上装修电钻一直响，家里老人午觉都睡不好，能不能说一下", "yellow"),
    ("门口台阶缺了一角，老人们说看着别扭，物业修一下", "yellow"),
    # a question about a service names no need today
    ("请问社区有没有给独居老人上门理发的服务，我妈腿脚不便出不了门", "blue"),
    # a hospital visit planned for another day
    ("下周三电梯维保停一天，我爸那天上午要去透析，能不能换个日子", None),
])
def test_no_need_today_keeps_its_colour(text, colour):
    assert vulnerable_today(_normalised(text), default_vocabulary()) is None
    u = classify(text, RESIDENT)
    assert u.request and u.color != "orange" and u.color != "red", u.reasons
    if colour:
        assert u.color == colour, u.reasons


def test_a_community_names_its_own_vulnerable_people():
    vocab = build_vocabulary(UnderstandingConfig(vulnerable=["老姑妈"], home_comfort_out=["地暖+不热"]))
    u = classify("我老姑妈住3栋，家里地暖不热好几天了，社区能不能找人看看", RESIDENT, vocab=vocab)
    assert u.request and (u.color, u.category) == ("orange", "care"), u.reasons


@pytest.mark.parametrize("text, category", [
    # a service delivered to an old person is care ...
    ("我外公八十多了一个人住，社区的助餐能不能每天送到家里，怎么报名", "care"),
    ("想给我奶奶约一次上门理发，下周哪天都行，4栋702", "care"),
    # ... a benefit, an insurance or a card is affairs
    ("我爸刚满八十，高龄津贴怎么申请，要带什么材料", "affairs"),
])
def test_a_service_for_an_old_person_is_care(text, category):
    assert (care_service(_normalised(text), default_vocabulary()) is not None) == (category == "care")
    u = classify(text, RESIDENT)
    assert u.request and u.color == "blue" and u.category == category, u.reasons
