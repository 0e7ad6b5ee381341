"""Round 16 repeat linking, second pass: everyday words for known problems the cue lists missed (no gas
told as 还没有气 / Hubei 冇得气, a light gone dark, a router's red light, Cantonese 入水 for water
coming in, the voice typo 拉圾), so a neighbour's report of the same outage has a family to link by;
a status question naming a problem of its own (整栋没电) is not the ticket of another (water at the
meter box); a question to the office that only asks when the broken thing is mended (啥时候能修) is no
consultation and joins the ticket about it. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import match_repeat
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.status_ask import asks_when_fixed
from bot.understanding.vocabulary import normalise_words

from tests.understanding.linking import RESIDENT
from tests.understanding.linking import open_ticket as _ticket


def _link(text: str, t, sender: str = "r2"):
    return match_repeat(classify_rules(text, RESIDENT), normalise_words(text), sender, "4", [t])


def _family(text: str) -> str | None:
    fams = [k for k in classify_rules(text, RESIDENT).keywords if not k.startswith(("~", "@", "%"))]
    return fams[0] if fams else None


# ------------------------------------------------------------------ everyday words, known families
@pytest.mark.parametrize("text, family", [
    ("都下午三点了还没有气 燃气公司也不来人", "no_gas"),
    ("我们五单元也冇得气 中饭都没法做", "no_gas"),        # Hubei 冇得 = 没有
    ("二楼拐角的灯又黑了 上下楼全靠手机照", "light_out"),
    ("一楼大堂盏灯黑咗成晚", "light_out"),
    ("楼下啲灯又黑咗，行楼梯好惊", "light_out"),           # Cantonese 黑咗 = 黑了
    ("公寓的路由器一直闪红灯 网页打不开", "property_complaint"),
    ("地下停车场开始入水，啲车快啲拣走", "flooding"),      # Cantonese 入水 = 进水
])
def test_everyday_words_name_the_family(text: str, family: str | None) -> None:
    assert _family(text) == family, classify_rules(text, RESIDENT).reasons


@pytest.mark.parametrize("text", [
    "天黑了记得开灯 别摔着",          # dark outside, no light out
    "电动车轮胎没有气了 哪里能打气",   # a flat tyre is no gas supply
])
def test_look_alikes_name_no_outage(text: str) -> None:
    assert _family(text) not in ("no_gas", "light_out")


def test_the_voice_typo_of_rubbish_reads_as_rubbish() -> None:
    assert "垃圾" in normalise_words("楼下拉圾桶满了没人倒")


def test_a_neighbour_without_gas_too_joins_the_gas_ticket() -> None:
    t = _ticket("说好中午恢复供气 到现在还没有气 饭都做不了", minutes=8)
    m = _link("我们三单元也冇得气 打客服也打不进", t)
    assert m is not None and m.ticket_no == 9, m


# ------------------------------------------------------------------ status questions
def test_a_status_question_about_its_own_outage_is_not_the_flood_ticket() -> None:
    t = _ticket("一楼商铺进水了 水快淹到电表箱了 快来人拉闸", minutes=600)
    m = _link("电什么时候恢复啊 整栋楼一晚上都没电 冰箱东西全坏了", t)
    assert m is None, m


def test_a_question_when_the_thing_is_mended_joins_the_ticket_about_it() -> None:
    t = _ticket("洗衣房那台洗衣机付了钱不转 衣服泡在里面拿不出来", minutes=900)
    text = "一个礼拜了 洗衣房排队排到半夜 物业什么时候修好"
    assert classify_rules(text, RESIDENT).color == "blue"   # read as a question to the office
    m = _link(text, t)
    assert m is not None and m.ticket_no == 9, m


@pytest.mark.parametrize("text, words", [
    ("电梯啥时候能修啊", "什么时候能修"),
    ("门禁修好了没", "修好了没"),
    ("车棚什么时候能用", None),              # when a closed place opens again: a question of its own
    ("电梯卡什么时候能修改权限", None),       # a card, not the broken thing
])
def test_asking_when_it_is_mended(text: str, words: str | None) -> None:
    assert asks_when_fixed(normalise_words(text)) == words
