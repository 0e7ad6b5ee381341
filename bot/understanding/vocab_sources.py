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
    "没饭吃", "吃不上", "送水", "送点水", "送桶水", "提水", "拎水", "挑水", "送两桶", "送几桶",
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
SOMEONE_INSIDE: tuple[str, ...] = ("里面有人", "里头有人", "在里面", "在里头", "门打不开", "门开不了", "门开不开",
                                   "出不来", "不动了", "不动弹", "按铃", "警铃")
VEHICLES: tuple[str, ...] = ("车", "停车", "车库", "轮椅", "婴儿车")
# fmt: on
