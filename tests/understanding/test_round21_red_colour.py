"""Round 21 red and colour in new styles. Not red: a head "exploding" from noise, a cable hung down from a window
(上吊 read across two words), an illness's after-effects, door-banging as a habit, grit
crumbling off, a tile already fallen with its bare patch, branches drooping onto a roof, a smell left from a past
burning. Orange: water rising in a basement, an escape stair blocked, an ambulance that cannot turn in, snow feared
to crush a roof, a foot going through a tread, a pane shaking, an open hole that will overturn a bike. Lesser:
a thing working after several tries and water running weak are yellow; an outage asked about by its day or extent,
and a repair fund asked about, are blue. Real dangers told in the same words stay red.
Receive a message, expect this colour. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify

RESIDENT = Context(sender_role="resident", chat_building="4")


def _read(text: str):
    return classify(text, RESIDENT)


@pytest.mark.parametrize("text, colour", [
    ("楼上天天剁馅子到半夜 吵得我脑袋都要炸了", "yellow"),
    ("五楼装修砸墙一整天 我头都炸了 能不能管管", "yellow"),
    ("电动车在一楼楼道充电 线从二楼窗户上吊下来的", "orange"),
    ("我妈中风后遗症 走路不稳 家里降压药吃完了 能不能帮忙今天买一盒", "orange"),
    ("对门那人隔三差五就来踹门 说我家狗叫 能不能帮忙调解一下", "yellow"),
    ("老水塔顶上的砖松了 刮风就往下掉灰 找人看看", "yellow"),
    ("单元门口掉瓷砖那块光秃秃的露着水泥 啥时候补上", "yellow"),
    ("门前那棵柳树枝子都垂到屋顶上了 能不能修剪一下", "yellow"),
    ("前天有人在楼道烧纸 到今天还一股烟味 能不能说说他们", "yellow"),
])
def test_danger_words_that_tell_no_danger_now(text: str, colour: str) -> None:
    u = _read(text)
    assert (u.request, u.color) == (True, colour), u.reasons


@pytest.mark.parametrize("text", [
    "楼下厨房爆炸了 玻璃全碎了",
    "邻居说要上吊 快来人",
    "我妈中风了 叫不醒",
    "对门拿着刀在砸门 快报警",
    "楼顶砖往下掉 下面都是人",
    "外墙瓷砖往下掉 底下是人行道",
    "楼道里一股烟味 不知道哪家着火了",
])
def test_the_same_words_told_as_a_danger_now_stay_red(text: str) -> None:
    u = _read(text)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text, category", [
    ("地下室的水已经淹到小腿了 还在往里涌", None),
    ("安全通道里堆满了旧沙发 人都过不去", None),
    ("小区门口车停得乱七八糟 救护车转不进来", None),
    ("房顶上积雪得有一尺厚了 别给压塌了 能不能找人扫扫", "facility"),
    ("楼梯踏步木板烂了 老人一脚能踩进去", "facility"),
    ("窗户玻璃松了 风一吹就直晃荡", "facility"),
])
def test_growing_hazards_in_new_words_are_orange(text: str, category: str | None) -> None:
    u = _read(text)
    assert (u.request, u.color) == (True, "orange"), u.reasons
    if category:
        assert u.category == category, u.reasons


@pytest.mark.parametrize("text", [
    "单元门的门禁卡要刷好几次才开 能修一下吗",
    "顶楼水压太低了 水细得跟线一样",
])
def test_lesser_faults_are_yellow(text: str) -> None:
    u = _read(text)
    assert (u.request, u.color) == (True, "yellow"), u.reasons


@pytest.mark.parametrize("text", [
    "单元门锁坏了 门关不上",
    "停电了 什么时候来电",
])
def test_a_supply_or_a_lock_out_now_stays_orange(text: str) -> None:
    u = _read(text)
    assert (u.request, u.color) == (True, "orange"), u.reasons


@pytest.mark.parametrize("text, category", [
    ("通知说礼拜三停电 是全天停吗", "utilities"),
    ("家里水管爆了 换管子能走维修基金不？还是我们自己掏钱？", "affairs"),
])
def test_outage_extent_and_repair_fund_questions_are_blue(text: str, category: str) -> None:
    u = _read(text)
    assert (u.request, u.color, u.category) == (True, "blue", category), u.reasons


def test_a_repair_asked_through_the_fund_stays_the_repair() -> None:
    u = _read("楼顶防水层坏了 一下雨就往屋里渗 能不能申请维修基金修修")
    assert u.request and u.color != "blue" and u.category != "affairs", u.reasons
