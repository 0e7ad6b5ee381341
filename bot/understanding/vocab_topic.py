"""Conversation vocabulary for repeat linking: how a neighbour agrees with the report just made,
and the place qualifiers that tell two same-looking reports apart. Pure data, no logic.

A community adds its own under `understanding:` in config.yaml (`agree`, `not_report`).
"""
from __future__ import annotations

# fmt: off
# A message that OPENS with one of these takes up what was just said ("是嘞 俺也觉着了", "附议").
# Matched on the normalised text (dialect folded: 系呀 -> 是呀; Wu 对额 = 对的), followed by a break or more words.
AGREE: list[str] = [
    "对对", "对的", "对啊", "对呀", "对", "是的", "是啊", "是呀", "是嘞", "是滴", "是哦", "是嘛", "是", "就是", "没错",
    "确实", "真的", "可不", "同", "同感", "附议", "支持", "+1", "嗯嗯", "嗯", "一样", "我也是", "我们也是", "也是",
    "系呀", "系啊", "係呀", "係啊", "对额", "是额", "不光你们", "天天这样", "还在", "还是", "还没",
    "对头",   # south-western "right" (对头 社区喊人来...): the one-character 对 needs a break after it
]
# Openers that read as agreement but change the subject or answer someone ("对了，还有个事", "是不是...").
NOT_AGREE: list[str] = ["对了", "对面", "对门", "对于", "是不是", "是否", "是谁", "是哪", "真的假的", "同时", "同事",
                        "同学", "支持一下", "还有", "还是说", "还是要", "就是说", "同意"]

# A reply that only thanks, answers or reports progress is no report of the problem just filed.
NOT_REPORT: list[str] = ["谢谢", "感谢", "收到", "辛苦", "好的", "知道了", "修好", "好了", "恢复了", "来了", "不知道", "不清楚",
                         "已经报", "报过了", "打过电话", "我去看",
                         # grumbling about the fee or the service is no report of the problem
                         "物业费", "收钱", "管理费"]

# A neighbour's few words echoing the report just made ("没水", "[捂脸]又停", "对 昨天就坏了"): the symptom
# again, with nothing else said. Only in a short message, only when the report itself says it (topic.echo).
ECHO: list[str] = ["又停", "停了", "又坏", "坏了", "不动", "不亮", "没水", "没电", "没气", "停水", "停电", "不热",
                   "漏水", "堵了", "没反应"]

# Words that add ANOTHER thing to what was reported ("漫步机也断了 一块修修吧", "另外...").
OTHER_THING: list[str] = ["一块修", "一起修", "一并修", "一块儿修", "顺便", "另外", "还有个", "还有一", "还有股", "还有只",
                          "别的"]
# ...and clause openers that do the same ("还有白蚁", "，还有那个三轮车"); mid-clause 还有人 is left alone.
OTHER_OPENERS: list[str] = ["还有", "再就是", "另外"]

# The reporter again, saying the problem is still there or getting worse ("还在冒", "越来越快", "都漫到客厅了").
STILL: list[str] = ["还在", "还没", "还木", "还莫", "还是", "还不", "咋还", "怎么还", "更厉害", "更严重", "更急", "更大",
                    "越来越", "都漫到", "都流到", "都淹到", "都进到", "又看了", "还未"]
# The reporter back hours or days later: still there, still waited on ("鸽子还在养", "到现在还没人来",
# "到底管不管") (reporter_again.py). Not 又: "今天又推上来了" is the thing happening anew.
RETURNS: list[str] = STILL + ["到底", "到现在"]
# A floor, a room or a place word is all the reporter's new message shares with their old ticket: it is
# their new problem, not the old one still there, when it names a thing the ticket does not: an object of
# the vocabulary (灯, 防盗门, 热水器) or one of these creatures, litter, goods and doings that are no object
# of repair ("门口还有人乱扔烟头", "花坛那边还是有人遛狗") (reporter_again.py); 灭火器 also for "灭火器也...".
NUISANCE_THINGS: list[str] = ["蟑螂", "老鼠", "蚊子", "苍蝇", "蚂蚁", "白蚁", "虫", "狗", "猫", "鸽子", "烟头", "抽烟",
                              "吸烟", "油烟", "电动车", "电瓶车", "外卖", "快递", "陌生人", "推销", "小广告", "装修",
                              "家具", "纸箱", "鞋柜", "杂物", "灭火器", "垃圾", "尿", "屎", "粪"]
# ...but a one-character object inside a doing is no thing named ("能不能去敲个门", "晚上不敢开灯", "锁不上").
DOING_WITH_OBJECT: list[str] = ["敲门", "敲个门", "开门", "关门", "出门", "进门", "串门", "上门", "锁门", "开灯", "关灯",
                                "开窗", "关窗", "锁不", "锁上", "锁好", "爬树", "种树"]
# ...unless the still word goes on with the ticket's own symptom ("1801还在漏 墙皮都泡掉了", "还是水压小"):
# a character that names it alone (the two characters after the still word otherwise).
STILL_SYMPTOMS = "漏渗滴堵臭吵响晃抖冒"
# ...but 还是 before these says "the same one again" ("还是三楼，还是那辆"): identity, not "still".
SAME_ONE_AGAIN = "那这上同一二三四五六七八九十0123456789"

