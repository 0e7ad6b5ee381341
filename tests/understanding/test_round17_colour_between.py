"""Round 17 colour between orange, yellow and blue: ice underfoot on a slope or steps, and grit or mats
asked for it, is a yellow repair (orange only where the older readings say ice is everywhere or a fall is
told); poison asked against pests names pests; asking when a lapsed service comes is a complaint; an old
person whose food runs out, or who cannot carry water home, needs help today; the ice storm named
"冰冻" is no person or home frozen; a light dark after the power came back, or lights gone dark, is the
light's fault; a seep at the foot of a wall stays where it is. Receive a message, expect this decision.
Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.hybrid import classify
from bot.understanding.mending_asked import service_overdue
from bot.understanding.money_asked import money_asked
from bot.understanding.normalising import normalise
from bot.understanding.vocabulary import default_vocabulary
from bot.understanding.vulnerable import vulnerable_today
from bot.understanding.winter import icy_walk

RESIDENT = Context(sender_role="resident", chat_building="4")


def _rules(text: str):
    return classify_rules(text, RESIDENT)


def _t(text: str) -> str:
    return normalise(text, default_vocabulary())


@pytest.mark.parametrize("text", [
    "菜场后面那个坡冻成镜子了 推车都上不去",
    "3栋门口的台阶化了又冻 早上一步一滑",
    "能不能在食堂门口铺几块防滑垫 那里化了又冻",
    "车库出口那段坡道冻住了 麻烦撒点煤灰",
])
def test_ice_underfoot_is_a_yellow_repair(text: str) -> None:
    u = _rules(text)
    assert (u.request, u.color, u.category) == (True, "yellow", "facility"), u.reasons


def test_ice_everywhere_with_a_fall_stays_orange() -> None:
    u = _rules("5号楼门口全是冰 刚才一个送奶的摔了一跤 能不能撒点煤灰")
    assert u.color in ("orange", "red"), u.reasons


def test_a_suggestion_of_mats_stays_blue() -> None:
    u = _rules("建议明年冬天在各个单元门口铺上防滑垫")
    assert (u.color, u.category) == ("blue", "suggestion"), u.reasons


@pytest.mark.parametrize("text, found", [
    ("有没有人发点融雪盐 小学门口那个坡滑得很", True),
    ("物业有没有融雪盐卖", False),          # supplies asked about, no ice told underfoot
])
def test_ice_underfoot_stated_now(text: str, found: bool) -> None:
    assert bool(icy_walk(_t(text))) is found


@pytest.mark.parametrize("text", ["厨房的米袋子被咬破了 能不能来人放点药", "地下室那边能不能统一灭鼠"])
def test_poison_asked_names_pests(text: str) -> None:
    u = _rules(text)
    assert (u.color, u.category) == ("yellow", "sanitation"), u.reasons


@pytest.mark.parametrize("text, overdue", [
    ("我们这排垃圾啥时候来收啊 五天没收了", True),
    ("绿化带的断枝什么时候来清 好几天了", True),
    ("垃圾一般几点收", False),               # the schedule asked, nothing lapsed
    ("下周三什么时候来打药 我好关窗", False),
])
def test_asking_when_a_lapsed_service_comes(text: str, overdue: bool) -> None:
    assert bool(service_overdue(_t(text))) is overdue


def test_a_lapsed_collection_asked_is_not_blue() -> None:
    u = classify("请问垃圾么子时候来收 我们这栋一个礼拜冇收了", RESIDENT)
    assert (u.request, u.color) == (True, "yellow"), u.reasons


@pytest.mark.parametrize("text", [
    "请问社区 我在外地回不去 我妈一个人住 屋里米快冇得了 能不能帮忙买点送过去",
    "楼里两个老人提不动水 有没有人帮忙送几桶上去",
])
def test_an_old_person_running_out_or_unable_to_carry_is_orange(text: str) -> None:
    up = vulnerable_today(_t(text), default_vocabulary())
    assert up is not None and up.category == "care"


def test_carrying_with_nobody_at_risk_named_raises_nothing() -> None:
    assert vulnerable_today(_t("快递太重了提不动 能不能放门卫"), default_vocabulary()) is None


@pytest.mark.parametrize("text", [
    "冰冻这几天屋里水管爆了 有没有补助",    # the storm named 冰冻: no home frozen
    "冰冻过后老人们想问问啥时候恢复义诊",
])
def test_the_ice_storm_named_is_no_person_or_home_frozen(text: str) -> None:
    u = _rules(text)
    assert not any("'屋里+冻'" in r or "'老人+冻'" in r for r in u.reasons), u.reasons


@pytest.mark.parametrize("text", ["二单元楼道灯来电后还是不亮", "地下车库那排灯全黑了 找不到车"])
def test_a_light_dark_after_the_power_is_back_is_yellow(text: str) -> None:
    u = _rules(text)
    assert (u.color, u.category) == ("yellow", "facility"), u.reasons


def test_the_building_dark_in_an_outage_stays_orange() -> None:
    assert _rules("整栋楼全黑了 是不是停电了").color == "orange"


@pytest.mark.parametrize("text", ["储藏室墙角在渗水 地上湿了一块", "我们1502卧室墙根一直在渗水"])
def test_a_seep_at_a_walls_foot_is_yellow_facility(text: str) -> None:
    u = classify(text, RESIDENT)
    assert (u.color, u.category) == ("yellow", "facility"), u.reasons


def test_a_seep_spreading_into_the_flat_below_stays_orange() -> None:
    assert classify("墙角渗水渗到楼下去了 楼下天花板全湿了", RESIDENT).color == "orange"


@pytest.mark.parametrize("text", [
    "上个月暖气管子爆了 家具全泡坏了 有没有什么补助可以申请",
    "电动车停在楼下被广告牌砸坏了 能不能走物业的保险",
    "阳台被楼上的水泡了 这种找社区还是找物业赔",
])
def test_a_question_about_who_pays_for_a_damage_is_affairs(text: str) -> None:
    u = classify(text, RESIDENT)
    assert (u.request, u.color, u.category) == (True, "blue", "affairs"), u.reasons


@pytest.mark.parametrize("text", [
    "楼上的管子爆了泡了我家吊顶 他家不肯赔 社区能不能出面调解",   # a dispute to mediate
    "树枝把车棚压塌了 保险公司说要定损 车棚什么时候来修啊",          # the repair itself asked for
])
def test_a_claim_against_someone_or_a_repair_asked_is_not_affairs(text: str) -> None:
    assert money_asked(_t(text)) is None
