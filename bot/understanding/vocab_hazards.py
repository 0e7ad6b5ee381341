"""Hazards that will grow (orange, GUIDELINES), told in words the older lists did not foresee.

Pure data, merged into vocab_data.FAMILIES at import; a community extends any family under
`understanding: families:` in config.yaml.

- wiring run by hand (飞线, 私拉的电线): a fire waiting to happen, not a minor concern;
- ground giving way: a retaining wall or a slope that cracks, bulges, seeps or slides after rain;
- a structural wall cut open in a renovation (承重墙, 剪力墙);
- a fire engine or an ambulance that could not get in (the fire lane is blocked, whatever blocks it), or
  the fire lane (消防车道, 消防道) with cars or things on it;
- an entrance anyone can walk through (the door lock is broken, whatever the words for the lock);
- an open shaft where a cover was washed or taken away;
- rain water flowing into a garage or a basement now;
- an entrance door whose magnetic lock no longer holds (磁铁吸不住), or that will not stay shut;
- a snake seen among the buildings; inside a home (a kitchen, a bedroom, by the bed) it is red: the
  people there cannot get away from it;
- someone who cannot get up or be carried out while water comes into the home: red (held by the flood);
- a stair tread that moves under the foot (a fall on the stairs, like a loose railing);
- a socket or a wire still hot after it burnt (the plug pulled, the smoke gone);
- the voltage at home too low to run anything (a power fault, not a nuisance);
- a slope come down onto where people live (the earth into a yard, against a back wall, into a home): red;
- rocks coming down a slope onto the buildings (added to the red falling-object family).
"""
from __future__ import annotations

# fmt: off
# Words that left the yellow "safety concern" family for the orange wiring hazard.
WIRING: list[str] = ["私拉电线", "乱拉电线", "电线+乱拉", "乱接电线", "飞线"]
_WIRES = ("电线", "线", "插排", "插线板", "排插", "接线板")
_BY_HAND = ("私拉", "乱拉", "私接", "乱接", "从窗户拉", "拉进去", "串好几个", "串了好几个")

_INDOORS = ("屋里", "家里", "屋头", "屋内", "房里", "房间", "卧室", "厨房", "灶屋", "灶台", "灶房", "床上", "床底",
            "被窝", "客厅", "进屋", "米缸", "卫生间", "厕所里")
_CANNOT_GET_OUT = ("瘫在床", "瘫床上", "卧床", "背不动", "下不了床", "起不了床", "抱不动")
_WATER_IN_HOME = ("进屋了", "漫进屋", "灌进屋", "往屋里灌", "淹进屋", "水进屋", "水进来了", "水已经进", "水漫进", "进家了")
_SLID_INTO = ("冲到院子", "冲进院子", "冲到院里", "冲进屋", "冲到屋里", "冲进窑", "冲到窑", "堵了窑门", "堵住窑门",
              "冲到后墙", "堆到后墙", "后窗全是泥", "埋了半", "压塌了")
_RETAINING = ("挡墙", "挡土墙", "堡坎", "护坡", "保坎")
_SLOPE = ("坡坡", "后坡", "山坡", "边坡", "土坡", "后山", "山体", "坎坎", "陡坡")
_GIVES_WAY = ("裂", "开了条缝", "缝", "鼓", "凸", "渗", "冒水", "冒浑水", "垮", "塌", "掉泥", "往下掉", "滑坡", "口子", "下陷")

# A retaining wall or slope giving way right over where people pass (the path below it, children on
# their way to school): GUIDELINES' "something about to fall on people", red (hazard_context.giving_way_over_people).
RIGHT_BELOW: list[str] = ["下头就是", "下面就是", "底下就是", "下边就是", "正下方就是", "下头是", "下面是", "底下是"]
PEOPLE_PASS: list[str] = ["放学", "上学", "娃儿", "孩子", "小孩", "小朋友", "幼儿园", "有人走", "人走", "过路",
                          "从那过", "从那里过", "从那儿过", "从这过", "人来人往", "人进人出", "天天有人"]
# ...or a home right below it (底下就是我们家后窗, 下面就是住户): people live where it would come down. Read only in
# the clause that says what is below (a home named in the next clause is just where the writer lives).
HOMES_BELOW: list[str] = ["我家", "我们家", "我屋", "我们屋", "我们住", "住户", "人家", "住人", "住着人", "有人住",
                          "宿舍", "卧室", "房间", "后窗", "窗户", "屋头", "房子"]

