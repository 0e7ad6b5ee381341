"""Words that tell what a problem's source or its person is, where the cue named the circumstance
(person_need.py, sound_source.py, unnamed_lift.py). GUIDELINES: "take the one that names what must be dealt with".

- A particular vulnerable person in a supply outage, with a need of their own told (a meal, water or medicine
  brought, nobody reaching them): the person (care), not the supply. Asking when the supply comes back or for
  an electrician stays the supply's (utilities).
- A sound made by a thing (a door or a sheet of metal banging in the wind) or by pests (rats running in the
  ceiling) is that thing's matter (facility, greenery, sanitation); noise is what people make.
- A car-like box stuck at a floor with someone inside, no lift named ("卡在六楼 门打不开 里面有人"): the lift.

Pure data; "A+B" means every part is there.
"""
from __future__ import annotations

# fmt: off
# --- care: the vulnerable person's own need in an outage
OUTAGE: tuple[str, ...] = ("停电", "停水", "没电", "没水", "断电", "断水", "无电", "无水", "冇电", "冇水", "跳闸",
                           "黑灯", "来电", "来水")
PERSON_NEED: tuple[str, ...] = (
    # a meal or water brought, food run out
    "顿饭", "送饭", "送餐", "送口饭", "送点吃", "吃饭", "饭都做不", "做不成饭", "做不了饭", "没法做饭", "烧不了饭", "煮不了饭",
    "没饭吃", "吃不上", "送水", "送点水", "桶水", "提水", "拎水", "挑水", "送两桶", "送几桶",
    # medicine fetched
    "拿药", "买药", "送药", "取药",
    # nobody reaching them
    "打不通", "打无通", "没人接", "无人接", "不接电话", "联系不上", "联系不到", "没联系", "关机", "没人应", "无人应",
    "没人开门", "无人开门", "敲不开", "没反应", "没回音")
# ...the supply itself asked after: when it comes back, or someone to mend it (the supply's matter)
SUPPLY_ASKED: tuple[str, ...] = ("电工", "水工", "修一下", "来修", "抢修", "什么时候来", "几点来", "啥时候来", "能来电",
                                 "能来水", "恢复", "电闸", "总闸")

# --- a sound's source
SOUNDS: tuple[str, ...] = ("砰砰", "哐哐", "咣咣", "咚咚", "啪啪", "嘭嘭", "乒乒", "吱吱", "叮叮", "响", "吵", "睡不着",
                           "撞", "拍打")
WIND: tuple[str, ...] = ("风吹", "被风", "风一吹", "风一刮", "刮风", "风大", "大风", "台风", "风刮", "风把")
# building parts and loose fittings that bang in the wind
LOOSE_PARTS: tuple[str, ...] = ("门", "窗", "铁皮", "彩钢", "棚", "盖板", "盖子", "广告牌", "招牌", "挡板", "百叶",
                                "防盗网", "晾衣架", "管子", "水管")
TREES: tuple[str, ...] = ("树枝", "树杈", "树", "枝子", "竹子")
PESTS: tuple[str, ...] = ("老鼠", "耗子", "鼠", "蟑螂", "虫", "白蚁", "蝙蝠", "鸽子",
                          # rats heard, not named: squeaking, running above the ceiling
                          "吱吱叫", "吱吱地叫", "天花板上跑", "吊顶里跑", "顶上跑")
# people or what they do: the sound is a neighbour's (noise or a dispute as read)
PEOPLE_MAKE: tuple[str, ...] = ("邻居", "楼上", "楼下", "对门", "隔壁", "租户", "那家", "谁家",
                                "装修", "施工", "唱歌", "跳舞", "音响", "喇叭", "麻将", "喝酒", "摔门", "关门", "剁",
                                "狗", "猫", "鸡", "店", "厂", "机器", "空调外机", "外机")

# --- a lift implied: stuck at a floor with someone inside or the doors shut
STUCK_AT_FLOOR = r"(?:卡在|困在|关在|停在)(?:了)?[0-9一二三四五六七八九十两]{1,3}(?:楼|层)"
# (not "出不来" or "不动弹" alone: a person stuck on an upper floor of a walk-up, unable to come down, is the person's)
SOMEONE_INSIDE: tuple[str, ...] = ("里面有人", "里头有人", "在里面", "在里头", "门打不开", "门开不了", "门开不开",
                                   "不动了", "按铃", "警铃")
VEHICLES: tuple[str, ...] = ("车", "停车", "车库", "轮椅", "婴儿车")
# ...nor a home, a room or the stairs named: someone shut in a flat or unable to walk down ("困在6楼 楼梯下不去")
NOT_A_LIFT: tuple[str, ...] = ("屋", "家里", "房间", "卧室", "反锁", "楼梯", "下不来", "下不去", "下楼")
# fmt: on

# fmt: off
# --- dispute: money between a tenant and a landlord (tenancy.py)
# a deposit kept, rent raised mid-contract, a supply charged above the official price by the landlord
DEPOSIT: tuple[str, ...] = ("押金", "按金", "保证金")
DEPOSIT_KEPT: tuple[str, ...] = ("不退", "没退", "不给退", "还没退", "什么时候退", "几时退", "啥时候退", "退给", "扣", "要回",
                                 "拿走", "退我", "退押金")
RENT_RAISED: tuple[str, ...] = ("涨房租", "涨租", "房租+涨", "租金+涨", "加租")
LANDLORD: tuple[str, ...] = ("房东", "二房东", "包租")
# ...a deposit is the tenancy's only with a landlord or a let named: a renovation, parking-card, door-card or gas-bottle
# deposit held by the property office or a supplier is no tenant-landlord dispute (装修押金退还: other)
TENANCY: tuple[str, ...] = ("房东", "租", "退房")
OVERCHARGED: tuple[str, ...] = ("乱收", "多收", "贵一半", "贵了", "比外面贵", "收两块", "按国家", "国家的价格", "国家价",
                                "加价", "高价")
SUPPLY_FEE: tuple[str, ...] = ("电费", "水费", "水电费", "一度电", "一方水", "燃气费")
# ...a meter's fault named: the supply's (水费咋这么多 是不是水表坏了)
METER_FAULT: tuple[str, ...] = ("表坏", "表瞎", "表+坏了", "表+有问题", "表+不准", "表+走得快", "表+乱跳")
# fmt: on

# fmt: off
# --- affairs: wages owed by an employer (wages.py): a labour-rights service (劳动监察, legal aid)
WAGES_OWED: tuple[str, ...] = ("欠+工资", "拖欠+工", "拖+工钱", "欠+工钱", "工资+不给", "工资+没给", "工资+没发", "工资+不发",
                               "讨薪", "讨工资", "要工资", "劳动监察", "劳动仲裁")
# fmt: on

# --- safety: a gas smell, however faint or however the cue read it (gas_smell.py, which adds gas as people type
# it: vocab_data.GAS_SPELLINGS, 然气 for 燃气 only where it cannot be 虽然 / 突然 + 气味)
GAS_NAMES = r"煤气|燃气|液化气|天然气|沼气"
GAS_SMELL = r"(?:{names})(?:的)?(?:味|臭)|(?:煤气|燃气|液化气|天然气)(?:罐|瓶|管|表|灶)?.{{0,6}}漏气"
