"""Round 19 mends to colour and category: a stranger claiming to be from the office inside a home now is a
safety matter (orange; red when pressing an old person for money); a radiator warm in part lowers no
cold home, no person at risk and no leak; a roof door lowers only its own fault and the people who go up
there keep it orange; urine is mess only in a shared place or of an animal; an old person alone asking
for an errand is no need today; a 踏板 is a stair tread only with the stairs; a back door only of a
building; "still hot" only after a burn or the breaker pulled; a fee complained of is a complaint; sewage told as
a likeness is an insult. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import classify
from bot.understanding.still_works import door_still_locks
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.normalising import normalise
from bot.understanding.types import Context
from bot.understanding.vocabulary import default_vocabulary
from bot.understanding.vulnerable import vulnerable_today
from bot.understanding.winter import radiator_in_part

RESIDENT = Context(sender_role="resident", chat_building="5")


def _rules(text: str):
    return classify_rules(text, RESIDENT)


def _t(text: str) -> str:
    return normalise(text, default_vocabulary())


@pytest.mark.parametrize("text", [
    "有个人说是物业派来查燃气的，现在在我家，家里只有我外婆在",
    "一个自称居委的女的还在屋里，缠着我爷爷要他办什么卡",
    "自称物业的两个人进了我们楼独居老太太家里",
])
def test_a_claimed_official_inside_a_home_now_is_orange_safety(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.color in ("orange", "red") and u.category == "safety", u.reasons
    assert vulnerable_today(_t(text), default_vocabulary()), "kept orange whatever the model reads"
    # at the door, no old person and no money: nothing raised
    assert vulnerable_today(_t("自称物业的人刚才来敲门，说下午要停水"), default_vocabulary()) is None


def test_a_claimed_official_pressing_an_old_person_for_money_inside_is_red() -> None:
    u = _rules("自称社区的人在我爸家里，让老人马上转账交钱")
    assert (u.color, u.category) == ("red", "safety"), u.reasons


@pytest.mark.parametrize("text", [
    "暖气片上面热下面凉，家里才十一度",
    "暖气上边热下边凉，卧室里冰窖似的",
    "暖气只有一半热，我家老太太冻得直哆嗦",
    "暖气片上头热底下凉，孩子这两天咳嗽",
    "暖气上边热下边凉，接头那里在滴水",
    "暖气停了好几天，只有进水管上面热一点",
])
def test_a_radiator_warm_in_part_does_not_lower_a_cold_home_a_person_or_a_leak(text: str) -> None:
    assert radiator_in_part(_t(text), default_vocabulary()) is None
    assert radiator_in_part(_t("暖气片上边热下边凉，是不是该放放气"), default_vocabulary()), "alone: still yellow"


@pytest.mark.parametrize("text", [
    "上天台的门边上那根水管爆了，水一直往下流",     # the roof door only says where
    "天台门关不上，几个初中生天天在上面打闹",
    "天台门锁坏了，二楼阿姨天天在那晒被子",
    "天台门关不住，有个流浪的人晚上睡在上面",
])
def test_the_roof_door_lowers_only_its_own_fault_with_nobody_going_up(text: str) -> None:
    assert door_still_locks(_t(text), default_vocabulary()) is None
    assert door_still_locks(_t("天台门关不上了，麻烦物业换个锁"), default_vocabulary()), "its own fault: still lowered"


@pytest.mark.parametrize("text", [
    "我家小孙子又尿了一床，哪里能买到尿垫",
    "我爸尿尿的时候很疼，附近有没有泌尿科",
])
def test_urine_of_a_person_at_home_is_no_animal_mess(text: str) -> None:
    assert _rules(text).category != "sanitation"
    for shared in ("不知道谁家的狗在电梯里撒尿", "楼道拐角有人撒尿，臭死了"):   # a shared place or an animal: still mess
        u = _rules(shared)
        assert (u.color, u.category) == ("yellow", "sanitation"), u.reasons


@pytest.mark.parametrize("text", [
    "我一个老头子，血压高得很，能不能帮我办一下医保卡",
    "我这老头子就我一个人，血压一直高，帮我问问慢病怎么报销",
])
def test_an_old_person_alone_asking_for_an_errand_is_no_need_today(text: str) -> None:
    assert vulnerable_today(_t(text), default_vocabulary()) is None


@pytest.mark.parametrize("text", [
    "家里的踏步机踏板松了，能修吗",
    "孩子的滑板车脚踏板晃来晃去",
    "小区健身房的踏板车踏板翘起来了",
])
def test_a_tread_not_of_stairs_is_no_stair_hazard(text: str) -> None:
    assert _rules(text).color != "orange", _rules(text).reasons
    u = _rules("三楼楼梯有一块踏板松了，一踩就翘")
    assert (u.color, u.category) == ("orange", "facility"), u.reasons


@pytest.mark.parametrize("text", ["我家车的后门关不严，谁会修", "超市后门锁不上，店员在找人修"])
def test_a_back_door_of_a_car_or_shop_is_no_entrance(text: str) -> None:
    assert _rules(text).color != "orange", _rules(text).reasons
    u = _rules("我们单元后门关不上好几天了")
    assert (u.color, u.category) == ("orange", "facility"), u.reasons


@pytest.mark.parametrize("text", ["电脑的电源线用久了还是热的，正常吗", "充电宝的数据线还烫，要不要紧"])
def test_a_cable_still_warm_without_a_burn_is_no_wiring_hazard(text: str) -> None:
    u = _rules(text)
    assert not (u.color in ("orange", "red") and u.category == "safety"), u.reasons
    u = _rules("厨房插座烧焦了一块，电线还是烫的")
    assert u.color in ("orange", "red") and u.category == "safety", u.reasons


@pytest.mark.parametrize("text", ["物业费在哪交？凭什么比隔壁小区贵这么多", "物业费怎么交，服务这么差还要交"])
def test_a_fee_complained_of_is_a_yellow_complaint(text: str) -> None:
    u = _rules(text)
    assert u.color == "yellow", u.reasons


def test_sewage_as_a_likeness_is_an_insult_not_a_drain() -> None:
    assert _rules("这家外卖的汤像屎水一样难喝").category != "utilities"
