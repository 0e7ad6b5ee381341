"""Round 16 repeat linking: the reporter coming back hours or days later to say their problem is still
there ("那堆旧家具还是堆着"), in fewer or other words, joins their own open ticket; a thing happening
anew (又, 还是那家) or mended in between (昨天刚换的) does not. Cantonese 𨋢 (the lift) and 仲未 (still
not) read as their Mandarin words; 还是 followed by a question in another clause is still "still".
Receive a message next to an open ticket, expect this link or none. Sentences are our own."""
from __future__ import annotations

from bot.understanding import match_repeat
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.topic import still_words
from bot.understanding.vocabulary import default_vocabulary, normalise_words

from tests.understanding.linking import RESIDENT, model_request
from tests.understanding.linking import open_ticket as _ticket

_JUNK = "三单元楼道里堆了一堆旧家具和纸箱 楼梯都过不去了 万一着火跑不出去"
_BRANCH = "我家窗外那棵梧桐的树枝伸到阳台上了 虫子老往屋里爬 能不能来修剪一下"
_DAY = 24 * 60.0


def _link(text: str, t, sender: str = "r1", model: str | None = None):
    u = model_request(text, model) if model else classify_rules(text, RESIDENT)
    return match_repeat(u, normalise_words(text), sender, "4", [t])


# ------------------------------------------------------------------ the reporter comes back
def test_the_reporter_saying_it_is_still_there_days_later_joins_their_ticket():
    t = _ticket(_JUNK, minutes=2 * _DAY)
    for text in ("三单元的旧家具还是堆着 说了也没用 社区派个人来吧", "那堆纸箱到现在还没人清 到底管不管"):
        m = _link(text, t)
        assert m is not None and m.ticket_no == 9 and "comes back" in m.reasons[0], (text, m)


def test_the_reporter_back_with_a_worse_form_of_the_same_thing_joins_it():
    t = _ticket(_BRANCH, minutes=3 * _DAY)
    text = "那根树枝还没人来剪 昨晚大风折断了 吊在阳台外面晃 会砸到楼下的人"
    m = _link(text, t)
    assert m is not None and m.ticket_no == 9, m


def test_a_neighbour_or_another_place_or_another_thing_is_not_the_reporter_coming_back():
    t = _ticket(_JUNK, minutes=2 * _DAY)
    m = _link("三单元的旧家具还是堆着 社区派个人来吧", t, sender="r7")   # a neighbour: weighed elsewhere
    assert m is None or "comes back" not in m.reasons[0], m
    for text in ("一单元的旧家具还是堆着 社区派个人来吧",       # another unit
                 "楼道灯还是不亮 晚上黑乎乎的 麻烦换一下"):   # another thing
        m = _link(text, t)
        assert m is None, (text, m)


def test_the_thing_happening_anew_is_not_the_old_ticket_still_open():
    t = _ticket("五楼走廊有人推了辆电动车在充电 插线板从屋里拉出来的", minutes=3 * _DAY)
    for text in ("今天又推上来充电了 还是五楼 还是那辆蓝色的 上回说了没用？",):
        m = _link(text, t)
        assert m is None or "comes back" not in m.reasons[0], (text, m)


def test_mended_in_between_is_a_new_breakdown_not_the_old_ticket():
    t = _ticket("二单元四楼楼道灯不亮了 晚上摸黑上楼", minutes=2 * _DAY)
    m = _link("二单元四楼的灯怎么又不亮了 前天刚换的 是不是线路坏了", t)
    assert m is None, m


def test_the_reporter_back_on_the_models_word_with_the_same_room_joins_it():
    t = _ticket("隔壁806每天半夜两点还在唱歌 有没有人管管", minutes=_DAY)
    text = "806还在鬼哭狼嚎 都三点了 能不能去敲个门"
    m = _link(text, t, model="safety")   # the model's category is a guess: the room written decides
    assert m is not None and m.ticket_no == 9, m


# ------------------------------------------------------------------ Cantonese words for the same thing
def test_cantonese_lift_and_still_not_read_as_mandarin():
    assert "电梯" in normalise_words("部𨋢又停咗")
    assert "还没" in normalise_words("仲未有人嚟整咩")
    t = _ticket("电梯停在六楼不动了 按哪层都没反应", minutes=5)
    m = _link("𨋢入面好似有人啊 我听到有人喺度拍门", t, sender="r2")
    assert m is not None and m.ticket_no == 9, m


def test_still_in_one_clause_and_a_question_in_another_is_still():
    v = default_vocabulary()
    said = normalise_words("楼下那盏路灯坏了好几天了")
    assert still_words(normalise_words("那盏路灯还是黑的，到底谁来修啊？"), said, v) == ["还是"]
    assert still_words(normalise_words("是路灯坏了还是整条线路没电？"), said, v) is None
