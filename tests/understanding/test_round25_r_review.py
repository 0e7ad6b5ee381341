"""Round 25 colour, review of u25r. A blame phrase said in regional particles (着火啦谁负责, 关人咯谁负责) imagines a
danger only when nothing after it calls for help now: "着火啦谁负责的快来人" cries at a fire happening and stays red.
Checks that the helper's new set-asides leave real dangers red: a weekday named with a fall happening now, water at
a door beside electrics or with a person who cannot leave, news of another compound beside a danger here, smoke
from a daily habit told with burning or people choking, 免得 after a danger now. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify

RESIDENT = Context(sender_role="resident", chat_building="3")


@pytest.mark.parametrize("text", [
    "着火啦谁负责的快来人啊",
    "二楼着火咯哪个负责的赶紧过来",
    "电梯关人啦谁负责的快来 里面娃娃在哭",
    "楼道冒烟了谁负责 快打119",
    "着火咧谁来负责的 救命啊",
    "电梯困人喽谁负责 快点来人",
])
def test_blame_then_a_call_for_help_now_is_red(text: str) -> None:
    u = classify(text, RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    "电动车天天推进楼道充电 着火咧谁负责",
    "楼道里纸箱堆成山 真着火了谁负责",
    "电表箱门都没关 着火嘞谁负责",
])
def test_blame_alone_stays_a_complaint(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.request and u.color == "orange", u.reasons


@pytest.mark.parametrize("text", [
    "今天礼拜三 我妈刚才在楼梯口摔了一跤 头在流血 快来人",
    "我爸星期天出门 刚刚在单元门口摔倒了 现在躺在地上起不来",
    "邻居家门缝里冒烟 敲门没人应",
    "对门门缝里有煤气味 敲了半天没人开",
    "隔壁小区着火了 咱们楼三单元也冒烟了 快来看看",
    "楼下天天熏腊肉 这会楼道全是烟 有焦味 老人咳得不行",
    "快把阀门关了 免得爆炸 屋里煤气味好大",
    "煤气罐在太阳底下晒着 已经闻到煤气味了",
])
def test_set_asides_leave_real_dangers_red(text: str) -> None:
    u = classify(text, RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    "隔壁小区着火了 火都烧到我们楼了 快跑",
    "隔壁小区起大火了 烟都飘进我们楼道了 呛得喘不上气",
])
def test_a_fire_next_door_reaching_here_is_red(text: str) -> None:
    u = classify(text, RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    "听说外面有个小区电瓶车起火烧死了人 我们楼道那几辆车啥时候清走",
    "别个小区电梯掉下去了 我们这台也老响 能不能来查一下",
])
def test_news_of_another_compound_leaves_the_ask_here_orange(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.request and u.color == "orange", u.reasons


STAFF = Context(sender_role="staff", chat_building=None)


@pytest.mark.parametrize("text", [
    "好的 电梯困人的事 麻烦维保立即过来",
    "收到 楼道冒烟那个 请保安马上上去",
])
def test_staff_answering_a_report_with_an_ask_is_not_a_new_request(text: str) -> None:
    u = classify(text, STAFF)
    assert not u.request, u.reasons


@pytest.mark.parametrize("text", [
    "上个月台风吹坏的楼道窗户 到现在也没人来修",
    "车棚顶上的铁皮台风刮掉了一块 一直没人修",
])
def test_a_storm_over_leaves_the_everyday_repair(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.request and u.color != "orange" and u.color != "red", u.reasons
