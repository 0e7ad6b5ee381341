"""Regional words that hide a Mandarin cue are read as the Mandarin word: north-west 嫑 / 阿门 / 尕 / 往进,
Henan 不得劲, Beijing 甭 (but 甭提了 stays), Tianjin 嘛时候, Wuhan 么事 (but 什么事 stays), Minnan 歹势, Sichuan 要得, Xinjiang
巴郎子. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify
from bot.understanding.dialect import to_mandarin

RESIDENT = Context(sender_role="resident", chat_building="4")


@pytest.mark.parametrize("text,mandarin", [
    ("水管阿门又冻住了", "水管怎么又冻住了"),
    ("你们嫑往下水道倒剩饭", "你们不要往下水道倒剩饭"),
    ("门缝里烟往进冒", "门缝里烟往里冒"),
    ("我爸这两天腿不得劲", "我爸这两天腿不舒服"),
    ("甭提了 一早上没水", "甭提了 一早上没水"),
    ("您甭着急", "您不用着急"),
    ("嘛时候能修好", "什么时候能修好"),
    ("为么事又停电了", "为什么又停电了"),
    ("有什么事找网格员", "有什么事找网格员"),
    ("歹势问一下", "不好意思问一下"),
    ("巴郎子在楼顶上玩", "男孩在楼顶上玩"),
])
def test_a_regional_word_reads_as_its_mandarin_word(text, mandarin):
    assert to_mandarin(text) == mandarin


def test_a_leader_telling_everyone_not_to_worry_in_north_western_words_is_advice_not_a_request():
    u = classify("大家嫑急 师傅马上到", Context(sender_role="leader", chat_building="4"))
    assert not u.request, u


def test_a_child_named_in_xinjiang_words_on_a_roof_edge_is_a_danger():
    u = classify("三号楼的巴郎子爬到楼顶边上坐着 太危险了 谁去叫一下", RESIDENT)
    assert u.request and u.color == "red", u
