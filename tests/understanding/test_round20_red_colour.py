"""Round 20 red and colour in new styles: a fire told as "X着了", smoke pouring in, an extinguisher called for,
a stove that leaks, a sheet about to be blown off are red; a supposed fire (着了火咋整), mud on a road, bloody
water from a meat box, glass already lying on the floor, a chimney's smoke, a gap in a boundary wall, a fall told
unhurt, a bedridden parent's meals are not. An orange problem the rules named needs a surer danger reading from
the model. Same-day needs and hazards in new words are orange. Receive a message, expect this colour.
Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify
from bot.understanding.classifier import classify as classify_rules

RESIDENT = Context(sender_role="resident", chat_building="4")


def _rules(text: str, context: Context = RESIDENT):
    return classify_rules(text, context)


@pytest.mark.parametrize("text", [
    "后院的柴火垛着了 火苗子窜得老高",
    "车棚里一辆电瓶车也着了 快来人",
    "楼后头的垃圾桶着起来了 风一吹往这边刮",
])
def test_a_thing_that_caught_is_a_fire(text: str) -> None:
    u = _rules(text)
    assert (u.request, u.color, u.category) == (True, "red", "safety"), u.reasons


@pytest.mark.parametrize("text", [
    "孩子刚睡着了 楼上别再拖椅子了",
    "丢的钥匙找着了 谢谢大家",
    "我家炉子着了 今天屋里暖和多了",
])
def test_caught_after_a_verb_or_a_stove_lit_is_no_fire(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.color != "red", u.reasons


@pytest.mark.parametrize("text", [
    "三楼不知道烧啥呢 烟往楼上窜 楼道里看不清",
    "谁家有灭火器 快送到五单元门口",
    "楼下那家炉子漏烟 味都往我家钻",
    "我家煤炉漏了 屋里一股子怪味",
    "楼顶的铁皮被风刮得随时要飞下来 楼下全是放学的娃",
])
def test_new_words_for_a_danger_now_are_red(text: str) -> None:
    u = _rules(text)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    "灭火器都过期两年了 能不能换一批新的",
    "保安已经拎着灭火器上去了 大家在楼下等着",
])
def test_an_extinguisher_not_called_for_is_no_fire(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.color != "red", u.reasons


def test_a_fire_supposed_is_a_stated_risk() -> None:
    u = _rules("楼道里堆满了纸壳子 着了火咋整 赶紧清一清")
    assert u.request and u.color in ("orange", "yellow"), u.reasons


@pytest.mark.parametrize("text, color", [
    ("小区后门那段路一下雨就是泥潭 鞋都拔不出来 能不能垫点砖", "yellow"),
    ("水产摊的泡沫箱摆在单元门口 血水淌了一路 腥得很", "yellow"),
    ("楼梯间窗户玻璃碎了 渣子落了一地 找人扫扫吧", "yellow"),
    ("供暖站烟囱冒黑烟 阳台上晾的床单落满了灰", "yellow"),
    ("楼门口结了冰 我早上滑了一跤 人倒是没大事 快撒点盐", "orange"),
    ("我爸中风瘫在床上好几年了 保姆这两天请假 家里没人做饭 能帮送两顿吗", "orange"),
])
def test_red_words_with_no_danger_now(text: str, color: str) -> None:
    u = classify(text, RESIDENT)
    assert (u.request, u.color) == (True, color), u.reasons


def test_a_fall_on_ice_with_someone_hurt_stays_red() -> None:
    u = _rules("楼门口全是冰 我妈刚滑了一跤 腿疼得站不起来")
    assert u.color == "red", u.reasons


@pytest.mark.parametrize("text", [
    "我家暖气阀门那儿滋水 拿桶接着呢",
    "后窗外头有个马蜂窝 有脸盆那么大",
])
def test_an_orange_problem_needs_a_surer_danger_reading(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.request and u.color != "red", u.reasons


@pytest.mark.parametrize("text", [
    "挡墙墙根一直往外冒黄泥 下了三天雨了",
    "楼上还在漏 我家顶上都泡了 房东联系不上",
    "3号楼门口的井盖让人偷走了 路灯也不亮",
    "我爸八十五了 这两天吃不下饭 我在外地 能不能有人去看看",
    "巷子口那根电线垂下来了 个子高的都快碰到人头",
])
def test_same_day_needs_and_growing_hazards_are_orange(text: str) -> None:
    u = _rules(text)
    assert (u.request, u.color) == (True, "orange"), u.reasons


def test_a_gap_fallen_in_a_boundary_wall_is_no_falling_danger() -> None:
    u = _rules("北边院墙塌了一段 晚上总有外人翻进来")
    assert (u.request, u.color) == (True, "yellow"), u.reasons


def test_water_knee_deep_on_a_road_is_no_flooded_home() -> None:
    u = classify("菜场那条路上水到膝盖了 老人们出不了门买菜 能不能帮着送点吃的", RESIDENT)
    assert (u.request, u.color, u.category) == (True, "orange", "care"), u.reasons


def test_water_knee_deep_in_a_home_with_an_old_person_stays_red() -> None:
    u = _rules("水漫进屋了 都到膝盖了 我奶奶瘫在床上动不了")
    assert u.color == "red", u.reasons
