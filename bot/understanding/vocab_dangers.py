"""Dangers now (red, GUIDELINES), told in words the older lists did not foresee.

Pure data, merged into vocab_data.FAMILIES at import; a community extends any family under
`understanding: families:` in config.yaml.

- a weapon in a quarrel: someone holding, fetching or waving a knife, a stick or a spade while
  people argue (threats with violence), however the fetching is told;
- a breathing machine that has stopped now (制氧机停了): the same as one without power;
- a pot burning dry behind a door nobody opens: a fire starting with no one there to stop it;
- earth or stones falling from a slope over a path where people still walk.
"""
from __future__ import annotations

import re

# fmt: off
_WEAPONS = ("菜刀", "砍刀", "水果刀", "刀子", "一把刀", "把刀", "棍子", "木棍", "铁棍", "钢管", "铁锹", "铁锨", "锄头",
            "斧头", "锤子", "榔头", "啤酒瓶", "酒瓶子", "砖头", "板砖", "砖块", "半截砖", "铁棒", "棒球棍")
# tools people carry for work (扳手, 剪刀): a weapon only when waved or chased with, or in a fight
_TOOLS = ("扳手", "撬棍", "剪刀", "螺丝刀", "改锥", "方向盘锁", "铁链")
# a weapon fetched, held up or waved, or people quarrelling around it
_BRANDISHED = ("比划", "比比划划", "挥", "抡", "举着", "举起", "拿出来", "拎出来", "拿了把", "拿着", "拎着", "提着",
               "抄起", "揸住", "指着", "指住", "追着", "冲出来", "吵", "骂", "嗌交", "打起来", "干起来", "要砍", "要拍",
               # a fight told in northern words (掐起来, 干仗) or by its shoving
               "掐起来", "掐架", "干仗", "打成一团", "动起手", "推搡", "撕扯", "撕巴")
_THREATENED = ("比划", "比比划划", "挥", "抡", "举着", "举起", "指着", "指住", "追着", "要砍", "要拍", "打起来", "干起来",
               "掐起来", "掐架", "干仗", "打成一团", "动起手", "动手", "撕扯", "撕巴", "推搡", "要打")
_LIFE_SUPPORT = ("制氧机", "吸氧机", "呼吸机", "氧气机", "供氧机")
_STOPPED = ("停了", "也停了", "灭了", "断了")                      # right after the machine's name
_STOPPED_ANYWHERE = ("不转了", "不动了", "关机了", "用不了了", "不能用了")
_BURNING_DRY = ("烧干", "干烧", "烧糊", "糊锅", "烧穿")
_NOBODY_ANSWERS = ("敲不开", "没人应", "没人开", "没人在家", "家里没人", "没反应", "门关着", "门锁着", "叫不开")

_SLOPES = ("后山", "山坡", "山上", "边坡", "坡上", "山体", "崖")
_FALLS = ("掉", "滚", "落", "垮", "塌")
_PEOPLE_BELOW = ("下面过", "底下过", "下头过", "下面走", "底下走", "从下面", "从底下", "下面经过")

# Words in which 别 is not "don't" (特别 very, 别人 others, 识别 recognise): no warning before a cue.
MASKS: list[str] = ["特别", "分别", "区别", "别人", "别家", "别的", "个别", "级别", "告别", "识别", "派别",
                    "不得了了",
                    # "东倒西歪", "七倒八歪": swaying every way in the wind, no tree down
                    "东倒西歪", "七倒八歪", "东歪西倒",
                    # a lift that sags a little each time it stops (一停就往下坠一下): a fault to repair, no fall
                    "坠一下", "坠一哈", "坠一点", "沉一下", "坠那么一下"]

