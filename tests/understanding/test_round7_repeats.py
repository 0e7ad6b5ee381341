"""Round 7 repeat linking: a neighbour's "就是，..." agrees (it is no "but"); a bare "me too" whose
category only the model guessed still joins the report just made; the same kind of fault hours later
is another one unless it says the problem is still there; "I called too" is no report. Receive a
message next to an open ticket, expect this link or none. Sentences are our own."""
from __future__ import annotations

from bot.understanding import Context, Location, TicketView, Understanding, match_repeat
from bot.understanding.classifier import classify as classify_rules

RESIDENT = Context(sender_role="resident", chat_building="4")
MODEL_SAID = ("not request: no problem or ask cue", "model: request p=0.90")


def _ticket(text: str, minutes: float = 4.0, reporter: str = "r1") -> TicketView:
    u = classify_rules(text, RESIDENT)
    return TicketView(no=7, chat_id="b4", reporter_id=reporter, category=u.category, color=u.color,
                      location=u.location, building="4", text=text, minutes_since_last_report=minutes,
                      reporter_ids=(reporter,), keywords=u.keywords, minutes_since_report=minutes)


def _model_only(category: str, location: Location | None = None) -> Understanding:
    """What the statistical model alone makes of a reply with no problem word of its own."""
    return Understanding(request=True, color="yellow", category=category, location=location,
                         reasons=MODEL_SAID, model_only=True)


# ------------------------------------------------------------------ "就是" opens an agreement, not a contrast
def test_a_reply_opening_with_jiushi_agrees_with_the_report():
    t = _ticket("楼道里又有人拉线给电动车充电 插板就放在纸箱上 太危险了")
    m = match_repeat(_model_only("noise", Location(floor="5")), "就是 五楼那户天天这样弄", "r2", "4", [t])
    assert m is not None and m.ticket_no == 7 and "agrees" in m.reasons[0]


def test_jiushi_inside_the_message_still_reads_as_a_contrast():
    t = _ticket("楼道里又有人拉线给电动车充电 插板就放在纸箱上 太危险了")
    u = _model_only("noise")
    assert match_repeat(u, "我家那边也有 就是停在车棚里 没拉线", "r2", "4", [t]) is None


def test_a_grumble_about_the_fee_after_agreeing_is_no_report():
    t = _ticket("单元门口的垃圾桶三天没人清了 满地都是 臭得很")
    u = Understanding(request=False, color=None, category=None, location=None, reasons=MODEL_SAID)
    assert match_repeat(u, "就是 物业费一分不少收", "r2", "4", [t]) is None


# ------------------------------------------------------------------ a bare "me too" the model files elsewhere
def test_a_prompt_me_too_joins_whatever_category_the_model_guessed():
    t = _ticket("地下室储物间进水了 东西全泡了 能不能派人抽一下")
    m = match_repeat(_model_only("utilities"), "我家储物间也是 水快到膝盖了", "r2", "4", [t])
    assert m is not None and m.ticket_no == 7


def test_a_late_me_too_of_another_category_stays_apart():
    t = _ticket("地下室储物间进水了 东西全泡了 能不能派人抽一下", minutes=45)
    assert match_repeat(_model_only("utilities"), "我家储物间也是 水快到膝盖了", "r2", "4", [t]) is None


def test_a_home_with_its_own_address_is_not_the_shared_area_reported():
    t = _ticket("车库入口的地漏在往外冒黑水 臭得很")
    u = _model_only("utilities", Location(unit="3", room="201"))
    assert match_repeat(u, "我屋卫生间也在往上冒 3单元201", "r2", "4", [t]) is None


def test_i_called_too_is_no_report_of_the_problem():
    t = _ticket("电梯停了 按哪层都没反应 麻烦叫维保")
    assert match_repeat(_model_only("care"), "维保电话我也打了 说马上来", "r2", "4", [t]) is None


# ------------------------------------------------------------------ hours later: still there, or another fault
def test_the_same_kind_of_fault_hours_later_is_another_one():
    t = _ticket("1单元的门禁坏了 门关不上", minutes=600)
    u = classify_rules("单元门的门禁又坏了 一推就开", RESIDENT)
    assert u.request
    assert match_repeat(u, "单元门的门禁又坏了 一推就开", "r2", "4", [t]) is None


def test_hours_later_still_not_fixed_joins_the_ticket():
    t = _ticket("1单元的门禁坏了 门关不上", minutes=600)
    u = classify_rules("门禁还没修好 门还是关不上", RESIDENT)
    m = match_repeat(u, "门禁还没修好 门还是关不上", "r2", "4", [t])
    assert m is not None and m.ticket_no == 7


def test_within_two_hours_the_same_fault_still_joins():
    t = _ticket("1单元的门禁坏了 门关不上", minutes=90)
    u = classify_rules("单元门的门禁坏了 一推就开", RESIDENT)
    m = match_repeat(u, "单元门的门禁坏了 一推就开", "r2", "4", [t])
    assert m is not None and m.ticket_no == 7


def test_a_me_too_from_the_past_is_no_report():
    t = _ticket("楼下车棚的电动车电瓶被人偷了 监控能不能查一下")
    u = Understanding(request=False, color=None, category=None, location=None, reasons=MODEL_SAID)
    assert match_repeat(u, "我家的前年也被偷过 一直没找回来", "r2", "4", [t]) is None


def test_hours_later_the_same_written_place_is_still_the_ticket():
    t = _ticket("二单元外墙的瓷砖在往下掉 下面有小孩在玩", minutes=300)
    u = classify_rules("二单元那外墙瓷砖又掉了一块", RESIDENT)
    m = match_repeat(u, "二单元那外墙瓷砖又掉了一块", "r2", "4", [t])
    assert m is not None and m.ticket_no == 7


def test_hours_later_asking_whether_it_is_fixed_joins_the_ticket():
    t = _ticket("1单元电梯门关不上 关一半又弹开", minutes=240)
    u = classify_rules("电梯修好了没 老人要下楼看病", RESIDENT)
    m = match_repeat(u, "电梯修好了没 老人要下楼看病", "r2", "4", [t])
    assert m is not None and m.ticket_no == 7


def test_fixed_in_between_and_broken_again_is_a_new_ticket():
    t = _ticket("1单元的门禁坏了 门关不上", minutes=2000)
    u = classify_rules("1单元门禁又坏了 前天刚修好的", RESIDENT)
    assert match_repeat(u, "1单元门禁又坏了 前天刚修好的", "r2", "4", [t]) is None
