"""Round 16 review of the reporter coming back ("还是", "到现在还"): a floor, a room or a place word shared
with their old ticket does not make the reporter's NEW problem the old one still there when the message
names a thing the ticket does not (a light, a tap, a security door, cockroaches, cigarette ends, a dog,
an extinguisher taken too) or a problem of another family; the same category, a category-wide family or
the model's guessed category is no tie on its own. The same room still leaking, the same floor's water
pressure still low, the same thing named again still join. Receive a message next to the sender's own
open ticket, expect this link or none. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import match_repeat
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.vocabulary import normalise_words

from tests.understanding.linking import RESIDENT, model_request
from tests.understanding.linking import open_ticket as _ticket

_DAY = 24 * 60.0


def _link(text: str, t, sender: str = "r1", model: str | None = None):
    u = model_request(text, model) if model else classify_rules(text, RESIDENT)
    return match_repeat(u, normalise_words(text), sender, "4", [t])


# ------------------------------------------------------------------ a new problem at the same place
@pytest.mark.parametrize("report, text", [
    ("9楼走廊的窗玻璃裂了一道缝 冷风往里钻", "9楼的灯到现在还是不亮 走路都看不见"),                  # floor only, a light
    ("我家606阳台地漏堵了 水排不下去", "606卫生间的水龙头还在漏水 拧不紧"),                       # room only, a tap
    ("我家1105的窗户把手掉了 关不严实", "1105的防盗门还是锁不上 钥匙插进去转不动"),               # room only, the door
    ("907空调外机漏电跳闸了 一直合不上闸", "907到现在还没有热水 燃气热水器点不着"),               # room only, a heater
    ("我家707卫生间下水道有股臭味", "707到现在还有蟑螂 厨房里爬来爬去 能不能统一消杀"),         # room only, pests
    ("4楼楼梯扶手松了 一扶就晃", "4楼的窗户还是关不上 一刮风就砰砰响"),                        # one broad family
])
def test_a_new_thing_sharing_only_a_floor_or_room_is_not_the_old_ticket(report: str, text: str) -> None:
    m = _link(text, _ticket(report, minutes=2 * _DAY))
    assert m is None or "comes back" not in m.reasons[0], (text, m)


@pytest.mark.parametrize("report, text, model", [
    ("2单元门口的台阶裂了一块 老人容易绊倒", "2单元门口到现在还有人乱丢烟头 能不能摆个烟灰缸", "sanitation"),
    ("草坪上的洒水喷头坏了 一直在喷", "草坪上还是有人遛狗不拴绳 孩子都不敢去玩", "sanitation"),
    ("西门的抬杆坏了 车出不去", "西门到现在还是有电动车乱停 把人行道都挡了", None),
])
def test_a_new_nuisance_at_the_same_place_word_is_not_the_old_ticket(report: str, text: str,
                                                                      model: str | None) -> None:
    m = _link(text, _ticket(report, minutes=2 * _DAY), model=model)
    assert m is None or "comes back" not in m.reasons[0], (text, m)


def test_another_thing_taken_too_is_not_swallowed_by_the_still_broken_box() -> None:
    t = _ticket("3楼消防箱的玻璃碎了 碴子掉了一地", minutes=2 * _DAY)
    m = _link("3楼消防箱还是没人修 里面的灭火器也不见了", t, model="safety")
    assert m is None or "comes back" not in m.reasons[0], m


# ------------------------------------------------------------------ the old problem still there
@pytest.mark.parametrize("report, text, model", [
    ("楼顶渗水 我家1602卧室天花板湿了一大片", "1602还在渗 墙角都发霉了 到底什么时候来", "facility"),   # its symptom
    ("水压太低了 15楼洗衣机都转不起来", "15楼还是水压低 热水器也点不着", None),                   # its symptom
    ("9楼楼道的墙皮掉了一大块 白灰撒了一地", "9楼的墙到底什么时候来补", "facility"),              # nothing new
    ("3单元电梯有异响 咯噔咯噔的 坐着心慌", "3单元电梯还是有异响 没人来看", None),                 # same object
    ("二单元楼道里堆满了旧纸箱 走路都要侧身", "二单元的纸箱到现在还是堆着 没人清", None),          # its cue thing
    ("部𨋢停咗喺五楼 撳乜都冇反应", "部𨋢仲未整返 我哋要行楼梯", None),                              # Cantonese
])
def test_the_reporter_saying_the_same_problem_is_still_there_joins_it(report: str, text: str,
                                                                      model: str | None) -> None:
    m = _link(text, _ticket(report, minutes=2 * _DAY), model=model)
    assert m is not None and m.ticket_no == 9, (text, m)
