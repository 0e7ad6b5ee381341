"""Words that name what kind of thing a request is about, where the cue that named the problem points
elsewhere (kinds.py). GUIDELINES: "take the one that names what must be dealt with".

- A car or bike charging point that does not work (offline, 跳枪, 充一半就断) is a shared fitting to repair
  (facility), not the supply behind it, the car parked at it or a fire risk, when no fire is told.
- A shared drinking-water machine (直饮水机, 售水机) that swallows coins or gives no water is a fitting
  (facility); one told dirty or mouldy is cleaning (sanitation).
- Tap water that tastes or smells wrong when drunk is the supply's (utilities), not a bad smell to clear.
- Snow left lying or swept badly is cleaning (sanitation); mud or silt a flood left on stairs or paths is
  cleaning too (a drain it chokes stays the drain's).
- A dog barking, no mess named, is noise.
- A question whether school or kindergarten classes stop (停课) is a public-service question (affairs), not
  a supply outage; a question about the process of a lift retrofit (加装电梯: its subsidy, signatures,
  progress) is affairs, the wish for one stays a suggestion.
- A cleaning ask for a place the elderly use is cleaning (sanitation), not care, when no need of the person
  is told.
- An old person kept in by a stopped lift, when what is asked is whether the lift is mended yet and no help
  for the person: the lift (elevator).
- A plant grown onto or broken onto a window, asked cut: the plant (greenery).
- Red readings: smoke or fumes backing from a stove into a home with people feeling ill is the fire-and-gas
  danger (safety); a quarrel turned to violence or a weapon is safety; a gas cylinder or pipe hissing or
  smelt is safety.

Pure data.
"""
from __future__ import annotations

# fmt: off
# --- facility: a charging point at fault (one list for its category here and its colour in charger_fault.py)
CHARGERS: tuple[str, ...] = ("充电桩", "充电枪", "号桩", "个桩", "排桩", "那个桩", "电桩", "充电区", "充电位",
                             "charger")
CHARGER_FAULT: tuple[str, ...] = ("offline", "离线", "没反应", "跳枪", "断电", "断了", "就断", "充不上", "充不进",
                                  "充不了", "充一半", "充到一半", "过温", "故障", "坏", "报错", "error", "不出电",
                                  "扫不上", "扫码没", "没电流", "不工作", "用不了", "不能用", "不好使", "out of order",
                                  "not working")
# ... told burning or live (smoke, a burnt smell, sparks, fire, heat, a shock): the danger, not the fitting
CHARGER_DANGER: tuple[str, ...] = ("烟", "焦", "火", "烧", "烫", "爆", "电到", "触电", "漏电", "电了一下", "滋滋", "啪",
                                   "味", "smoke", "spark", "burn")
# ... e-bikes charged indoors, in the stairwell or by a flying lead because the post is down: the fire risk
# (GUIDELINES orange, safety)
INDOOR_CHARGING: tuple[str, ...] = ("飞线", "拉线", "扯线", "楼道", "楼梯", "走廊", "推上楼", "往楼上", "往家里",
                                    "楼里充", "屋里充", "家里充", "推到家", "推回家", "拎上楼", "电梯里", "进电梯")
# ... a charging bay taken by a fuel car is parking
BAY_TAKEN: tuple[str, ...] = ("占", "油车", "挪车", "挪一下")
# ... a power cut that leaves the charger dead too is the supply's (utilities)
POWER_CUT: tuple[str, ...] = ("停电", "断电", "断了电", "来电", "没电了", "跳闸", "供电")

# --- facility / sanitation: a shared drinking-water machine
DISPENSERS: tuple[str, ...] = ("直饮水机", "饮水机", "售水机", "自助售水", "打水机", "净水站")
# ... water cut off at home or a pipe burst beside the machine is the supply's (utilities), not the machine's
WATER_CUT: tuple[str, ...] = ("停水", "来水", "供水", "水管+爆", "管子+爆", "管道+爆", "爆管")
DISPENSER_DIRT: tuple[str, ...] = ("绿毛", "长毛", "发霉", "霉", "青苔", "脏", "清洗", "虫", "水垢", "黑点", "污垢")

# --- utilities: tap water that tastes or smells wrong, drunk
DRINKING: tuple[str, ...] = ("饮", "喝", "自来水", "水龙头", "烧开",
                              # (the water at home, a roof tank it comes from)
                              "家水", "家的水", "家里的水", "家里水", "屋里水", "水箱")