# ...or widening within the day and still shedding earth: giving way now (a crack wider than last month
# that sheds mud is a hazard that will grow, orange).
WIDER_SINCE: list[str] = ["比早上", "比早晨", "比上午", "比中午", "比下午", "比刚才", "比刚刚", "比昨晚", "比半夜", "一上午就",
                          "一下午就", "几个钟头就", "几个小时就", "眼看着", "眼见着", "越来越", "越裂越", "越开越"]
STILL_FALLING: list[str] = ["还在掉", "还在往下掉", "一直在掉", "一直掉", "哗哗掉", "哗哗往下掉", "不停地掉", "不停掉",
                            "还在滚", "还在往下滚", "还在垮", "又垮了", "又掉了",
                            # mud water still running out of it (在往下淌泥巴水, 一直往外冒泥水)
                            "在往下淌", "一直往下淌", "还在淌", "在往外冒", "一直往外冒", "一直在冒", "还在冒", "一直往下冲"]

# The way blocked now, said as fact: a fire engine that "could not get in" is then the stated risk of the
# blocked lane, however hypothetically told ("消防车要是来了都进不去", red.py).
BLOCKED_NOW: tuple[str, ...] = ("堵着", "堵上", "堵了", "堵死", "堵住", "堵牢", "停满", "占着", "挡着")

# Rain water flowing into a garage or a basement now (not a puddle that stays): it will reach cars,
# storerooms and the electrics.
_BELOW_GROUND = ("车库", "地库", "地下室", "储藏室", "储藏间")   # not 负一楼: a lived-in floor in hillside towns
_FLOWING_IN = ("往下灌", "往里灌", "往里流", "往里面流", "往里进", "灌进", "漫到", "还在涨", "在往上涨", "倒灌")

_WONT_SHUT = ("关不上", "关不严", "合不上", "关不住", "锁不上")
_OUTSIDERS = ("不认识的人", "陌生", "生人", "外人", "发小广告", "推销的")
_ENTRANCE = ("单元门", "楼门", "楼道门", "大门", "防盗门", "门禁", "铁门", "入户大门")   # not a balcony or a wardrobe door
# The door a lane house or a block is entered by (石库门 houses are entered by the back door) that will not
# shut: anyone can walk in, as with a broken entrance lock.
_HOUSE_DOORS = ("后门", "前门", "弄堂门", "石库门", "楼栋门", "栋门", "总门")
# ...but a car's, a canteen's or a shop's back or front door is none of ours (masked: "我车后门关不上")
_NOT_A_HOUSE = ("车", "车子", "食堂", "饭堂", "店", "超市", "饭店", "餐厅", "商场", "菜场", "学校", "医院", "仓库")
_NOT_A_HOUSE_DOORS = [f"{o}{of}{d}" for o in _NOT_A_HOUSE for of in ("", "的") for d in ("后门", "前门")]

# A stair tread that moves under the foot: a fall on the stairs waiting to happen, like a loose railing.
_TREADS = ("踏步", "梯级", "楼梯板")
# a 踏板 only with the stairs named (an exercise stepper's, a scooter's or a bike's pedal is none of ours)
_STAIRS = ("楼梯", "台阶", "梯")
_TREAD_LOOSE = ("松", "晃", "翘", "脱", "活动", "咯噔")

_OPEN_SHAFT = ("井盖", "井的盖子", "井盖子", "下水道盖", "窨井盖", "盖板")
_GONE = ("冲起来", "冲开", "冲走", "掀走", "掀开", "被偷", "剩个大洞", "一个大洞", "个窟窿")

# Gas cylinders, lighters or spray cans left baking in the sun: a fire hazard that grows, nothing burning yet.
_FUEL = ("气罐", "煤气罐", "液化气罐", "钢瓶", "打火机", "喷漆罐", "酒精桶", "汽油桶")
_IN_SUN = ("太阳底下", "晒着", "暴晒", "在晒", "太阳晒", "太阳下", "日头下", "日头底下", "大太阳")

# The building's shell that a storm opens (storm_open.py): windows, glass, doors, canopies, walls, roofs.
STORM_SHELL: tuple[str, ...] = ("窗", "玻璃", "雨棚", "遮阳棚", "顶棚", "铁皮", "围墙", "墙", "屋顶", "瓦")
# ...a storm named: the typhoon (打风 in Cantonese, 做风 in Hainan), a rainstorm, the wind blowing the part
# (not any breeze: "风往里灌", "风一吹就响" is a draught, the everyday repair)
STORM_TOLD: tuple[str, ...] = ("台风", "打风", "做风", "刮台风", "暴雨", "大暴雨", "大风", "狂风", "被风吹", "被风刮")
# ...or the rain driving in through it
RAIN_IN: tuple[str, ...] = ("雨打进来", "雨都打进来", "雨往里灌", "雨就往里灌", "雨水灌进", "雨飘进来", "雨水往里", "雨灌进",
                            "雨往屋里", "雨水往屋里")
