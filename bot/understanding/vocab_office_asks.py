"""Words for messages put to the office by the way they are addressed or by what a patrol found.

Pure data for official_named.py (a message that opens by calling an official by title: "杨干事 ...",
"周网格长 ...", "@李书记 ...") and patrol_found.py (staff telling what their round turned up and asking
a service to act: "巡查发现...请物业...").
"""
from __future__ import annotations

# fmt: off
# The titles residents and leaders call the office's people by, after a surname or alone.
OFFICIAL_TITLES: tuple[str, ...] = (
    "干事", "网格长", "网格员", "主任", "书记", "社工", "站长", "所长", "科长", "专干", "委员", "片警", "民警", "警官",
    "管家", "经理", "组长",
)
# A question put to whoever is addressed: a mark, a closing particle, a question word, or "A不A"
# (发不发, 能不能, 去不去) and a closing "不/没" ("能去不", "还有名额没").
QUESTION_WORDS: tuple[str, ...] = (
    "吗", "伐", "么", "多少", "几点", "几时", "几号", "啥时", "什么时候", "哪天", "哪日", "有没有", "有冇", "可不可以",
    "能否", "怎么", "咋", "如何", "啥子", "哪里", "哪儿", "哪点", "在哪", "给不给", "行不行", "要不要", "是不是",
)
QUESTION_ENDINGS: tuple[str, ...] = ("不", "没", "没得", "没有", "莫得", "冇", "呢", "嘛", "哇", "咩", "未")
# A need stated for residents: a service wanted for them ("三户老人要送餐", "想申请补贴").
NEEDS: tuple[str, ...] = (
    "要送餐", "需要送餐", "要送饭", "需要", "想申请", "要申请", "想报名", "要报名", "想办", "要办", "想装", "想要",
    "要人帮", "要帮忙", "缺人", "没人送", "莫得人",
)
# What a responder says when answering or reporting back, not asking ("作坊老板讲了 会配合的", "等你们来").
ANSWERS: tuple[str, ...] = ("收到", "好的", "好嘞", "明白", "知道了", "会配合", "已经", "办好了", "弄好了", "搬掉了",
                            "等你们", "谢谢", "辛苦")
# Small talk with an official, a greeting or a remark, not a need of the office ("王主任 吃了没",
# "李书记 这天是不是要下雨了", "张干事 你家娃几岁了"): asks nothing of the office's work.
SMALL_TALK: tuple[str, ...] = ("吃了没", "吃饭没", "吃了吗", "吃饭了吗", "吃过了", "吃过没", "食饭未", "食咗饭",
                               "要下雨", "会下雨", "天气", "好久不见", "身体好", "最近好",
                               "忙不忙", "忙啥", "在忙", "你家娃", "你家孩子", "你家小狗", "你家狗", "回老家", "过年好")

# A patrol or a round of visits, and what it turned up ("巡查发现", "巡楼时看到", "走访经过").
PATROL: tuple[str, ...] = ("巡查", "巡逻", "巡楼", "巡检", "走访", "排查", "检查")
FOUND: tuple[str, ...] = ("发现", "看见", "看到", "经过", "碰到", "遇到")
# (or a round just ended, or passing by: the finding is told next)
PASSED_BY: tuple[str, ...] = ("刚路过", "刚刚路过", "刚才路过", "刚走访回来", "刚巡查回来", "刚巡楼回来", "巡查到",
                              "巡到")
# Someone asked to act on it: a service or another responder ("请物业...", "请联系运营商", "麻烦马上跟一下",
# "@物业 安排人补一下", "物业来人看看", "您找人给清清", "谁跟一下").
ASKS: tuple[str, ...] = ("请", "麻烦", "能不能", "能否", "尽快", "需要", "安排人", "安排一下", "来人看", "来个人", "找人给",
                         "找人来", "跟一下", "催催", "催一下")
# ...not the residents told what to do ("请大家...", "请各位住户..."), nor handled already ("已通知物业").
# (or the one at fault: "请车主尽快挪车", "请相关住户清理", "请自觉整改")
TO_ALL: tuple[str, ...] = ("大家", "各位", "所有人", "居民朋友", "住户", "业主", "车主", "户主", "商户", "店主", "自觉")
HANDLED: tuple[str, ...] = ("已通知", "已联系", "已经通知", "已经联系", "已处理", "已经处理", "已清理", "已整改", "已拉",
                            "已经拉", "已劝", "已叫", "已让", "已报", "已上报", "现场处理", "当场", "已安排", "已经安排", "安排了",
                            "已经让", "说好了", "已经叫")
# fmt: on

# Someone asked to step in ("有没有人管管", "社区出面"): a complaint about a problem, not a question (intervene_asked.py).
# "有没有人来铲/冲/捉": asks for someone to come and do it (Hakka 有冇人来 normalised), not whether someone exists
INTERVENE = ("管管", "有没有人管", "出面", "来看一下", "来看看", "抓一下", "说理", "有没有人来")

# fmt: off
# A leader's or chief's own question to the office ("请问...怎么报销", "...这个通知谁来发？"): not one put to
# a resident ("阿姨，是您家里漏吗？") nor one asked on the way to help ("我马上过去，谁有她儿子的电话？").
QUESTION_ENDS = ("？", "?", "吗", "伐", "没得", "没有", "不")

TO_SOMEONE_HERE = ("我", "你", "您", "侬", "阿姨", "大爷", "叔", "姐", "哥", "哪家", "谁家", "哪个单元", "几楼", "几号")

# a question ending is put to the office unless, naming no office, it asks who or whether something broke
# ("三楼有人家里漏水吗？", "电梯又坏了吗？", "楼道灯是不是坏了？")
ASKS_ABOUT = ("有人", "谁", "哪户", "坏了", "是不是", "漏水")

OFFICE_NAMED = ("社区", "物业", "请问", "部门", "找谁", "谁来", "谁负责", "谁管", "街道", "居委", "书记", "主任", "网格",
                "领导", "工程部", "怎么报", "怎么办", "咋办")
# fmt: on