WATER_TASTE: tuple[str, ...] = ("味", "腥", "苦", "涩", "咸")
# ... a smell from refuse, sick, sewage or slops beside or near the tap is a bad smell to clear (sanitation)
DIRT_SOURCE: tuple[str, ...] = ("垃圾", "吐", "污水", "泔水", "粪", "尿", "屎", "死老鼠", "下水道", "化粪池", "旁边", "边上",
                                "附近")

# --- sanitation: snow left lying, mud or silt left by a flood
SNOW_LEFT: tuple[str, ...] = ("雪堆", "积雪", "雪+没扫", "雪+没人扫", "雪+扫出", "雪+膝盖", "雪+铲", "雪+扫一",
                              "雪+清一")
# (snow on a roof is the roof's; a fire lane blocked is safety whatever lies in it)
ROOF: tuple[str, ...] = ("楼顶", "房顶", "屋顶", "顶上", "房上", "椽", "消防")
MUD: tuple[str, ...] = ("泥浆", "淤泥", "泥沙", "泥水", "黄泥", "烂泥", "泥巴", "的泥", "泥还")
MUD_CLEARED: tuple[str, ...] = ("冲", "铲", "清", "扫", "拖", "洗", "堆")
DRAIN_CHOKED: tuple[str, ...] = ("排水沟", "下水道", "堵", "水沟", "井")

# --- noise: a dog barking
DOG_BARK: tuple[str, ...] = ("狗+吠", "狗+叫", "狗+嚎", "犬+吠", "犬+叫")
DOG_MESS: tuple[str, ...] = ("屎", "尿", "粪", "便", "一坨", "咬", "追", "扑")
# ... a stray pack is pests (sanitation), whatever noise it makes
STRAY: tuple[str, ...] = ("野狗", "流浪狗", "流浪犬", "野犬", "狗群")
# --- sanitation: mess on a lawn (踩到一坨): the mess, not the grass
# (dog or cat mess, not manure spread on a bed someone dug up: that is the green space's)
LAWN_MESS: tuple[str, ...] = ("一坨", "狗屎", "狗粪", "狗拉", "猫屎", "便便")

# --- utilities: ice or a frozen stair spread from a pipe or a shaft still spraying: the source
ICE: tuple[str, ...] = ("冰", "溜冰场", "冻上", "结冰", "冻住")
SOURCE_RUNNING: tuple[str, ...] = ("管子+滋", "管子+冒", "管子+喷", "管子+漏", "水管+滋", "水管+冒", "水管+喷", "水管+漏",
                                   "井+往外冒", "井+冒水", "井+还在冒", "井还往外", "管道+冒", "管道+漏")

# --- affairs: classes suspended, a lift retrofit's process
CLASSES: str = r"停.{0,2}课|复课|上不上课|开不开学|放不放假"
SUPPLIES: tuple[str, ...] = ("停水", "停电", "停气", "停暖", "水", "电", "燃气", "暖气")
RETROFIT: tuple[str, ...] = ("加装电梯", "加梯", "装电梯")
# (申请 is left out: "能不能申请加装电梯" wishes for one)
RETROFIT_PROCESS: tuple[str, ...] = ("补贴", "政策", "签字", "签过字", "签了字", "征求意见", "开会", "分摊",
                                     "流程", "下文", "进展", "进度", "审批", "批下来", "报名", "名额", "公示")
WISHED: tuple[str, ...] = ("建议", "希望", "盼")

# --- sanitation: a place the elderly use, asked cleaned
CLEANING: tuple[str, ...] = ("扫一扫", "打扫", "清扫", "扫扫", "扫一下", "冲洗", "冲一冲", "拖地", "拖一拖", "保洁",
                             "清理一下", "清洁")
CARE_NEED: tuple[str, ...] = ("饭", "药", "看病", "医院", "摔", "倒", "不舒服", "晕", "病", "帮忙买", "陪", "送",
                              "没人照顾", "独居", "一个人住", "联系不上", "不开门", "轮椅", "抬", "背",
                              # cleaning inside a person's home is a home-help service (care)
                              "家里", "屋里", "上门", "家政", "帮他", "帮她", "帮老", "帮忙", "养老", "居家",
                              # a person who cannot do it: bedridden, disabled (瘫痪在床, 行动不便)
                              "瘫", "卧床", "行动不便", "残疾", "腿脚")

