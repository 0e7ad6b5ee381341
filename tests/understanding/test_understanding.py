"""Message understanding: one test group per phenomenon, on sentences written for these tests."""
from __future__ import annotations

import pytest

from bot.understanding import (Context, classify_rules, Location, TicketView, UnderstandingConfig, build_vocabulary, classify,
                               could_match, explain, match_repeat, parse_location)

RESIDENT = Context()
STAFF = Context(sender_role="staff", chat_building="4")
LEADER = Context(sender_role="leader", chat_building="4")


def ticket(text: str, no: int = 1, reporter: str = "r1", minutes: float = 5.0, building: str | None = "4",
           ctx: Context = RESIDENT) -> TicketView:
    u = classify(text, ctx)
    return TicketView(no=no, chat_id="b4", reporter_id=reporter, category=u.category, color=u.color,
                      location=u.location, building=building, text=text, minutes_since_last_report=minutes,
                      reporter_ids=(reporter,), keywords=u.keywords)


# ---------------------------------------------------------------- red cases
@pytest.mark.parametrize("text,category", [
    ("四单元楼梯口一股很浓的燃气味 大家快出来", "safety"),
    ("我被关在电梯里了 卡在九楼和十楼中间", "elevator"),
    ("救命 电梯里困了两个老人", "elevator"),
    ("六楼厨房着火了 烟从窗户往外冒", "safety"),
    ("配电房那边冒火花 还有噼啪声", "safety"),
    ("对门大爷晕倒在楼道里了 叫不醒", "care"),
    ("三楼独居的刘阿姨好几天没开门 敲门也没反应", "care"),
    ("楼下两个人打起来了 还拿着刀", "safety"),
    ("我家闺女放学一直没回来 找不到了 孩子才七岁", "safety"),
    ("七楼阳台的花盆快掉下来了 底下全是小孩", "safety"),
    ("邻居说活着没意思 不想活了", "care"),
])
def test_red_cases(text, category):
    u = classify(text)
    assert u.request and u.color == "red", explain(u)
    assert u.category == category, explain(u)
    assert any("red" in r for r in u.reasons)


def test_red_from_leader_is_still_reported():
    u = classify("2单元五楼冒浓烟了 快打119", LEADER)
    assert u.request and u.color == "red", explain(u)


# ---------------------------------------------------------------- negation, hypothetical, fixed
@pytest.mark.parametrize("text", [
    "电梯已经修好了 谢谢物业师傅",
    "昨晚停电了 今早来电了",
    "上午没水 现在恢复正常了",
    "堵的下水道疏通好了 辛苦",
    "楼道灯换好了 亮堂多了",
])
def test_fixed_reports_are_not_requests(text):
    u = classify(text)
    assert not u.request and u.fixed_report, explain(u)


def test_fixed_question_is_still_a_request():
    u = classify("电梯修好了没 我家老人要出门看病")
    assert u.request and not u.fixed_report, explain(u)


def test_fixed_then_new_problem_after_but():
    u = classify("水是来了 但是水是黄的 还有股味 能喝吗")
    assert u.request and u.category == "utilities", explain(u)


@pytest.mark.parametrize("text", [
    "不是着火 是楼下在烧烤",
    "燃气灶打不着火了 是不是电池没电",
])
def test_negated_or_harmless_fire_is_not_red(text):
    u = classify(text)
    assert u.color != "red", explain(u)


def test_hypothetical_fire_is_the_fire_lane_not_a_fire():
    u = classify("消防通道天天停满车 万一着火了怎么办")
    assert u.request and u.color == "orange" and u.category == "safety", explain(u)


# ---------------------------------------------------------------- numerals and places
@pytest.mark.parametrize("text,loc", [
    ("八号楼三单元十二楼的灯坏了", Location("8", "3", "12", None)),
    ("6栋2单元1103漏水", Location("6", "2", None, "1103")),
    ("我是9-1-502的业主", Location("9", "1", None, "502")),
    ("十五幢后面的路灯不亮", Location("15", None, None, None)),
    ("六楼走廊有股味", Location(None, None, "6", None)),
    ("二单元702家的狗一直叫", Location(None, "2", None, "702")),
])
def test_numerals_places(text, loc):
    assert parse_location(text) == loc


@pytest.mark.parametrize("text", [
    "我妈今年八十五了 屋里只有十四度",
    "打了120 十分钟就到",
    "下午3:30停电 到5点来电",
    "草莓二十元三斤",
    "车牌尾号526的车挡路了",
    "电话13912345678",
    "2024年的物业费",
])
def test_numbers_that_are_not_places(text):
    assert parse_location(text) is None, parse_location(text)


# ---------------------------------------------------------------- typos
@pytest.mark.parametrize("text,category", [
    ("电体停在三楼不动了", "elevator"),
    ("拉级两天没人收了 臭烘烘的", "sanitation"),
    ("家里没谁了 做饭都没法做", "utilities"),
    ("楼到的灯一直不亮", "facility"),
])
def test_homophone_typos(text, category):
    u = classify(text)
    assert u.request and u.category == category, explain(u)


def test_typo_fix_does_not_cut_real_words():
    u = classify("一单元一楼电表箱旁边堆了纸箱")
    assert u.color != "red", explain(u)
    assert u.location == Location(None, "1", "1", None)


# ---------------------------------------------------------------- chatter
@pytest.mark.parametrize("text", [
    "收到", "好的好的", "谢谢网格员[抱拳]", "[强][强][强]", "祝大家中秋快乐",
    "自家种的葡萄 十块一斤 需要的私聊", "谁家有电钻 借我用一下", "哈哈哈 笑死我了",
    "我停一下咋了 又不是天天停", "种点葱怎么了",
])
def test_chatter_is_not_a_request(text):
    u = classify(text)
    assert not u.request, explain(u)


# ---------------------------------------------------------------- staff answers
@pytest.mark.parametrize("text", [
    "收到 已安排电工下午过去换灯",
    "【通知】明天上午九点到十二点全楼停水 请提前储水",
    "维修师傅已经在路上了 大家别着急",
])
def test_staff_answers_are_not_requests(text):
    u = classify(text, STAFF)
    assert not u.request, explain(u)


def test_leader_handling_an_emergency_is_not_a_new_request():
    u = classify("收到 我已经让三楼那家把燃气阀关了 开窗通风了", LEADER)
    assert not u.request, explain(u)


# ---------------------------------------------------------------- colours and categories
@pytest.mark.parametrize("text,color,category", [
    ("三号楼全楼停水一上午了", "orange", "utilities"),
    ("五楼楼道灯不亮好几天了", "yellow", "facility"),
    ("请问办居住证明需要带什么材料", "blue", "affairs"),
    ("明天会停电吗 几点来电", "blue", "utilities"),
    ("建议小区多安几个休息的长椅", "blue", "suggestion"),
    ("楼上天天半夜跺脚 吵得睡不着", "yellow", "noise"),
    ("单元门的门禁坏了 谁都能进来", "orange", "facility"),
    ("楼道里有人给电瓶车充电 线拉得到处都是", "orange", "safety"),
    ("健身器材坏了 差点把孩子手夹了 太危险", "orange", "facility"),
])
def test_colours(text, color, category):
    u = classify(text)
    assert u.request and (u.color, u.category) == (color, category), explain(u)


# ---------------------------------------------------------------- merge / repeat
def test_repeat_same_problem_same_place():
    t = ticket("2单元电梯坏了 不动了")
    u = classify("2单元电梯又停了 谁来管管")
    m = match_repeat(u, "2单元电梯又停了 谁来管管", "r2", "4", [t])
    assert m and m.kind == "repeat" and m.ticket_no == 1


@pytest.mark.parametrize("text,can", [
    ("今晚小区广场有电影 大家来看", False),     # chatter: no ticket lookup at all
    ("好的 谢谢楼长", False),
    ("我家也是", True),                          # a "me too" may join an open ticket
    ("2单元这边", True),                         # a place may be a follow-up
    ("那股味道更大了", True),                     # a smell may confirm a gas report
    ("5单元水管爆了", True),                      # a request
])
def test_only_messages_that_could_join_a_ticket_look_for_one(text, can):
    assert could_match(classify(text), text) is can


def test_same_symptom_other_place_is_another_ticket():
    t = ticket("一单元六楼楼道灯不亮")
    text = "三单元六楼楼道灯也不亮"
    assert match_repeat(classify(text), text, "r2", "4", [t]) is None


def test_other_building_is_another_ticket():
    t = ticket("停水了", building="4")
    text = "7号楼也停水了"
    assert match_repeat(classify(text), text, "r2", "7", [t]) is None


def test_cold_radiators_in_another_unit_are_another_ticket():
    # labelled chats file each unit's (and floor's) cold radiators apart, unlike no water or no power
    t = ticket("三单元暖气不热")
    text = "一单元也不热 冰凉的"
    assert match_repeat(classify(text), text, "r2", "4", [t]) is None


def test_no_water_on_another_floor_is_the_same_outage():
    t = ticket("三楼停水了 一滴都没有")
    text = "五楼也停水了"
    m = match_repeat(classify(text), text, "r2", "4", [t])
    assert m and m.kind == "repeat"


def test_broad_category_needs_the_same_thing():
    t = ticket("楼上装修天天电钻 吵死了")
    text = "对门的狗叫了一晚上"
    assert match_repeat(classify(text), text, "r2", "4", [t]) is None


def test_consultations_are_answered_one_by_one():
    t = ticket("请问医保怎么交")
    text = "请问老年卡在哪办"
    assert match_repeat(classify(text), text, "r2", "4", [t]) is None


def test_me_too_corroborates_a_fresh_ticket():
    t = ticket("楼道里一股煤气味")
    text = "我也闻到了 很冲"
    m = match_repeat(classify(text), text, "r2", "4", [t])
    assert m and m.kind == "repeat"


# ---------------------------------------------------------------- colour raise
def test_more_urgent_repeat_still_matches():
    t = ticket("五单元门口的树枝断了一根")
    text = "五单元门口那根树枝挂在半空晃悠 底下有人走"
    u = classify(text)
    assert u.color == "red"
    m = match_repeat(u, text, "r2", "4", [t])
    assert m and m.ticket_no == 1, (u.keywords, t.keywords)


# ---------------------------------------------------------------- context follow-up
def test_follow_up_from_the_same_reporter_adds_detail():
    t = ticket("电梯又坏了 停着不动", reporter="r9")
    text = "2单元 左边那部"
    m = match_repeat(classify(text), text, "r9", "4", [t])
    assert m and m.kind == "follow_up"


def test_same_reporter_new_kind_of_problem_is_not_a_follow_up():
    t = ticket("电梯又坏了 停着不动", reporter="r9")
    text = "还有楼道里老鼠特别多"
    assert match_repeat(classify(text), text, "r9", "4", [t]) is None


def test_fixed_report_never_matches():
    t = ticket("电梯坏了", reporter="r9")
    text = "电梯修好了"
    assert match_repeat(classify(text), text, "r9", "4", [t]) is None


def test_ticket_keywords_rederived_when_missing():
    t = ticket("2单元电梯坏了 不动了")
    bare = TicketView(no=t.no, chat_id=t.chat_id, reporter_id="r1", category=t.category, color=t.color,
                      location=t.location, building="4", text=t.text)
    text = "二单元电梯还是不动"
    assert match_repeat(classify(text), text, "r2", "4", [bare]) is not None


# ---------------------------------------------------------------- vocabulary config
def test_community_vocabulary_extends_defaults():
    text = "连廊顶棚被风掀了 挂在那晃"
    # no default cue knows it (the text model may still guess a yellow repair): the community's cue makes it red
    assert not classify_rules(text).request and classify(text).color != "red"
    vocab = build_vocabulary({"cues": {"red": {"facility": ["顶棚+掀"]}}, "not_request": ["团菜"]})
    u = classify(text, vocab=vocab)
    assert u.request and u.color == "red" and u.category == "facility", explain(u)
    assert not classify("今天团菜 要的接", vocab=vocab).request
    assert classify("楼道灯不亮", vocab=vocab).request   # defaults still there


def test_config_model_rejects_unknown_colour():
    with pytest.raises(Exception):
        UnderstandingConfig.model_validate({"cues": {"purple": {"safety": ["x"]}}})


def test_remove_drops_a_default_cue():
    # the vocabulary mechanism itself (the statistical model reads no cue lists)
    vocab = build_vocabulary(UnderstandingConfig(remove=["老鼠"]))
    assert classify_rules("楼道里老鼠").request
    assert not classify_rules("楼道里老鼠", vocab=vocab).request


def test_reasons_and_explain():
    u = classify("电梯里有人被困 一直在拍门")
    assert u.reasons and "电梯" in " ".join(u.reasons) and "elevator" in " ".join(u.reasons)
    assert explain(u).startswith("request red/elevator")


