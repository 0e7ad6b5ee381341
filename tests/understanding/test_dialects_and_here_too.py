"""Dialect writing that hides a danger cue (Cantonese, Wu), reds told by what a machine or a meter
does, and a neighbour's short "here too" joining the report the chat is talking about.
Receive a message, expect this reading. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, TicketView, classify, match_repeat
from bot.understanding.dialect import to_mandarin

RESIDENT = Context(sender_role="resident", chat_building="7")


def _ticket(text: str, minutes: float = 5.0, building: str = "7") -> TicketView:
    u = classify(text, RESIDENT)
    return TicketView(no=3, chat_id="b7", reporter_id="r1", category=u.category, color=u.color,
                      location=u.location, building=building, text=text, minutes_since_last_report=minutes,
                      reporter_ids=("r1",), keywords=u.keywords)


# ------------------------------------------------------------------ folding
@pytest.mark.parametrize("raw, folded", [
    ("侬屋里今朝有水伐？", "你家里今天有水吗？"),            # Wu: only folded where Wu grammar shows
    ("山上禁止砍伐", "山上禁止砍伐"),                        # 伐 of Mandarin stays
    ("伊讲明天来", "伊讲明天来"),                           # no Wu mark: 伊 / 讲 stay
    ("头先见到嗰条电线甩咗皮", "刚才见到那条电线掉了皮"),       # Cantonese
    ("我哋都冇电", "我们也没电"),
])
def test_wu_and_cantonese_function_words_fold(raw, folded):
    assert to_mandarin(raw) == folded


# ------------------------------------------------------------------ reds behind dialect words or effects
@pytest.mark.parametrize("text, category", [
    ("车库入口嗰度有条线甩咗皮，一路喺度跳火花", "safety"),              # Cantonese: wire lost its sheath, sparks
    ("阿拉隔壁阿伯跌倒勒楼梯上，头上有血，叫伊勿应", "care"),            # Wu: fallen, bleeding, not answering
    ("电梯里厢的人讲伊透勿过气了，侬拉快点", "care"),                    # Wu: someone short of breath
    ("屋里灶台热水器都关着，燃气表还一直在走，是不是哪里漏了", "safety"),   # the meter runs with nothing on
    ("停电了，我爸的呼吸机全靠备用电池，最多撑两个钟", "care"),          # life support on its last battery
    ("7栋高层有户把晾衣架和花盆摆在阳台外面栏杆上，今天大风橙色预警", "safety"),
])
def test_dialect_or_effect_reds(text, category):
    u = classify(text, RESIDENT)
    assert (u.request, u.color, u.category) == (True, "red", category), u.reasons


@pytest.mark.parametrize("text", [
    "阿拉今朝去菜场买了两斤虾，交关新鲜",           # Wu chatter stays chatter
    "佢哋今日去饮茶，好开心",                      # Cantonese chatter
    "煤气表读数拍给我，我帮你报上去",               # a gas meter without it running by itself
])
def test_dialect_chatter_is_no_red(text):
    u = classify(text, RESIDENT)
    assert u.color != "red", u.reasons


# ------------------------------------------------------------------ a short "here too"
@pytest.mark.parametrize("first, text", [
    ("7栋从早上开始就没水了，什么时候来水", "我们也是"),
    ("7栋从早上开始就没水了，什么时候来水", "係呀，我哋十楼都冇"),
    ("7栋电梯又停了 没人在里面 老人上不去", "+1"),
    ("二单元楼道的灯全不亮了 晚上黑乎乎的", "对的，我家门口也是一片黑"),
])
def test_short_here_too_from_a_neighbour_joins_the_latest_report(first, text):
    t = _ticket(first)
    m = match_repeat(classify(text, RESIDENT), text, "r2", "7", [t])
    assert m is not None and m.ticket_no == 3 and m.kind == "repeat", m


@pytest.mark.parametrize("text, minutes, building", [
    ("我也不知道啊", 5.0, "7"),                 # agreeing with nothing to report
    ("对，谢谢楼长", 5.0, "7"),                 # thanks
    ("我们也是", 90.0, "7"),                    # long after: not about that report
    ("9栋我们也是", 5.0, "7"),                  # another building
])
def test_here_too_that_is_no_report_of_it(text, minutes, building):
    t = _ticket("7栋从早上开始就没水了，什么时候来水", minutes=minutes, building=building)
    u = classify(text, RESIDENT)
    where = u.location.building if u.location and u.location.building else "7"   # as the ticket service does
    assert match_repeat(u, text, "r2", where, [t]) is None


def test_here_too_naming_another_problem_is_its_own_ticket():
    t = _ticket("7栋电梯又停了 没人在里面 老人上不去")
    text = "我家也停电了 冰箱都不转了"
    m = match_repeat(classify(text, RESIDENT), text, "r2", "7", [t])
    assert m is None
