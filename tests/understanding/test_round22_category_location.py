"""Round 22 category and location in new styles: a charging point or a drinking-water machine at fault is the
fitting's (facility), told dirty it is cleaning; tap water tasting wrong is the supply's; snow or flood mud left
lying is cleaning; a household dog barking is noise (a stray pack stays pests); classes stopped or a lift
retrofit's process asked is affairs; a place the elderly use asked cleaned is cleaning; a lift asked mended for a
person kept in is the lift's; a plant grown onto a window asked cut is greenery; ice spread from a pipe still
spraying is the pipe's; dog mess on a lawn is cleaning. Red readings keep red and move only
their category: stove fumes with people ill, violence, a gas cylinder hissing are safety. 贼 as an intensifier
is no thief; Hakka / Cantonese 追住 is 追着, 窿 a hole. Places: a building said by slip and taken back for a unit
is no building. Receive a message, expect this decision. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify
from bot.understanding.dialect import to_mandarin
from bot.understanding.kinds import kind_of, red_kind
from bot.understanding.location import parse_location
from bot.understanding.matter import prowlers

RESIDENT = Context(sender_role="resident")


@pytest.mark.parametrize("text", [
    "地下车库5号桩 一插枪就跳枪 换了三次线都不行",
    "6栋楼下的充电桩屏幕显示offline好几天了",
])
def test_a_charging_point_at_fault_is_a_fitting(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.request and u.category == "facility"


def test_a_charging_point_smoking_is_no_fitting_to_mend() -> None:
    assert kind_of("充电桩那里冒烟了 一股焦味", "orange", "safety") is None


def test_a_charging_bay_taken_stays_parking() -> None:
    assert kind_of("充电桩车位又被油车占了 扫码也充不上", "yellow", "parking") is None


@pytest.mark.parametrize("text,category", [
    ("一楼大厅的饮水机投了硬币不出水 钱也不退", "facility"),
    ("大厅饮水机出水口发霉了 好久没人清洗", "sanitation"),
])
def test_a_drinking_water_machine(text: str, category: str) -> None:
    assert kind_of(text, "yellow", "utilities").category == category


def test_tap_water_tasting_wrong_is_the_supply() -> None:
    assert kind_of("今早自来水有股怪味 烧开了都不敢喝", "yellow", "sanitation").category == "utilities"


@pytest.mark.parametrize("text", [
    "楼前的积雪三天没人扫 老人出门都得扶墙",
    "大水退了 巷子里全是淤泥 谁来铲一下",
])
def test_snow_or_flood_mud_left_lying_is_cleaning(text: str) -> None:
    assert kind_of(text, "yellow", "other").category == "sanitation"


def test_snow_on_a_roof_is_not_cleaning() -> None:
    assert kind_of("平房屋顶积雪太厚了 得找人清一下", "yellow", "other") is None


def test_mud_choking_a_drain_stays_the_drain() -> None:
    assert kind_of("排水沟被泥沙堵死了 麻烦清一下", "yellow", "facility") is None


def test_a_household_dog_barking_is_noise_a_stray_pack_pests() -> None:
    assert kind_of("隔壁养的狗天天叫到半夜 主人不在家", "yellow", "sanitation").category == "noise"
    assert kind_of("小区里的流浪狗晚上叫个不停", "yellow", "sanitation") is None


def test_a_dog_chasing_told_in_hakka_is_safety() -> None:
    u = classify("河边啲狗追住细路仔咬 有冇人理下", RESIDENT)
    assert u.request and u.category == "safety"


def test_classes_stopped_is_affairs() -> None:
    assert kind_of("明天暴雨学校停不停课啊", "blue", "utilities").category == "affairs"
    assert kind_of("明天停不停水啊", "blue", "utilities") is None


def test_a_lift_retrofit_process_is_affairs_a_wish_stays() -> None:
    assert kind_of("我们楼加装电梯的申请批下来没有", "blue", "suggestion").category == "affairs"
    assert kind_of("建议我们楼也加装电梯", "blue", "suggestion") is None


def test_a_place_the_elderly_use_asked_cleaned() -> None:
    assert kind_of("活动室那个厕所老人家天天用 请安排人打扫", "yellow", "care").category == "sanitation"
    assert kind_of("独居的刘奶奶家里好久没打扫了 她自己弄不动", "yellow", "care") is None


def test_a_lift_asked_mended_for_a_person_kept_in() -> None:
    assert kind_of("电梯还没修好？我爸腿不好下不了楼", "orange", "care").category == "elevator"
    assert kind_of("电梯停了 我爸下不了楼 能不能找两个人帮忙背一下", "orange", "care") is None


def test_a_plant_grown_onto_a_window_is_greenery() -> None:
    assert kind_of("后面那丛竹子长到我家窗口了 刮得玻璃响", "yellow", "facility").category == "greenery"


def test_ice_from_a_pipe_still_spraying_is_the_pipe() -> None:
    assert kind_of("水管还在往外喷 门口结冰了", "orange", "facility").category == "utilities"


def test_mess_on_the_lawn_is_cleaning() -> None:
    assert kind_of("草坪上又有一坨狗屎", "yellow", "greenery").category == "sanitation"


def test_manure_on_a_dug_up_bed_stays_greenery() -> None:
    assert kind_of("花坛被人挖了种葱 还浇粪水", "yellow", "greenery") is None


@pytest.mark.parametrize("text,read_as", [
    ("屋里全是烟 煤炉子倒烟 我和老伴都头晕", "care"),
    ("两个人在车库吵 有一个拿着扳手要动手", "dispute"),
    ("厨房那个气罐嘶嘶响 一股怪味", "utilities"),
])
def test_a_red_reading_moves_only_its_category(text: str, read_as: str) -> None:
    assert red_kind(text, read_as).category == "safety"


def test_a_red_reading_keeps_red() -> None:
    u = classify("厨房那个煤气罐嘶嘶响 一股煤气味", RESIDENT)
    assert u.color == "red" and u.category == "safety"


def test_a_hole_told_in_cantonese() -> None:
    assert "大洞" in to_mandarin("门口条路冲出个大窿 唔好行")


def test_fumes_with_nobody_answering_stay_care() -> None:
    assert red_kind("王奶奶屋里一股煤烟味 敲门没人应", "care") is None


def test_zei_as_an_intensifier_is_no_thief() -> None:
    assert prowlers("今天外面贼冷 门口的雪没人扫") is None
    assert prowlers("楼道里进贼了") is not None


@pytest.mark.parametrize("text,building,unit", [
    ("4号楼道 哦不是 4单元 9楼 走廊灯不亮", None, "4"),
    ("3号楼 不对 是5号楼 楼道灯坏了", "5", None),
])
def test_a_building_said_by_slip_and_taken_back(text: str, building: str | None, unit: str | None) -> None:
    loc = parse_location(text)
    assert (loc.building, loc.unit) == (building, unit)


def test_snow_in_a_fire_lane_stays_safety() -> None:
    assert kind_of("消防通道上停了辆车 铲雪车进不来 雪堆老高", "orange", "safety") is None


def test_a_home_care_service_with_cleaning_stays_care() -> None:
    assert kind_of("老人想申请居家养老 每周有人来帮忙打扫 怎么办", "blue", "care") is None


def test_how_to_use_a_charger_stays_a_question() -> None:
    assert kind_of("门口那个充电桩扫码扫不上 是坏了还是我不会用", "blue", "other") is None


def test_a_frail_person_who_cannot_get_out_is_care_not_parking() -> None:
    assert kind_of("巷子淹了 我奶奶坐轮椅出不去", "orange", "parking").category == "care"
    assert kind_of("门口被车堵了 我奶奶出不去", "orange", "parking") is None


def test_gas_cylinders_asked_checked_are_safety() -> None:
    assert kind_of("楼下饭店的煤气罐好多年了 能不能来检查一下", "yellow", "other").category == "safety"


def test_a_broken_charging_point_beside_indoor_charging_stays_safety() -> None:
    assert kind_of("充电桩坏了一半 大家都往楼道里拉线充", "orange", "safety") is None


def test_cleaning_inside_a_home_stays_care() -> None:
    assert kind_of("能不能派人上门帮老人打扫一下卫生", "blue", "care") is None


def test_asking_whether_a_retrofit_may_be_applied_for_is_a_wish() -> None:
    assert kind_of("我们楼能不能申请加装电梯 老人爬楼太累", "blue", "suggestion") is None


def test_a_dog_that_would_bark_if_left_is_no_noise_report() -> None:
    assert kind_of("撤离的时候狗能带上吗 它一个在家会一直叫", "blue", "other") is None
