"""Round 25 category: what must be dealt with, where the cue named only the circumstance or how it was noticed.

- A particular vulnerable person in an outage with a need of their own (a meal, water carried up, nobody reaching
  them): care; the supply asked after (when it comes back, an electrician) stays utilities.
- A sound made by a thing in the wind or by pests: the thing's category (facility, greenery, sanitation); a
  neighbour's or a shop's sound stays noise.
- Something stuck at a floor with someone inside, no lift named: elevator; a car stuck at a garage is not.
- A neighbour's mess onto one's home after talks failed ("说了多少回"): a dispute, whichever cue read it.
- Training for work (技能培训, a change of trade): affairs, like a job asked for; a phone class stays a wish.
- Rain driven through a door gap in a storm: the building (facility), not a pipe.
- Shaanxi 额 = 我 before one's home or family (额屋, 额妈), not in 金额 / 名额.
Receive a message, expect this reading. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify
from bot.understanding.dialect import to_mandarin
from bot.understanding.matter import last_matter
from bot.understanding.person_need import person_in_outage
from bot.understanding.normalising import normalise
from bot.understanding.sound_source import sound_source
from bot.understanding.unnamed_lift import unnamed_lift
from bot.understanding.vocabulary import default_vocabulary

RESIDENT = Context(sender_role="resident", chat_building="3")
VOCAB = default_vocabulary()


def _read(text: str):
    return classify(text, RESIDENT)


def _t(text: str) -> str:
    return normalise(text, VOCAB)


@pytest.mark.parametrize("text", [
    "我家八十多的老爸一个人在屋 停电一天了 中午饭都没法做 谁能给他送口饭",
    "四楼独居的奶奶从早上停水到现在 谁能帮她送桶水上去",
    "阿婆一个人住三楼 昨晚停电 今早打她电话一直打不通",
    "老娘腿脚不好 停水两天了 能不能帮忙去卫生院拿药",
])
def test_a_vulnerable_persons_need_in_an_outage_is_care(text: str) -> None:
    assert person_in_outage(_t(text), "utilities", VOCAB).category == "care"
    u = _read(text)
    assert u.request and u.category == "care", u.reasons


@pytest.mark.parametrize("text", [
    "家里有个八十多的老人 停电了 五点前能来电吗",
    "独居的阿姨家停电了 她不会弄电闸 能不能找个电工上去看看",
    "停水了 家里老人要做饭 到底什么时候来水",
    "二单元停电了 整栋楼都黑了",
])
def test_the_supply_asked_after_stays_utilities(text: str) -> None:
    assert person_in_outage(_t(text), "utilities", VOCAB) is None


@pytest.mark.parametrize("text, category", [
    ("天台那扇铁门被风吹开了 一整晚哐哐地撞 谁去关一下", "facility"),
    ("刮大风 楼道窗户一直砰砰响 关不上 吵得睡不着", "facility"),
    ("大风一刮 树枝就啪啪地敲我家窗户 吵得睡不着", "greenery"),
    ("晚上天花板上一直有东西跑 吱吱叫 吵得睡不着", "sanitation"),
    ("吊顶里有老鼠 半夜咚咚响 吵得孩子睡不着", "sanitation"),
])
def test_a_sound_made_by_a_thing_or_pests_is_the_things(text: str, category: str) -> None:
    assert sound_source(_t(text), "noise").category == category


@pytest.mark.parametrize("text", [
    "楼上那家天天半夜摔门 砰砰响 吵得睡不着",
    "楼下饭店的排风机从早响到晚 吵死了",
    "对门的狗一直叫 半夜吵得睡不着",
    "刮风的时候楼上装修还在砰砰砸",
])
def test_a_sound_people_make_stays_noise(text: str) -> None:
    assert sound_source(_t(text), "noise") is None
    assert sound_source(_t(text), "facility") is None


@pytest.mark.parametrize("text", [
    "救命 我妈卡在7楼了 门打不开 在里面拍门",
    "又停在十二楼不动了 里面有人在喊",
    "有人被困在5楼 按警铃没人理",
])
def test_stuck_at_a_floor_with_someone_inside_is_the_lift(text: str) -> None:
    assert unnamed_lift(_t(text), "facility").category == "elevator"
    u = _read(text)
    assert u.request and u.category == "elevator", u.reasons


@pytest.mark.parametrize("text", [
    "我的车卡在车库2层出口了 上不去",
    "轮椅卡在三楼楼梯口了 下不来",
    "快递停在3楼门口 没人拿",
])
def test_a_vehicle_or_a_thing_at_a_floor_is_no_lift(text: str) -> None:
    assert unnamed_lift(_t(text), "facility") is None


@pytest.mark.parametrize("text, category", [
    ("谁家的花盆水天天滴到我家窗台上 说了多少回了 一点不改", "sanitation"),
    ("楼上那家把晾衣杆伸到我家窗户上 讲过多少遍 还是那样", "facility"),
    ("隔壁把鞋柜堆在我家门口 说了多少次都不听", "safety"),
])
def test_a_neighbours_mess_after_talks_is_a_dispute(text: str, category: str) -> None:
    found = last_matter(_t(text), "yellow", category)
    assert found is not None and found.category == "dispute"


@pytest.mark.parametrize("text", [
    "楼道里老有人抽烟 烟头扔一地 能不能管管",   # no neighbour, no talks: as read
    "说了多少回了 楼道灯还是不亮",              # the office told, no neighbour's mess
])
def test_no_neighbour_or_no_failed_talk_keeps_the_reading(text: str) -> None:
    found = last_matter(_t(text), "yellow", "safety")
    assert found is None or found.category != "dispute"


@pytest.mark.parametrize("text", [
    "请问社区今年还有职业技能培训吗 我想学个电焊",
    "我们渔民上岸以后转产的培训在哪报名",
    "有没有免费的技能培训 想学门手艺出去打工",
])
def test_training_for_work_is_affairs(text: str) -> None:
    found = last_matter(_t(text), "blue", "suggestion")
    assert found is not None and found.category == "affairs"
    assert _read(text).category == "affairs"


@pytest.mark.parametrize("text", [
    "社区能不能办个老年人智能手机培训班",
    "想给孩子报个书法培训班 社区有没有",
])
def test_a_class_for_an_activity_stays_a_wish(text: str) -> None:
    found = last_matter(_t(text), "blue", "suggestion")
    assert found is None


@pytest.mark.parametrize("text", [
    "台风天阳台门缝一直在进水 客厅都淹了 2单元601",
    "暴雨 窗户缝往屋里渗水 墙都湿透了",
])
def test_rain_through_a_door_or_window_gap_is_the_building(text: str) -> None:
    u = _read(text)
    assert u.request and u.category == "facility", u.reasons


def test_a_pipe_leak_by_a_door_stays_the_supply() -> None:
    u = _read("卫生间水管爆了 水从门口流到客厅")
    assert u.request and u.category == "utilities", u.reasons


@pytest.mark.parametrize("text, folded", [
    ("额屋没水咧", "我屋"), ("额妈腿不好", "我妈"), ("额们家停电咧", "我们家"),
])
def test_shaanxi_e_is_me_before_home_or_family(text: str, folded: str) -> None:
    assert folded in to_mandarin(text)


@pytest.mark.parametrize("text", ["物业费的金额不对", "培训还有名额吗", "额外收了五十块"])
def test_e_in_other_words_stays(text: str) -> None:
    assert to_mandarin(text) == text or "我" not in to_mandarin(text)


@pytest.mark.parametrize("text", [
    "房东 我三月底就退租了 押金到现在还不退 电话也不接",
    "租的房子合同还有半年 房东突然要涨房租 社区能管吗 说好一年不变的",
    "二房东一度电收我们两块 比外面贵一倍还多 能不能让他按国家价收",
])
def test_money_between_tenant_and_landlord_is_a_dispute(text: str) -> None:
    from bot.understanding.tenancy import landlord_money
    found = landlord_money(_t(text), "yellow", "facility")
    assert found is not None and found.category == "dispute"


@pytest.mark.parametrize("text, color", [
    ("房东说这个月水费三百多 是不是电表坏了 一度电收两块 太贵了", "yellow"),   # a meter's fault named
    ("请问房东涨房租 合同没到期 可以这样吗", "blue"),                        # a question: affairs, as read
    ("押金收据丢了 还能补办吗", "yellow"),                                  # no deposit kept
])
def test_a_meter_fault_a_question_or_no_money_kept_stays(text: str, color: str) -> None:
    from bot.understanding.tenancy import landlord_money
    assert landlord_money(_t(text), color, "utilities") is None


@pytest.mark.parametrize("text", [
    "我们在工地干了半年 包工头欠我们工资不给 能不能帮忙找劳动监察",
    "老板拖欠工钱两个月了 人也找不到 社区能帮忙问问吗",
])
def test_wages_owed_is_affairs(text: str) -> None:
    from bot.understanding.wages import wages_owed
    found = wages_owed(_t(text), "yellow", "other")
    assert found is not None and found.category == "affairs"


def test_a_landlord_owing_the_power_bill_is_no_wages() -> None:
    from bot.understanding.wages import wages_owed
    assert wages_owed(_t("房东拖欠电费 整排出租屋被断电了"), "orange", "other") is None


@pytest.mark.parametrize("text", [
    "三单元楼梯口有点淡淡的煤气味 跟前几天一样 是不是哪家管子漏了",
    "厨房燃气表那里好像在漏气 嘶嘶的",
    "楼道又有然气味了 不太重",
])
def test_a_gas_smell_is_safety_however_faint(text: str) -> None:
    from bot.understanding.gas_smell import gas_smelt
    assert gas_smelt(_t(text), "utilities").category == "safety"
    u = _read(text)
    assert u.request and u.category == "safety", u.reasons


@pytest.mark.parametrize("text", [
    "楼道里一股臭味 不是煤气味 像下水道返上来的",
    "燃气费在哪里交 网上能交吗",
    "天然气管道改造什么时候开始",
])
def test_no_gas_smell_told_keeps_the_reading(text: str) -> None:
    from bot.understanding.gas_smell import gas_smelt
    assert gas_smelt(_t(text), "utilities") is None
