"""Round 20 request vs chatter in new styles: an "over" word that is the job asked for ("能不能趁早锯了"), or a
job asked after something over ("火灭了 ... 能不能给清走"); a fix that did not last ("前天修好没两天又这样");
the writer's home told by number after the problem ("... 我家就是102"); responders on their way ("120在路上")
as a live update; a notice a grid chief or a leader opens to everyone; advice on mending it oneself; a
neighbour going out to help a search; heat told as a hyperbole; a group chore proposed to the neighbours;
roof sheeting about to blow down; asking after the outcome of a report.
Receive a message, expect this decision. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.text_model import Opinion

RESIDENT = Context(sender_role="resident")
CHIEF = Context(sender_role="chief")
LEADER = Context(sender_role="leader")


@pytest.mark.parametrize("text", [
    "东墙边那棵枯死的槐树一刮风就咔咔响，能不能早点锯了",
    "门口那堆建筑垃圾放了半个月了，麻烦尽快清走了吧",
])
def test_an_over_word_asked_for_is_the_job_not_a_fix(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert u.request and not u.fixed_report, u.reasons


@pytest.mark.parametrize("text", [
    "烟是散了，可楼梯间那些旧家具一直堆着，能不能安排给搬走",
    "门铃修好了，楼下车棚的破自行车能不能给清一清",
])
def test_a_job_asked_after_something_over_is_a_request(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert u.request, u.reasons


def test_a_thing_over_with_thanks_stays_a_fix() -> None:
    u = classify_rules("水管修好了，谢谢物业师傅", RESIDENT)
    assert not u.request and u.fixed_report, u.reasons


@pytest.mark.parametrize("text", [
    "三楼楼道灯又不亮了，上周修好没几天又这样",
    "电梯又停了 昨天修好今天又坏",
])
def test_a_fix_that_did_not_last_is_no_fixed_report(text: str) -> None:
    u = classify(text, RESIDENT)
    assert not u.fixed_report and u.request, u.reasons


@pytest.mark.parametrize("text", [
    "暖气前天修好了 又暖和了",
    "电梯修好了 又能坐了",
])
def test_good_news_after_a_fix_is_no_relapse(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert u.fixed_report and not u.request, u.reasons


def test_the_writers_home_told_after_the_problem_is_no_reply() -> None:
    u = classify_rules("二单元一楼地漏往上冒脏水 卫生间没法进人 我家就是102", RESIDENT)
    assert u.request, u.reasons


def test_the_writers_home_told_first_in_a_retort_stays_a_reply() -> None:
    u = classify_rules("我家就是二楼的 门口放双鞋又怎么你了", RESIDENT)
    assert not u.request, u.reasons


@pytest.mark.parametrize("text", [
    "门撬开了 大爷躺在地上 还能说话 救护车已经在路上了",
    "人扶起来了 120在路上",
])
def test_responders_on_their_way_make_a_live_update(text: str) -> None:
    u = classify_rules(text, CHIEF)
    assert not u.request, u.reasons


def test_responders_on_their_way_but_help_still_asked_stays_a_request() -> None:
    u = classify_rules("老太太摔倒了起不来 120在路上了 谁快来帮把手", RESIDENT)
    assert u.request and u.color == "red", u.reasons


@pytest.mark.parametrize("context", [CHIEF, LEADER])
def test_a_notice_opened_to_everyone_is_firm_against_the_model(context: Context) -> None:
    u = classify("各位住户 今晚降温厉害 请大家把阳台的水管包一包 家里有老人的多留意", context)
    assert not u.request, u.reasons


@pytest.mark.parametrize("text", [
    "你先把暖气片顶上的小阀门用螺丝刀拧一下 出水了再拧紧",
    "放放气试试",
    "换块新电池试试",
])
def test_advice_on_mending_it_oneself_is_chatter(text: str) -> None:
    u = classify(text, RESIDENT)
    assert not u.request, u.reasons


def test_a_threat_ending_in_try_it_is_no_advice_but_no_request_either() -> None:
    u = classify_rules("你再把车停我门口试试", RESIDENT)
    assert not any("mending it oneself" in r for r in u.reasons), u.reasons


@pytest.mark.parametrize("text", [
    "我马上下楼帮着找",
    "我去西门那边帮忙找找",
])
def test_a_neighbour_going_out_to_help_a_search_asks_nothing(text: str) -> None:
    u = classify(text, RESIDENT)
    assert not u.request, u.reasons


def test_a_search_asked_for_stays_a_request() -> None:
    u = classify("我家小孙子在院里玩着玩着不见了 大家帮忙找找", RESIDENT)
    assert u.request and u.color == "red", u.reasons


@pytest.mark.parametrize("text", [
    "这屋里跟烤箱一样 空调开最低还是三十度 人都快烤熟了",
    "西晒的房子就是蒸笼 热死了",
])
def test_heat_told_as_a_hyperbole_is_a_joke(text: str) -> None:
    u = classify(text, RESIDENT)
    assert not u.request, u.reasons


def test_heat_beside_an_old_person_is_no_joke() -> None:
    u = classify_rules("我奶奶九十了 屋里跟蒸笼一样", RESIDENT)
    assert not any("a joke" in r for r in u.reasons), u.reasons


def test_a_group_chore_proposed_to_the_neighbours_is_no_request() -> None:
    u = classify("邻居们 这周六要不要一起把单元门口的小花坛收拾收拾", RESIDENT)
    assert not u.request, u.reasons


def test_a_chore_proposed_to_the_office_is_no_deal_between_neighbours() -> None:
    u = classify_rules("物业要不要组织大家一起清一下楼道的杂物", RESIDENT)
    assert not any("a favour or a deal" in r for r in u.reasons), u.reasons


def test_roof_sheeting_about_to_blow_down_is_red() -> None:
    u = classify_rules("菜场顶上的石棉瓦被风刮松了 随时要飞下来 底下全是买菜的", RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


def test_roof_sheeting_lifted_to_be_nailed_later_is_no_red_cue() -> None:
    u = classify_rules("车棚的铁皮顶被风掀起来一角 回头找人钉一下", RESIDENT)
    assert u.color != "red", u.reasons


class _DoubtsRequests:
    """A text model that reads every message as hardly a request."""

    def opinion(self, text: str, role: str) -> Opinion:
        return Opinion(p_request=0.1, color={"red": 0.05, "orange": 0.1, "yellow": 0.6, "blue": 0.25},
                       category={"facility": 0.6, "other": 0.4})


@pytest.mark.parametrize("text", [
    "楼道灯坏了的那个事有结果没",
    "单元门锁坏了好几天 修好了吗",
])
def test_asking_after_the_outcome_of_a_report_is_kept_against_the_model(text: str) -> None:
    u = classify(text, RESIDENT, None, _DoubtsRequests())  # type: ignore[arg-type]
    assert u.request, u.reasons


def test_a_report_without_an_outcome_asked_is_still_overruled_by_a_doubting_model() -> None:
    u = classify("楼道灯坏了", RESIDENT, None, _DoubtsRequests())  # type: ignore[arg-type]
    assert not u.request, u.reasons
