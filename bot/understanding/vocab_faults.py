"""A lift that still runs with one part faulty is an ordinary repair (yellow), not a lift out of
service (orange): one floor's button, the fan, the light, a knock or a shake on the way.

Also: a neighbour's air conditioner dripping onto a balcony is a matter between neighbours; rain
through the roof is the roof's (facility), not a pipe's.

Pure data; a community extends the lists under `understanding:` in config.yaml
(`lift_parts`, `lift_stopped`, `ac_drip`, `asked_neighbour`, `roof_leak`, `pipe_source`)."""
from __future__ import annotations

# fmt: off
# What is faulty when the lift still runs: a button (Cantonese 掣), the fan, the light or a
# screen in the car, a noise or a jolt, one floor only.
LIFT_PARTS: list[str] = [
    "按键", "按钮", "按扭", "按纽", "掣", "风扇", "排风扇", "电扇", "灯不亮", "灯坏", "灯泡", "广告屏", "镜子",
    "咯噔", "咣当", "咣咣", "哐哐", "哐当", "异响", "吱吱", "嘎吱", "一顿", "一抖", "晃", "抖", "其他楼层正常",
    "别的楼层正常", "只能按", "要按好几", "按好几下", "按几次", "关门慢", "关得慢",
]
# ... unless it says the lift does not run: stopped, dark, someone inside, people climbing the stairs.
LIFT_STOPPED: list[str] = [
    "停", "不动", "不走", "黑", "困", "关人", "关在", "卡住", "卡在", "趴窝", "罢工", "用不了", "不能用", "不能坐",
    "不运行", "上不去", "下不去", "上不来", "下不来", "关不上", "合不上", "弹开", "故障", "都没反应", "全没反应",
    "都按不", "一个都", "歇菜", "瘫痪", "不上不下", "动不了", "不运转",
    "按哪", "按啥都", "按什么都", "全部", "爬楼", "爬上", "爬了", "走楼梯", "坏了好几天", "冒烟", "着火", "掉",
]
# Water dripping from a neighbour's air conditioner onto a balcony or a sill is a matter between
# neighbours (yellow), not a leak into a home; once they have been asked, it needs mediation.
AC_DRIP: list[str] = ["外机", "冷凝水", "空调水", "空调滴", "空调管", "空调的水", "空调漏", "空调一直滴", "空调往下滴"]
# ... unless water comes through a ceiling: that is a leak into the home.
CEILING: tuple[str, ...] = ("天花板", "吊顶", "顶棚", "棚顶", "房顶", "屋顶", "顶上")
ASKED_NEIGHBOUR: list[str] = ["说了", "说过", "讲了", "讲过", "不听", "不理", "不改", "不管", "协调", "调解", "敲门"]
# Rain or melting snow coming through the roof is the building's roof (facility: its waterproofing),
# not a water pipe (utilities) ...
# (Not 房顶 or 屋顶 alone: 厨房顶上 and 我屋顶上 are a kitchen's and a home's ceiling; with snow it is the roof.)
ROOF_LEAK: list[str] = ["楼顶", "天台", "防水", "下雨", "落雨", "一下雨", "雨水", "漏雨", "化雪", "雪一化", "雪化",
                        "顶楼+漏", "顶楼+滴", "顶楼+渗", "屋顶漏", "房顶+雪", "屋顶+雪", "梅雨", "黄梅天",
                        # ... or through the walls and windows: the envelope, not a pipe (窗户边渗水, 外墙有缝,
                        # 保温层没封好), a shed's roof, walls sweating in the humid south (返潮, 回南天)
                        "外墙", "保温层", "窗户+渗", "窗边+渗", "窗框+渗", "窗台+渗", "窗缝", "车棚+漏", "雨棚+漏",
                        "棚顶+漏", "返潮", "回南天",
                        # ... or wind-driven rain through a door or window gap in a storm (台风天阳台门缝进水); a door
                        # gap with no rain or wind told is an indoor seep (卫生间门缝渗水: the pipe's) unless it is the
                        # balcony's, open to the weather
                        "门缝+雨", "门缝+台风", "门缝+风", "阳台门缝", "阳台门+进水", "阳台门+灌", "窗户缝",
                        "台风+进水", "暴雨+进水", "风雨+进水",
                        # a seep at the foot of a wall (墙角在渗水): damp through the wall, not a burst pipe
                        "墙角+渗", "墙根+渗", "墙脚+渗"]