# ...into a home (without a storm named, rain through a stairwell window is the everyday repair)
RAIN_REACHES_HOME: tuple[str, ...] = ("床", "屋里", "家里", "房间", "卧室", "客厅", "被子", "铺盖")
# ...unless the storm is over and the fault only waits for its repair ("台风吹倒的围墙 到现在也没人来修"): yellow
STORM_OVER: tuple[str, ...] = ("到现在", "至今", "一直没", "还没换", "还没修", "还没补", "没人来修", "没人修", "几天了")
HAZARD_FAMILIES: dict[str, dict] = {
    "fuel_in_sun": {"color": "orange", "category": "safety", "note": "fuel or gas cylinders in the sun (a fire risk)",
                    "cues": [f"{f}+{h}" for f in _FUEL for h in _IN_SUN]},
    "wiring_hazard": {"color": "orange", "category": "safety", "note": "wiring run by hand (a fire risk)", "cues": [
        *WIRING, *[f"{w}+{b}" for w in _WIRES for b in _BY_HAND]]},
    "retaining_wall": {"color": "orange", "category": "facility", "note": "retaining wall giving way", "cues": [
        f"{r}+{g}" for r in _RETAINING for g in _GIVES_WAY]},
    "slope_sliding": {"color": "orange", "category": "safety", "note": "slope cracking or sliding", "cues": [
        *[f"{s}+{g}" for s in _SLOPE for g in _GIVES_WAY], "坡塌了", "坡塌下", "坡又塌", "崖塌了", "崖畔塌"]},
    "snake_seen": {"color": "orange", "category": "safety", "note": "a snake among the buildings", "cues": [
        "有条蛇", "一条蛇", "看见蛇", "看到蛇", "发现蛇", "蛇+钻", "蛇+窜", "蛇+爬进"]},
    "snake_indoors": {"color": "red", "category": "safety", "note": "a snake inside a home", "cues": [
        *[f"条蛇+{w}" for w in _INDOORS], *[f"蛇+{w}+{v}" for w in _INDOORS for v in ("盘着", "盘在", "爬进", "钻进", "游进")]]},
    "held_by_flood": {"color": "red", "category": "care", "note": "someone who cannot get out, water coming in",
                      "cues": [f"{a}+{w}" for a in _CANNOT_GET_OUT for w in _WATER_IN_HOME]},
    "slid_onto_homes": {"color": "red", "category": "safety", "note": "a slope come down onto homes",
                        "cues": [f"{s}+{r}" for s in (*_SLOPE, "坡", "崖") for r in _SLID_INTO]},
    "stair_tread": {"color": "orange", "category": "facility", "note": "stair tread loose (a fall on the stairs)",
                    "cues": [*[f"{t}+{w}" for t in _TREADS for w in _TREAD_LOOSE],
                             *[f"踏板+{s}+{w}" for s in _STAIRS for w in _TREAD_LOOSE],
                             *[f"台阶+{w}" for w in ("松动", "晃", "活动了", "翘起")]]},
    "structure_cut": {"color": "orange", "category": "safety", "note": "structural wall cut open", "cues": [
        "承重墙+砸", "承重墙+拆", "承重墙+凿", "剪力墙", "砸了承重墙", "拆承重墙", "动承重墙", "八成是承重墙"]},
}
MORE_CUES: dict[str, list[str]] = {
    # (a rescue vehicle kept out, an escape way blocked: vocab_escape.py, merged through vocab_clutter)
    "fire_lane": ["消防通道+堆", "消防通道上"]
    + [f"{lane}{c}" for lane in ("消防车道", "消防道")
       for c in ("+辆", "+台车", "+堆", "+停满", "+堆满", "+塞满", "+排满", "+摆满", "+挡着", "+排在", "+停着", "+被占", "+占着")]
    + ["消防道+堵"],
    "door_lock": ["谁都能进", "都能进来", "都进得来", "哪个都进", "啥子人都进", "随便进出", "一推就开", "推一下就开",
                  "磁铁+吸不住", "磁铁+掉", "磁铁+坏", "磁力锁+坏", "电磁锁+坏", "门+关不牢",
                  "门锁+撬", "门+撬坏", "锁头+掉", "门禁+宕机", "门禁+死机", "门禁+瘫痪", "门+关不拢", "门+合不拢",
                  # a door that will not shut, and someone who does not live here seen inside (the risk stated)
                  *[f"{d}+{s}+{w}" for d in _ENTRANCE for s in _WONT_SHUT for w in _OUTSIDERS],
                  *[f"单元+门+{s}+{w}" for s in _WONT_SHUT for w in _OUTSIDERS],
                  *[f"{d}+{s}" for d in _HOUSE_DOORS for s in _WONT_SHUT]],
    "railing": [f"{s}+{g}" for s in _OPEN_SHAFT for g in _GONE],
    "flooding": [f"{b}+{f}" for b in _BELOW_GROUND for f in _FLOWING_IN],
    "no_power": ["电压+低", "报低压", "低电压", "电压不够"],
}
# "对门" is the neighbour across the landing, not a door; a smoke alarm sold or bought is a device, not
# an alarm sounding ("上门推销烟雾报警器"; one just fitted may well be sounding: 刚装的烟雾报警器一直响).
MASKS: list[str] = ["对门", "对门的", "踏步机", "脚踏板", "踏板车", *_NOT_A_HOUSE_DOORS] + [f"{v}{a}" for v in ("卖", "推销", "买", "送")
                                        for a in ("烟雾报警器", "烟雾报警")]
