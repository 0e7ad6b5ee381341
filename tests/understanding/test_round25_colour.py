"""Round 25 colour. Red: a gas smell told with gas written as people type it (然气 for 天然气, 媒气, 煤汽, 瓦斯,
石油气), however faint; a danger found on rounds that a staff member asks a service to act on now (请物业马上…);
something hanging now over an entrance people pass, feared to fall (挂着…怕要掉 …都从那里进); a responder whose
kin is hurt asking someone to go for them (帮我去看看: the going is the ask, not the responder handling it).
Near misses in the same words keep their reading. Receive a message, expect this reading. Sentences are our own."""
from __future__ import annotations

import pytest

from bot.understanding import Context, classify

RESIDENT = Context(sender_role="resident", chat_building="3")
STAFF = Context(sender_role="staff", chat_building=None)
LEADER = Context(sender_role="leader", chat_building="3")


@pytest.mark.parametrize("text", [
    "二单元楼道有点然气味 淡淡的 不晓得哪家的",
    "厨房外面那根管子边上好像有股媒气味",
    "楼梯间闻到瓦斯味 很淡 但是一直有",
    "后门那边一阵阵煤汽味 是不是管子又漏了",
    "闻到石油气 好似系隔篱屋飘过来的",
    "走廊里有点天燃气的味道 谁家没关好",
])
def test_gas_typed_as_people_type_it_is_red(text: str) -> None:
    u = classify(text, RESIDENT)
    assert (u.request, u.color, u.category) == (True, "red", "safety"), u.reasons


@pytest.mark.parametrize("text", [
    "虽然气味不大 但是垃圾堆了三天了 能不能来收一下",
    "天然气什么时候开通 交房都半年了",
])
def test_words_that_only_look_like_gas_are_not_red(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.color != "red", u.reasons


@pytest.mark.parametrize("text", [
    "巡楼发现7号楼东侧外墙砖松了 已经掉了两块在路上 上面还有一片在翘 请物业马上拉警戒线",
    "刚巡查看到3栋配电箱在冒烟 麻烦电工立即过来",
    "检查时发现5栋地下室有燃气味 请燃气公司尽快派人来",
])
def test_staff_reporting_a_danger_and_asking_a_service_to_act_now_is_red(text: str) -> None:
    u = classify(text, STAFF)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    "3栋配电箱冒烟 已通知物业马上处理",
    "各位居民 3栋起火 请大家马上撤离",
    "【通知】3栋燃气泄漏 请物业立即关阀 大家不要开火",
])
def test_staff_handling_or_announcing_a_danger_is_not_a_request(text: str) -> None:
    u = classify(text, STAFF)
    assert not u.request, u.reasons


@pytest.mark.parametrize("text", [
    "6号楼屋檐上挂了好多冰溜子 正对着单元门口 怕要掉 小孩放学都从那里进",
    "单元门上面的雨棚吊着一块铁皮 风一吹怕要掉下来 老人天天从下面过",
])
def test_something_hanging_over_a_way_people_pass_is_red(text: str) -> None:
    u = classify(text, RESIDENT)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    "阳台上挂着几件衣服 怕掉下去 晾不干",
])
def test_a_feared_fall_with_nobody_passing_is_not_red(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.color != "red", u.reasons


@pytest.mark.parametrize("text", [
    "我妈在厕所摔倒了 起不来 头出血 我在外面跑车 谁在家的帮我去三楼看看 钥匙在门口地垫下",
    "我爸在楼道摔了 头流血 我在外地 哪位邻居能替我过去看一眼",
])
def test_a_leader_asking_someone_to_go_for_them_reports_an_emergency(text: str) -> None:
    u = classify(text, LEADER)
    assert (u.request, u.color) == (True, "red"), u.reasons


@pytest.mark.parametrize("text", [
    "3楼老人摔倒了 我去看看",
    "老人摔倒了头出血 我马上过去",
])
def test_a_leader_going_themselves_is_handling_it(text: str) -> None:
    u = classify(text, LEADER)
    assert not u.request, u.reasons
