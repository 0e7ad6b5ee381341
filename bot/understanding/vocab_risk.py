"""A risk to people stated in the text itself (GUIDELINES, the doubt rule: between two colours take
the more urgent one only if the text states the risk: a person, a child, fire, gas, electricity).

Pure data read by stated_risk.py; a community extends the lists under `understanding:` in
config.yaml (`risk_young`, `risk_harm`, `risk_warning`, `risk_fire_store`).

- a child or an old person named together with the harm the fault could do them (a hand caught,
  hit, cut, "dangerous"), in the words of several regions;
- a warning that something will happen, told as the reason to act (出事就晚了, 一点就着);
- a fire waiting to happen: gas cylinders left in the sun or a stairwell, a battery charged at home
  or in a corridor, a switch hot to the touch.
"""
from __future__ import annotations

# fmt: off
# The young and the old, as written across regions (细路 Cantonese, 娃儿 south-west, 伢 Wuhan).
RISK_YOUNG: list[str] = [
    "小孩", "孩子", "小朋友", "小娃", "娃儿", "娃娃", "伢", "细路", "细佬", "孙子", "孙女", "学生", "老人",
    "老太太", "老头", "婆婆", "阿婆", "伯伯", "行人", "路人", "路过的人",
]
# The harm the fault could do to them.
RISK_HARM: list[str] = [
    "危险", "易夹", "夹手", "夹亲", "夹伤", "夹到", "夹着", "划手", "划了手", "划伤", "割手", "割伤", "撞着", "撞到",
    "撞倒", "砸着", "砸到", "砸伤", "砸亲", "绊倒", "摔着", "摔倒", "踩空", "掉下去", "受伤", "弄伤",
    # a slip on stairs or a wet floor (差点从上面滑下来)
    "滑倒", "滑下来", "滑下去", "滑了一跤", "差点摔",
    # broken glass left where they go; a child slipping through to a drop
    "玻璃碴", "玻璃渣", "碎玻璃", "钻过去就是",
]
# A warning told as the reason to act now.
RISK_WARNING: list[str] = [
    "出事就晚了", "出了事就晚了", "等出事", "要出事", "会出事", "迟早出事", "早晚出事", "迟早要出事", "早晚要出事",
    "出大事", "出人命", "一点就着", "一点就燃", "一点火就着", "就着了", "着了火咋", "着火了咋", "着火咋办",
    "烫手", "看着都怕", "看到都怕", "睇到都惊", "好惊", "烧了个窟窿", "烧了个洞", "烧出个洞",
    # electricity and water: branches on the power lines, rain water pouring into homes
    "树+电线", "枝+电线", "水+家里灌", "水+屋里灌", "水+灌进家",
    # a storm that will bring it down, told as the reason to act before it comes (别给刮倒了, 怕被吹下来)
    *[f"{w}{d}" for w in ("别给", "别被", "别让风", "会被", "怕被", "怕给", "就怕", "准被", "非给")
      for d in ("刮倒", "吹倒", "刮塌", "吹塌", "刮下来", "吹下来", "刮掉", "吹掉", "刮飞", "吹飞")],
]
# A fire waiting to happen: gas cylinders in the sun or a passage, a battery charged indoors.
_CYLINDERS = ("煤气罐", "液化气罐", "燃气罐", "液化气瓶", "煤气瓶", "气罐", "气瓶", "石油气罐")
_EXPOSED = ("晒", "楼道", "楼梯", "过道", "人行道", "门口", "堆", "摆")
_BATTERIES = ("电动车", "电瓶车", "电瓶", "电池", "电车", "电单车", "电摩")
_INDOORS = ("楼道", "走廊", "过道", "门口", "家", "屋", "房", "上楼", "楼上")
RISK_FIRE_STORE: list[str] = [
    *[f"{c}+{e}" for c in _CYLINDERS for e in _EXPOSED],
    *[f"{b}+充+{i}" for b in _BATTERIES for i in _INDOORS],
    *[f"{b}+{i}+充" for b in _BATTERIES for i in _INDOORS],
    "楼道充", "楼道里充", "在门口充", "门口充电", "拎上楼充", "拎回家充", "拎家去充",
]
# A warning negated or told as an easy general caution just before it: no risk stated now ...
NOT_NOW: tuple[str, ...] = ("容易", "以免", "防止", "不", "没", "冇", "唔", "莫得")
# ... or told as past, a little further before it.
PAST: tuple[str, ...] = ("上次", "上回", "以前", "之前", "上礼拜", "上个礼拜", "上周", "去年", "那次")
# "台风来之前": before something still to come, no past
NOT_PAST: tuple[str, ...] = ("来之前", "到之前", "来临之前", "登陆之前", "过境之前", "下雨之前")
# "不小心", "没了": no negation of the harm after them
NOT_NEGATING: tuple[str, ...] = ("不小心", "不少", "不一定", "没了", "没有了", "没盖")
# Charging points asked for: the suggestion names the remedy, not a battery charged indoors now.
CHARGING_POINTS: tuple[str, ...] = ("充电桩", "充电棚", "充电站", "充电柜")
# fmt: on

