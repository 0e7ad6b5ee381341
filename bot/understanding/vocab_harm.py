"""Harm to a person now (red, GUIDELINES), told by what happened to them rather than by a fall word.

Pure data, merged into vocab_data.FAMILIES at import; a community extends any family under
`understanding: families:` in config.yaml.

- poisoning: something harmful swallowed by mistake (误吃了老鼠药, 喝了消毒液, 吞了纽扣电池);
- a person fallen into a shaft, a pit or water (小孩掉进井里): 掉进 with the person right before it, so a
  phone or a ball dropped down a drain is not read as one;
- a body in crisis shown by its signs: a purple face or lips, froth at the mouth, eyes rolled up, speech
  suddenly gone (a stroke's signs: 说不出话 with shaking or a fall, 嘴歪);
- a close relative of the writer fallen or fainted, told bare (我妈摔了, 老伴晕了: of others' elders a
  fall told bare is often a tale of the icy path, read by the fall words);
- an old or lone person not seen or heard for days (灯两天没开, 电话一直占线);
- a cry for help heard (有人呼救, 呼救声), however unsure the hearer (好像).
"""
from __future__ import annotations

from .vocab_escape import CANNOT_ENTER

# fmt: off
# Close relatives and elders as residents name them; a cry for help about one of them is about a person.
KIN: tuple[str, ...] = ("我妈", "我爸", "俺妈", "俺爸", "俺娘", "俺爹", "我娘", "我爹", "我婆婆", "我公公", "我奶奶",
                        "我爷爷", "我外婆", "我外公", "我姥姥", "我姥爷", "老伴", "我老公", "我老婆", "我媳妇",
                        "我儿子", "我女儿", "我闺女", "我孙子", "我孙女", "我家老人", "我家孩子", "家里老人")
_ELDERS = ("老人", "老太太", "老爷子", "老大爷", "大爷", "奶奶", "爷爷", "阿婆", "阿公", "老头", "老太")
_CHILDREN = ("孩子", "小孩", "娃", "小朋友", "宝宝", "小伢", "伢", "孙子", "孙女", "外孙", "儿子", "女儿", "闺女")
_PEOPLE = KIN + _ELDERS + _CHILDREN + ("有人", "有个人")
# a relative, an elder or a child named (not "someone"): who may go missing with a pet (pet_gone.py)
NAMED_PEOPLE: tuple[str, ...] = KIN + _ELDERS + _CHILDREN

# Swallowed: the verb, then the harmful thing within a few characters (喝了半瓶消毒液, 误食了两粒蟑螂药), by mistake
# (误…) or with a person named; the gap, a pet and a medicine taken are read by red_readings.swallowed_apart.
SWALLOWED: tuple[str, ...] = ("误吃", "误食", "误服", "误喝", "吃了", "喝了", "吞了", "吃下", "喝下", "吞下", "舔了")
HARMFUL: tuple[str, ...] = ("老鼠药", "鼠药", "耗子药", "农药", "杀虫剂", "敌敌畏", "百草枯", "消毒液", "84消毒", "洁厕",
                            "洗洁精", "漂白", "纽扣电池", "电池", "干燥剂", "一瓶安眠药", "好多安眠药", "整瓶药", "一整瓶",
                            "蟑螂药", "灭蚊片", "降压药", "安眠药")
SWALLOW_GAP = 4            # characters at most between the verb and the thing (两粒, 半瓶, 了一)
PETS: tuple[str, ...] = ("狗", "猫", "鸡", "鸭", "鸟", "鹦鹉", "兔")
# a pill taken as prescribed is no poisoning: these count only swallowed by mistake (误吃了奶奶的降压药)
BY_MISTAKE_ONLY: tuple[str, ...] = ("降压药", "安眠药")
_INTO = ("掉进", "掉到", "跌进", "跌到", "摔进", "滑进", "落进", "栽进")
_PITS = ("井里", "井下", "井中", "井口", "窨井", "下水井", "污水井", "坑里", "河里", "河中", "湖里", "池里", "池子里",
         "水池", "水塘", "塘里", "沟里", "化粪池", "下水道", "水沟", "排水沟", "水坑", "深坑", "电梯井", "鱼塘", "水库",
         "江里", "海里")
