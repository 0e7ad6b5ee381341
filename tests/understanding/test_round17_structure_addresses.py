"""Round 17 message structure and house addresses: a quote reply (「name：…」 and a separator line) and a
sign-up chain (#接龙, each poster adding one numbered line) are read from the poster's own part only; the
houses of villa and townhouse estates (N排M号, B7-12, 联排B8, 独栋18号, 我家6号, 7号地下室) and
basement levels written with 层 (负一层 -> "-1"). Receive a message, expect this reading. Sentences are
our own."""
from __future__ import annotations

import pytest

from bot.understanding import classify, parse_location
from bot.understanding.own_words import own_words
from bot.understanding.types import Context

RESIDENT = Context(sender_role="resident")
SEP = "- - - - - - - - - -"


def _where(text: str) -> dict[str, str]:
    loc = parse_location(text)
    return {k: v for k in ("building", "unit", "floor", "room") if (v := getattr(loc, k))} if loc else {}


def _chain(*entries: str, remark: str = "") -> str:
    head = "#接龙\n周日上午 社区义诊 量血压测血糖\n"
    return head + "\n".join(f"{i}. {e}" for i, e in enumerate(entries, 1)) + (f"\n\n{remark}" if remark else "")


# --- the poster's own words --------------------------------------------------------------------------

def test_a_chain_is_read_from_its_newest_entry_and_the_remark_under_it() -> None:
    text = _chain("社工小吴（示例）", "2-3-401 周 两人", "7-1-602 何 一人",
                  remark="另外说一下 5幢二单元的楼道灯坏了好几天了 麻烦派人修修")
    own = own_words(text)
    assert own is not None and own.text.startswith("3. 7-1-602") and own.remark.startswith("另外")
    u = classify(text, RESIDENT)
    assert u.request and u.color == "yellow" and u.category == "facility", u.reasons
    assert u.location is not None and (u.location.building, u.location.unit, u.location.room) == ("5", "2", None)
    assert any(r.startswith("own words") for r in u.reasons)


def test_a_chain_entry_without_a_remark_gives_its_own_address() -> None:
    u = classify(_chain("社工小吴（示例）", "2-3-401 周 两人", "7-1-602 何 一人"), RESIDENT)
    assert not u.request
    assert u.location is not None and (u.location.building, u.location.unit, u.location.room) == ("7", "1", "602")


def test_a_danger_in_the_chain_title_makes_no_red_for_a_plain_entry() -> None:
    text = "#接龙\n燃气泄漏应急演练 周六上午 请报名\n1. 网格员小钱\n2. 4-2-301 宋 一人"
    u = classify(text, RESIDENT)
    assert not u.request, u.reasons


@pytest.mark.parametrize("text", [
    # the poster's own numbered points: every one is theirs
    "【反映几个问题】\n1. 我们楼下的路灯不亮有一个礼拜了，晚上走路看不见；\n2. 垃圾桶满了没人清。",
    "1. 三楼楼道的窗户关不上了，风一吹就砰砰响，麻烦看下\n2. 还有门禁也刷不开",
    # the first post of a chain: its notice is the poster's own
    "#接龙\n下周二统一清洗油烟机，要洗的接龙\n1. 3-1-201 张",
    "今天风好大",
])
def test_no_own_words_step_for_other_messages(text: str) -> None:
    assert own_words(text) is None


def test_a_quote_reply_is_read_from_the_words_outside_the_quote() -> None:
    quote = "「物业小李：明天上午九点到十一点 全小区停水检修 请提前储水」"
    own = own_words(f"{quote}\n{SEP}\n好的 谢谢提醒")
    assert own is not None and own.text == "好的 谢谢提醒" and own.quoted == quote
    assert not classify(f"{quote}\n{SEP}\n好的 谢谢提醒", RESIDENT).request
    # the quote may stand after the poster's words
    assert own_words(f"我们单元楼道还是黑的\n{SEP}\n「楼长：楼道灯都换好了」").text == "我们单元楼道还是黑的"


def test_a_danger_only_in_the_quote_makes_no_red() -> None:
    text = f"「网格员：昨晚5幢有户人家厨房着火，已经扑灭，大家注意用火安全」\n{SEP}\n收到 我们会注意的"
    u = classify(text, RESIDENT)
    assert not u.request, u.reasons


def test_a_quote_without_a_separator_is_left_whole() -> None:
    assert own_words("「电梯又坏了」 到现在还没人来修") is None


# --- villa and townhouse houses ----------------------------------------------------------------------

@pytest.mark.parametrize("text, where", [
    ("8排5号院子里的水管爆了", {"building": "8", "room": "5"}),
    ("十一排最西边7号门口积水很深", {"building": "11", "room": "7"}),
    ("我们6排门口那盏路灯不亮", {"building": "6"}),
    ("C3-14家的狗一直叫", {"building": "3", "room": "14"}),
    ("我家A2-7的燃气表不走字了", {"building": "2", "room": "7"}),
    ("联排C5的雨水管堵了", {"building": "5"}),
    ("独栋22号门口的树倒了", {"building": "22"}),
    ("我家8号后院的围墙裂了", {"room": "8"}),
    ("3号地下室墙角在渗水", {"room": "3"}),
    ("地库负一层的排风扇坏了", {"floor": "-1"}),
    ("6栋地下二层的灯不亮", {"building": "6", "floor": "-2"}),
])
def test_villa_and_townhouse_addresses(text: str, where: dict[str, str]) -> None:
    assert _where(text) == where


@pytest.mark.parametrize("text, where", [
    ("门口停了一排电动车", {}),              # a row of bikes
    ("楼下第三排车位有人乱停", {}),           # an ordinal
    ("2栋楼道统一排查一下电线", {"building": "2"}),
    ("小区排水沟堵了", {}),
    ("车库b2-15车位被人占了", {}),            # a parking space, not a townhouse
    ("我家5号下午搬家", {}),                  # a date, not a house
    ("3-2-301厨房漏水", {"building": "3", "unit": "2", "room": "301"}),
    ("5号楼3单元停电了", {"building": "5", "unit": "3"}),
    ("负一楼的下水道在冒水", {}),             # 负一楼 is left unread (labels differ)
    ("负一层、负二层都进水了", {}),           # a list of levels names none
])
def test_not_a_row_a_block_or_a_house(text: str, where: dict[str, str]) -> None:
    assert _where(text) == where


def test_own_words_the_model_alone_read_keep_the_calmer_reading_of_what_they_answer() -> None:
    from bot.understanding.hybrid import _in_reply_to
    from bot.understanding.types import Understanding

    alone = Understanding(True, "red", "safety", None, ("model: reads as a danger",), model_only=True)
    whole = Understanding(True, "blue", "affairs", None, ())
    u = _in_reply_to(alone, whole)
    assert (u.color, u.category) == ("blue", "affairs") and "read with the message it answers" in u.reasons[-1]
    # never more urgent than the own words, nor a request the own words are not
    assert _in_reply_to(Understanding(True, "yellow", "facility", None, (), model_only=True),
                        Understanding(True, "red", "safety", None, ())).color == "yellow"
    assert _in_reply_to(alone, Understanding(False, None, None, None, ())).color == "red"
