"""Round 24 request vs chatter in new styles. Receive a message, expect this decision. Sentences are our own.

- A thing told as replaced or a job as done, then a question put to the office ("想问下社区有没有补贴"), or the
  office asked first whether it has someone ("网格有没有..."): the question stands (not_over.py).
- A part put in new ("换新的了", "焊好了") is a fix; a thing someone installed is not (a cleaning job done is no
  fix word either: see test_round24_q_review.py).
- After a fix and a contrast, someone asked to see to it ("可是...物业来看看") is a request.
- A leader asking someone above to step in ("网格长出面管一下"), or a service of the office to do something for
  residents ("以后能不能让服务站..."), passes it up, even when today's need was already met in an earlier clause
  set off by a space.
- Renovation shaking the floors ("装修 震得头疼") is noise; a plea to turn it down said to a neighbour is no request.
- Halting Mandarin written in two-character words with spaces, a greeting before it: read with the words joined.
- Asking the neighbours where a shop sells something ("有人知道哪里卖...") is a question to the neighbours.
"""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.spaced_words import join_spaced_words

RESIDENT = Context(sender_role="resident")
LEADER = Context(sender_role="leader")
CHIEF = Context(sender_role="chief")


@pytest.mark.parametrize("text", [
    "我家楼下那段水管冻裂了，已经换了新的，想问下社区有没有补贴？",
    "5号楼单元门禁换了新的，请问物业这个钱是不是要大家分摊？",
    "屋头热水器换好了，想问一下居委这个能不能报一部分",
])
def test_a_question_to_the_office_after_a_fix_stands(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert u.request and not u.fixed_report, u.reasons


@pytest.mark.parametrize("text", [
    "社区有没有上门修家电的 我家电视机不响了",
    "物业有没有电工 楼道那个感应喇叭不响了",
])
def test_the_office_asked_whether_it_has_someone_before_a_fix_word(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert not u.fixed_report, u.reasons


@pytest.mark.parametrize("text", [
    "水管换好了，想问下你家也这样吗",            # a question to a neighbour, no office
    "楼道灯换新的了，谢谢社区",
    "门口那个窨井盖换成新的了，结实多了",
    "扶手焊好了 晃都不晃",
])
def test_a_part_put_in_new_or_a_job_done_is_a_fix(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert not u.request and u.fixed_report, u.reasons


@pytest.mark.parametrize("text", [
    "对面楼有人装了个摄像头 正对着我家窗户",
    "防盗窗装上了，把消防通道那扇窗户都封死了，万一着火咋办",
])
def test_a_thing_installed_is_no_fix(text: str) -> None:
    assert not classify_rules(text, RESIDENT).fixed_report


@pytest.mark.parametrize("text", [
    "电梯里的镜子换好了 可是边角很锋利 小孩容易划到 物业来看看",
    "扶手焊好了，但是焊口毛刺扎手，麻烦师傅再处理一下",
])
def test_someone_asked_to_see_to_it_after_a_fix_and_a_contrast(text: str) -> None:
    assert classify_rules(text, RESIDENT).request


def test_a_fix_with_a_remark_after_the_contrast_stays_a_fix() -> None:
    u = classify_rules("灯换好了，就是有点暗，不过能用", RESIDENT)
    assert not u.request and u.fixed_report


@pytest.mark.parametrize("text,ctx", [
    ("3号楼后面那几户的狗天天夜里叫 说了好几回了 网格长出面管一下吧", LEADER),
    ("楼顶违建又开始搭了，得街道出面处理", CHIEF),
    ("2栋两个独居老人 今天的饭已经送了 以后能不能让服务站每天中午固定送一顿", LEADER),
    ("七楼李婆婆的降压药 今天我帮她买了 以后能不能让社区医生每个月上门开一次", LEADER),
])
def test_a_leader_asking_someone_above_to_step_in(text: str, ctx: Context) -> None:
    u = classify_rules(text, ctx)
    assert u.request, u.reasons


@pytest.mark.parametrize("text", [
    "各位，今天的饭已经送到了，大家放心",
    "我出面跟他说过了，这两天应该会好",
])
def test_a_leader_telling_what_is_done_stays_no_request(text: str) -> None:
    assert not classify_rules(text, LEADER).request


@pytest.mark.parametrize("text", [
    "楼上装修 隔着三层都震得头疼",
    "对面那栋在装修 电锤一响 我们这边都震得睡不着",
])
def test_renovation_shaking_the_floors_is_noise(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert u.request and u.category == "noise", u.reasons


@pytest.mark.parametrize("text", ["锻炼可以 音量小点不行吗", "可以 谢谢"])
def test_a_plea_to_a_neighbour_or_a_plain_yes_is_no_request(text: str) -> None:
    assert not classify_rules(text, RESIDENT).request


@pytest.mark.parametrize("text", [
    "阿姐们 早上好 我家 暖气 不热 好冷",
    "次仁啦 扎西德勒 楼道 灯 不亮 好黑 怕 摔",
])
def test_halting_mandarin_in_two_character_words_is_joined(text: str) -> None:
    assert join_spaced_words(text) is not None
    u = classify_rules(join_spaced_words(text) or "", RESIDENT)
    assert u.request, u.reasons


@pytest.mark.parametrize("text", [
    "3号楼电梯卡住了 里面有人 快来",
    "暖气片冰凉冰凉的 家里老人冻得受不了 物业赶紧派人来看看 都三天了 没人管",
    "楼上装修 天天 早上七点 就开始 电钻 嗡嗡响 周末 也不停 孩子 没法 写作业 社区 能不能 管管",
])
def test_clauses_or_long_messages_keep_their_spaces(text: str) -> None:
    assert join_spaced_words(text) is None


@pytest.mark.parametrize("text", [
    "有人知道附近哪里卖酥油吗 想给亲戚带点",
    "谁晓得哪有卖煤球的",
    "邻居们有人知道哪里卖正宗的牛肉干吗",
])
def test_where_a_shop_sells_it_asks_the_neighbours(text: str) -> None:
    assert not classify(text, RESIDENT).request


@pytest.mark.parametrize("text", [
    "有人知道哪里交物业费吗",
    "有人知道哪里漏水吗 我家天花板湿了",
])
def test_where_the_office_or_a_fault_is_stays_as_read(text: str) -> None:
    assert classify_rules(text, RESIDENT).request
