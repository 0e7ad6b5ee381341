"""A building leader or grid chief asking for hands or supplies for a resident passes a problem up
(a request); saying they will ask or call someone themselves is handling it. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding.classifier import classify as classify_rules
from bot.understanding.types import Context

LEADER = Context(sender_role="leader", chat_building="6")
CHIEF = Context(sender_role="chief", chat_building="6")


@pytest.mark.parametrize("ctx, text", [
    (LEADER, "6栋的独居刘奶奶腿摔伤了刚出院 这两天做不了饭 麻烦哪位帮忙送一下午饭"),
    (LEADER, "三单元楼道灯坏了一个星期了 请安排电工来换"),
    (CHIEF, "二号楼顶层的老两口药吃完了 女儿在外地 有没有志愿者能帮忙去药店跑一趟"),
])
def test_a_responder_asking_hands_for_a_resident_is_a_request(ctx, text):
    assert classify_rules(text, ctx).request


@pytest.mark.parametrize("ctx, text", [
    (LEADER, "刘奶奶午饭的事我问问社区食堂 楼道我喊保洁下午拖一下"),
    (CHIEF, "收到 已安排志愿者送一下"),
])
def test_a_responder_saying_they_will_see_to_it_is_no_request(ctx, text):
    assert not classify_rules(text, ctx).request


STAFF = Context(sender_role="staff", chat_building=None)


@pytest.mark.parametrize("ctx, text", [
    (LEADER, "四单元地下室进水了 住户心里不放心 请安排人来抽一下"),   # "不放心" is no "放心"
    (LEADER, "咱楼灭火器过期好久了 社区帮忙催一下物业换新的"),
    (STAFF, "居民来电反映：9幢二单元楼道窗户玻璃碎了 请网格看一下"),
    (STAFF, "5栋楼长说后门的路灯一直不亮 大家晚上走路摸黑"),
])
def test_a_responder_relaying_or_chasing_a_problem_up_is_a_request(ctx, text):
    u = classify_rules(text, ctx)
    assert u.request, u.reasons


@pytest.mark.parametrize("ctx, text", [
    (STAFF, "【通知】居民反映较多的停车难问题 下周三晚上开会商量"),
    (STAFF, "居民反映的路灯问题 已经联系电工了 明天上午来修"),
    (STAFF, "各位：居民反映东门有人乱贴小广告 请大家看到就撕掉"),
    (LEADER, "收到 我催一下物业"),
])
def test_staff_announcing_or_handling_a_relayed_report_is_no_request(ctx, text):
    u = classify_rules(text, ctx)
    assert not u.request, u.reasons


class _Unsure:
    def opinion(self, text: str, role: str):  # type: ignore[no-untyped-def]
        from bot.understanding.text_model import Opinion
        return Opinion(p_request=0.3, color={"yellow": 0.6, "blue": 0.4}, category={"safety": 0.7, "other": 0.3})


def test_a_chief_asking_for_more_supplies_is_passed_up_even_when_the_model_is_unsure():
    from bot.understanding import classify
    u = classify("西片的灭火器都过期了 能不能再领二十个新的", CHIEF, None, _Unsure())  # type: ignore[arg-type]
    assert u.request, u.reasons