# fmt: on

# Hazards told by what they touch: a hydrant walled in by clutter (no water when a fire comes: the fire
# lane's kind), an outlet or a wire hot to the touch (a fire risk that will grow), a shaft pried open.
_HYDRANT = ("消防栓", "消火栓")
_WALLED_IN = ("挡完", "挡住", "挡牢", "挡着", "挡死", "挡得", "堵住", "堵着", "堵死", "围住", "被挡", "压着", "堆满", "埋了")
_LIVE_PARTS = ("插座", "插头", "电线", "电表", "花线")   # not a switch plate (the fitting's, facility), nor a power strip
_HOT = ("发烫", "烫手", "滚烫", "烫得", "摸着烫", "热得烫")
# ...and still hot after a burn told (烧黑, 焦, 冒烟) on a wire, an outlet or a switch ("插座烧黑了，线还是烫的"):
# heat that lasts after the fitting burned. Without the burn told a cable warm to the touch (网线, a kettle's plug
# just pulled) is nothing of the sort.
HOT_STILL = ("还是烫", "还烫", "还在烫", "还有点烫", "还热乎", "还是热的", "还发热")
_STILL_HOT_PARTS = ("电线", "线路", "插座", "开关", "线")   # 线 alone: the burnt fitting's own wire
# (or the power cut at the breaker, "闸拉掉了，插座那块还烫": heat no current explains)
BURNT = ("烧黑", "烧焦", "烧了", "烧坏", "烧着", "烧化", "焦", "冒烟", "冒了点烟", "冒了烟", "冒过烟", "冒火", "发黑", "黑了", "墨黑", "烧得", "闸拉", "拉闸", "跳闸", "拉了闸",
         "关了闸", "总闸")
MORE_CUES["fire_lane"] += [f"{h}+{w}" for h in _HYDRANT for w in _WALLED_IN]
MORE_CUES["wiring_hazard"] = [f"{p}+{h}" for p in _LIVE_PARTS for h in _HOT] \
    + [f"{p}+{h}+{b}" for p in _STILL_HOT_PARTS for h in HOT_STILL for b in BURNT]
MORE_CUES["railing"] += [f"{s}+{g}" for s in _OPEN_SHAFT for g in ("撬开", "撬走", "被撬", "撬起来")]
# Rocks coming down a slope onto the buildings (坡上滚下来一块大石头 撞到后墙): an object falling on people now,
# red. Told by motion down, not by a stone thrown (有人拿石头砸车, a dispute).
_ROCKS = ("石头", "石块", "大石", "碎石", "土石", "落石")
_COMING_DOWN = ("滚下来", "滚下", "滚到", "往下滚", "滚落", "冲下来", "落下来", "掉下来", "垮下来", "滑下来")
# ...onto something or someone, or still coming (rocks come to rest on a road are the slope's, orange)
# (a wall or a window named alone is no strike: 挡土墙那里有条缝 is where the crack is)
# (again only as a motion again, 又滚 / 又掉: not 又脏又乱 of a site's rubble)
_STRUCK = ("砸", "撞", "震", "打到", "打破", "打碎", "又滚", "又掉", "又落", "又冲", "又垮", "又下来", "又砸", "还在滚", "还在掉", "还在往下", "一直往下", "一直滚", "一直掉",
           "不停", "接二连三")
MORE_CUES["falling_object"] = [f"{r}+{d}+{s}" for r in _ROCKS for d in _COMING_DOWN for s in _STRUCK] \
    + ["落石+砸", "落石+撞"]

