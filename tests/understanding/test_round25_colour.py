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


@pytest.mark.parametrize("text", [
    "一楼那辆电瓶车天天推进楼道充电 半夜烧起来咧谁负责",
    "楼梯底下那堆纸箱子 着火啦谁负责 物业管不管",
    "那个电瓶车又拖进楼里充电了 非要等烧起来才知道怕吗",
])
def test_a_fire_only_imagined_in_a_complaint_is_the_hazard_there_now(text: str) -> None:
    u = classify(text, RESIDENT)
    assert (u.request, u.color) == (True, "orange"), u.reasons


@pytest.mark.parametrize("text", [
    "隔壁小区前天电瓶车起火烧死了人 我们楼道那几辆车啥时候清走",
    "听说城东有个小区楼道里着火了 我们这楼道堆的东西能不能清一下",
])
def test_news_of_a_fire_elsewhere_leaves_the_hazard_asked_about_here(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.request and u.color == "orange", u.reasons


def test_news_of_a_fire_elsewhere_asking_for_a_drill_is_not_orange() -> None:
    u = classify("网上看到外地有个小区着火了 咱们小区什么时候搞消防演练", RESIDENT)
    assert u.color != "red" and u.color != "orange", u.reasons


@pytest.mark.parametrize("text", [
    "我妈礼拜二在菜场摔了一跤 手腕打了石膏 这几天做不了饭 社区能不能送几天饭",
    "我爸昨日在楼梯上跌倒了 腿上缝了针 我要上班 社区能不能这几天帮忙送饭",
])
def test_a_fall_on_a_named_past_day_is_care_today(text: str) -> None:
    u = classify(text, RESIDENT)
    assert (u.request, u.color) == (True, "orange"), u.reasons


def test_a_fall_now_is_red_whatever_the_weekday() -> None:
    u = classify("今天礼拜三 我妈刚才在卫生间摔倒了 起不来", RESIDENT)
    assert u.color == "red", u.reasons


def test_a_suggestion_to_spare_a_fall_is_not_red() -> None:
    u = classify("能不能在空地上统一拉几根晾衣绳 免得大家都把被子搭在阳台外面 风一吹就掉", RESIDENT)
    assert u.color != "red", u.reasons


def test_a_suggestion_to_spare_a_fall_onto_people_stays_red() -> None:
    u = classify("能不能装个防护网 免得楼上花盆掉下来砸到人", RESIDENT)
    assert u.color == "red", u.reasons


@pytest.mark.parametrize("text", [
    "对面铺子天天熏腊肉 楼道里全是烟 衣服都是烟熏味 能不能去说一下",
    "楼下烧烤摊每天晚上开 楼道里都是烟 管一管吧",
])
def test_a_daily_smoke_source_filling_the_stairs_is_a_nuisance(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.request and u.color == "yellow", u.reasons


@pytest.mark.parametrize("text", [
    "楼道里全是烟 不知道哪里着了",
    "天天有人烧烤 今天楼道里全是黑烟 快来看看",
])
def test_smoke_filling_the_stairs_without_a_habit_or_black_stays_red(text: str) -> None:
    u = classify(text, RESIDENT)
    assert u.color == "red", u.reasons


@pytest.mark.parametrize("text", [
    "楼下五金店的液化气罐一排排摆在门口太阳底下晒着",
    "隔壁厂的喷漆罐堆在巷子里暴晒 一股味",
])
def test_fuel_cans_in_the_sun_are_an_orange_fire_risk_by_the_rules(text: str) -> None:
    from bot.understanding.classifier import classify as rules
    u = rules(text, RESIDENT)
    assert u.request and u.color in ("orange", "red"), u.reasons


@pytest.mark.parametrize("text", [
    "我家卧室窗户框子松了 一刮风雨就往里灌 床上全湿了",
    "楼道窗户玻璃昨晚被风刮碎了 雨都打进来了",
])
def test_the_building_shell_opened_in_a_storm_is_orange_by_the_rules(text: str) -> None:
    from bot.understanding.classifier import classify as rules
    u = rules(text, RESIDENT)
    assert u.request and u.color == "orange", u.reasons


@pytest.mark.parametrize("text", [
    "楼道窗户玻璃碎了一块 找人换一下",
    "3楼走廊的窗户关不上 下雨天雨往里灌 麻烦修一下",
])
def test_a_window_fault_without_a_storm_stays_yellow_by_the_rules(text: str) -> None:
    from bot.understanding.classifier import classify as rules
    u = rules(text, RESIDENT)
    assert u.request and u.color == "yellow", u.reasons


def test_a_red_smell_likened_to_last_time_is_a_new_occurrence() -> None:
    from bot.understanding.still_same import mended_since
    assert mended_since("三楼又有煤气味了 跟上次一样")
    assert not mended_since("跟上次一样 还是没人管")
