"""Round 26 (main). Something about to fall over a place the text says nobody goes is a repair, not red,
unless someone is named going there after all; a danger told in news of another place is not read as a
danger here by the model, while a danger told of here after the story stays red. Receive a message,
expect this reading. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify, default_vocabulary
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.news_elsewhere import danger_only_in_story
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
    # "nobody" said of the office, not of the way below (没人过来, 没人去修, 没人过问)
    "3单元门口那根枯树枝断了一半 挂在半空晃 底下天天有人走 打了电话也没人过来",
    "外墙砖松了要掉下来 报了好几次一直没人去修 底下就是单元门口",
    "阳台上的花盆快掉了 跟物业说了没人过问 下面是停车场",
    # someone goes there after all, said before or after, or in a turn
    "单元门口上面的冰溜子要掉了 早上上学的孩子多 晚上倒是没人走",
    "楼道窗户玻璃要掉下去了 下面平时没人走 有个工人在下面干活",
    "雨棚要塌了 下面是快递柜 平时不走人但取快递的多",
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
    assert danger_only_in_story(classify_rules(text, RESIDENT, default_vocabulary()), model, "resident") is not None


@pytest.mark.parametrize("text", [
    "看新闻说外地有个小区着火了 咱们楼道现在也冒烟了 好大的烟 快来人",
    "网上说别的小区燃气爆炸 咱们楼现在一股煤气味 我头都晕了",
    "楼上阳台的花盆要掉了 底下都是上学的孩子",   # no story from elsewhere at all
])
def test_a_danger_said_of_here_is_not_set_aside(text: str) -> None:
    model = shipped_model()
    assert model is not None
    assert danger_only_in_story(classify_rules(text, RESIDENT, default_vocabulary()), model, "resident") is None


@pytest.mark.parametrize("text", [
    "看新闻说外地燃气泄漏爆炸 咱们小区燃气管道老化 啥时候查一下",
    "抖音上有个小区树倒了砸到人 咱们小区那几棵大树也挺歪的 找人看看",
    "新闻里说外地一个小孩掉进井里 咱们小区那几个井盖也松了 修修吧",
])
def test_an_object_here_with_the_danger_told_in_the_news_is_not_red(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.request and u.color != "red", u.reasons


@pytest.mark.parametrize("text", [
    "网上看到外地一个老人在家走了好几天才被发现 对门张奶奶这两天一直没露面 屋里电视一直响着",
    "抖音上有个小区狗咬死人 这边楼下那条大狼狗又没拴 正追着小孩跑",
])
def test_a_danger_here_after_a_story_in_words_no_list_knows_stays_red(text: str) -> None:
    u = classify(text, RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons
