"""Round 19 review mends (request vs chatter, places). A person missing along with a pet is red, not a lost pet;
a lament beside a problem told now (not a fault's record) or said of a state (脏得要人命) is no chatter; a guessed
cause with what was seen told after it, or a guess at who did it, still reports; pests gone only with a pest
remedy; lost property that blocks or breaks something is a complaint; coping with an ask still asks; Wu
exclamations (好香的…伐, 好伐啦) are no asks; cooking smells and one day without the sweeper are no request; a
forward asked about reports what it quotes; a supply out asked of the future is a question. Places: F/L/P
before a number is a level, a house number before a works notice or 要去 is a date, 弄得 after a room a verb.
Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, parse_location
from bot.understanding.classifier import classify as classify_rules
from bot.understanding.dialect import to_mandarin

RESIDENT = Context(sender_role="resident", chat_building="3")


@pytest.mark.parametrize("text", [
    "外孙跟着小狗走失了，到现在还没找到",
    "我爸牵着狗狗走失了，电话打不通",
    "爷爷遛猫咪失踪了，他记性不好",
])
def test_a_person_missing_along_with_a_pet_is_red(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert u.request and u.color == "red", u.reasons


@pytest.mark.parametrize("text", ["一只小黑狗走失了，脖子上有红绳", "爷爷的猫咪走失了，谁看见说一声"])
def test_a_pet_gone_alone_or_owned_stays_a_lost_pet(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert not u.request, u.reasons


@pytest.mark.parametrize("text", [
    "地下车库脏得要人命",
    "楼下棋牌室到半夜还在打麻将，要了我们的命",
    "水管漏水漏到我卧室 真要气出心脏病来",
])
def test_a_lament_beside_a_problem_told_now_is_a_request(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert u.request, u.reasons


def test_a_lament_over_a_faults_record_stays_chatter() -> None:
    u = classify_rules("这门禁半年坏了七回 早晚要了我的老命", RESIDENT)
    assert not u.request and "lament" in u.reasons[-1], u.reasons


@pytest.mark.parametrize("text", [
    "估计是主水管爆了 小区路面全是水",
    "估计是隔壁施工把水管挖断了",
])
def test_a_guessed_cause_with_what_was_seen_is_still_a_report(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert "a guess at the cause" not in " ".join(u.reasons), u.reasons


def test_a_guess_alone_after_a_scene_stays_a_guess() -> None:
    u = classify_rules("对面工地在打桩，估计管子震裂了", RESIDENT)
    assert not u.request and "guess" in u.reasons[-1], u.reasons


@pytest.mark.parametrize("text", ["妈妈的安眠药没看见了", "爸爸的药没见到了，找了一上午"])
def test_a_medicine_missing_is_not_pests_gone(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert not any("fixed/over" in r for r in u.reasons), u.reasons


def test_pests_gone_after_a_remedy_is_still_over() -> None:
    u = classify_rules("撒了老鼠药以后 这几天没见到了", RESIDENT)
    assert any("fixed/over" in r for r in u.reasons), u.reasons


@pytest.mark.parametrize("text", [
    "谁丢了快递箱子放在消防通道，堵得过不去",
    "谁掉了钥匙放在电梯门口，电梯门关不上了",
])
def test_lost_property_that_blocks_or_breaks_something_is_a_complaint(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert u.request and u.color == "orange", u.reasons


def test_coping_with_an_ask_is_not_set_aside_as_coping() -> None:
    u = classify_rules("又坏了，只能去邻居家借个地方，咋办啊", RESIDENT)
    assert not any("coping" in r for r in u.reasons), u.reasons


@pytest.mark.parametrize("text", ["好甜的西瓜伐，啥地方买的", "好伐啦，侬覅再讲了", "好大的雨伐", "好热的天气伐"])
def test_a_wu_exclamation_is_no_ask(text: str) -> None:
    assert "能不能" not in to_mandarin(text)


@pytest.mark.parametrize("text", ["今天家里红烧肉，一屋子油烟味", "环卫今天没来，我自己扫好了"])
def test_cooking_smell_and_one_day_without_the_sweeper_are_no_request(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert not u.request, u.reasons


def test_rubbish_not_collected_for_days_is_still_a_request() -> None:
    u = classify_rules("环卫三天没来了，垃圾桶都满了", RESIDENT)
    assert u.request, u.reasons


@pytest.mark.parametrize("text, color", [
    ("转发：\"负一层车库进水了，车轮都泡着\" 麻烦物业来看一下", "orange"),
    ("转发：\"明天上午停电检修\" 物业请问几点来电", "blue"),
])
def test_a_forward_asked_about_reports_what_it_quotes(text: str, color: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert u.request and u.color == color and u.category != "other", u.reasons


def test_a_plain_forward_is_still_news() -> None:
    assert not classify_rules("转发：\"明早9点停电检修\"", RESIDENT).request


@pytest.mark.parametrize("text", ["后天会没电吗", "今晚会没水吗"])
def test_a_supply_out_asked_of_the_future_is_a_question(text: str) -> None:
    u = classify_rules(text, RESIDENT)
    assert u.request and u.color == "blue", u.reasons


@pytest.mark.parametrize("text", ["F2大堂的灯不亮", "L1大门玻璃碎了", "P3门口积水"])
def test_a_level_letter_is_no_tower(text: str) -> None:
    loc = parse_location(text)
    assert loc is None or loc.building is None


@pytest.mark.parametrize("text", ["6号整幢停电检修，早上八点到下午", "18号总水表更换，暂停供水", "阿拉20号要去体检"])
def test_a_house_number_before_a_works_notice_or_a_going_is_a_date(text: str) -> None:
    loc = parse_location(text)
    assert loc is None or loc.building is None


def test_a_house_number_with_its_whole_house_out_stays_the_building() -> None:
    loc = parse_location("6号整幢停电了，楼道里漆黑")
    assert loc is not None and loc.building == "6"


@pytest.mark.parametrize("text, room", [("1103弄得电梯里都是泥", "1103"), ("802弄坏了楼下的雨棚", "802")])
def test_a_verb_nong_after_a_room_keeps_the_room(text: str, room: str) -> None:
    loc = parse_location(text)
    assert loc is not None and loc.room == room