MORE_CUES: dict[str, list[str]] = {
    "falling_object": [f"{s}+{f}+{p}" for s in _SLOPES for f in _FALLS for p in _PEOPLE_BELOW],
    "violence": [f"{w}+{b}" for w in _WEAPONS for b in _BRANDISHED] + [f"{w}+{b}" for w in _TOOLS for b in _THREATENED],
    "person_down": [f"{d}{s}" for d in _LIFE_SUPPORT for s in _STOPPED]
    + [f"{d}+{s}" for d in _LIFE_SUPPORT for s in _STOPPED_ANYWHERE],
    "fire": [f"{b}+{n}" for b in _BURNING_DRY for n in _NOBODY_ANSWERS],
}
# A fall told by the person's struggle to get up ("爬不起来", "起不得身") or with a dialect verb (Hunan 跶跤):
# fallen and still down now.
MORE_CUES["person_down"] += ["爬不起来", "爬不起", "跶倒", "跶了一跤", "跌了一跤", "绊了一跤", "栽了一跤", "跌跤了", "跶跤了"]
# Standing up or rising is also what a bad back or weak legs forbid ("腰疼站不起来 想约上门推拿", "腿脚不好站不
#起来 想申请轮椅"): a care need. It is a fall only with the fall told or a now-word ("刚跶了一跤 起不得身").
_CANNOT_RISE = ("站不起来", "起不得身", "起不了身", "起不来身")
_FALL_OR_NOW = ("摔", "跌", "倒", "跶", "绊", "栽", "滑", "刚", "现在", "突然")
MORE_CUES["person_down"] += [f"{f}+{r}" for f in _FALL_OR_NOW for r in _CANNOT_RISE]
# A tree with its roots lifted, over something below it: a path, people, wires, cars ("根都翘起来了 正对着幼儿园
#放学的路"). Leaning toward a house or a wall with nothing below named is a hazard to deal with today (orange).
MORE_CUES["tree_falling"] = [f"树+根都翘+{b}" for b in ("路", "底下", "下面", "下头", "有人", "行人", "人走", "人过", "年轻人",
                                                      "人来人往", "电线", "幼儿园", "学校", "车", "孩子", "小孩", "娃")]
# A wire's conductor told bare by its copper ("外皮破了，铜丝都露着"): an exposed live wire.
MORE_CUES["live_wire"] = [f"{c}+{b}" for c in ("铜丝", "铜线", "线芯", "金属丝") for b in ("露着", "露出", "露在外", "裸露", "露了")]
# A threat of self-harm told as ending it all or leaving the world ("想结束一切", "了结自己"); 结束一切 alone
# also ends works ("装修结束一切照旧"): it counts with a will, a roof or someone's words.
_END_ALL = ("结束一切", "结束这一切")
MORE_CUES["self_harm"] = (
    [f"{w}{e}" for w in ("想", "要", "去", "打算", "准备") for e in _END_ALL]
    + [f"{e}+{r}" for e in _END_ALL for r in ("天台", "楼顶", "跳", "说说", "朋友圈", "遗书", "活着")]
    + ["结束生命", "结束自己的生命", "结束自己生命", "了结自己", "了结生命", "自我了断", "告别这个世界", "离开这个世界", "不想再活"])

# "翘起来了", "返上来了": 来了 after one of these is a direction of movement, not someone who came
# (the fixed reading "昨晚+来了" is a repairer who came; "人早出来了" is someone out of a lift).
DIRECTIONAL_BEFORE_CAME = "起上下进"
# A fixed phrase followed by 吧 asks for it to be done ("赶紧找人锯了吧"), or guesses ("修好了吧").
FIXED_QUESTION_AFTER: list[str] = ["吧"]
# A danger imagined after the cue in its clause ("真着火了都跑不出去"): a stated risk, not a fact.
CONSEQUENCE: list[str] = ["跑不出去", "跑不出来", "跑不脱", "跑不掉", "逃不掉", "逃不了", "咋跑", "怎么跑", "往哪跑",
                          "干瞪眼", "咋进", "怎么进", "点走", "不堪设想",
                          # "烧起来整栋楼都完了", "摔下去不得了" (不得了了 is an exclamation at an event: masked),
                          # Cantonese "消防车点入来" (how would it get in)
                          "都完了", "不得了", "点入来", "点进来",
                          # nobody would notice in time ("一着火都不知道", Cantonese "一着火都唔知")
                          "都不知道", "都不知", "都没人知道", "都没人发现", "都发现不了", "也没人知道"]
