"""Talk between neighbours that names no problem for the office: someone saying they do not
know, and lost property asked of the group. Receive the message, expect no request —
while a real report that happens to contain the same words stays a request."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify
from bot.understanding.text_model import Opinion


@pytest.mark.parametrize("text", ["我也不清楚啊", "这个真不晓得 问问楼长吧", "我也没听说过", "哈哈我也不知道"])
def test_saying_you_do_not_know_is_an_answer_not_a_report(text):
    u = classify(text)
    assert not u.request, u.reasons


@pytest.mark.parametrize("text", ["不知道为啥 楼道灯又不亮了", "不清楚谁家漏水 滴到我家阳台了"])
def test_a_problem_told_with_i_do_not_know_is_still_reported(text):
    u = classify(text)
    assert u.request, u.reasons


@pytest.mark.parametrize("text", ["谁拿错我家快递了 黄色纸箱 写的5单元", "有谁错拿了一袋橘子吗 放在门卫那的",
                                  "快递被拿错了 是个白色袋子 看到的说一声"])
def test_lost_property_asked_of_neighbours_is_not_a_request(text):
    u = classify(text)
    assert not u.request, u.reasons


class _ReadsDanger:
    """A text model that reads every message as a likely danger (the rules' silence is where
    the model's danger reading counts)."""

    def opinion(self, text: str, role: str) -> Opinion:
        return Opinion(p_request=0.7, color={"red": 0.8, "orange": 0.1, "yellow": 0.05, "blue": 0.05},
                       category={"safety": 0.9, "other": 0.1})


def test_saying_you_do_not_know_never_hides_a_danger_the_model_reads():
    u = classify("不清楚咋回事 那边一直有动静", Context(), None, _ReadsDanger())  # type: ignore[arg-type]
    assert u.request and u.color == "red", u.reasons


@pytest.mark.parametrize("text", ["不清楚对门的老爷子是不是好几天没出门了 敲门也没人应",
                                  "我也不知道咋回事 楼下那个独居老太太两天没见人了"])
def test_a_longer_message_around_i_do_not_know_may_tell_of_a_person(text):
    u = classify(text)
    assert u.request, u.reasons


class _ReadsRequest:
    """A text model sure that every message is an ordinary request."""

    def opinion(self, text: str, role: str) -> Opinion:
        return Opinion(p_request=0.95, color={"red": 0.01, "orange": 0.04, "yellow": 0.9, "blue": 0.05},
                       category={"utilities": 0.8, "other": 0.2})


@pytest.mark.parametrize("text", ["有个快递放错到我这了 写的7单元302 我搁楼下信箱上了",
                                  "电梯里捡到一串钥匙 挂了个小熊 放门卫了 谁丢的去拿",
                                  "一个蓝色包裹不知道谁家的 我先放门卫了"])
def test_a_found_or_misdelivered_item_is_a_notice_even_when_the_model_reads_a_request(text):
    u = classify(text, Context(), None, _ReadsRequest())  # type: ignore[arg-type]
    assert not u.request, u.reasons
    assert any("lost or misdelivered property" in r for r in u.reasons), u.reasons


def test_a_problem_told_beside_a_misdelivered_parcel_may_still_be_read_by_the_model():
    u = classify("快递放错我家了 对了楼道灯坏了好几天", Context(), None, _ReadsRequest())  # type: ignore[arg-type]
    assert u.request, u.reasons


def test_a_community_adds_its_own_lost_property_words():
    from bot.understanding import build_vocabulary
    from bot.understanding.config import UnderstandingConfig
    text = "你家的东西送错门啦 我搁你门口了"
    assert classify(text, Context(), None, _ReadsRequest()).request  # type: ignore[arg-type]
    vocab = build_vocabulary(UnderstandingConfig(lost_property=["送错门"]))
    u = classify(text, Context(), vocab, _ReadsRequest())  # type: ignore[arg-type]
    assert not u.request, u.reasons
