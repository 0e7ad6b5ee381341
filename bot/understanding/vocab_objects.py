"""Object x fault-state vocabulary: a thing named closely before a fault state is a problem report.

Used by the classifier's compositional scan ("篮筐歪了", "挡水板坏了", "那个门...赶紧修修").
Pure data, no logic.
"""
from __future__ import annotations

# fmt: off
# An OBJECT followed closely by a FAULT state ("信箱锁被撬", "篮筐歪了", "地漏盖子不见了") is a problem
# report even when no family phrase matched. Value: the family it reports (fault_<category> families
# are plain yellow faults of that category; some objects have their own, more urgent family).
OBJECTS: dict[str, str] = {
    **{w: "fault_facility" for w in (
        "灯", "灯泡", "灯管", "路灯", "门", "楼门", "铁门", "防盗门", "锁", "门锁", "信箱", "邮箱", "报箱", "井盖", "地漏",
        "盖子", "盖板", "窗", "窗户", "玻璃", "台阶", "楼梯", "踏步", "扶手", "栏杆", "护栏", "墙", "墙皮", "瓷砖",
        "地砖", "天花板", "吊顶", "篮球架", "篮筐", "球架", "健身器材", "器材", "转盘", "单杠", "秋千", "滑梯", "座椅",
        "长椅", "椅子", "凳子", "充电桩", "充电口", "监控", "摄像头", "门铃", "对讲", "闭门器", "车棚", "雨棚", "晾衣架",
        "晾衣杆", "路面", "地面", "坡道", "宣传栏", "公告栏", "快递柜", "门把手", "把手", "插座", "开关", "窗台",
        "防护网", "围栏", "围墙", "铁栅栏", "栅栏", "大门", "侧门", "消防门", "楼道门", "天台门", "按钮", "按键", "链子",
        "挡水板", "挡板", "网子", "球网", "球台", "乒乓球台", "遮阳网", "健身器", "路灯杆", "晾衣绳", "雨水井", "信报箱", "报箱", "窗户把手", "纱窗", "铁链", "绳子",
        # shared machines of a rental tower: a parcel locker (丰巢), the laundry room and its machines
        "丰巢", "洗衣房", "公用洗衣机", "烘干机",
        # a playground's rubber floor
        "地垫", "塑胶地垫", "软垫",
        # a road fitting broken (减速带断了, 翘起来了): the fitting to mend; asking for one is traffic (parking)
        "减速带",
        # the roofed gate of an old courtyard or lane (门楼): tiles and beams above the way in
        "门楼")},
    **{w: "fault_utilities" for w in (
        "水管", "管子", "管道", "暖气", "暖气片", "水表", "电表", "电闸", "水龙头", "阀门", "下水管", "燃气表", "热水器",
        "太阳能",   # a rooftop solar water heater, as the south calls it (楼顶的太阳能歪了)
        "电箱", "电线", "线路", "水泵")},
    **{w: "fault_greenery" for w in ("树", "树枝", "枝子", "树杈", "大树", "草坪", "花坛", "绿篱", "月季", "灌木")},
    **{w: "fault_parking" for w in ("道闸", "抬杆", "车位锁", "地锁")},
    **{w: "fault_sanitation" for w in ("垃圾桶", "垃圾箱", "果皮箱")},
    **{w: "fault_safety" for w in ("消防栓", "烟感", "应急灯", "消防箱")},
    # a lift's floor button (15楼按钮不亮, 8层的按键坏了): a part of a lift that still runs
    **{w: "lift_minor" for w in ("楼按钮", "楼的按钮", "层按钮", "层的按钮", "楼按键", "楼的按键", "层按键", "层的按键")},
    "电梯": "lift_out", "轿厢": "lift_out", "单元门": "door_lock", "门禁": "door_lock",
}
# Fault states (within a few characters after the object).
FAULT_STATES: list[str] = [
    "坏", "不亮", "不动", "卡住", "关不拢", "合不拢", "关不严", "堵死", "磨得", "快断", "down", "卡在", "漏", "堵", "松", "歪", "断", "裂", "掉", "不见了", "没了", "丢了",
    "冒", "渗", "反味", "失灵", "不好使", "不管用", "破", "碎", "塌", "翘", "锈", "烂", "倒了", "不转", "打不开",
    "关不上", "合不上", "锁不上", "不灵", "没反应", "罢工", "还没好", "还没修", "还没换", "修好没", "好了没", "什么时候能修",
    "什么时候修", "什么时候能好", "缺了", "晃", "不灵了", "嘎吱", "吱呀", "咣当", "哐当", "异响", "短路", "不出水", "不通",
    "不见", "砸了", "划了", "变形", "鼓包", "脱落", "起皮", "长到路上", "挡路", "刮", "枯",
]
# Asking for a repair: the object anywhere earlier in the message is the broken thing ("那个门...赶紧修修").
REPAIR_ASKS: list[str] = ["修修", "修一下", "修下", "给修", "赶紧修", "找人修", "派人修", "来修", "修理", "维修一下",
                          "换一下", "换个新", "没人修", "还没修", "修剪", "剪一剪", "剪剪"]
# fmt: on

# Round 23: a key or a knob that will not turn or go in (钥匙插进去拧不动), and the repair asked as whom to go to
# (找谁换, 找哪个修): a fault to mend, not a question.
FAULT_STATES += ["拧不动", "转不动", "拧不开", "插不进", "拔不出"]
REPAIR_ASKS += ["找谁换", "找谁修", "找哪个换", "找哪个修", "找谁来修", "找谁来换"]
