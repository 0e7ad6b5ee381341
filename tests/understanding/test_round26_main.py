"""Round 26 (main). Something about to fall over a place the text says nobody goes is a repair, not red,
unless someone is named going there after all; a danger told in news of another place is not read as a
danger here by the model, while a danger told of here after the story stays red. Receive a message,
expect this reading. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify, default_vocabulary
from bot.understanding.news_elsewhere import danger_elsewhere
from bot.understanding.text_model import shipped_model

RESIDENT = Context(sender_role="resident", chat_building="3")


@pytest.mark.parametrize("text", [
    "后院房檐冰溜子挂老长了 底下是堆杂物的棚子 平时没人走 有空来敲掉吧",
    "北边那堵围墙要塌了 那边封着平时不走人 找人拆了吧",
    "三楼外墙砖松了要掉 底下是绿化带没人去 有空来修一下",
    "锅炉房顶上铁皮快掉了 后头那条道早就没人走了 麻烦处理下",
])
def test_a_fall_over_a_place_nobody_goes_is_a_repair(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.request and u.color in ("yellow", "orange"), u.reasons
    assert any("nobody goes" in r for r in u.reasons), u.reasons


@pytest.mark.parametrize("text", [
    "房檐的冰溜子老长了 底下平时没人走 但是小孩爱在那玩 赶紧敲了吧",
    "阳台上花盆快掉了 楼下没人走的时候还好 早上上学的人多",
    "外墙砖掉下来了 平时没什么人走 刚才差点砸着人",
    "单元门口上面挂着一排冰溜子 怕掉下来砸着人",
])
def test_someone_going_there_after_all_keeps_it_red(text: str) -> None:
    u = classify(text, RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    "看新闻说外地有栋老楼烟囱塌了 砸坏了两台车 咱院里那几根老烟囱是不是也该找人看看",
    "网上说有个小区阳台整个掉下来砸了人 咱们楼那些老阳台能不能请人来检查检查",
])
def test_a_danger_in_news_of_elsewhere_asks_a_check_here_not_red(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.color != "red", u.reasons


@pytest.mark.parametrize("text", [
    "新闻说别的小区有人煤气中毒了 咱们楼道现在也一股煤气味 我头晕",
    "网上看到外地电动车着火 咱们楼道里现在也冒烟了 快来人",
])
def test_a_danger_here_after_news_of_elsewhere_stays_red(text: str) -> None:
    u = classify(text, RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    "看新闻说南岗有个老楼的烟筒塌了 砸了辆车 咱院这几个老烟筒是不是也该找人瞅瞅",
    "网上看到外地一个小区着火烧死了人 咱们楼道里堆的东西该清清了",
    "抖音上有个小区燃气爆炸了 咱们这老管道啥时候检查",
])
def test_the_model_reads_only_what_is_said_of_here(text: str) -> None:
    model = shipped_model()
    assert model is not None
    assert danger_elsewhere(text, default_vocabulary(), model, "resident", 0.35) is not None


@pytest.mark.parametrize("text", [
    "看新闻说外地有个小区着火了 咱们楼道现在也冒烟了 好大的烟 快来人",
    "网上说别的小区燃气爆炸 咱们楼现在一股煤气味 我头都晕了",
    "楼上阳台的花盆要掉了 底下都是上学的孩子",   # no story from elsewhere at all
])
def test_a_danger_said_of_here_is_not_set_aside(text: str) -> None:
    model = shipped_model()
    assert model is not None
    assert danger_elsewhere(text, default_vocabulary(), model, "resident", 0.35) is None
