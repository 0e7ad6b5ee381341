"""Round 25, request or chatter: who a message is put to.

A question or need put to one of the office's people by title at the opening (X干事, X网格长, @X主任) is a
request whoever writes it, and the model does not overrule it; a report back or thanks to them is not.
Staff telling what a patrol found and asking a service to act pass a problem up; a patrol notice telling the
residents what to do, or a finding already handled, is no request. Advice given to a neighbour ("你问下社区",
"叫你孩子在手机上弄") and an errand asked of whoever is going somewhere are chatter; the same words addressed
to the office, or an errand beside someone in trouble, are not. Receive a message, expect this reading.
Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify
from bot.understanding.advice_given import advice_given
from bot.understanding.official_named import official_named
from bot.understanding.patrol_found import patrol_found

RESIDENT = Context(sender_role="resident", chat_building="3")
LEADER = Context(sender_role="leader", chat_building="3")
STAFF = Context(sender_role="staff")


@pytest.mark.parametrize("text, context", [
    ("王书记 我们楼几个老人想报名体检 还有名额没", LEADER),
    ("李干事，三号楼有户残疾人想申请轮椅，要带啥材料", LEADER),
    ("赵网格长 装修垃圾能放楼下不 我放两天就拉走", RESIDENT),
    ("吴社工 我阿爸住院了 下个月的助餐先停一停得唔得", RESIDENT),
    ("孙网格长 新来的租客照片发给你就行了吗", LEADER),
    ("周主任 明天检查几点到我们巷子 我要在家等着伐", LEADER),
    ("@钱干事 楼下小卖部说要装烟感 有没有推荐的师傅", LEADER),
])
def test_a_question_put_to_an_official_by_title_is_a_request(text: str, context: Context) -> None:
    assert official_named(text)
    u = classify(text, context)
    assert u.request, u.reasons
    assert any("official" in r for r in u.reasons), u.reasons


@pytest.mark.parametrize("text, context", [
    ("孙网格长 收到 明天我在楼下等你们", LEADER),
    ("金主任 老板讲了 明早会配合检查", LEADER),
    ("王主任好 谢谢您昨天帮忙", RESIDENT),
    ("刘主任 今天辛苦了", LEADER),
    ("主任说了下礼拜发米 大家别急", RESIDENT),
])
def test_a_report_back_or_thanks_to_an_official_is_not(text: str, context: Context) -> None:
    assert not classify(text, context).request


@pytest.mark.parametrize("text", [
    "今天巡楼看到5号楼二单元消防栓玻璃碎了 麻烦工程部换一下",
    "早上走访经过后巷，垃圾桶满出来好几天没人收，请环卫所安排清运",
    "@李网格长 巡查发现8号楼后门停了辆三轮车把消防通道挡了 麻烦跟一下",
])
def test_a_patrol_finding_passed_on_is_a_request(text: str) -> None:
    assert patrol_found(text)
    u = classify(text, STAFF)
    assert u.request, u.reasons
    assert any("patrol" in r for r in u.reasons), u.reasons


@pytest.mark.parametrize("text", [
    "巡查发现部分居民在楼道里充电瓶车，请大家自觉推到充电棚",
    "巡查发现3栋门口堆了纸箱，已通知物业清走",
    "巡逻时看到7号楼楼道灯不亮，已联系电工，明天来修",
    "【通知】本周开展消防巡查，请各户配合",
])
def test_a_patrol_notice_or_a_handled_finding_is_not(text: str) -> None:
    assert not classify(text, STAFF).request


@pytest.mark.parametrize("text", [
    "截止好像是月底 你问下社区还能补不",
    "营业厅在邮局旁边 要么叫你孩子在手机上交",
    "居住证要去派出所办的 你打12345问问也行",
    "侬问问居委会，老年卡好像可以代办的",
    "这个不难的 让你儿子在手机上弄一下就好了",
])
def test_advice_to_a_neighbour_is_not_a_request(text: str) -> None:
    assert advice_given(text)
    u = classify(text, RESIDENT)
    assert not u.request, u.reasons


@pytest.mark.parametrize("text", [
    "物业 你问下维修师傅今天几点来 我家漏水等着呢",
    "你们物业能不能问下电梯公司什么时候来修",
    "我想问下社区老年证怎么办",
    "楼道灯坏了好几天了 你问下物业啥时候修",
    "王主任 你问下街道补贴还发不发",
])
def test_the_office_asked_stays_a_request(text: str) -> None:
    assert classify(text, RESIDENT).request


@pytest.mark.parametrize("text", [
    "有人去后街那边吗 帮我带个快递 请你喝奶茶",
    "有人等下去菜市场不 顺便帮我捎两斤排骨 钱微信转你",
    "有冇人去街市啊 帮我买把葱",
    "问一下大家家里还有没有蜡烛 借两根",
])
def test_an_errand_or_a_loan_asked_of_the_group_is_not(text: str) -> None:
    u = classify(text, RESIDENT)
    assert not u.request, u.reasons


@pytest.mark.parametrize("text", [
    "有人去药店吗 帮我带点退烧药 老人发烧起不来了",
    "请问大家 电梯是不是又坏了",
    "问一下大家 停水通知说几点来水",
])
def test_an_errand_beside_trouble_or_a_fault_asked_about_stays(text: str) -> None:
    assert classify(text, RESIDENT).request


@pytest.mark.parametrize("raw, mandarin", [
    ("电梯来电了还是无动", "电梯来电了还是不动"),
    ("阿婆下无来", "阿婆下不来"),
    ("明天要无要排队", "明天要不要排队"),
    ("楼道灯修好了无", "楼道灯修好了没"),
    ("有无人管一下", "有没有人管一下"),
    ("电话打无通", "电话打不通"),
    ("我爸还是无敢出门", "我爸还是不敢出门"),
])
def test_min_wu_reads_as_mandarin_negation(raw: str, mandarin: str) -> None:
    from bot.understanding.dialect import to_mandarin
    assert to_mandarin(raw) == mandarin


@pytest.mark.parametrize("raw", ["无论如何都要修", "电梯无法使用", "毫无办法", "无线网断了", "敲门无人应", "还无人来修"])
def test_mandarin_wu_stays(raw: str) -> None:
    from bot.understanding.dialect import to_mandarin
    assert to_mandarin(raw) == raw


@pytest.mark.parametrize("text", [
    "5栋2单元来电了 电梯还是无动 8楼的老人下无来",
    "后门的锁修好了无 我阿妈还是出无去",
])
def test_a_fault_told_in_min_after_a_fix_is_a_request(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.request, u.reasons


def test_the_place_before_a_fix_keeps_its_unit_for_the_fault_after() -> None:
    u = classify("5栋2单元来电了 电梯还是不动 8楼的老人下不来", RESIDENT)
    assert u.request and u.location and (u.location.building, u.location.unit, u.location.floor) == ("5", "2", "8")


@pytest.mark.parametrize("text", ["今晚有无人去吃宵夜 台风还无来", "有没有人去钓鱼 周六早上", "有人去爬山吗 明早六点"])
def test_company_sought_is_not_a_request(text: str) -> None:
    assert not classify(text, RESIDENT).request
