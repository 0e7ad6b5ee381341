"""Round 16 whose matter a problem is (matter.py): a subsidy, compensation or renovation-programme
question is affairs; a trench dug open by works with no cover or guard, works tools left in the way and
feared thieves are safety; a neighbour's mess onto one's home after talks failed (or a mediation asked)
is a dispute; damages claimed as a complaint are a claim (other); an open septic-tank lid told only by
its smell is sanitation; fire told with a falling part is safety. Receive a message (or a reading of
it), expect this category. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, normalise
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.last_word import last_word
from bot.understanding.types import Understanding
from bot.understanding.vocabulary import default_vocabulary

RESIDENT = Context(sender_role="resident")


def _after(text: str, color: str, category: str) -> str | None:
    """The category once the text has had its last word on a reading of `color` / `category`."""
    u = Understanding(True, color, category, None, ("(a reading)",))
    return last_word(u, text, default_vocabulary()).category


@pytest.mark.parametrize("text, read", [
    ("暴雨把我家阳台的推拉门吹坏了，请问这种情况有没有补贴可以申请", "facility"),
    ("停电一整夜，冰箱里的菜全坏了，这个损失能找谁赔啊", "utilities"),
    ("想问下我们这片老旧小区改造什么时候开工，外墙也一起弄吗", "utilities"),
    ("请问8号楼列进今年的旧改名单了没", "facility"),
])
def test_a_claim_or_a_programme_asked_about_is_affairs(text: str, read: str) -> None:
    assert _after(text, "blue", read) == "affairs"


@pytest.mark.parametrize("text, read, kept", [
    ("请问下周的线路改造会停电多久", "blue", "utilities"),      # one supply line's works
    ("燃气改造以后旧的燃气表谁来收", "blue", "utilities"),
    ("窗户玻璃裂了一条缝，麻烦来看看", "yellow", "facility"),   # no claim asked
    ("能不能趁小区改造多装几个充电桩，听说有补贴", "blue", "suggestion"),
])
def test_a_supply_line_or_no_claim_keeps_its_category(text: str, read: str, kept: str) -> None:
    assert _after(text, read, kept) == kept


@pytest.mark.parametrize("text", [
    "单元门口那条新挖的沟一直没盖板，晚上黑乎乎的，老人不小心就掉下去了",
    "路边的沟挖开好几天了，能不能装个护栏",
    "沟边上的围挡被风吹倒了，挡在路中间",
])
def test_an_unguarded_works_trench_is_safety(text: str) -> None:
    assert _after(text, "yellow", "facility") == "safety"


@pytest.mark.parametrize("text", [
    "排水沟的盖板烂了一块，走路要当心掉下去",   # a drain cover to replace
    "楼下的排水沟又堵了，一下雨就积水",
    "楼上邻居沟通了也不听，麻烦社区管管",
])
def test_a_drain_or_a_talk_is_no_trench(text: str) -> None:
    assert _after(text, "yellow", "facility") == "facility"


def test_tools_left_in_the_way_and_feared_thieves_are_safety() -> None:
    assert _after("装修师傅把切割机扔在楼道里过夜，上下楼都得跨过去", "yellow", "other") == "safety"
    assert _after("楼后面的围墙塌了个口子，怕晚上有小偷钻进来，能不能补一下", "yellow", "other") == "safety"


@pytest.mark.parametrize("text", [
    "楼上那家养的鸡天天把鸡毛鸡屎弄到我家阳台上，跟他们说了好几次都不听",
    "对门把剩菜汤倒在我晾的被子上，说了他也不改，臭得要命",
    "隔壁在走廊养了一群猫，猫砂味熏得受不了，能不能请楼长调解一下",
])
def test_a_neighbours_mess_after_failed_talks_is_a_dispute(text: str) -> None:
    assert _after(text, "yellow", "sanitation") == "dispute"


@pytest.mark.parametrize("text", [
    "后院那户的狗天天在院子里拉屎，说过好几回了也没人扫",   # a shared place to clean
    "楼下烧烤店的油烟全往我家窗户里钻，跟老板说了不听",       # a shop, not a neighbour
    "楼上天天往楼道扔垃圾袋，臭死了",                         # no talk told
])
def test_a_shared_mess_a_shop_or_no_talk_stays_sanitation(text: str) -> None:
    assert _after(text, "yellow", "sanitation") == "sanitation"


def test_an_open_septic_lid_that_only_smells_is_sanitation() -> None:
    u = classify_rules("后面那个化粪池的盖子掀开了没人盖，臭得窗户都不敢开", RESIDENT)
    assert (u.request, u.color, u.category) == (True, "yellow", "sanitation"), u.reasons


def test_an_open_septic_lid_with_a_fall_risk_stays_the_cover() -> None:
    u = classify_rules("化粪池盖子没了，一个大窟窿，晚上黑看不清，还有股臭味", RESIDENT)
    assert (u.request, u.category) == (True, "facility"), u.reasons


def test_fire_told_with_a_falling_part_is_safety() -> None:
    u = classify_rules("五楼外墙冒烟了，还有砖往下掉，快来人", RESIDENT)
    assert (u.color, u.category) == ("red", "safety"), u.reasons
    # (no fire and no near miss: the part to repair; a piece that nearly struck someone is safety, round 18)
    u = classify_rules("外墙瓷砖掉下来了，下面就是人行道", RESIDENT)
    assert (u.color, u.category) == ("red", "facility"), u.reasons


def test_normalised_cantonese_mediation_counts() -> None:
    t = normalise("隔篱屋啲狗屎成日喺走廊，讲极都唔听，可唔可以帮手调解下", default_vocabulary())
    assert "调解" in t and _after(t, "yellow", "sanitation") == "dispute"


@pytest.mark.parametrize("text", [
    "施工队挖管子把我家院墙弄裂了，这个损失谁来赔",
    "搭架子的工人把我家花盆全碰碎了，你跟他们说一下要赔的",
])
def test_damages_claimed_as_a_complaint_are_a_claim(text: str) -> None:
    assert _after(text, "yellow", "facility") == "other"


@pytest.mark.parametrize("text, kept", [
    ("楼上漏水把我家吊顶泡了，他家说不赔，能不能帮忙", "facility"),   # a neighbour: the rules' dispute reading
    ("水退了门口全是泥，谁负责清一下", "sanitation"),                 # who cleans, no claim
])
def test_a_neighbour_or_who_cleans_is_no_claim(text: str, kept: str) -> None:
    assert _after(text, "yellow", kept) == kept
