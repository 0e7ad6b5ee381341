"""Round 21 repeat linking in new styles: a neighbour asking after a broken thing hours later in plainer words
(a second language written word by word, "好了吗 还是不动", "一直没人管", "什么时候清", Cantonese 依家 = now); the
thing at it again so soon after it was dealt with ("又满了 这才两天": anew); a northern "闻着了" for smelling the gas
too; a Cantonese "我都系" for "me too"; the reporter answering "which floor?" with a bare place. Sentences are our own."""
from __future__ import annotations

from bot.understanding.dialect import to_mandarin
from bot.understanding.still_same import mended_since
from bot.understanding.place_answer import only_place
from bot.understanding.status_ask import still_not

from tests.understanding.linking import link, model_request, open_ticket


# ------------------------------------------------------------------ asked after hours later, in plainer words
def test_still_not_moving_written_word_by_word_joins_the_lift_report_hours_later():
    t = open_ticket("二单元电梯停了 里面有人在喊 快来", minutes=1500)
    m = link("电梯 好了吗？ 今天 还是 不动 我带着 孩子 上不去", t)
    assert m is not None and m.ticket_no == 9, m


def test_still_not_is_no_contrast():
    assert "还是" not in still_not("今天 还是 不动")
    assert still_not("还是三楼那家") == "还是三楼那家"


def test_when_will_the_garbage_be_cleared_hours_later_joins_the_garbage_report():
    t = open_ticket("楼下垃圾箱满了 好几天没人拉 味道很大", minutes=400)
    m = link("那个垃圾堆什么时候清走啊 都堆到路上了", t)
    assert m is not None and m.ticket_no == 9, m


def test_the_same_floors_light_nobody_sees_to_joins_its_report():
    t = open_ticket("五楼 楼道灯 又不亮了 晚上看不见", minutes=30)
    m = link("五楼的灯 我前天就说了 一直没人管", t)
    assert m is not None and m.ticket_no == 9, m


def test_another_floors_light_nobody_sees_to_is_its_own_report():
    t = open_ticket("五楼 楼道灯 又不亮了 晚上看不见", minutes=30)
    m = link("六楼的灯 我前天就说了 一直没人管", t)
    assert m is None, m


def test_cantonese_now_reads_as_now():
    assert "到现在" in to_mandarin("部车到依家都冇郁过")


# ------------------------------------------------------------------ at it again so soon: anew
def test_full_again_only_days_after_is_the_thing_anew():
    assert mended_since("门口垃圾桶又满了 这才三天")
    assert mended_since("灯又坏了，才过了两天")
    assert not mended_since("垃圾桶满了三天了 还是没人拉")


def test_the_bin_full_again_so_soon_does_not_join_the_old_report():
    t = open_ticket("楼下垃圾箱满了 好几天没人拉 味道很大", minutes=1500)
    m = link("楼下垃圾箱又满了 这才三天 还是没人拉", t)
    assert m is None, m


# ------------------------------------------------------------------ me too in regional words
def test_smelling_it_too_in_northern_words_joins_the_gas_report():
    t = open_ticket("楼道里一股煤气味 谁家燃气漏了 越来越大", minutes=4)
    m = link("我在七楼都闻着了 快来人看看吧", t, u=model_request("我在七楼都闻着了 快来人看看吧", "safety"))
    assert m is not None and m.ticket_no == 9, m


def test_not_smelling_it_in_northern_words_is_no_smell_report():
    t = open_ticket("楼道里一股煤气味 谁家燃气漏了 越来越大", minutes=4)
    m = link("我们七楼没闻着 就是暖气不热", t)
    assert m is None or m.ticket_no != 9 or "smell" not in m.reasons[0], m


def test_cantonese_me_too_joins_the_noise_report():
    t = open_ticket("楼下大排档半夜还在划拳 吵到睡不着", minutes=8)
    m = link("我都系 住五楼 成晚醒", t)
    assert m is not None and m.ticket_no == 9, m


# ------------------------------------------------------------------ the reporter answers "which floor?"
def test_a_bare_place_is_only_a_place():
    assert only_place("九楼 谢谢")
    assert only_place("三单元 702 麻烦了")
    assert not only_place("九楼也是")
    assert not only_place("九楼漏水了")


def test_the_reporter_answering_with_their_floor_follows_up_their_ticket():
    t = open_ticket("电梯又坏了 十八楼的老人坐轮椅下不去楼", minutes=15, reporter="r5")
    m = link("九楼 谢谢", t, sender="r5", u=model_request("九楼 谢谢"))
    assert m is not None and m.ticket_no == 9 and m.kind == "follow_up", m


def test_someone_else_answering_with_a_floor_does_not_follow_up_the_ticket():
    t = open_ticket("电梯又坏了 十八楼的老人坐轮椅下不去楼", minutes=15, reporter="r1")
    m = link("九楼 谢谢", t, sender="r5", u=model_request("九楼 谢谢"))
    assert m is None or m.kind != "follow_up", m