# ---------------------------------------------------------------- hazard handling, milder remarks, places
def test_cordon_request_joins_the_urgent_ticket_and_is_red():
    t = ticket("七号楼西侧的广告牌被风吹得一边脱开了 在半空晃悠")
    assert t.color == "red"
    text = "刚路过 腿都软了 快叫人把那块封路吧"
    u = classify(text)
    assert u.request and u.color == "red", explain(u)
    m = match_repeat(u, text, "r2", "4", [t])
    assert m and m.kind == "repeat" and m.ticket_no == 1


def test_cordon_request_alone_is_red_but_a_named_hazard_decides():
    u = classify("物业能不能在那个坑边上拉一下警戒线")
    assert u.request and u.color == "red", explain(u)
    u = classify("楼下井盖没了 太危险 赶紧拉警戒线")
    assert u.request and u.color == "orange" and u.category == "facility", explain(u)


@pytest.mark.parametrize("text", ["施工那边也不拉个警戒线 真是的", "物业已经拉了警戒线"])
def test_no_cordon_asked_is_not_red(text):
    assert classify(text).color != "red", explain(classify(text))


def test_cordon_does_not_join_an_old_or_mild_ticket():
    mild = ticket("五楼楼道灯不亮了", minutes=5)
    old = ticket("单元门口的树歪了 随时会倒砸到人", no=2, minutes=300)
    text = "赶紧拉个警戒线吧"
    assert match_repeat(classify(text), text, "r2", "4", [mild, old]) is None


def test_milder_remark_after_an_emergency_is_its_own_request():
    t = ticket("电表箱冒火花了 还有噼啪声")
    text = "电表箱以后得定期检查一下吧"
    u = classify(text)
    assert u.request and u.color != "red", explain(u)
    assert match_repeat(u, text, "r2", "4", [t]) is None


def test_sharing_only_the_place_is_not_the_same_problem():
    t = ticket("花坛里好多杂草 一直没人拔")
    text = "花坛边上有人乱扔垃圾 谁来管管"
    assert match_repeat(classify(text), text, "r2", "4", [t]) is None


def test_same_object_shared_is_the_same_problem():
    t = ticket("东门垃圾桶满了好几天")
    text = "垃圾桶都溢出来了 臭"
    assert match_repeat(classify(text), text, "r2", "4", [t]) is not None


def test_asker_of_a_consultation_asking_more_gets_a_new_answer():
    t = ticket("请问孩子入学要开什么证明", reporter="r5")
    text = "那能不能帮我预约一下办理"
    u = classify(text)
    assert u.request
    assert match_repeat(u, text, "r5", "4", [t]) is None


def test_not_fixed_yet_at_the_same_spot_is_a_repeat():
    t = ticket("4单元6楼楼道灯坏了")
    text = "四单元六楼那灯还是没人修啊"
    m = match_repeat(classify(text), text, "r3", "4", [t])
    assert m and m.kind == "repeat", classify(text).keywords


def test_match_repeat_uses_the_community_vocabulary():
    vocab = build_vocabulary({"corroborate": ["俺瞅着一样"]})
    t = ticket("三楼楼道冒烟了")
    text = "俺瞅着一样了"
    u = classify_rules(text, vocab=vocab)   # the rules' reading: the model alone may already see a me-too
    assert match_repeat(u, text, "r2", "4", [t]) is None
    m = match_repeat(u, text, "r2", "4", [t], vocab)
    assert m and m.kind == "repeat"


def test_match_fixed_uses_the_community_vocabulary():
    from bot.understanding import match_fixed
    vocab = build_vocabulary({"families": {"peacock": {"color": "yellow", "category": "sanitation",
                                                      "cues": ["孔雀毛"]}}, "fixed": ["冲干净了"]})
    t = ticket("楼顶平台全是孔雀毛")
    t = TicketView(no=1, chat_id="b4", reporter_id="r1", category="sanitation", color="yellow", location=None,
                   building="4", text="楼顶平台全是孔雀毛")
    u = classify("孔雀毛冲干净了", vocab=vocab)
    assert u.fixed_report, explain(u)
    assert match_fixed(u, [t]) is None          # default vocabulary does not know the family
    m = match_fixed(u, [t], vocab)
    assert m and m.ticket_no == 1
