"""An "it is over" word that reports nothing over: asked about ("啥时候恢复"), a lamp going out
("路灯全灭了"), or something back but with a question after the contrast ("来水了 但是...能喝吗").
Told as over with no question, it stays a report that it is over. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding.classifier import classify as classify_rules
from bot.understanding.types import Context

RESIDENT = Context(sender_role="resident", chat_building="6")


@pytest.mark.parametrize("text", [
    "小区什么时候恢复正常供电 家里冰箱都停了",
    "五单元暖气从前天停到现在 屋里冷得很 啥时候恢复",
    "楼下那排路灯全灭了 晚上回来黑漆漆的",
    "二单元楼道灯又都灭了 上楼啥也看不见",
])
def test_an_outage_asked_about_or_a_lamp_out_is_no_fixed_report(text):
    u = classify_rules(text, RESIDENT)
    assert not u.fixed_report, u.reasons
    assert u.request, u.reasons


@pytest.mark.parametrize("text", [
    "来电了 可是我家空开一推就跳 咋办",
    "来水了 但是一股铁锈味 能喝吗",
])
def test_back_again_but_a_question_after_the_contrast_is_no_fixed_report(text):
    u = classify_rules(text, RESIDENT)
    assert not u.fixed_report, u.reasons


@pytest.mark.parametrize("text", [
    "来水了，就是有点浑，放一会儿就清了",
    "电梯修好了，谢谢物业师傅",
    "阳台的火已经灭了 大家放心",
    "灯灭了是因为跳闸 现在来电了",
    "烟头扔进垃圾桶前已经灭了",
    "修好了 不过还是要谢谢大家",
])
def test_told_as_over_it_stays_over(text):
    u = classify_rules(text, RESIDENT)
    assert u.fixed_report and not u.request, u.reasons


@pytest.mark.parametrize("text", [
    "有人把电瓶车推进大堂充电 一整晚都插着",
    "九楼电梯厅里有辆电动车 拉了根线在那充",
    "二单元楼梯底下有辆电瓶车 插线板接着充",
    "隔壁把电瓶拎回家充 天天晚上充",
    "楼下有人从三楼窗户吊下来一根线给电动车充电",
])
def test_an_ebike_charged_indoors_told_by_place_or_cord_is_an_orange_request(text):
    u = classify_rules(text, RESIDENT)
    assert u.request and u.color == "orange" and u.category == "safety", u.reasons


@pytest.mark.parametrize("text", [
    "大堂门口那个充电棚能给电动车充电吗",
    "电动车放大堂门口了 充完电就推走",
    "电动车在电梯口被拦下了 充电要去车棚",
    "充电宝落在大堂了 谁的",
    "电瓶车电池没电了 附近哪里能充",
])
def test_charging_where_it_belongs_or_no_ebike_indoors_is_no_charging_hazard(text):
    u = classify_rules(text, RESIDENT)
    assert not (u.request and u.color == "orange" and u.category == "safety"), u.reasons


@pytest.mark.parametrize("text", [
    "二单元那扇窗啥时候修啊 前天来了个收废品的在楼道里翻东西",
    "楼梯扶手的螺丝都掉出来了 昨天我差点摔了",
    "楼上的水现在不漏了 可我家吊顶泡坏了他不管 社区能不能出面说说",
])
def test_came_of_someone_or_the_office_asked_after_it_is_no_fixed_report(text):
    u = classify_rules(text, RESIDENT)
    assert u.request and not u.fixed_report, u.reasons


@pytest.mark.parametrize("text", [
    "修好了，谢谢社区帮忙",
    "电梯修好了 物业来得挺快",
    "修好了 麻烦物业师傅了",
    "昨天电梯关的人早出来了 谢谢保安",
    "来水了 感谢社区，辛苦了",
])
def test_thanks_or_a_statement_after_it_keeps_it_over(text):
    u = classify_rules(text, RESIDENT)
    assert u.fixed_report and not u.request, u.reasons


@pytest.mark.parametrize("text", [
    "有没有人家里有长梯子 周末想借",
    "有冇人想拼单买洗衣液 多买便宜",
    "有没有人周六一起去爬山",
    "有没有收旧书的 家里堆了两箱",
    "群里有没有会调钢琴的 介绍一个",
    "楼里有没有出二手儿童床的",
])
def test_a_favour_or_a_deal_asked_of_the_neighbours_is_no_request(text):
    u = classify_rules(text, RESIDENT)
    assert not u.request, u.reasons


@pytest.mark.parametrize("text", [
    "有没有人知道社区周六上班吗",
    "有没有人管管楼下半夜喝酒划拳的",
    "有没有人看到我家孩子 穿黄衣服 五岁",
    "有没有人能帮忙把我爸背下楼 他腿不好",
    "有没有人一起去找物业反映一下",
])
def test_a_question_for_the_office_help_or_someone_missing_stays_a_request(text):
    u = classify_rules(text, RESIDENT)
    assert u.request, u.reasons


@pytest.mark.parametrize("text", [
    "谁家的黑猫跑进我家厨房了 快来抱走",
    "谁家的三花猫跑到我家窗台上了 叫它也不走",
])
def test_someones_pet_found_loose_is_a_notice_to_its_owner(text):
    u = classify_rules(text, RESIDENT)
    assert not u.request, u.reasons


@pytest.mark.parametrize("text", [
    "谁家的猫天天跑我家阳台拉屎",
    "谁家的狗跑出来咬人了 孩子腿上流血了",
])
def test_a_loose_pet_making_trouble_stays_a_complaint(text):
    u = classify_rules(text, RESIDENT)
    assert u.request, u.reasons


LEADER = Context(sender_role="leader", chat_building="6")
CHIEF = Context(sender_role="chief")


@pytest.mark.parametrize("ctx, text", [
    (LEADER, "3栋有户人家在阳台烧纸 烟都飘进邻居家了 社区能不能出面说一下"),
    (LEADER, "8号楼的单元门禁坏了三天了 能不能约物业的人这周来修"),
    (CHIEF, "东片有位独居老人腿脚不便 想给他申请助餐上门"),
    (LEADER, "楼里有位阿姨想领养老补贴 怎么申请"),
    (CHIEF, "建议社区把几个老小区的消防栓统一检查一遍 好几个都没水"),
    (LEADER, "5号楼顶楼的楼道窗户碎了 麻烦安排人换一下"),
])
def test_a_leader_or_chief_passing_a_problem_up_is_a_request(ctx, text):
    u = classify_rules(text, ctx)
    assert u.request, u.reasons


@pytest.mark.parametrize("ctx, text", [
    (LEADER, "大家能不能把车挪一下 明天要施工"),
    (LEADER, "想申请的带身份证到社区"),
    (LEADER, "报名截止到周五 抓紧"),
    (LEADER, "建议尽快清理阳台杂物"),
    (LEADER, "收到，我去跟社区说"),
    (CHIEF, "我去督促一下"),
])
def test_a_leader_speaking_to_the_residents_or_handling_it_is_no_request(ctx, text):
    u = classify_rules(text, ctx)
    assert not u.request, u.reasons


def test_an_incident_of_a_past_day_told_as_over_is_no_request():
    u = classify_rules("前年刮大风12楼掉下来一个拖把 幸亏底下没人", RESIDENT)
    assert not u.request, u.reasons


@pytest.mark.parametrize("text", [
    # (review: "现在没事" / "现在好好的" stand anywhere, also before or beside a danger told now; a
    # 上趟 is also "going up once", 上趟楼: neither makes a report of something over)
    "电梯困人半小时了 里面老人说现在没事 但是很闷 快点来人",
    "现在好好的电梯又停了 里面有人在喊",
    "老太太上趟楼摔了一跤 躺在三楼楼梯上不动了",
])
def test_now_fine_or_going_up_once_beside_a_danger_stays_red(text):
    u = classify_rules(text, RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    "刚才电梯困人了 现在没事了吗",
    "楼上花盆掉下来了 幸好底下没人 还有两盆在外沿晃",
])
def test_asked_whether_it_is_over_or_still_there_stays_a_request(text):
    u = classify_rules(text, RESIDENT)
    assert u.request, u.reasons


@pytest.mark.parametrize("text", [
    "楼上那户老往下扔烟头 我家雨棚都烫出洞了",
    "有人从窗户往楼下丢瓜子壳 我家窗台天天一层",
])
def test_things_thrown_down_from_above_are_a_safety_complaint(text):
    u = classify_rules(text, RESIDENT)
    assert u.request and u.category == "safety", u.reasons


@pytest.mark.parametrize("text", [
    "钥匙往下扔给我就行",
    "快递往下扔就行 我在楼下接",
])
def test_something_thrown_to_someone_waiting_below_is_no_complaint(text):
    u = classify_rules(text, RESIDENT)
    assert not u.request, u.reasons


def test_a_dispute_named_beside_the_throwing_keeps_its_category():
    u = classify_rules("楼上天天往下扔烟头 说了好几次也不听 还骂人 社区能不能给调解一下", RESIDENT)
    assert u.request and u.category == "dispute", u.reasons