# Round 21: a fall told as what the fault just did (摔了个屁股墩), a foot going through a rotten tread (脚能踩进去),
# an ankle turned; a vehicle that will overturn in an open hole (电动车开过去实翻车); a pane shaking loose in its frame.
RISK_HARM += ["踩进去", "摔个", "摔了个", "摔了一跤", "摔一跤", "跌了一跤", "崴了脚", "崴脚"]
RISK_WARNING += ["翻车", *[f"玻璃+{s}" for s in ("直晃", "晃荡", "晃悠", "来回晃", "一直晃")]]

# Round 23: a light missing is the hazard, not a negation of the warning after it (晚上冇灯 要出事的); a child's
# clothes or skin caught on a bare nail or a splinter (把孩子裤子刮个口子); a fire feared with the way out blocked
# (着了火谁也跑不出去): the clutter in the passage is a fire waiting to happen (safety).
NOT_NEGATING += ("没灯", "冇灯", "莫灯", "没有灯", "没路灯", "冇路灯", "莫得灯", "没得灯")
RISK_HARM += ["刮个口子", "刮了个口子", "刮破", "刮伤", "刮烂", "扎破", "扎伤", "扎到", "扎着", "扎了脚", "扎了手"]
RISK_FIRE_STORE += [f"{f}+{w}" for f in ("着火", "着了火", "起火", "失火") for w in ("跑不出去", "跑不出来", "逃不出去",
                                                                                   "逃不出来", "出不去", "出不来")]
# a stranger at the doors picking out the old (专挑老人家敲): the risk to them is stated
RISK_WARNING += [f"{p}{o}" for p in ("专挑", "专找", "专门找", "专门挑", "尽挑", "净挑", "盯着") for o in ("老人", "老年人", "独居")]
# Round 24: the way out told blocked by its escape word (Cantonese 走火 "flee a fire", 逃生, 疏散): clutter that would
# keep people in if a fire came ("纸箱堆住楼梯口 走火都走不出", "楼道堆满 逃生都逃不出去"): a fire waiting to happen.
RISK_FIRE_STORE += [f"{e}+{b}" for e in ("走火", "逃生", "逃命", "疏散") for b in ("走不出", "逃不出", "跑不出", "出不去",
                                                                                  "出不来", "走不了", "跑不了", "过不去")]
# ...and a part told about to give way now (门上玻璃都要撞碎了, 杆子一推直晃, 栏杆快断了): a hazard that will grow.
RISK_WARNING += ["要撞碎", "快撞碎", "一推直晃", "一推就晃", "一推就倒", "摇摇欲坠"]
# ..."about to snap / fall / shatter" only with a part named: said of oneself it is hyperbole (腰都快断了, 头发都快掉了,
# 心都要碎了, 累得快倒了).
_GIVING_PARTS = ("栏杆", "扶手", "护栏", "围栏", "栅栏", "杆子", "晾衣杆", "架子", "支架", "挂钩", "铁链", "链子", "绳子",
                 "雨棚", "遮阳棚", "招牌", "广告牌", "灯罩", "吊灯", "门", "玻璃", "窗", "瓦", "树枝", "树", "电线", "线杆")
RISK_WARNING += [f"{p}+{w}" for p in _GIVING_PARTS for w in ("要断了", "快断了", "要倒了", "快倒了", "快掉了", "要掉了",
                                                              "要掉下来", "快掉下来", "要碎了", "快碎了")]