# ... unless a pipe or a tank (a rooftop 水塔 too) is named as the source.
PIPE_SOURCE: list[str] = ["水管", "管子", "管道", "水箱", "水塔", "暖气", "爆", "跑水", "楼上+卫生间", "楼上+厨房", "楼上+漏"]
# ... and only water coming in (seeping, dripping, damp walls): rain with a supply out (一下雨就跳闸, 下雨天
#水压小) is that supply's.
SEEPS_IN: tuple[str, ...] = ("漏", "渗", "滴", "淌", "进水", "往下流", "往屋里流", "泡", "湿", "潮", "霉", "水印", "接水",
                             "盆",
                             # ... or pouring in (水往下灌, 水流到我家客厅, 家里全是水, 顶楼家里淹了)
                             "灌", "流到", "流进", "流下", "往我家流", "往家里流", "往家流", "全是水", "都是水", "一地水", "淹")
# fmt: on

# A leak in a common place whose water only lands on the floor (a patch, a puddle, a little ice) is
# an ordinary repair (yellow): nothing comes into a home, nothing floods, no electrics are near.
LEAK_WORDS: tuple[str, ...] = ("渗水", "滴水", "漏水", "在漏", "滴答", "往下滴", "滴滴", "漏")
ON_THE_FLOOR: tuple[str, ...] = ("地上", "台阶上", "地面", "地下湿", "地下全湿", "一小滩", "一滩", "一摊", "一小摊", "湿了一片", "湿了一小片",
                                 "冻成冰", "冻了", "一坨冰", "落车上")
INTO_A_HOME: tuple[str, ...] = ("家", "屋", "卧室", "客厅", "厨房", "卫生间", "住户", "顶子", "房间")
SPREADING: tuple[str, ...] = ("爆", "哗哗", "喷", "淹", "流进", "灌", "漫", "涨", "电表", "电箱", "配电", "电井", "漏电",
                              "电线", "插座", "噼啪", "滋滋", "冒烟", "流到", "顺着", "淌", "全是水", "成河", "一大片")

# Breakdowns counted over a period ("这个月坏了三趟", "一周跳闸三次"): a complaint asking for a thorough
# repair (yellow), the thing works now; unless it has broken again now (又坏, 又停) or today.
REPEATED_BREAKDOWN = r"(?:月|周|星期|礼拜).{0,8}(?:两|三|四|五|几|好几|[0-9０-９])(?:次|回|趟)"
BROKEN_NOW: tuple[str, ...] = ("又坏", "又停", "又卡", "又困", "又关", "又不", "现在", "今天", "刚才", "这会", "还没修",
                               "爬", "走下去", "走上去")

# Rain through the roof told as what happens each time it rains ("一下雨就渗", "每年补每年漏") is the
# roof to repair (yellow); it stays orange told as pouring in now: basins filling, water on a bed,
# running down a wall, near the electrics.
ROOF_RECURRING = r"(?:一下雨|一落雨|下雨|落雨|一化雪|雪一化|化雪|一下雪).{0,8}就|每年|每次下雨|每逢下雨|上礼拜|上周"
ROOF_POURING: tuple[str, ...] = ("盆", "桶", "床", "淌", "接满", "流", "电", "哗哗", "泡了", "泡水")
# ...but ground or a wall that gives way each time it rains (a retaining wall seeping mud, a slope) is no roof
# to repair, and neither is damage told growing (缝比上个月宽了, 越来越大): a hazard that will grow stays orange.
GROUND_GIVING_WAY: tuple[str, ...] = ("挡墙", "挡土墙", "堡坎", "保坎", "护坡", "边坡", "山坡", "山体", "滑坡", "陡坡",
                                      "地基", "下陷", "塌陷")
