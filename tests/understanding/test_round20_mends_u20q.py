"""Review of round 20 (u20q): misfires found in its new request-vs-chatter rules, each mended.
Receive a message, expect this decision. Sentences are the reviewer's own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify
from bot.understanding.chatter import mend_advice
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.text_model import Opinion

RESIDENT = Context(sender_role="resident")
LEADER = Context(sender_role="leader")


class _Doubts:
    """A text model that reads every message as hardly a request and never as a danger."""

    def opinion(self, text: str, role: str) -> Opinion:
        return Opinion(p_request=0.1, color={"red": 0.05, "orange": 0.1, "yellow": 0.6, "blue": 0.25},
                       category={"other": 0.5, "utilities": 0.5})


# A resident telling a danger with responders only on their way: nobody is with the person yet, still red.
@pytest.mark.parametrize("text", [
    "我爸晕倒了 叫了120在路上 还没醒",
    "有人被困在电梯里 打了119消防在路上 里面老人快喘不上气了",
    "5栋有人跳楼 110在路上 人还站在楼顶边上",
    "煤气泄漏了 消防在路上 大家快撤",
    "我家老人心脏病犯了 120在路上",
    "着火了着火了 消防车在路上 浓烟很大",
])
def test_a_danger_with_responders_only_on_their_way_stays_red(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert u.request and u.color == "red", u.reasons


def test_responders_on_their_way_once_the_person_is_reached_is_a_live_update() -> None:
    u = classify_rules("人扶起来了 120在路上", RESIDENT)
    assert not u.request, u.reasons


# A fix that did not last is the fault back: the model, reading the fix as news, does not overrule it.
@pytest.mark.parametrize("text", [
    "暖气修好了 又不热了",
    "修好了 又是老样子 一点都不热",
])
def test_a_fix_that_did_not_last_is_kept_against_the_model(text: str) -> None:
    u = classify(text, RESIDENT, None, _Doubts())  # type: ignore[arg-type]
    assert u.request, u.reasons


def test_a_fault_back_after_a_fix_needs_no_object_named() -> None:
    u = classify_rules("修好了 又漏了一晚上 楼下都淹了", RESIDENT)
    assert u.request, u.reasons


def test_good_news_after_a_fix_is_still_no_request() -> None:
    u = classify_rules("暖气修好了 又不冷了", RESIDENT)
    assert not u.request, u.reasons


# Heat told beside a question or a thing not running is no joke.
@pytest.mark.parametrize("text", [
    "屋里跟蒸笼似的 什么时候恢复供电",
    "地下车库跟蒸笼一样 排风机一直没开",
])
def test_heat_beside_a_question_or_a_thing_not_running_is_no_joke(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert not any("a joke" in r for r in u.reasons), u.reasons


# The writer's own try that failed, or their own fault told as going on, is no advice to a neighbour.
@pytest.mark.parametrize("text", [
    "水龙头拧不紧 我拿扳手拧了也没用 一直在滴",
    "门禁卡刷不开 重新录一下试试",
])
def test_the_writers_own_fault_beside_a_try_is_no_mending_advice(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert not any("mending it oneself" in r for r in u.reasons), u.reasons


def test_advice_on_a_neighbours_fault_told_as_a_condition_stays_advice() -> None:
    assert mend_advice("暖气不热的话放放气试试")


# A leader's notice to everyone that tells a problem here is not firm against the model.
def test_a_leaders_notice_telling_a_fault_is_not_firm() -> None:
    u = classify_rules("各位 电梯里的监控坏了好几天了 物业也不管", LEADER)
    assert not any("announces to the residents" in r for r in u.reasons), u.reasons


def test_praise_asked_after_a_fix_is_no_job_asked() -> None:
    u = classify_rules("修好了 能不能给师傅点个赞", RESIDENT)
    assert not u.request and u.fixed_report, u.reasons


# Sheeting already blown down and lying somewhere is a repair, not a danger about to fall.
def test_a_canopy_already_blown_down_is_no_red() -> None:
    u = classify_rules("雨棚被风吹飞了 掉在绿化带里 麻烦物业来收一下", RESIDENT)
    assert u.request and u.color != "red", u.reasons
