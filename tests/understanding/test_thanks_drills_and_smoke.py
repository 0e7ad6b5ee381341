"""Short thanks that use an asking word, drills the model might read as danger, smoke told by its
amount, a cleared-up hazard, lost property in Cantonese: receive the message, expect the reading."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify
from bot.understanding.text_model import Opinion


class _ReadsDanger:
    """A text model that reads every message as a likely danger."""

    def opinion(self, text: str, role: str) -> Opinion:
        return Opinion(p_request=0.5, color={"red": 0.7, "orange": 0.1, "yellow": 0.1, "blue": 0.1},
                       category={"safety": 0.9, "other": 0.1})


@pytest.mark.parametrize("text", ["好的 麻烦您了", "麻烦网格长啦🙏", "嗯嗯 麻烦王师傅了", "唔该晒楼长", "麻烦大家了哈"])
def test_thanks_with_an_asking_word_is_no_request(text):
    u = classify(text)
    assert not u.request, u.reasons


@pytest.mark.parametrize("text", ["麻烦楼长了 明天再找人来看看那个水管", "麻烦您了 楼道灯还是不亮"])
def test_thanks_followed_by_an_ask_or_a_problem_is_still_a_request(text):
    assert classify(text).request


def test_a_drill_told_without_a_fire_word_is_no_danger_even_when_the_model_reads_one():
    u = classify("警铃一响 楼梯间黑乎乎的 应急演练开始 按顺序下楼", Context(), None, _ReadsDanger())  # type: ignore[arg-type]
    assert not u.request, u.reasons
    assert any("a drill" in r for r in u.reasons)


def test_a_denied_drill_leaves_the_danger_reading():
    u = classify("这回不是演练 楼梯间黑乎乎的有动静", Context(), None, _ReadsDanger())  # type: ignore[arg-type]
    assert u.request and u.color == "red", u.reasons


@pytest.mark.parametrize("text", ["三单元楼道里好多烟 看不清人", "12楼烟很大 谁家在烧东西", "地下室都是烟 快来人"])
def test_smoke_told_by_its_amount_is_red(text):
    u = classify(text)
    assert u.request and u.color == "red", u.reasons


@pytest.mark.parametrize("text", ["楼梯拐角全是烟头 也没人扫", "楼上抽烟 烟很大 熏得睡不着"])
def test_cigarette_butts_and_smoking_are_not_a_fire(text):
    u = classify(text)
    assert u.color != "red", u.reasons


def test_a_hazard_cleared_up_is_over():
    u = classify("上周塌下来那堆土 今天都清干净了 路能走了")
    assert not u.request and u.fixed_report, u.reasons


def test_lost_property_in_cantonese_is_a_notice():
    u = classify("边个跌咗个银包喺电梯度 我放咗喺管理处", Context(), None, _ReadsDanger())  # type: ignore[arg-type]
    assert not u.request, u.reasons


@pytest.mark.parametrize("text", ["东门消防道又停满了车", "消防道还堵着 万一有事消防车开不进来"])
def test_a_fire_lane_by_its_short_name_blocked_is_orange(text):
    u = classify(text)
    assert u.request and u.color == "orange" and u.category == "safety", u.reasons


class _SureDangerousRequest:
    def opinion(self, text: str, role: str) -> Opinion:
        return Opinion(p_request=0.9, color={"red": 0.7, "orange": 0.1, "yellow": 0.1, "blue": 0.1},
                       category={"suggestion": 0.6, "safety": 0.4})


def test_a_question_about_a_drill_is_still_a_request_but_no_danger():
    u = classify("后天的防汛演练几点开始 腿脚不好的能不参加吗", Context(), None, _SureDangerousRequest())  # type: ignore[arg-type]
    assert u.request and u.color != "red", u.reasons


def test_not_good_is_no_acknowledgement():
    u = classify("腿脚不好的老人 社区能上门理发不")
    assert u.request and not any("acknowledgement" in r for r in u.reasons), u.reasons
