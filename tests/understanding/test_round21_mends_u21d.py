"""Review of round 21 (u21d): misfires of the new repeat-linking rules, each a message and the decision it must
get. Sentences are the reviewer's own."""
from __future__ import annotations

from bot.understanding.status_ask import _as_object

from tests.understanding.linking import link, model_request, open_ticket


# ------------------------------------------------------------------ a person's need is no status question
def test_asking_after_the_lift_while_asking_medicine_for_an_old_mother_is_her_own_care_request():
    t = open_ticket("二单元电梯坏了 停在三楼不动", minutes=1500)
    text = "电梯好了没有？我母亲住五楼 八十多了 下不了楼 降压药明天就吃完了 谁能帮忙去医院开点药"
    m = link(text, t, u=model_request(text, "care"))
    assert m is None, m


def test_a_plain_lift_status_question_still_joins_the_lift_ticket():
    t = open_ticket("二单元电梯坏了 停在三楼不动", minutes=1500)
    m = link("二单元电梯好了吗 我要去上班", t, u=model_request("二单元电梯好了吗 我要去上班"))
    assert m is not None and m.ticket_no == 9, m


# ------------------------------------------------------------------ a place word holds no object
def test_the_door_nobody_sees_to_is_not_the_light_by_the_door():
    t = open_ticket("四楼门口的灯不亮了", minutes=60)
    m = link("四楼的门 一直没人管 风一吹就响", t)
    assert m is None, m


def test_the_window_nobody_mends_is_not_the_light_by_the_window():
    t = open_ticket("四楼窗边的灯坏了", minutes=1500)
    m = link("四楼的窗 到现在都没修 关不严", t, u=model_request("四楼的窗 到现在都没修 关不严", "facility"))
    assert m is None, m


def test_a_place_word_is_no_object_but_the_thing_itself_is():
    assert not _as_object("门", "四楼门口的灯不亮了")
    assert not _as_object("树", "树下的长椅坏了")
    assert _as_object("门", "四楼的门 关不上")
    assert _as_object("灯", "五楼的灯 一直没人管")