# told as done (了): "老人掉进去咋整" only fears it
_INTO_IT = ("掉进去了", "掉下去了", "跌进去了", "跌下去了", "摔进去了", "摔下去了", "栽进去了", "栽下去了")
_OPEN_SHAFTS = ("井盖", "井口", "窨井", "下水井", "污水井", "化粪池", "检修井", "坑")
# ...or told the other way round, the shaft and then who went down it (井盖没了 掉下去一个人): a person counted
_WENT_DOWN = ("掉下去", "掉进去", "跌下去", "跌进去", "摔下去", "摔进去", "栽下去", "栽进去")
_SOMEONE = ("一个人", "个人", "一个小孩", "个小孩", "一个孩子", "个孩子", "一个老人", "个老人", "一个娃")
_FACE = ("脸色发紫", "脸发紫", "嘴唇发紫", "嘴唇紫", "嘴唇都紫", "脸色青紫", "口吐白沫", "吐白沫")
_SPEECH_GONE = ("说不出话", "话都说不出", "话也说不出", "说不了话", "讲不出话", "口齿不清", "舌头发硬")
# speech gone with a body in trouble (a stroke's signs), not a person struck speechless by anger, surprise or effort
_WITH_BODY = ("抖", "晕", "倒", "摔", "嘴歪", "手脚", "半边", "不动", "瘫", "脸色", "流口水", "突然")
_FELL = ("摔了", "摔地上", "摔在地上", "跌了", "晕了", "晕过去了", "倒地上", "倒在地上", "昏过去")
# ...what a relative 摔了 or 晕了 when it is no fall: a thing broken or slammed, a repeated past fall, travel sickness
_FELL_NOT = ("个", "一个", "手机", "门", "碗", "盘子", "杯子", "东西", "电话", "好几次", "几次", "两次", "一次", "好几跤",
             "一路", "车", "船")
# signs that an old or lone person has not been seen or heard for a while (a welfare check is owed now): a home's
# lamps or sounds, said of an old person; a phone or a sighting only of one said to live alone
# living alone (vocab_data reads this list too)
ALONE: tuple[str, ...] = ("独居", "一个人住", "自己住", "孤寡", "空巢", "一个人过", "独自住")
_HOME_SILENT = ("两天没开灯", "几天没开灯", "好几天没开灯", "晚上都没开灯", "好几天没声音", "几天没声音", "两天没声音")
_UNSEEN_ALONE = ("电话一直占线", "电话一直没人接", "电话一直打不通", "电话都打不通", "好几天没看到", "几天没看到", "两天没看到",
                 "报纸+没拿", "牛奶+没拿", "门口的菜+没拿")
# A person down and still (躺在楼梯上不动, 倒在门口叫不醒), or still on the ground with nobody come (老人还在地上):
# lying where nobody lies by choice, with no sign of life or of getting up.
_LYING = ("躺在地上", "躺地上", "躺在楼梯", "倒在楼梯", "躺在楼道", "倒在楼道", "躺在路边", "倒在路边", "趴在地上",
          "躺在门口", "倒在门口", "倒在路上", "躺在路上", "躺在电梯", "倒在电梯", "倒在厕所", "倒在卫生间", "倒在厨房")
_STILL = ("不动", "一动不动", "起不来", "没反应", "叫不醒", "喊不醒", "叫不应", "没动静", "没气", "没意识")
_STILL_DOWN = ("还在地上", "还躺在地上", "还倒在地上", "还趴在地上", "还坐在地上")
# Someone dying (快不行了): told of a named person, not the writer worn out (累得我快不行了, 热得快不行了)
_DYING = ("快不行了", "不行了快", "快没气了", "没气了", "人不行了")
_DYING_GAP = ("", "好像", "怕是", "眼看", "已经", "可能", "看着")
_CRY = ("呼救", "喊救命", "叫救命", "喊救人", "喊着救命")
# a call button or alarm named by the cry: a device, not a person crying out
_CRY_DEVICE = ("呼救器", "呼救按钮", "一键呼救", "呼救铃", "呼救装置", "呼救系统")

# A cry for help (distress.py) is about a person when one is named (我家 names a home, not a person, unless
# the cry says more), not in a laugh, and first aid called for in a hurry is someone down.
DISTRESS_PERSON = ("我家", "有人", "家里人", "老公", "老婆", "人倒", "人卡", "人被", "人在")
DISTRESS_JOKES = ("哈哈", "笑死", "好笑", "太好吃", "绝了", "😂", "🤣", "救命啊这")
HURRY = ("快", "赶紧", "马上", "急")

# Someone caught by a closing lift door now (电梯门夹住了孩子的手): held, like a person trapped in the lift.
_CAUGHT = ("小孩", "孩子", "娃", "老人", "人", "手", "脚", "手指", "腿", "胳膊")
# ...but a door that often or easily shuts on people is a fault to adjust, nobody held now (red.py)
DOOR_OFTEN = ("老是", "总是", "经常", "常常", "老夹", "总夹", "动不动", "容易", "会夹", "时不时")
# A rescue called now and kept out on its way (叫了120 路上堵着过不来): the person it was called for waits.
CALLED = ("叫了", "打了", "喊了", "叫的", "打的")
# ...the rescues so called (red.py drops one called on an earlier day: a grievance about the lane)
RESCUES_CALLED = ("120", "119", "救护车", "消防车", "火警")

