"""Round 22 review mends of u22c's kinds rules. Receive a message, expect this decision. Sentences are our own.

- No water at home or a pipe burst beside a drinking-water machine is the supply's (utilities), not the machine's.
- A smell from sick, refuse or sewage near a tap is a bad smell to clear (sanitation), not tap water tasting wrong.
- A power cut that leaves a charging point dead is the supply's (utilities).
- A plant named only as a landmark (树旁边的井盖) does not make a broken thing greenery.
- Cantonese 吠住 is a dog barking on and on (noise), not a dog going at people.
- A bare 不对 run on from a thing (5号楼电梯不对) says the thing is wrong: the building stays.
- 有个贼大… is a thief, not the intensifier 贼大.
- A lift asked mended beside a person's need (medicine, hospital) stays the person's (care); a bedridden or
  disabled person's home asked cleaned stays care.
"""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify
from bot.understanding.kinds import kind_of
from bot.understanding.location import parse_location
from bot.understanding.matter import prowlers

RESIDENT = Context(sender_role="resident")


@pytest.mark.parametrize("text", [
    "家里停水了，饮水机都没水了，什么时候来水",
    "停水一天了，只能去售水机打水，啥时候恢复",
    "饮水机那边的水管爆了，水漫了一地",
])
def test_water_cut_beside_a_drinking_machine_stays_the_supply(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.request and u.color == "orange" and u.category == "utilities"


def test_a_broken_water_machine_is_still_a_fitting() -> None:
    assert kind_of("售水机坏了，什么时候恢复", "yellow", "utilities").category == "facility"


@pytest.mark.parametrize("text", [
    "有人喝多了在楼道吐了，一股酸臭味，麻烦清理一下，水都流到楼梯了",
    "公共水龙头旁边一股臭味，垃圾堆着没人清",
    "垃圾房的污水流了一地，味道大，路过的人都捂鼻子，喝水都恶心",
])
def test_a_smell_near_water_is_no_tap_water_taste(text: str) -> None:
    assert kind_of(text, "yellow", "sanitation") is None


def test_tap_water_tasting_wrong_is_still_the_supply() -> None:
    assert kind_of("自来水一股味，喝了拉肚子，全家都不舒服", "yellow", "sanitation").category == "utilities"


@pytest.mark.parametrize("text", [
    "停电了，充电桩也充不上，什么时候来电",
    "充电桩断了电，车充不上，是不是停电了",
])
def test_a_power_cut_is_no_charger_fault(text: str) -> None:
    assert kind_of(text, "orange", "utilities") is None


@pytest.mark.parametrize("text", [
    "树旁边的健身器材坏了，铁杆子被锯断了",
    "大树旁边的井盖被人砍坏了",
])
def test_a_tree_as_a_landmark_is_no_plant_matter(text: str) -> None:
    assert kind_of(text, "yellow", "facility") is None


def test_a_plant_onto_a_window_is_still_greenery() -> None:
    assert kind_of("竹子长到我家窗户里了，麻烦砍一下", "yellow", "facility").category == "greenery"


def test_cantonese_dog_barking_on_is_noise() -> None:
    u = classify("隔篱只狗成晚吠住，好嘈，瞓唔着", RESIDENT)
    assert u.request and u.category == "noise"


@pytest.mark.parametrize("text,building,floor", [
    ("5号楼电梯不对，3楼按了不停", "5", "3"),
    ("2号楼门禁不对，5楼的人都进不去", "2", "5"),
])
def test_a_thing_said_wrong_keeps_its_building(text: str, building: str, floor: str) -> None:
    loc = parse_location(text)
    assert loc and loc.building == building and loc.floor == floor


def test_a_slip_taken_back_after_a_comma_still_drops_the_building() -> None:
    loc = parse_location("2号楼道，不对，2单元 15楼 灯坏了")
    assert loc and loc.building is None and loc.unit == "2" and loc.floor == "15"


@pytest.mark.parametrize("text", ["有个贼大白天在楼里转悠", "昨晚进贼了，贼快跑掉了"])
def test_a_thief_named_before_an_intensifier_is_a_thief(text: str) -> None:
    assert prowlers(text).category == "safety"


def test_zei_as_intensifier_alone_is_still_no_thief() -> None:
    assert prowlers("今天贼冷，暖气不热") is None


@pytest.mark.parametrize("text", [
    "电梯还没修好，我爸心脏病药吃完了，下不去楼",
    "电梯什么时候修，楼上老人要去医院复查，下不去",
])
def test_a_persons_need_beside_a_stopped_lift_stays_care(text: str) -> None:
    assert kind_of(text, "orange", "care") is None


@pytest.mark.parametrize("text", [
    "王奶奶瘫痪在床，屋子需要清洁一下",
    "残疾人张阿姨行动不便，需要有人帮着打扫卫生",
])
def test_a_frail_persons_cleaning_stays_care(text: str) -> None:
    assert kind_of(text, "yellow", "care") is None
