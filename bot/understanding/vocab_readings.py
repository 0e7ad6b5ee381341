"""Words for the red readings (red_readings.py, fall_readings.py; first added in round 19): pure data.

- animals that fight: a fight word whose fighters are animals (流浪狗…还打架), not people;
- a condition had: 有 / 患有 before an illness (他有心脏病): a state, not an attack;
- a vehicle struck by a tree (车被树砸了): a thing damaged, a claim to make;
- a thing thrown down (扔 / 掼 / 抛) that missed: someone's behaviour, unless more still hangs up there;
- something hanging in the air, and the words naming who or what is under it.
"""
from __future__ import annotations

from .vocab_calm import FALLEN_WORSE

# fmt: off
ANIMAL_FIGHTS: tuple[str, ...] = ("打架", "打起来", "干起来")
ANIMALS: tuple[str, ...] = ("狗", "猫", "鸡", "鸭", "鹅", "鸽子", "猴", "牛", "羊", "野猪")
# ...hurting a person: the fight is the danger again (狗打架把孩子咬了)
HURT_BY_ANIMAL: tuple[str, ...] = ("咬", "扑", "冲着", "追着", "抓伤", "抓破", "伤人", "不敢出门", "吓哭", "往幼儿园",
                                   "往学校")
# words holding an animal's name that are no animal (牛肉面, 猫眼, 狗主人): masked before the animal is looked for
NOT_ANIMALS: tuple[str, ...] = ("牛肉", "牛奶", "牛排", "鸡蛋", "鸡毛", "鸡排", "鸡腿", "烤鸡", "炸鸡", "烤鸭", "鸭脖", "鸭血",
                                "羊肉", "羊毛", "猫眼", "单身狗", "狗主人", "狗屎", "狗粮", "热狗", "养狗的", "遛狗的", "牛逼")
# people named in the fight's clause: then people fight, whatever animal is named
PEOPLE_FIGHTING: tuple[str, ...] = ("人", "两家", "两口子", "保安", "老板", "顾客", "邻居", "主人", "城管", "摊主", "师傅",
                                    "小伙", "大爷", "大妈", "阿姨", "叔", "男的", "女的", "跟", "和他", "和她", "夫妻")
# illnesses a person may have for years (a state) or suffer now (an attack)
ILLNESS: tuple[str, ...] = ("中风", "脑梗", "心梗", "心脏病", "瘫", "偏瘫", "老年痴呆", "帕金森")
CONDITION_HAS: tuple[str, ...] = ("有", "患有", "得过", "本来就有", "一直有")
# ...told with a cry of urgency (快点啊, 救救, 在里面): the condition is why the danger now is worse
URGED: tuple[str, ...] = ("快点", "快来", "快救", "救救", "赶紧", "在里面", "困在", "关在", "！！", "!!")
STRUCK_VEHICLES: tuple[str, ...] = ("车", "车子", "汽车", "轿车", "电动车", "电瓶车", "摩托")
# ...not a pram or a rider (婴儿车, 骑车的): there the person is struck
VEHICLE_WITH_PERSON: tuple[str, ...] = ("婴儿车", "童车", "骑车", "骑电动车", "骑电瓶车", "骑摩托", "推车", "推着")
# someone in the car, or the tree still coming down
IN_OR_STILL: tuple[str, ...] = ("车里", "里面", "里头", "司机", "卡在", "出不来", "压着", "还歪", "随时", "要倒", "还在往下",
                                "在晃", "还在倒")
THROWN: tuple[str, ...] = ("扔下来", "扔下去", "往下扔", "往楼下扔", "扔了下来", "扔出来", "掼下来", "掼下去", "抛下来",
                           "往下抛", "丢下来", "往下丢", "甩下来", "撇下来", "往下泼", "扔东西", "扔垃圾", "扔了个",
                           "扔了一", "掼了一", "丢了个")
