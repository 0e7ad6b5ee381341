"""An entrance door that still keeps strangers out is an ordinary repair (yellow), not a broken lock
(orange, GUIDELINES: a door open to anyone is a hazard that grows):

- the door closer is broken (the door slams, or stays ajar) and the text states no risk: no cold
  pouring in, no stranger or stray animal coming in, no hand caught;
- face recognition does not recognise a resident (they wait outside), the door itself still locks;
- the door is the one onto the roof, not an entrance.

The doubt rule: the more urgent colour only when the text itself states the risk. Pure data; a
community extends the lists under `understanding:` in config.yaml (`door_closer`, `door_still_locks`,
`door_risk`)."""
from __future__ import annotations

# fmt: off
DOOR_CLOSER: list[str] = ["闭门器", "闭门弹簧", "地弹簧", "门吸"]
# The door still locks, only residents are kept waiting: face or card not recognised, "it does close".
DOOR_STILL_LOCKS: list[str] = [
    "识别不了", "识别不出", "识别不到", "不认人", "认不出", "不识别", "刷脸+刷不", "刷脸+不进", "人脸+不灵",
    "关得上", "能关上", "锁得上", "还能锁", "能锁上"]
# ... unless the text states a risk: anyone can walk in, cold pours in, a hand caught, a stranger inside.
DOOR_RISK: list[str] = [
    "谁都能进", "都能进", "进得来", "随便进", "一推就开", "推就开", "陌生", "生人", "外人", "跑进", "进来了", "睡觉",
    "冷风", "灌", "冻", "夹", "小偷", "偷", "丢了", "不安全", "害怕", "不敢", "慌"]
# A door onto the roof (or a flat roof terrace) is no entrance: nobody walks in from the street through it.
ROOF_DOOR: tuple[str, ...] = ("天台门", "楼顶门", "屋顶门", "天台的门", "天台那个门", "天台那扇门", "楼顶的门",
                              "通天台的门", "上天台的门", "去天台的门")
# ... unless the text tells who goes up there or the drop it leads to: children playing, people going up,
# no railing at the edge, the lock prised (the doubt rule: the risk stated).
ROOF_RISK: tuple[str, ...] = ("小孩", "孩子", "娃", "小朋友", "学生", "小伢", "伢", "小年轻", "上去", "往上跑", "跑上",
                              "在上面", "住在上面", "上天台", "往天台", "天台上", "钻", "穿到", "穿过", "晒被子", "晒衣服",
                              "流浪", "栏杆", "围栏", "护栏", "楼沿", "边上", "危险", "撬", "跳", "想不开")
# The roof door's own fault, told right after it ("天台门关不上"): a door only named as a landmark beside
# another fault ("去天台的门旁边那段楼梯扶手松了") leaves that fault's colour alone.
ROOF_DOOR_FAULT: tuple[str, ...] = ("关不上", "关不严", "关不住", "合不上", "锁不上", "锁坏", "锁没了", "锁掉", "锁被",
                                    "没锁", "不锁", "坏了", "开着", "打不开", "掉了")
# A lift whose door reopens but which goes in the end still runs (vocab_faults.LIFT_PARTS).
LIFT_GOES: list[str] = ["才走", "才关上", "才能走", "才动", "才开走", "才关住"]
# The stopped words such a lift overrides: the door reopening is the fault it names.
DOOR_ONLY_STOP: tuple[str, ...] = ("弹开", "关不上", "合不上")
# fmt: on

# A flat's own door lock (its keypad, its fingerprint) is the household's, not the building's entrance:
# a repeat never joins the two (home_or_shared.own_door_vs_entrance).
OWN_DOOR_LOCK: tuple[str, ...] = ("智能锁", "指纹锁", "密码锁", "入户门", "防盗门", "家门锁", "我家门锁", "我家的锁")
ENTRANCE_DOOR: tuple[str, ...] = ("门禁", "单元门", "大堂", "楼栋门", "小区大门", "闸机")
