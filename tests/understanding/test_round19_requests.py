"""Round 19 request detection in new styles: the Wu "could we" ask (好…伐, 好伐 opening a clause) is read as
能不能; a supply out told in English beside Chinese ("still no water", "water pressure weak"); fumes let out
straight at a home; a fix told of the other buildings is not ours; a forward whose poster asks the office
after the quoted words; a leader passing a lane's problem to the housing office. And the other way: a pet
gone (猫走失) is a lost pet, not a missing person; a found parcel put by a door for its owner; a lament in
the plural or "angered into a heart attack"; a neighbour pointing another to whom to ask; pests gone after
one's own remedy.
Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import classify
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.dialect import to_mandarin
from bot.understanding.types import Context

RESIDENT = Context(sender_role="resident", chat_building="3")
LEADER = Context(sender_role="leader", chat_building="3")
CHIEF = Context(sender_role="chief")


@pytest.mark.parametrize("text, folded", [
    ("好伐在天井里搭个雨棚，落雨天衣裳没地方晾", "能不能在天井里搭个雨棚"),
    ("好请电工来看一看伐，插座老是冒火星", "能不能请电工来看一看"),
    ("门口好摆两只垃圾桶伐？", "门口能不能摆两只垃圾桶？"),
])
def test_a_wu_could_we_ask_reads_as_neng_bu_neng(text: str, folded: str) -> None:
    assert folded in to_mandarin(text)


@pytest.mark.parametrize("text", [
    "明朝再讲好伐？",          # a final 好伐 is "OK?"
    "今朝好冷伐",               # "very cold?": too short for an ask
    "阿拉好多人家都一样伐",     # 好多 is "many"
])
def test_other_wu_hao_and_fa_are_no_ask(text: str) -> None:
    assert "能不能" not in to_mandarin(text)


@pytest.mark.parametrize("text", [
    "好伐在弄堂口装一盏路灯，夜里黑咕隆咚",
    "小区里好办一趟越剧演出伐，老年人老欢喜额",
])
def test_a_wu_suggestion_is_a_request(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.request, u.reasons


@pytest.mark.parametrize("text, color", [
    ("2201 still no water, 有人管吗", "orange"),
    ("18F water pressure very weak, 洗澡都洗不了", "yellow"),
])
def test_a_supply_out_told_in_english_is_a_request(text: str, color: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert u.request and u.color == color, u.reasons


def test_fumes_let_out_straight_at_a_home_are_a_complaint() -> None:
    u = classify_rules("楼下烧烤摊的排烟管子对着我家卧室窗户", RESIDENT)
    assert u.request and u.category == "sanitation", u.reasons


def test_a_fix_told_of_the_others_is_not_ours() -> None:
    u = classify_rules("隔壁楼早就来水了 我们9栋还是干的 怎么回事", RESIDENT)
    assert not u.fixed_report, u.reasons
    assert classify_rules("停了一上午，现在来水了", RESIDENT).fixed_report


def test_a_forward_with_the_posters_ask_after_the_quote_is_a_request() -> None:
    u = classify_rules("转发邻居的话：“后门的锁被人撬了，晚上谁都能进来。”物业能不能尽快换把锁", RESIDENT)
    assert u.request and "forwards a neighbour's words" in " ".join(u.reasons), u.reasons
    assert not classify_rules("转发：“周六上午社区义诊，请带医保卡”", RESIDENT).request


def test_a_leader_passes_a_lane_problem_to_the_housing_office() -> None:
    u = classify_rules("巡查看到12号门口的窨井盖裂了，麻烦房管所派人来换", CHIEF)
    assert u.request, u.reasons
    u = classify_rules("楼道渗水的事上礼拜报过了 现在墙皮都鼓了 麻烦落实一下", LEADER)
    assert u.request, u.reasons


@pytest.mark.parametrize("text", [
    "我家那只黄狗走失了，脖子上有红项圈，谁看见说一声",
    "小区里有只猫咪失踪三天了，主人急坏了",
])
def test_a_pet_gone_is_no_missing_person(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert u.color != "red" and not u.request, u.reasons


def test_a_child_gone_is_still_red() -> None:
    assert classify_rules("孩子走失了 快帮忙找", RESIDENT).color == "red"


def test_a_found_parcel_put_by_a_door_is_no_request() -> None:
    u = classify_rules("谁丢了一个快递，名字写的姓王，我放在3单元信箱上面了", RESIDENT)
    assert not u.request, u.reasons
    assert classify_rules("谁丢了一袋垃圾放在楼道口 臭得要命", RESIDENT).request


@pytest.mark.parametrize("text", [
    "这楼梯真要了我们老命了，爬一趟歇三回",
    "天天这么闹 我都要气出心脏病来了",
])
def test_a_lament_is_no_request(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert not u.request and any("a lament" in r for r in u.reasons), u.reasons


def test_a_heart_attack_told_as_what_happened_stays_red() -> None:
    assert classify_rules("我妈被气出心脏病了 人躺着起不来", RESIDENT).color == "red"


@pytest.mark.parametrize("text", ["找供电所啊 这个物业管不了", "直接找自来水公司吧 他们有抢修电话"])
def test_pointing_a_neighbour_to_whom_to_ask_is_no_request(text: str) -> None:
    u = classify(text, RESIDENT)
    assert not u.request and "points a neighbour" in " ".join(u.reasons), u.reasons


def test_asking_whom_to_go_to_is_not_pointing() -> None:
    assert "points a neighbour" not in " ".join(classify_rules("找物业吗？还是找社区？", RESIDENT).reasons)


def test_pests_gone_after_ones_own_remedy_is_over() -> None:
    u = classify_rules("买了点蟑螂药在厨房撒了，三天都没再看见了", RESIDENT)
    assert not u.request and u.fixed_report, u.reasons
    assert classify_rules("老鼠药放了好几包 还是天天有老鼠", RESIDENT).request


def test_a_guess_at_the_cause_reports_nothing() -> None:
    u = classify_rules("小区门口在修路，挖掘机挖了一上午，估计水管挖断了", RESIDENT)
    assert not u.request and "a guess at the cause" in " ".join(u.reasons), u.reasons


@pytest.mark.parametrize("text", [
    "卫生间顶上一直滴水，估计是楼上水管漏了",      # the fault in a clause of its own
    "我家也返水 估计是主管道堵了",                  # the writer's own home
    "估计是电梯坏了，能不能派人看看",              # an ask
])
def test_a_fault_beside_a_guess_is_still_reported(text: str) -> None:
    assert "a guess at the cause" not in " ".join(classify_rules(text, RESIDENT).reasons)


def test_wu_this_is_folded() -> None:
    assert to_mandarin("迭个门铃勿响了") == "这个门铃不响了"


def test_a_fault_told_as_the_reason_for_coping_is_no_request() -> None:
    u = classify("我屋里空调坏掉了，只好跑到商场里待一下午", RESIDENT)
    assert not u.request and "reason for coping" in " ".join(u.reasons), u.reasons
    assert classify_rules("电梯又坏了 只好爬十楼", RESIDENT).request   # a building's part is still reported


def test_a_guess_after_a_me_too_explains_the_writers_trouble() -> None:
    assert "a guess at the cause" not in " ".join(
        classify_rules("那股怪味我也闻到了 应该是谁家把剩菜倒在楼梯口了", RESIDENT).reasons)


def test_rubbish_not_collected_for_days_is_a_sanitation_request() -> None:
    u = classify_rules("三号楼门口的桶，三天没来收了", RESIDENT)
    assert u.request and u.category == "sanitation", u.reasons
