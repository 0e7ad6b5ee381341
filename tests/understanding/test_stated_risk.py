"""The doubt rule (GUIDELINES): a request read as yellow is orange when the text itself states a risk
to people: a child or an old person with the harm the fault could do them, a warning of what will
happen, a fire waiting to happen (gas cylinders left out, a battery charged indoors). A risk negated,
past or told as an easy general caution, and a suggestion asking for charging points, keep their
colour. Receive a message, expect this colour and category. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.config import UnderstandingConfig
from bot.understanding.hybrid import classify
from bot.understanding.normalising import normalise
from bot.understanding.stated_risk import stated_risk
from bot.understanding.vocabulary import build_vocabulary, default_vocabulary

RESIDENT = Context(sender_role="resident", chat_building="4")


def _risk(text: str):
    vocab = default_vocabulary()
    return stated_risk(normalise(text, vocab), vocab)


@pytest.mark.parametrize("text, category", [
    # a child named with the harm (Cantonese: 细路仔, 好危险)
    ("健身区那个单杠松了 一晃一晃的 细路仔成日吊上去玩 好危险", None),
    # a warning of what will happen, told as the reason to act
    ("楼下秋千的绳子快磨断了 小朋友天天在上面荡 看着都怕", None),
    ("三楼楼梯口堆了一堆旧木板和纸箱 丢个烟头就着了 麻烦清走", None),
    ("走廊那个插座一用就发烫 摸着烫手 物业来看看", None),
    # a near miss to a grandchild, now
    ("小区里的垃圾车倒车不看人 差点撞着我家孙女 能不能管管", None),
    # gas cylinders left in the sun on a pavement: a fire waiting to happen → safety
    ("隔壁饭馆把液化气罐摆在人行道上晒太阳 好几个 谁管一下", "safety"),
])
def test_a_risk_stated_to_people_is_orange(text: str, category: str | None) -> None:
    u = classify(text, RESIDENT)
    assert u.request and u.color == "orange", u.reasons
    if category:
        assert u.category == category


@pytest.mark.parametrize("text", [
    # electricity and water: branches rubbing on the power lines, rain water pouring into a home
    "3栋旁边那棵槐树的枝子伸到电线那儿了 风一吹就来回蹭",
    "后墙的排水沟堵死了 下大雨水就往一楼家里灌",
    # a fire has already started damage
    "楼上总往下丢烟头 我家阳台的拖把都给烧了个洞",
])
def test_electricity_water_and_fire_damage_state_a_risk(text: str) -> None:
    assert _risk(text) is not None


@pytest.mark.parametrize("text", [
    "秋千的链子生锈了 不危险 就是难看 刷个漆吧",                # negated
    "门口台阶缺了一块 老人走路容易绊倒 修一下吧",                # an easy general caution
    "上次电三轮差点撞到小孩 后来装了减速带 挺好",                 # past
    "能不能在楼下装几个充电桩 大家就不用把电动车推回家充了",     # charging points asked for
    "楼道灯坏了两盏 麻烦物业换一下",                              # no risk stated
])
def test_no_risk_stated_now_raises_nothing(text: str) -> None:
    assert _risk(text) is None


def test_a_charging_point_suggestion_stays_blue() -> None:
    u = classify("能不能在楼下装几个充电桩 大家就不用把电动车推回家充了", RESIDENT)
    assert u.color == "blue"


def test_a_plain_repair_stays_yellow() -> None:
    assert classify("楼道灯坏了两盏 麻烦物业换一下", RESIDENT).color == "yellow"


def test_stones_falling_from_a_slope_over_a_path_people_take_are_red_by_the_rules() -> None:
    u = classify_rules("后山又滚了几块石头下来 早上还有学生从下面过", RESIDENT)
    assert u.request and u.color == "red" and u.category == "safety", u.reasons


def test_a_slope_that_fell_last_year_is_not_red() -> None:
    assert classify_rules("去年后山塌过一回 还好没人从下面过", RESIDENT).color != "red"


def test_the_lists_extend_from_config() -> None:
    vocab = build_vocabulary(UnderstandingConfig(risk_warning=["要闯祸"], risk_fire_store=["柴油桶+楼道"]))
    assert stated_risk(normalise("楼道口那块盖板翘着 迟早要闯祸", vocab), vocab) is not None
    fire = stated_risk(normalise("一楼那家把柴油桶放楼道里了", vocab), vocab)
    assert fire is not None and fire.category == "safety"
    assert _risk("一楼那家把柴油桶放楼道里了") is None


@pytest.mark.parametrize("text", ["单元门关得太快 小孩不小心就夹到手", "楼下井盖没了 小孩掉下去咋办"])
def test_words_that_only_look_like_a_negation_keep_the_risk(text):
    from bot.understanding import default_vocabulary
    vocab = default_vocabulary()
    assert stated_risk(normalise(text, vocab), vocab) is not None
