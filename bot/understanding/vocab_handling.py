"""Words showing a responder (staff, a building leader, a grid chief) handling a matter, or asking for hands.

Pure data for responder_handling.py and responders.py: answer markers of someone handling it ("收到", "马上",
"派人"), a call made or failed, a responder busy or speaking to everyone, hands asked to come now, more hands
asked beyond the help called, being on the scene; and a resident who caused a problem saying it is in hand.
"""
from __future__ import annotations

# fmt: off
# Answer markers that show a responder is handling, not reporting.
HANDLED = ("收到", "马上", "正在", "安排", "联系了", "我去", "过去", "稍等", "放心", "没事", "找到了",
           "灭了", "拉走了", "通知", "到现场", "派人", "处理",
           # hurrying there ("正往那赶"): only a helper hurries (a lost child "往那跑了" is no one handling it)
           "往那赶", "往这赶", "往那边赶", "往现场赶")

CALL_MADE = ("打完了", "打过了")

CALL_FAILED = ("没人接", "没接", "不接", "无人接", "打不通", "没打通", "不通", "关机", "没人来", "没来", "没人理", "没回")

# A responder with an emergency asking hands to come now ("谁离得近赶紧去看看", "社区谁能来帮一下").
HELP_ASK = ("谁离得近", "谁能来", "谁能过来", "谁能帮", "谁在附近", "来帮一下", "来帮忙", "帮一下", "赶紧去看看",
            "快去看看", "赶紧去", "快来人", "来人啊", "需要人手", "快来几个人",
            # someone asked to come now ("得马上来人"): not the speaker's own "马上到"
            "得马上来人", "需要马上来人", "得赶紧来人", "赶紧来人", "赶快来人", "快点来人", "速来人")

RESPONDER_BUSY = ("收到", "马上", "正在", "我去", "我来", "过去", "稍等", "放心", "联系了", "在路上",
                  "报给", "报了", "记下", "大家", "各位", "@所有人", "在协调", "通知:", "【", "我问下", "我问问", "我喊",
                  "我叫人")

# A resident who caused the problem answering that it is in hand ("对不起, 已经关阀, 马上找人修").
APOLOGY = ("对不起", "不好意思", "抱歉", "是我家")

SELF_HANDLING = ("马上找人修", "我找人修", "我去修", "我来修", "已经关", "关了总阀", "关总阀", "我会赔", "我赔", "已经在修")

# Asks for hands or services beyond the help a responder called ("请社区马上派人来", "请求消防协助",
# "谁能来帮一下"); a note to the office ("请社区知悉") asks for nothing more.
MORE_HANDS = ("派人", "派电工", "协调", "协助", "支援", "帮忙", "帮一下", "来人", "想办法", "想想办法", "过来",
              "来一趟", "谁能来")

ON_SCENE = ("收到", "到现场", "在现场", "我在", "过去了", "我到了", "已到")
# fmt: on