GROWING: tuple[str, ...] = ("越来越", "宽了", "变宽", "变大", "裂大了", "比上个月", "比上周", "比前几天", "比以前",
                            "一天比一天", "又大了", "又宽了", "扩大")

# A drip at a joint or a valve (of a radiator, a pipe) caught in a basin stays where it is: yellow,
# unless it reaches the flat below, gushes or bursts.
JOINTS: tuple[str, ...] = ("接头", "接口", "阀门", "放气阀", "跑风", "丝扣",
                            # ... and so does a seep at the foot of a wall
                            "墙角", "墙根", "墙脚")
JOINT_SPREADS: tuple[str, ...] = ("楼下", "哗哗", "喷", "渗到", "淌", "淹", "爆", "棚顶", "天花板", "吊顶", "满地",
                                  "一地", "电",
                                  # mud oozing at a wall's foot is the earth behind it washing out, no drip
                                  "泥")

# After a fix, a problem told as happening again ("电梯修好了，今天又困人了", "已更换，现在再次漏水") is
# a new problem, as one after 但是 is.
RELAPSE: tuple[str, ...] = ("又", "再次", "再度")
# ...and right after the fix, the fault back ("前天修好没两天又这样", "修好了 结果又不热了"), not more good news
# ("又暖和了", "又能坐了"): what the message tells of the fault is now
RELAPSE_FAULT: tuple[str, ...] = ("不", "没", "坏", "漏", "停", "堵", "这样", "那样", "老样子", "冒", "断", "卡", "冻",
                                  "返", "跳闸", "黑", "困", "出问题", "出毛病", "犯")

# A fix told of the others ("别的楼都来电了 就咱楼还黑着"): their supply back is no fix of the writer's; the
# clause opens with them
OTHERS_FIXED: tuple[str, ...] = ("别的楼", "别的单元", "别的栋", "别的座", "别家", "别人家", "人家", "其他楼", "其他单元",
                                 "其他栋", "其他座", "其它楼", "其他人家", "其他小区", "别的小区", "隔壁楼", "隔壁栋",
                                 "隔壁小区", "对面楼", "旁边楼", "周边")

# fmt: off
# A small leak in a stairwell or lobby, not into a home, is a yellow fault (leak_readings.mild_leak)...
MILD_LEAKS: tuple[str, ...] = ("渗水", "漏水", "一直滴", "往下流")
COMMON_AREAS: tuple[str, ...] = ("楼道", "楼梯", "平台", "大厅", "地下室", "车库", "走廊", "电梯间", "电梯厅", "门厅", "大堂", "车棚")
HOME_WORDS: tuple[str, ...] = ("家", "屋", "卧室", "客厅", "厨房", "卫生间", "住户")
# ...and so is a leak told as small: drops, a patch, "not serious" (with vocab_telling.SMALL_LEAK)
SMALL_LEAKS: tuple[str, ...] = ("不严重", "不太严重", "不算严重", "一滴一滴", "一小块", "一小片", "一点点", "湿印子", "洇了", "不着急", "不急")
# Sewage that only smells (a full septic tank, a drain giving off a smell) is a sanitation matter (yellow); it
# is orange when it comes out: water, an overflow, something spilling onto the floor (leak_readings).
SEWAGE_SMELL: tuple[str, ...] = ("臭", "味")
SEWAGE_PIPE_NAMES: tuple[str, ...] = ("下水道", "下水", "冒味", "冒臭", "冒酸")
COMES_OUT: tuple[str, ...] = ("水", "溢", "漫", "涌", "翻", "返", "倒灌", "流", "汤", "满地", "满屋", "冒", "淹")
# fmt: on