MORE_CUES: dict[str, list[str]] = {
    "person_down": [f"{s}+{h}" for s in SWALLOWED if s.startswith("误") for h in HARMFUL]
    + [f"{w}+{s}+{h}" for w in _PEOPLE for s in SWALLOWED if not s.startswith("误") for h in HARMFUL]
    + list(_FACE)
    + [f"{s}+{b}" for s in _SPEECH_GONE for b in _WITH_BODY]
    + [f"{k}{f}" for k in KIN for f in _FELL]
    # a person scalded or burnt now (a burst heating pipe, boiling water): hurt, bleeding's kin
    + [f"{w}+{h}" for w in _PEOPLE for h in ("被烫伤", "烫伤了", "被烧伤", "烧伤了")]
    # fainting from heat told of a person now (老爷子都热晕了); heatstroke alone (中暑了) is mostly told once the
    # person is looked after, a care need (orange), not red
    + [f"{w}+{h}" for w in _PEOPLE for h in ("热晕了", "热晕过去", "晕过去了", "昏过去了")]
    # lying still where nobody lies by choice, still on the ground, dying (told of a person)
    # (a person named, not any 人: 好多人躺在地上晒太阳 一动不动 is people resting)
    + [f"{w}+{lie}+{st}" for w in _PEOPLE + ("一个人",) for lie in _LYING for st in _STILL]
    # (the person its subject: not 玻璃碴子还在地上, 好多人还在地上铺凉席; a child sits on the ground to play)
    + [f"{w}{d}" for w in _PEOPLE for d in _STILL_DOWN if not (w in _CHILDREN and "坐" in d)]
    # (dying said of the person right before it, 我爸快不行了, 老太太好像快不行了: not 人都快不行了 after a chore,
    # nor a battery 快不行了 somewhere after 有人)
    + [f"{w}{x}{d}" for w in _PEOPLE for x in _DYING_GAP for d in _DYING],
    "alone_silent": [f"{e}+{u}" for e in _ELDERS + ALONE for u in _HOME_SILENT]
    + [f"{a}+{u}" for a in ALONE for u in _UNSEEN_ALONE],
    "distress": [f"{w}+{c}" for w in ("有人", "有个人", "里面", "里头", "屋里", "楼里", "好像") for c in _CRY]
    + ["呼救声"]
    + [f"{c}{r}+{k}" for c in CALLED for r in ("120", "救护车") for k in CANNOT_ENTER],
    "fire": [f"{c}{r}+{k}" for c in CALLED for r in ("119", "消防车", "火警") for k in CANNOT_ENTER],
    "trapped": [f"电梯+夹住{x}" for x in _CAUGHT] + [f"电梯+夹住了{x}" for x in _CAUGHT]
    + [f"电梯+{x}+被夹住" for x in _CAUGHT],
}
HARM_FAMILIES: dict[str, dict] = {
    "fell_into": {"color": "red", "category": "safety", "note": "person fallen into a shaft, a pit or water",
                  "cues": [f"{w}{i}+{p}" for w in _PEOPLE + ("一个人", "人") for i in _INTO for p in _PITS]
                  # the shaft told first, the fall after it: "井盖被偷了 有个大爷掉进去了"
                  # (a named person: "非得有人掉下去才修" is a taunt)
                  + [f"{w}{i}+{p}" for w in NAMED_PEOPLE + ("一个人",) for i in _INTO_IT for p in _OPEN_SHAFTS]
                  + [f"{d}{n}" for d in _WENT_DOWN for n in _SOMEONE] + [f"{d}了{n}" for d in _WENT_DOWN for n in _SOMEONE]},
}
# Struck speechless in anger, surprise, thanks or effort; a face purple with cold or rage; no body in trouble.
MASKS: list[str] = ([f"{m}{s}" for m in ("气得", "惊得", "吓得", "感动得", "激动得", "无语得", "笑得", "累得", "喘得", "冻得")
                     for s in _SPEECH_GONE + _FACE]
                    + [f"{m}{f}" for m in ("气得", "冻得") for f in ("脸都紫", "脸发紫", "嘴唇都紫", "嘴唇发紫", "嘴唇紫")]
                    + [f"{k}{f}{o}" for k in KIN for f in ("摔了", "晕了") for o in _FELL_NOT]
                    + list(_CRY_DEVICE)
                    # a rescue called on a past day and kept out: a grievance about the lane, not a person waiting now
                    + [f"{p}{c}{r}" for p in ("上次", "上回", "那次", "去年", "以前", "之前", "有次", "有一次", "那回")
                       for c in CALLED for r in ("120", "119", "救护车", "消防车")]
                    # worn out or sweltering, not dying
                    + [f"{m}{d}" for m in ("累得", "热得", "冻得", "笑得", "困得", "饿得", "吵得", "烦得", "气得", "累得我",
                                           "热得我", "吵得我", "烦得我", "笑得我", "饿得我")
                       for d in ("快不行了", "人快不行了")]
                    # an effort or a nuisance that will not move (物业叫都叫不动, 劝不动): nobody lying still
                    + [f"{v}不动" for v in ("叫", "劝", "管", "请", "喊", "说", "拉", "使唤")]
                    # a gas bottle, a stove, a tyre or a radiator out of gas or air: no person without breath
                    + [f"{x}没气了" for x in ("罐", "灶", "胎", "煤气", "燃气", "暖气", "暖气片", "气罐", "家", "家里", "瓶",
                                             "球", "车")])
# fmt: on

# A person swept away by water (person_down in vocab_data), unless what was swept is a thing (aside.thing_gone:
# 垃圾桶被水冲走了).
SWEPT_AWAY: tuple[str, ...] = ("冲走了", "被水冲")
