"""Round 17 categories: a walkway iced over or slippery is a yellow facility matter (the orange ice sheet
stays orange); a dog going at people is safety, not pests; signing up for an activity is a suggestion,
not a public service; a claim (insurance, a subsidy, who pays) asked as a question about a loss that is
over is a blue affairs question even where the loss reads as a fault. Receive a message (or a reading of
it), expect this decision. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.last_word import last_word
from bot.understanding.types import Understanding
from bot.understanding.vocabulary import default_vocabulary

RESIDENT = Context(sender_role="resident")


def _after(text: str, color: str, category: str) -> tuple[str | None, str | None]:
    """(colour, category) once the text has had its last word on a reading of `color` / `category`."""
    u = last_word(Understanding(True, color, category, None, ("(a reading)",)), text, default_vocabulary())
    return u.color, u.category


@pytest.mark.parametrize("text", [
    "幼儿园旁边那段上坡路冻住了，电动车根本推不上去",
    "三号楼后门的台阶昨晚冻上了，能不能撒点炉渣",
    "菜场门口那个坡一步一滑，谁来处理一下",
    "小区东边那条人行道滑得很，麻烦物业铲一铲",
])
def test_an_icy_walkway_is_a_yellow_facility_matter(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert (u.request, u.color, u.category) == (True, "yellow", "facility"), u.reasons


def test_an_ice_sheet_stays_the_orange_hazard() -> None:
    u = classify_rules("二单元门口台阶全是冰，跟溜冰场一样", RESIDENT)
    assert (u.color, u.category) == ("orange", "facility"), u.reasons


def test_slippery_when_it_rains_is_no_ice_now() -> None:
    u = classify_rules("建议在车库那个坡上加条扶手，下雨滑得很", RESIDENT)
    assert u.category == "suggestion", u.reasons


@pytest.mark.parametrize("text, read", [
    ("花园里那条没拴的狗追着小朋友跑，家长都不敢带孩子下楼了，物业管一下", "other"),
    ("桥洞下面那几条野狗见人就扑，昨天还咬了一个放学的学生", "sanitation"),
])
def test_a_dog_going_at_people_is_safety(text: str, read: str) -> None:
    assert _after(text, "yellow", read)[1] == "safety"


@pytest.mark.parametrize("text, read", [
    ("楼下草坪上全是狗屎，也没人清理", "sanitation"),
    ("小区里流浪猫越来越多了，晚上叫个不停", "sanitation"),
])
def test_dog_mess_or_strays_alone_stay_sanitation(text: str, read: str) -> None:
    assert _after(text, "yellow", read)[1] == read


@pytest.mark.parametrize("text", [
    "请问中秋晚会的节目报名截止了没？我家闺女想去唱首歌",
    "下周的太极课还有名额吗，我想给我爸报一个",
])
def test_signing_up_for_an_activity_is_a_suggestion(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert (u.request, u.color, u.category) == (True, "blue", "suggestion"), u.reasons


def test_signing_up_a_child_for_school_papers_stays_affairs() -> None:
    u = classify_rules("孩子小学报名要户口证明，请问在哪开", RESIDENT)
    assert u.category == "affairs", u.reasons


@pytest.mark.parametrize("text, read", [
    ("台风把我家的雨棚掀掉了，这种能走保险吗？", ("yellow", "facility")),
    ("上个月暖气管爆了把地板泡坏了，是找物业赔还是找社区赔？", ("orange", "utilities")),
    ("这次下冰雹砸坏了好几户的太阳能，政府有没有补助", ("yellow", "facility")),
])
def test_a_claim_asked_about_a_loss_that_is_over_is_blue_affairs(text: str, read: tuple[str, str]) -> None:
    assert _after(text, *read) == ("blue", "affairs")


@pytest.mark.parametrize("text, read", [
    ("水管还在往外喷水，保险能赔吗，先来人关阀门啊", ("orange", "utilities")),   # the fault still goes on
    ("楼上漏水泡了我家吊顶，他家不认，能不能找物业赔？", ("yellow", "dispute")),  # a neighbour named
    ("施工队把我家院墙碰裂了，这个要赔的", ("yellow", "facility")),              # a claim made, no question
])
def test_an_ongoing_fault_a_neighbour_or_a_claim_made_is_not_a_claim_question(
        text: str, read: tuple[str, str]) -> None:
    assert _after(text, *read) != ("blue", "affairs")


@pytest.mark.parametrize("text, thing", [
    ("昨晚大风，小花园的长椅被树砸断了一条腿", "facility"),
    ("楼后那条排水沟被落叶堵死了，一下雨就积水", "facility"),
    ("门口的路灯杆被倒下的树枝撞歪了，晚上不亮", "facility"),
])
def test_a_thing_a_tree_struck_or_blocked_is_the_things(text: str, thing: str) -> None:
    assert _after(text, "yellow", "greenery")[1] == thing


@pytest.mark.parametrize("text", [
    "单元门口那棵树被雪压弯了，枝子垂到路上",     # the tree is what was struck
    "给树剪一剪吧，都挡住二楼的窗户了",           # 给 a tree, not by one
])
def test_a_tree_struck_or_tended_stays_greenery(text: str) -> None:
    assert _after(text, "yellow", "greenery")[1] == "greenery"