# ...and "where would we run" however the where is said (往哪块跑 Nanjing / Sichuan, 往哪里逃, 朝哪儿跑)
CONSEQUENCE += [f"{d}哪{w}{v}" for d in ("往", "朝") for w in ("里", "儿", "块", "边", "个") for v in ("跑", "逃", "撤")]
# ...these two are also exclamations at an event: after a danger told as done ("着火了都完了", "有人晕倒了不得了")
# they are a fact, imagined only when nothing says it happened or a condition comes first ("哪天掉下去就不得了").
EXCLAIMED: tuple[str, ...] = ("都完了", "不得了")
# ...and so are the "nobody would know" words: "着火了都不知道是谁家" tells the fire done and its source unknown.
EXCLAIMED += ("都不知道", "都不知", "都没人知道", "都没人发现", "都发现不了", "也没人知道")
IF_BEFORE: tuple[str, ...] = ("真", "再", "哪天", "哪一天", "到时", "早晚", "迟早", "万一", "要是", "如果", "一旦")
# ...and this after 真 / 再 / 又 before the cue: Wuhan "么办" (怎么办).
CONSEQUENCE_AFTER_IF: list[str] = ["么办"]
# Laughing at it: a danger word in a joke (nobody labels a laughing message red; "这不是开玩笑的" is no joke).
JOKES: tuple[str, ...] = ("哈哈", "开玩笑的", "开个玩笑", "笑死", "😂", "🤣", "救命啊这")
NOT_A_JOKE: tuple[str, ...] = ("不是开玩笑", "没开玩笑", "不开玩笑", "可不是闹着玩")
# A nuisance told at its worst ("臭到…救命", "吵死了 救命啊"): a bare cry for help in its clause or the next is
# hyperbole, not a person in danger (never a call for 110 / 120, never with a person named: distress.py).
HYPERBOLE: tuple[str, ...] = ("臭到", "臭死", "臭得", "熏死", "熏得", "吵死", "吵得", "吵到", "热死", "热得", "冻死", "冻得",
                              "闷死", "闷得", "烦死", "要疯了", "受不了")
# A din told at its worst: "咚咚咚的 楼板都要塌下来了" (a neighbour's noise, no ceiling giving way). The collapse
# is hyperbole when its clause says 都要 / 都快 and a noise is named in the message.
DIN: tuple[str, ...] = ("咚咚", "咣咣", "哐哐", "吵", "噪音", "拖东西", "拖凳子", "拖椅子", "拖桌子", "蹦", "跺", "跳绳",
                        "电钻", "砸墙", "音响", "震得", "打麻将", "搓麻将")
AT_ITS_WORST: tuple[str, ...] = ("都要", "都快", "都被震", "都让震", "都给震")
# Light things that blow off or drop and hurt nobody (纸壳子让风刮掉了: the cardboard over a broken pane).
LIGHT_THINGS: tuple[str, ...] = ("纸壳", "纸箱", "纸板", "硬纸", "塑料布", "塑料袋", "塑料膜", "泡沫", "胶带", "报纸", "衣服",
                                 "床单", "被单", "毛巾", "袜子", "窗帘")
# Water at the electrics told as over, the fault it left asked about ("电表箱泡过水以后 到现在还没人来修").
WET_BEFORE = re.compile(r"(?:泡|淹|进|浸)过水?(?:以后|之后|后|了以后)")
# "还以为着火了": a danger only believed, then found not to be.
HYPOTHETICAL: list[str] = ["以为"]
# Tradesmen's adverts posted in the group.
NOT_REQUEST: list[str] = ["专业疏通", "专业开锁", "专业维修", "上门服务", "24小时上门", "不通不要钱", "有需要的联系"]
# Ice hanging from an eave or a roof is no part of the building: what falls is a falling object (safety).
ICE: tuple[str, ...] = ("冰溜子", "冰溜", "冰柱", "冰凌", "冰锥", "冰挂", "冰棱")
# Someone missing who was found: over.
FIXED: list[str] = ["找回来了", "找着了", "找回来啦", "已找回", "已经找回"]
# fmt: on

