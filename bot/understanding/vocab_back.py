"""Vocabulary for a neighbour coming back to an open problem (neighbour_back.py): how a message says it was
told before and nothing came of it, that the thing is at it again, and the everyday words two messages share
without naming the same thing. Pure data, no logic."""
from __future__ import annotations

# fmt: off
# "We told you before, nothing happened" ("上礼拜就说过了", "昨天就说了 一点动静没有", "说好的…呢"):
# the problem is still waited on, whoever reported it.
TOLD_BEFORE: list[str] = [
    "说好的", "说好今天", "说好明天", "说好上午", "说好下午", "说好几点", "说好来", "说好修", "说好十", "说好收",
    "就说过", "就说了", "早就说", "都说过", "说过了", "说了多少", "说了好几", "说了几次", "说了几回", "说了半天",
    "反映过", "反映了好几", "反映了几", "一点动静没有", "一点动静都没", "没有一点动静", "没人管", "没人来", "没人弄",
    "没人理", "石沉大海", "等了好几天", "等了两天", "等了几天",
    # a promise or a visit that changed nothing ("不是说昨天就修吗", "说了也没用", "蚊子一点没少")
    "不是说", "说了也没用", "讲了也没用", "讲了又", "一点没少", "一点也没少", "根本没人",
    # a remedy that did nothing: done as if not done ("药撒了跟没撒一样", "修了等于没修", "白修了")
    "跟没撒一样", "跟没修一样", "跟没弄一样", "和没修一样", "等于没修", "等于没弄", "白修了", "白弄了",
    # ...whatever the remedy was (sprayed, put down, unblocked, replaced) and however it is said (和 / 同 / 跟)
    "跟没喷一样", "跟没放一样", "跟没通一样", "跟没换一样", "跟没搞一样", "和没弄一样", "和没放一样", "和没通一样",
    "同没修一样", "等于没放", "等于没通", "等于没换", "等于白修", "白通了", "白换了", "白搞了", "修了个寂寞",
]
# Still the same ("排风扇还是那样", "还是老样子"): still there, though 还是 before 那 elsewhere says "the same one".
STILL_SAME: list[str] = ["还是那样", "还是这样", "还是老样子", "照旧", "依旧", "老样子", "还那样", "还这样", "还那个样"]
# The thing at it again ("又闹上了", "又来了", "今天又吵到十点"): an open nuisance recurring, unless it was
# mended in between (still_same.mended_since: "又返水了 上回刚通完" is a new ticket).
AGAIN: list[str] = ["又"]
# ...only for a nuisance people or pests make (a noise, a quarrel, rubbish, pests): "电梯又停了", "又停电了" is
# a breakdown anew, "消防道又堵上了" another car.
AGAIN_KINDS: frozenset[str] = frozenset({"noise", "dispute", "sanitation"})
# A nuisance told (neighbour_back._tells_nuisance): the words by which a message says the ticket's nuisance
# itself, not only its source (小卖部, 烧烤店), is still at it.
NUISANCE_TOLD: dict[str, tuple[str, ...]] = {
    "noise": ("吵", "响", "声", "音", "噪", "闹", "嗡", "轰", "隆", "震", "砸", "敲", "咚", "哐", "咣", "叫", "唱",
              "喇叭", "睡不", "划拳"),
}
# The supply back ("来电了电梯还是不动"): an outage's ticket is over, what is still wrong is another problem.
SUPPLY_BACK: list[str] = ["来电了", "来水了", "来气了", "有电了", "有水了", "通电了", "恢复供电", "恢复供水", "电来了", "水来了"]
# ...but these 又 say something else: "又是" (it is again the same one), "又要" (will need), "有没有" is no 又.
NOT_AGAIN: list[str] = ["又是谁", "又要", "又想", "又说", "又问"]
# Two-character pieces two messages share without naming one thing: people, times, the service, pointers,
# places in general (楼下, 小区). A shared piece of another kind (排风扇, 气罐, 地垫, 车库出口) names a thing.
COMMON_WORDS: list[str] = [
    "物业", "社区", "网格", "楼长", "保洁", "保安", "师傅", "小区", "楼下", "楼上", "楼里", "上面", "下面", "外面",
    "今天", "昨天", "明天", "晚上", "早上", "上午", "下午", "中午", "夜里", "半夜", "白天", "每天", "天天", "现在",
    "时候", "孩子", "小孩", "小伢", "孙子", "老头", "大家", "我们", "咱们", "俺们", "你们", "他们", "她们", "麻烦",
    "谢谢", "赶紧", "快点", "怎么", "什么", "这个", "那个", "那边", "这边", "那块", "这块", "那里", "这里", "一下",
    "看看", "管管", "处理", "安排", "解决", "问题", "情况", "影响", "整天", "几天", "两天", "好几", "几个", "那几",
    "已经", "真的", "实在", "根本", "能不能", "可以", "一直", "东西", "地方", "睡觉", "休息", "上班", "回家", "我家",
    "俺家", "咱家", "家里", "屋里", "邻居", "居民", "业主", "电话", "报修", "维修", "修理", "房东", "电工", "工人",
    "特别", "好像", "里面", "里头",
]
# fmt: on
# A place that should be lit told dark ("楼道还是黑漆漆的", south-western 黑麻麻 / 黑起, northern 黑咕隆咚): the light
# there is still out. Not 黑烟 (smoke), 黑色, 黑心 (words that are no darkness).
DARK: list[str] = ["黑漆漆", "黑乎乎", "黑呼呼", "黑麻麻", "黑黢黢", "黑洞洞", "黑咕隆咚", "黑灯瞎火", "乌漆嘛黑", "漆黑",
                   "黑黑的", "一片黑", "摸黑", "黑起的", "黑着", "黑的", "还黑", "看不见路"]
# ...of a place, not a thing that is black: water, oil, mould, a car, a bag (自来水还是黑的 is the water's matter).
DARK_THINGS: list[str] = ["水", "油", "霉", "烟", "车", "袋", "衣", "墙", "屏", "脸", "手", "狗", "猫"]
# Where a light is, by kind of place: darkness in one kind is not the light out in another (车库还是黑的 after 路灯坏了).
LIT_PLACES: dict[str, tuple[str, ...]] = {
    "stairs": ("楼道", "过道", "走廊", "楼梯", "梯间", "梯道", "楼梯间"),
    "garage": ("车库", "地库", "地下室", "停车场", "负一", "负二"),
    "outdoors": ("路灯", "路上", "小区里", "院子", "院坝", "巷", "花园", "广场", "那段路", "小路", "大路"),
    "lobby": ("大堂", "门厅", "大厅", "单元门", "门口"),
    "lift": ("电梯", "轿厢"),
}
# A home's own danger beside the area's symptom: water at its sockets, lamps or switchboard, sparks, smoke ("302也是 水从
# 灯座里渗出来了 噼啪响" after a corridor leak is a red of its own, not one more home of the leak; home_in_area).
HOME_DANGER: list[str] = ["插座", "灯座", "电闸", "电箱", "配电", "电线", "开关", "噼啪", "啪啪", "滋滋", "火花", "火星",
                          "冒烟", "漏电", "麻手", "电到", "老人", "小孩", "孩子", "出不来", "晕", "倒"]
# A lamp told out in a report's plainer words, beside DARK ("过道灯全部黑起的", "灯不亮", "灯坏了"): dark_still.py
LAMP_OUT = ("黑", "不亮", "坏")