# --- elevator: a lift stopped, its mending asked, a person kept in
LIFT: tuple[str, ...] = ("电梯", "𨋢")
LIFT_STATUS: tuple[str, ...] = ("还没修", "还没来人", "还没人来", "修好了没", "修好没", "好了没", "停到啥时候",
                                "停到什么时候", "有人管没", "有人管吗", "还停着", "配件", "什么时候修", "啥时候修",
                                "几时修", "啥时候能好", "什么时候能好")
HELP_ASKED: tuple[str, ...] = ("抬", "背", "帮忙", "帮帮", "送", "想个办法", "想想办法", "找人", "找几个人", "开药",
                               "扶", "接一下")
# ... or a need of the person told beside the lift (没药了, 要去医院透析, 饭都没得吃): the person's (care)
PERSON_NEED: tuple[str, ...] = ("药", "饭", "医院", "看病", "透析", "复查", "没菜", "吃的", "不舒服")

# --- greenery: a plant grown onto or broken onto a thing, asked cut
PLANTS: tuple[str, ...] = ("竹子", "竹", "树枝", "树杈", "大树", "树", "藤", "枝")
# a plant named only as a landmark (树旁边的井盖, 树下的路灯): the thing beside it is what was cut or broken
PLANT_AS_PLACE: str = r"(?:竹子|竹|树枝|树杈|大树|树|藤|枝)(?:旁边|边上|附近|下面|底下|下|那边|后面|前面|边)"
PLANT_ONTO: tuple[str, ...] = ("长到", "长进", "伸到", "伸进", "压住", "压着", "长过", "斩", "砍", "剪", "锯")
THING_MENDED: tuple[str, ...] = ("修", "换玻璃", "换块", "赔")

# --- red, safety: stove fumes into a home, violence, a gas leak
FUMES: tuple[str, ...] = ("回烟", "倒烟", "煤烟", "烟味", "呛", "冒烟", "一屋子烟", "屋里+烟")
NOBODY_ANSWERS: tuple[str, ...] = ("敲门", "敲半天", "没动静", "一个人住", "独居", "不应", "没人应", "不开门", "联系不上",
                                 "没人答应", "不答应", "喊了好几声")
VIOLENCE: tuple[str, ...] = ("动手", "要打", "打人", "打起来", "砍", "抡", "拿着刀", "菜刀", "拿刀")
GAS_THINGS: tuple[str, ...] = ("煤气", "燃气", "液化气", "天然气", "气罐", "罐子", "钢瓶")
GAS_SIGNS: tuple[str, ...] = ("嘶", "漏气", "闻到", "味")

# 贼 after a word that makes it a noun (有个贼, 进贼, 抓贼) is a thief whatever follows (有个贼大白天撬门)
ZEI_NOUN: str = r"(?:个|有|进|抓|防|小|盗|窃|那|这|群|俩|偷|的)贼"
# 贼 as a northern intensifier (贼冷, 贼费劲, 贼拉滑): no thief (matter.prowlers)
ZEI_ADVERB: tuple[str, ...] = tuple("贼" + c for c in "冷热多大费难累臭吵贵慢快好烦滑厚深远黑亮响冻脏乱香疼呛拉沉重高低猛爽丑险凉烫挤堵")
# a bill slip (电费单 in the mailbox) names paper post, no fee question
BILL_SLIPS: tuple[str, ...] = ("电费单", "水费单", "燃气费单", "缴费单", "账单")
# --- care: a person who cannot get out (阿公坐轮椅出不去), no vehicle named: the person, not parking
KEPT_IN: tuple[str, ...] = ("出不去", "出不了门", "出不了屋", "下不去", "下不了楼")
FRAIL: tuple[str, ...] = ("轮椅", "拐杖", "拄拐", "腿脚不好", "腿不好", "瘫", "卧床", "阿公", "阿婆", "老人家", "老人",
                          "老头", "老太", "奶奶", "爷爷", "孕妇")
VEHICLES: tuple[str, ...] = ("车", "堵", "挡")

# --- safety: gas cylinders asked checked (过期, 查一下): the gas, not an office question
CYLINDERS: tuple[str, ...] = ("煤气罐", "液化气罐", "液化气瓶", "气罐", "钢瓶", "灶+罐子", "厨房+罐子", "灶间+罐子")
CYLINDER_CHECK: tuple[str, ...] = ("过期", "检查", "查一下", "查查", "来查", "检测", "年检", "老化")
# fmt: on
