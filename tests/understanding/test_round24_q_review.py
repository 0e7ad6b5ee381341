"""Review of round 24's request-vs-chatter branch (u24q). Receive a message, expect this reading. Own sentences.

- A part put in new or welded back ("换新的了", "焊好了") is a fix only when no problem is told after it: the new
  part may be what fails ("门禁换新的了 卡刷不开"); a fault denied as the job's effect ("压不碎了") is still a fix.
- A cleaning job done ("拖完了", "扫完了") and a thing welded shut ("焊上了") are no fix words: mopping is as often
  the cause of what follows (water through the ceiling, a slippery floor), and an exit can be welded shut.
- Dangers told after the new fix words, in neighbour questions or in halting spaced Mandarin stay red.
"""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify
from bot.understanding.classifier import classify as classify_rules

RESIDENT = Context(sender_role="resident")


@pytest.mark.parametrize("text", [
    "门禁换新的了 我们老人的卡都刷不开 进不了门",
    "井盖换新的了 昨天一辆货车压过去又碎了",
    "水表换成新的了 表后面的接头在漏水",
])
def test_a_new_part_that_fails_is_no_fix(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert u.request and not u.fixed_report, u.reasons


@pytest.mark.parametrize("text", [
    "楼上拖完了地 水就顺着往我家天花板滴",
    "楼道拖完了 地滑得很 老人不敢下楼",
    "大厅扫完了 垃圾全堆在消防通道口",
    "安全出口的铁门被焊上了 万一着火怎么跑",
])
def test_cleaning_done_or_a_door_welded_shut_is_no_fix(text: str) -> None:
    assert not classify_rules(text, RESIDENT).fixed_report


@pytest.mark.parametrize("text", [
    "后门井盖换新的了 这回压不碎了",
    "扶手焊好了 结结实实 谢谢师傅",
    "坏的那个水龙头换新的了",
])
def test_a_new_part_told_alone_or_with_praise_is_a_fix(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert not u.request and u.fixed_report, u.reasons


@pytest.mark.parametrize("text", [
    "电梯换成新的了 可是今天又把人关在里面了 快来人",
    "燃气管换新的了 但是现在厨房一股煤气味",
    "楼道拖完了 地上全是水 有个老人滑倒了起不来",
    "电表箱换新的了 可是里面在冒烟 有火花",
    "有人知道哪里能关燃气总阀吗 楼道里好大煤气味",
    "谁知道消防栓在哪 三楼着火了",
    "你好 厨房 着火 了 快来",
    "阿姨 你好 电梯 坏了 里面 有人 出不来",
    "我 阿妈 摔倒 起不来 一个人 在家",
])
def test_dangers_beside_the_new_readings_stay_red(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.request and u.color == "red", u.reasons


@pytest.mark.parametrize("text", [
    "修好了 不过下次再漏我再叫你们来看看",
    "灯换好了，就是要是再闪的话我再找师傅弄一下",
])
def test_a_see_to_it_in_what_may_happen_later_leaves_the_fix(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert not u.request and u.fixed_report, u.reasons


@pytest.mark.parametrize("text", [
    "热水器换好了 可是阳台的水管还在滴 物业来看看",
    "门修好了，但是门框松了，麻烦师傅再处理一下",
])
def test_a_see_to_it_after_a_fix_and_a_contrast_stands(text: str) -> None:
    assert classify_rules(text, RESIDENT).request


@pytest.mark.parametrize("text", [
    "单元门锁换成新的了 钥匙没发给我们 现在进不去",
    "信箱锁换新的了 我们的钥匙打不开",
    "楼道窗户换新的了 风一吹就关不上",
])
def test_a_new_part_that_does_not_work_is_no_fix(text: str) -> None:
    assert not classify_rules(text, RESIDENT).fixed_report
