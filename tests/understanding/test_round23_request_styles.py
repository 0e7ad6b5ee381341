"""Round 23 request vs chatter in new styles. Requests kept: Kunming 给 + verb asks (给可以 / 给能 / 给有 / 给是),
莫人 = 没人, 哪点 = 哪里, a clause-final 喃; Baoding 多咱 / 夜来; an elderly writer's toneless pinyin; a promise
recalled (说好的) is no "OK"; rats that came out (出来了) are no repairer who came; a fix that lasted a day after
the fault is told back; an ask before 不然 / 否则 (the danger after it only imagined, and read as none); a
leader's where-question with no question mark. Chatter: a threat for next time (以后谁再…我就举报), a
remark opening with 难怪, a retort closing 至于嘛, a flat told warm again (也热乎了), 人家也 (they too) as no
"me too". For every rule that drops a request, real requests in the same words stay requests.
Receive a message, expect this decision. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify
from bot.understanding.ask_then_risk import asked_before_consequence
from bot.understanding.dialect import to_mandarin
from bot.understanding.me_too import here_too
from bot.understanding.no_wonder import no_wonder
from bot.understanding.short_lived import fix_short_lived

RESIDENT = Context(sender_role="resident")
LEADER = Context(sender_role="leader")


@pytest.mark.parametrize("text,folded", [
    ("物业给可以派人来看一哈", "可不可以派人"),
    ("楼下那个狗天天叫 给能说说主人", "能不能说说"),
    ("这边给有修电动车的", "有没有修电动车"),
    ("早上一滴水都没有 给是停水了", "是不是停水"),
    ("房东给晓得", "知不知道"),
    ("垃圾三天莫人收", "没人收"),
    ("老年卡在哪点办", "在哪里办"),
    ("电梯多咱能修好", "什么时候能修好"),
    ("夜来个楼道灯就不亮了", "昨天楼道灯"),
])
def test_regional_question_words_are_read_as_mandarin(text: str, folded: str) -> None:
    assert folded in to_mandarin(text)


@pytest.mark.parametrize("text", [
    "社区给有老人的户送了米和油",      # Mandarin "for households that have elderly"
    "交给是谁的事",                    # after a verb of handing
    "这是给能力差的孩子补课的",         # 给能力
])
def test_mandarin_gei_stays(text: str) -> None:
    assert "不" not in to_mandarin(text) and "没有" not in to_mandarin(text)


def test_pinyin_fault_words_are_read() -> None:
    assert to_mandarin("dian ti you huai le wo zhu 9 lou xia bu lai") .startswith("电梯")
    assert "坏了" in to_mandarin("lou dao deng huai le")


@pytest.mark.parametrize("text", [
    "我妈腿脚不方便去不了卫生院 给可以上门打疫苗 住3幢六楼",
    "路灯又不亮了 才修好两天",
    "下水道赶紧来通一下 不然下雨还要淹进屋",
    "楼道的垃圾还是莫人收 昨晚老鼠都出来了",
    "dian ti you huai le wo zhu 12 lou xia bu qu",
])
def test_requests_in_new_styles_are_requests(text: str) -> None:
    assert classify(text, RESIDENT).request


def test_a_promise_recalled_is_no_ok() -> None:
    u = classify("后街的夜宵摊昨晚又闹到一点 说好的十一点收摊喃", RESIDENT)
    assert not any("acknowledgement" in r for r in u.reasons)


def test_a_leader_asks_where_a_form_goes_without_a_question_mark() -> None:
    # the rules' reading: the model retrained on 91 corpora is unsure of this one (request p about .2) and may overrule
    u = classify("5号楼这周搬来两户新租客 登记表交到哪里", LEADER)
    assert "leader asks the office a question" in u.reasons, u.reasons
    assert any("blue: cue '登记'" in r for r in u.reasons), u.reasons
    assert not u.fixed_report


def test_someone_out_of_a_lift_yesterday_stays_over() -> None:
    assert classify("昨天困在电梯里的人早出来了 谢谢师傅", RESIDENT).fixed_report


def test_bottled_gas_smelt_with_de_is_red_safety() -> None:
    u = classify("路过二楼闻到好大一股液化气的味道 敲门也莫人应", RESIDENT)
    assert u.request and u.color == "red" and u.category == "safety"


def test_a_leader_telling_residents_stays_a_notice() -> None:
    assert not classify("大家注意 明天上午停水 提前接好水", LEADER).request


@pytest.mark.parametrize("text", [
    "以后谁再把电动车推进楼道充电 我第一个打电话举报",
    "再让我看到哪家往楼下扔垃圾 我就拍照发群里",
])
def test_a_threat_for_next_time_is_chatter(text: str) -> None:
    assert not classify(text, RESIDENT).request


@pytest.mark.parametrize("text", [
    "一楼楼道又有人在充电了 以后谁再充就举报 社区管管",
    "楼道里又有电动车在充电 线拖了一地",
])
def test_charging_told_now_stays_a_request(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.request and u.color in ("orange", "red")


def test_a_no_wonder_remark_is_chatter() -> None:
    assert not classify("难怪 对门那小伙天天半夜回来 关门咣咣响", RESIDENT).request
    assert no_wonder("怪不得早上看到有人在拍照") == "怪不得"


@pytest.mark.parametrize("text", [
    "难怪水这么小 能不能来看看",
    "单元门锁坏了一个月了 难怪老丢快递 修一下嘛",
])
def test_no_wonder_beside_an_ask_stays_a_request(text: str) -> None:
    assert no_wonder(text) is None
    assert classify(text, RESIDENT).request


def test_a_retort_with_ma_is_chatter() -> None:
    assert not classify("为了一个车位吵了三天 都是老邻居 至于嘛", RESIDENT).request


def test_warm_again_is_a_fixed_report() -> None:
    u = classify("我家也热乎了 今晚能睡个好觉", RESIDENT)
    assert not u.request and u.fixed_report


def test_still_cold_stays_a_request() -> None:
    u = classify("俺家暖气还是不热乎 屋里才十二度", RESIDENT)
    assert u.request and u.color == "orange"


def test_they_too_is_no_me_too() -> None:
    assert not here_too("人家也就吵这两天 忍忍吧")
    assert here_too("我家也停水了")


def test_a_short_lived_fix_needs_the_fault_back_first() -> None:
    t = "楼道灯又黑了 才亮了一天"
    assert fix_short_lived(t, t.index("亮了"), t.index("亮了") + 2) == "才…一天"
    t = "楼道灯才修好一天 别催了"
    assert fix_short_lived(t, t.index("修好"), t.index("修好") + 2) is None


def test_an_ask_before_a_consequence() -> None:
    assert asked_before_consequence("屋顶什么时候来补 否则雨季又要漏") == "什么时候来补"
    assert asked_before_consequence("电动车别在楼道充 不然着火了跑不出去") is None
    assert asked_before_consequence("要不要报一下 要不是我看见就出事了") is None


def test_a_consequence_alone_reads_no_danger() -> None:
    u = classify("赶紧找人来把楼顶水箱盖好 不然小孩掉进去咋办", RESIDENT)
    assert u.request and u.color != "red"