# Smoke told by how much of it there is ("楼道里好大的烟", "烟很大"), not by a fire word; cigarette butts
# and fireworks are not smoke (smoking, a drill or a joke are read by red.py as elsewhere).
_MUCH = ("好大的烟", "好多烟", "全是烟", "都是烟", "一屋子烟", "满屋子烟", "满楼道烟", "满楼道的烟", "一楼道烟", "一楼道的烟",
         "烟好大", "烟很大", "烟太大", "烟特别大", "烟老大", "烟贼大")
MORE_CUES["fire"] += list(_MUCH)
MASKS += [f"{m}{s}" for m in _MUCH if not m.startswith("烟") for s in ("头", "花", "灰", "囱", "雾弹", "酒")]

# Something that should not burn set alight ("烟头把纸箱点着了", "窗帘被引燃"): a fire, even where someone
# smoking makes the smoke itself a nuisance (red.py sets aside only smoke words after a smoker).
_KINDLING = ("纸箱", "纸壳", "纸板", "纸皮", "杂物", "衣服", "被子", "棉被", "床单", "窗帘", "沙发", "床垫", "柴火",
             "废纸", "泡沫", "枯草", "干草", "树叶", "枯叶")
_ALIGHT = ("点着了", "点着啦", "点燃了", "引燃", "引着了", "燎着了", "烫着火", "烧起来")
MORE_CUES["fire"] += [f"{k}+{a}" for k in _KINDLING for a in _ALIGHT]

# An open shaft hidden under flood water where people pass (井盖被水顶开了，井口淹在水里看不见): someone
# walking or riding through will drop into it, a danger to life now (an open manhole seen is orange).
SHAFTS = _SHAFTS = ("井盖", "井口", "窨井", "下水井", "雨水井", "检查井", "井盖子", "污水井")
_OPENED = ("顶开", "冲开", "冲走", "冲起来", "掀开", "顶起来", "没盖", "没有盖", "敞着", "不见了")
_UNDER_WATER = ("淹在水里", "淹在水下", "泡在水里", "在水底下", "在水下面", "水里看不见", "被水淹", "水漫过", "淹没",
                "水底下看不见", "水面下")
DANGER_FAMILIES: dict[str, dict] = {
    "hidden_shaft": {"color": "red", "category": "safety", "note": "open shaft hidden under flood water", "cues": [
        f"{s}+{o}+{u}" for s in _SHAFTS for o in _OPENED for u in _UNDER_WATER]},
}

# A near miss told of something that fell (差点砸到送外卖的): the fall has happened by a person.
NEAR_STRIKE: tuple[str, ...] = ("差点", "差一点", "差点儿", "险些", "差一眼眼", "差一眼", "差眼")

# A fire told by how it grows ("火越来越大了", "火势很猛"), not by a word for catching fire; a person held
# where the lift is ("我在电梯口守着 人还困在里面"): the lift named by its lobby, the person by 困在里面.
_GROWING = ("火越来越大", "火越烧越大", "火越来越旺", "火势很大", "火势越来越", "火势很猛", "火势凶", "火烧得很大", "火苗越来越大",
            "火苗蹿")
MORE_CUES["fire"] += list(_GROWING)
MORE_CUES["trapped"] = [f"{p}+{h}" for p in ("电梯口", "电梯厅", "梯口", "轿厢") for h in ("困在里面", "困在里头", "关在里面",
                                                                                  "关在里头", "人还困", "人困着")]
# A wall cracked and bulging or leaning with people below it ("老墙裂了道缝 往外鼓着 娃在底下玩"): about to fall on them.
_WALL_GIVING = ("往外鼓", "鼓出来", "鼓起来", "要倒", "快倒", "要塌", "歪了", "往外歪")
_BELOW_IT = ("底下玩", "下面玩", "底下走", "下面走", "底下有人", "下面有人", "底下还有", "下面还有")
MORE_CUES["falling_part"] = [f"墙+{g}+{b}" for g in _WALL_GIVING for b in _BELOW_IT]
