"""Round 26 code health (u26h): red.py, red_readings.py, adjust.py, responders.py and vocabulary.py were split
along their seams, moving code without changing a reading. Each new module is asked here for what it reads,
with near misses; the responder path is read end to end (a leader passing up, staff answering, a leader
handling it). Receive a message, expect this reading. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify
from bot.understanding.cue_index import group_by_first_part, word_combos_by_rare_part
from bot.understanding.cue_negation import negation
from bot.understanding.distress import distress
from bot.understanding.fall_readings import fall_unharmed, grazed
from bot.understanding.intervene_asked import plea_to_intervene
from bot.understanding.leak_readings import mild_leak, through_roof
from bot.understanding.office_question import asks_office
from bot.understanding.passing_up import ask_passed_up, asks_up
from bot.understanding.red_set_aside import set_aside
from bot.understanding.responder_handling import busy, handling
from bot.understanding.normalising import normalise
from bot.understanding.scan import Scan
from bot.understanding.smoke_explained import smoke_explained
from bot.understanding.still_works import repeated_breakdowns, without
from bot.understanding.vocabulary import default_vocabulary

VOCAB = default_vocabulary()


def _scan(text: str) -> tuple[Scan, str]:
    t = normalise(text, VOCAB)
    return Scan(t, VOCAB), t


def _hit(scan: Scan, family: str):
    return next(h for h in scan.hits if h.family.name == family)


# --- cue_negation.py: a cue denied right before it, not a question
def test_a_denied_cue_is_negated_and_the_fault_beside_it_is_not() -> None:
    scan, t = _scan("电梯里没有困人 就是停在三楼不动了")
    assert {negation(scan, t, h) for h in scan.hits if h.family.name == "trapped"} == {"没"}
    assert all(negation(scan, t, h) is None for h in scan.hits if h.family.name == "lift_out")


def test_a_question_is_no_denial() -> None:
    scan, t = _scan("楼道里是不是着火了 好大的味")
    fire = [h for h in scan.hits if h.family.name == "fire"]
    assert fire and all(negation(scan, t, h) is None for h in fire)


# --- smoke_explained.py: a fire denied, then a harmless source named
@pytest.mark.parametrize("text, source", [
    ("大家别怕 不是着火，是楼下饭店在烧烤 烟飘上来了", "烧烤"),
    ("没着火 是保洁在烧落叶 烟有点大", "烧落叶"),
])
def test_smoke_from_a_source_named_after_a_denial(text: str, source: str) -> None:
    scan, t = _scan(text)
    assert smoke_explained(scan, t) == source


@pytest.mark.parametrize("text", [
    "楼下烧烤的烟好大 熏死了",                       # no fire denied
    "是不是着火了 楼道里好多烟",                      # a question, no denial
])
def test_no_source_explains_the_smoke(text: str) -> None:
    scan, t = _scan(text)
    assert smoke_explained(scan, t) is None


# --- distress.py: a cry for help about a person
def test_a_cry_for_help_about_a_relative_is_distress() -> None:
    scan, t = _scan("救命 我爸倒在卫生间起不来了")
    hit = distress(scan, t, VOCAB)
    assert hit is not None and hit.family.color == "red"


def test_a_laughing_cry_is_none() -> None:
    scan, t = _scan("哈哈哈 救命 这只猫太会演了")
    assert distress(scan, t, VOCAB) is None


# --- fall_readings.py and red_set_aside.py
def test_a_fall_said_plainly_unharmed() -> None:
    scan, _t = _scan("我妈在单元门口的坡上滑倒了 还好没事 那个坡太滑了")
    assert fall_unharmed(scan, _hit(scan, "person_down")) == "还好没事"


def test_a_fall_unharmed_only_as_a_question_is_not_set_aside() -> None:
    scan, _t = _scan("刚才有个老人在楼梯上摔倒了 人没事吧")
    h = _hit(scan, "person_down")
    assert fall_unharmed(scan, h) is None


def test_the_set_aside_reason_names_the_reading() -> None:
    scan, _t = _scan("我妈在单元门口的坡上滑倒了 还好没事 那个坡太滑了")
    why = set_aside(scan, _hit(scan, "person_down"))
    assert why is not None and "did no harm" in why[0] and why[1]


# --- leak_readings.py, still_works.py, intervene_asked.py
@pytest.mark.parametrize("text", ["五楼楼道墙上在渗水", "楼道里一直滴水"])
def test_a_small_leak_in_the_stairwell_is_yellow(text: str) -> None:
    scan, t = _scan(text)
    reasons: list[str] = []
    assert mild_leak(_hit(scan, "burst_pipe"), "orange", t, reasons) == "yellow"
    assert "a small leak in a common area" in reasons[0]


def test_a_stairwell_leak_reaching_a_home_stays_orange() -> None:
    scan, t = _scan("楼道一直在漏水 都流到我家客厅了")
    reasons: list[str] = []
    assert mild_leak(_hit(scan, "burst_pipe"), "orange", t, reasons) == "orange" and not reasons


def test_rain_through_the_roof_names_the_roof_not_a_pipe() -> None:
    assert through_roof("顶楼一下雨天台就往屋里渗水", VOCAB) is not None
    assert through_roof("天台的水管爆了 往下流水", VOCAB) is None


def test_breakdowns_counted_while_it_works_now() -> None:
    assert repeated_breakdowns("这电梯一个月坏了三次 能不能彻底修一修") is not None
    assert repeated_breakdowns("这电梯一个月坏了三次 今天又坏了") is None


def test_without_blanks_the_words_out() -> None:
    assert without("门关不上 电梯不走", ("关不上",)) == "门  电梯不走"


# --- responder_handling.py, passing_up.py, office_question.py, and the speaker end to end
def test_busy_and_not_busy() -> None:
    assert busy("大家注意一下")
    assert not busy("大家注意一下", audience=False)
    assert not busy("我不放心这个阀门")


@pytest.mark.parametrize("role, expected", [("leader", True), ("chief", True), ("resident", False), ("staff", False)])
def test_only_a_leader_or_chief_asks_up(role: str, expected: bool) -> None:
    assert asks_up(role, "7栋的水箱盖坏了 请社区尽快安排人换一个") == ("请社区" if expected else None)


def test_a_question_to_the_office_and_one_to_a_resident() -> None:
    assert asks_office("老人助餐补贴找谁报？")
    assert not asks_office("阿姨，是您家厨房漏水吗？")


# What a reader of the text alone finds (fall_readings.grazed, intervene_asked.plea_to_intervene,
# responder_handling.handling, passing_up.ask_passed_up), near misses beside each
_READERS = [
    (grazed, "孙女膝盖擦破了一块", "擦破"),
    (grazed, "手被铁皮划破了", "划破"),
    (grazed, "摔得头破血流 膝盖也擦破了", None),                      # something worse told
    (plea_to_intervene, "楼下天天半夜唱歌 有没有人管管", "管管"),
    (plea_to_intervene, "这事社区能不能出面", "出面"),
    (plea_to_intervene, "周六有没有人来一起打羽毛球", None),          # neighbours asked to join in
    (handling, "收到 我这就过去看", "收到"),
    (handling, "已经安排师傅下午上门", "安排"),
    (handling, "谁在小区里的 帮我去看看三号楼的门", None),             # someone asked to go for the speaker
    (ask_passed_up, "发电机没油了 需要马上调两桶柴油过来", "需要马上调两"),
    (ask_passed_up, "发电机没油了 我去加一点", None),
]


@pytest.mark.parametrize("read, text, expected", _READERS)
def test_what_a_reader_finds(read, text: str, expected: str | None) -> None:
    assert read(text) == expected


# Who speaks, end to end through classify: (role, text, request, the first reason says)
_SPEAKERS = [
    ("leader", "12栋三单元的楼道灯坏了一个星期了 请物业尽快安排电工来换", True, "passes a problem up to the office"),
    ("leader", "有住户反映地下车库的排水沟堵了 麻烦社区协调一下", True, "passes a problem up to the office"),
    ("leader", "收到 我马上联系维修师傅过去看", False, "speaks without an emergency"),
    ("staff", "【通知】本周六上午九点在活动室开楼长会议，请各位准时参加", False, "announces or answers"),
    ("staff", "收到，明天上午师傅过来看", False, "announces or answers"),
    ("staff", "居民反映5栋二单元门口的井盖松了 请物业去看一下", True, "relays a resident's report"),
]


@pytest.mark.parametrize("role, text, asks, says", _SPEAKERS)
def test_who_speaks(role: str, text: str, asks: bool, says: str) -> None:
    u = classify(text, Context(sender_role=role))
    assert u.request is asks and says in u.reasons[0], u.reasons


# --- cue_index.py: the filing the scan looks up
def test_words_grouped_by_first_part_keep_their_list_positions() -> None:
    groups = dict(group_by_first_part(("电梯+停", "楼道", "电梯+坏")))
    assert groups["电梯"] == ((0, "电梯+停", ("停",)), (2, "电梯+坏", ("坏",)))
    assert groups["楼道"] == ((1, "楼道", ()),)


def test_an_a_plus_b_entry_is_filed_under_its_rarer_part() -> None:
    entries = (("电梯+停", frozenset({"电梯", "停"})), ("电梯+坏", frozenset({"电梯", "坏"})))
    filed = word_combos_by_rare_part(entries)
    assert "电梯" not in filed and {"停", "坏"} == set(filed)
