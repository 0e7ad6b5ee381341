"""A lift named by its number or its side rather than as 电梯 (1号梯, 东梯, 那部梯, 货梯).

Pure data, merged into vocab_data.FAMILIES["lift_out"] and ["trapped"] at import; a community extends the family
under `understanding: families:` in config.yaml. Bare 梯 is never a cue (楼梯 is the stairs).
"""
from __future__ import annotations

# fmt: off
_LIFT = ("号梯", "号电梯", "东梯", "西梯", "南梯", "北梯", "左梯", "右梯", "中梯", "部梯", "台梯", "货梯", "客梯")
# Stopped, whatever stopped it; "坏了" and "按不动" are left out: "2号梯坏了个按键，9楼按不动" is a part to repair.
_DOWN = ("停了", "停着", "停在", "又停", "罢工", "趴窝", "卡住", "卡在", "停运", "不运行")
# ...and "not moving" said of the lift itself, right after its name (东梯确实不动, 那部梯又不动了).
_STILL = ("不动", "又不动", "确实不动", "一直不动", "还不动", "动不了")
# Someone held inside a lift named by its number (1号梯里好像有人在拍门, 东梯里有人出不来): a person trapped.
# Someone merely in it (2号梯里有人乱贴广告, 3号梯里有人吗？) is no one trapped: the cue needs a sign of being
# held there. A question whether anyone is inside is not masked: the mask would drop the whole lift word, and
# "西梯里有人吗 卡在半中间了" is a lift stuck with people asked after.
_INSIDE = ("里", "里面", "里头", "里边")
_HELD = ("困", "关着", "关住", "关在", "出不来", "敲门", "拍门", "喊", "救命", "呼救", "按铃", "打不开",
         "卡在", "卡住", "半中间", "警铃")   # asked after in a lift that is stuck: 西梯里有人吗 卡在半中间了
_SOMEONE = ("关了人", "困了人", "+敲门", "+拍门", "+喊", "+出不来") + tuple(
    f"{s}+{h}" for s in ("有人", "好像有人") for h in _HELD)
# Doors that open and close again by themselves: the lift cannot leave its floor. Told of a lift named
# as 电梯, by its number or side, or by its classifier alone (那部在18楼门开开关关); a door banging in the
# wind names no lift and is left to the door families.
_DOOR_CYCLES = ("门开开关关", "门关了又开", "门开了又关", "门一直开开关关", "门不停地开关", "门反复开关", "门自己开开关关")
_CLASSIFIER = ("电梯", "那部", "这部", "哪部", "一部")
MORE_CUES: dict[str, list[str]] = {"lift_out": [f"{lift}+{down}" for lift in _LIFT for down in _DOWN]
                                   + [f"{lift}{still}" for lift in _LIFT for still in _STILL]
                                   + [f"{lift}+{c}" for lift in _LIFT + _CLASSIFIER for c in _DOOR_CYCLES],
                                   "trapped": [f"{lift}{i}{s}" for lift in _LIFT if lift not in ("部梯", "台梯")
                                               for i in _INSIDE for s in _SOMEONE]}
# Someone held, told with a dialect aspect marker between the verb and the person ("电梯关到人了" Sichuan,
# "关倒个人", "困起人", "卡住个人"): a lift named (as 电梯 or by its number) and a person held in it.
# (and in plain Mandarin with 了 and a counted person, "电梯里关了个人": not "门关了人还没进去")
_HELD_PERSON = tuple(f"{v}{a}{n}" for v in ("关", "困", "卡") for a in ("到", "倒", "起", "住", "得有", "了")
                     for n in ("人", "个人", "一个人", "两个人", "俩人") if not (a == "了" and n == "人"))
MORE_CUES["trapped"] += [f"{lift}+{h}" for lift in ("电梯", "电题", "电悌") + _LIFT for h in _HELD_PERSON]
MASKS: list[str] = []
# The place an "inside" word (里有人, 里面有个老人) follows when it is not the lift's: a home, a room, a shop
# ("电梯叫不到，家里有个老人要下楼": the person waits at home).
INSIDE_OF_A_PLACE: str = "家屋房间室店舍铺"
# fmt: on
# A lift making a noise told by the sound itself ("电梯上下有咔咔的声音", "2号梯咯吱咯吱的"): a fault while it still
# runs (lift_minor, yellow), which a person shut in or a fall told beside it makes red as always.
_NOISES = ("咔咔", "咔嚓", "咯吱", "咯噔", "嘎嘎", "嘎吱", "吱吱", "怪声", "怪响")
MORE_CUES["lift_minor"] = [f"{lift}+{n}" for lift in ("电梯",) + _LIFT for n in _NOISES]