# more still up there, or still being thrown: the danger goes on
STILL_UP: tuple[str, ...] = ("还挂", "还摆", "还吊", "还悬", "还在扔", "还在往下", "上面还有", "上头还有", "还有好几",
                             "随时", "一直", "又扔", "一个接一个", "还在", "不停", "接着扔", "还放着", "还搁着", "还摆着")
HANGING: tuple[str, ...] = ("挂在半空", "悬空", "悬在半空", "吊在半空")
UNDER_IT: tuple[str, ...] = ("人", "路", "走", "经过", "路过", "过往", "车", "门口", "上学", "放学", "玩", "楼下", "下边", "底下",
                             "幼儿园", "学校", "大门", "出入口", "单元门", "滑梯", "广场", "正对着", "上方")
# fmt: on

# fmt: off
# What a tree struck and broke, when nobody is named below it (red_readings.struck_a_thing; vehicle_struck,
# nobody_under also read SOMEONE_BELOW)
STRUCK_THING: tuple[str, ...] = ("砸坏", "砸烂", "砸扁", "砸弯", "砸歪", "砸瘪", "砸变形", "砸出", "砸破")
SOMEONE_BELOW: tuple[str, ...] = ("有人", "行人", "路过", "孩子", "小孩", "娃", "老人", "底下", "下面", "下头", "差点", "险些")
# Something acute said now, so an illness named is no condition of long standing (red_readings)
ACUTE_NOW: tuple[str, ...] = ("刚", "突然", "现在", "正在", "又犯", "犯了", "发作", "倒在", "起不来", "叫不醒", "没反应", "救命", "120",
             # acute words: a collapse, a person failing, a call for people, an attack itself (a heart attack is an
             # event, never a condition of years)
             "倒地", "不行了", "快不行", "来人", "晕倒", "晕过去", "昏过去", "中风了", "心梗")
KNOCKS: tuple[str, ...] = ("敲门", "敲了", "叫门", "喊门")
# Falls (fall_readings.py): a fall verb's direction (摔下去) ...
FALL_DIRECTIONS: tuple[str, ...] = ("去", "来")
# a fall told as just happened: a now-word before the fall verb in its clause ("刚刚从楼梯上摔下来")...
FALL_NOW: tuple[str, ...] = ("刚", "现在", "这会", "突然")
# ...or the fallen person told hurt, crying or not answering, anywhere in the message
FALL_HURT: tuple[str, ...] = ("哭", "没反应", "冇反应", "莫反应", "不答应", "叫不应", "喊不应", "也不应", "叫不醒", "喊不醒", "没声", "血", "疼", "痛", "肿",
             "起了个包", "动不了", "起不来", "爬不起", "站不起", "晕", "昏", "救命", "快来人", "120") + FALLEN_WORSE
# a fall said after it to have done no harm ("摔了一跤 没啥大事 就是路太滑"): the slippery place is the matter
FALL_VERBS: tuple[str, ...] = ("摔", "跌", "跶", "绊", "栽", "滑倒", "滑了")
UNHARMED: tuple[str, ...] = ("没啥大事", "没什么大事", "没大事", "没大碍", "没什么大碍", "无大碍", "人没事", "人倒没事", "人倒是没事", "没受伤", "没伤着",
            "没摔坏", "没摔着", "没摔伤", "问题不大", "好在没事", "还好没事", "幸好没事", "没啥事", "没什么事")
# ...said plainly: not hedged (看着, 应该, 不知道)
HEDGES: tuple[str, ...] = ("看着", "看起来", "看样子", "应该", "好像", "估计", "大概", "可能", "不知道", "不知", "不晓得", "也许", "说不定")
# ...or that only grazed someone, with a repair asked ("膝盖磕破了皮 地垫赶紧换了")
GRAZED: tuple[str, ...] = ("磕破", "擦破", "蹭破", "划破")
REPAIR_ASKED: tuple[str, ...] = ("修", "换", "处理", "管管", "有没有人管", "有人管", "弄一下", "弄弄")
# fmt: on