# Place qualifiers that split two reports of the same symptom: lift 1 vs lift 2, the east vs the west
# lift, the north vs the south gate, the high vs the low zone. (kind, pattern with one group: the value).
QUALIFIERS: list[tuple[str, str]] = [
    ("lift", r"([0-9一二三四五六七八九十]+)号(?:电)?梯"),
    ("lift", r"([东西南北左右中])(?:边|侧)?(?:那部|那台)?(?:电)?梯"),
    ("lift", r"([客货])(?:运)?(?:电)?梯"),   # the passenger lift is not the freight lift
    ("gate", r"([东西南北])(?:大)?门"),
    # 三门 / 四门 written for the third / fourth unit's door (三门这边暖气也凉 after 四门的暖气不热)
    ("door_no", r"(?<![0-9一二三四五六七八九十两])([0-9一二三四五六七八九十]+)号?门(?![口禁卫铃锁窗框把缝面])"),
    ("zone", r"([高中低])区"),
    ("block", r"([东西南北])(?:头|边那栋|楼)"),
]
# People stranded by a lift that is out ("十六楼天天爬", "老妈在18楼下不来了"), someone inside it ("里面特别闷"),
# someone behind a door no one opens ("里头好像有人在哼"): who is stuck by the problem just reported (stuck.py).
STRANDED: list[str] = ["爬楼", "爬上", "爬不", "爬了", "天天爬", "下不去", "下不来", "下不了楼", "走不下", "上不去", "上不来",
                       "没法下楼", "抱着娃爬", "楼梯上去"]
# During a fire or a gas leak in the chat (danger_near.py): a person who cannot get away by themselves...
CANNOT_GET_AWAY: list[str] = ["下不来", "下不了楼", "下不去", "走不下", "没法下楼", "出不来", "出不去", "逃不出", "跑不了",
                              "走不了", "走不动", "动不了", "腿脚不好", "腿脚不便", "腿不好", "行动不便", "坐轮椅", "瘫痪",
                              "卧床", "瘫在床", "起不来",
                              # bedridden told by the bed: a northern 炕 as much as a bed (瘫炕上的老人, 卧炕)
                              "瘫炕", "瘫床", "瘫在炕", "卧炕", "下不了炕", "下不来炕", "下不了床", "下不来床"]
# ...or someone still inside it.
STILL_INSIDE: list[str] = ["还在里面", "还在里头", "还在屋里", "还在家里", "还在楼上", "屋里还有人", "家里还有人",
                           "楼上还有人", "里面还有人", "里头还有人", "还没下来", "还没出来"]
IN_LIFT: list[str] = ["梯里有人", "梯里好像有人", "梯里面有人", "里面有人", "里头有人", "里面好像有人", "里头好像有人",
                      "里面的人", "里面人", "里面特别闷", "里面很闷", "在里面拍门", "在里头拍门",
                      "在里面", "在里头"]   # "是我婆婆在里面": a relative of the one inside
# Short of breath is someone inside the lift only when the lift is named or someone was reported inside:
# after a power cut, an oxygen machine stopping at home ("他喘不上气") is a care request of its own.
AIRLESS: list[str] = ["透不过气", "透勿过气", "喘不上气", "喘不过气"]
# 梯里 / 梯门 are read with 楼梯 (the stairs) blanked out (stuck._no_stairs): 楼梯里太黑 is no lift.
INSIDE: list[str] = ["电梯", "梯里", "轿厢", "里面", "里头", "困", "关在"]
LIFT_WORDS: list[str] = ["电梯", "梯里", "轿厢", "梯门"]   # a message about a lift
# Someone caught inside a lift: in it, and held there (stuck.trapped_in_lift).
LIFT_INSIDE: list[str] = ["电梯里", "梯里", "轿厢里", "轿厢内", "电梯内"]
CAUGHT: list[str] = ["卡在", "卡住", "困在", "困住", "关在", "被关", "出不来", "卡半路", "卡了"]
BEHIND_DOOR: list[str] = ["里面有人", "里头有人", "里面好像有人", "里头好像有人", "在哼", "哼哼"]
# ...but a stranded neighbour asking for hands (to carry, to fetch, "what do we do") asks for help of its own.
HELP_ASK: list[str] = ["帮忙", "帮一下", "背一下", "背下", "抬一下", "抬下", "找个人", "找几个人", "来几个人", "跑一趟", "怎么办",
                       "咋办", "咋个办", "点算"]
# Asking someone to go to a vulnerable person or bring them something ("麻烦谁上去看一下", "给她送两桶"): after
# an outage, a care request of its own (care_apart.py).
CARE_HANDS: list[str] = ["去看一下", "去看看", "上去看", "过去看", "去瞧", "看一眼", "去敲", "给她送", "给他送", "送两桶",
                         "送点水", "送桶水", "帮她", "帮他", "照看", "照应"]
# A demand about how the thing is looked after, not about this breakdown ("一个月坏三回了 能不能好好查查",
# "换个维保公司", "把维保记录公示出来"): a request of its own, never one more report of an open ticket.
SYSTEMIC: list[str] = ["给个说法", "好好查", "好好修", "彻底修", "彻底查", "全面检修", "根治", "大修", "糊弄", "督促",
                       "年检", "维保记录", "换维保", "换个维保", "换过间维保", "换一家维保", "公示"]
# "Not only the third floor, the fifth too" (不光3楼，5楼也有一辆): the place after 也 is another one.
NOT_ONLY: list[str] = ["不光", "不只", "不止", "不仅", "除了"]
# fmt: on
