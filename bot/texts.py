"""Every sentence the bot shows people, in one editable place (Simplified Chinese).

Templates use str.format fields. Keep them short: they are read on phones.
"""
from __future__ import annotations

COLOR_NAMES = {"red": "红色", "orange": "橙色", "yellow": "黄色", "blue": "蓝色"}
COLOR_WORDS = {"红": "red", "橙": "orange", "黄": "yellow", "蓝": "blue"}
COLOR_ICONS = {"red": "🔴", "orange": "🟠", "yellow": "🟡", "blue": "🔵"}
STATE_NAMES = {"open": "待受理", "acknowledged": "已签收", "resolved": "已办结",
               "closed": "已关闭", "returned": "已退回"}
LEVEL_NAMES = {"leader": "楼栋长", "chief": "网格长", "office": "社区"}
CATEGORY_NAMES = {
    "utilities": "水电气暖", "elevator": "电梯", "facility": "公共设施", "sanitation": "环境卫生",
    "safety": "安全隐患", "noise": "噪音", "dispute": "邻里纠纷", "parking": "停车交通",
    "greenery": "绿化", "care": "关爱帮扶", "affairs": "政务咨询", "suggestion": "意见建议",
    "other": "其他",
}

FILED = "{icon}已受理 #{no}（{color}·{category}），由{level}{holder}负责。"
FILED_NOTIFY = "新工单 #{no}（{color}·{category}）{place}：{text}\n请回复「收到 #{no}」签收。"
MERGED = "已并入 #{no}，同类反映 {count} 人。"
MERGED_RAISED = "已并入 #{no}，同类反映 {count} 人；紧急程度升为{color}。"
FOLLOW_UP = "已补充到 #{no}。"
RAISED_NOTIFY = "#{no} 有新情况，紧急程度升为{color}：{text}"
STATE_CHANGED = "#{no} {state}（{who}）。"
RESOLVED_REMARK = "#{no} 已办结（{who}）：{remark}"

QUERY_ONE = "#{no} {state}｜{color}·{category}｜{level}{holder}负责｜已{age}"
QUERY_NONE_OWN = "您目前没有进行中的工单。"
QUERY_OWN_HEADER = "您的工单："

HELP_RESIDENT = "在群里直接说明问题即可报事（如：3号楼2单元楼道灯不亮）。\n查询：发「查询」或「查询 #12」。"
HELP_RESPONDER = ("签收：收到 #12　办结：办结 #12 备注\n"
                  "查询：查询 #12　也可引用工单消息回复。")

NO_SUCH_TICKET = "没有找到工单 #{no}，请核对编号。"
NEED_TICKET_NO = "请注明工单号，如「{cmd} #12」。"
NOT_ALLOWED = "#{no} 由{holder}负责，您无权{action}。"
NOT_RESPONDER = "只有楼栋长、网格长和社区工作人员可以{action}。"
WRONG_STATE = "#{no} 当前{state}，不能{action}。"
UNKNOWN_COMMAND = "没有「{cmd}」这个指令，发「帮助」查看可用指令。"
PRIVATE_HINT = "您好，请在楼栋群里说明问题，或发「帮助」查看可用指令。"

RATE_LIMITED_SENDER = "您发送过于频繁，请稍后再发；已反映的问题无需重复发送。"
RATE_LIMITED_CHAT = "本群消息过多，机器人暂停处理一分钟，紧急情况请直接致电社区。"

ACTION_NAMES = {"ack": "签收", "resolve": "办结"}


def age_text(minutes: float) -> str:
    m = int(minutes)
    if m < 60:
        return f"{max(m, 0)}分钟"
    if m < 1440:
        return f"{m // 60}小时{m % 60}分" if m % 60 else f"{m // 60}小时"
    return f"{m // 1440}天{(m % 1440) // 60}小时" if m % 1440 >= 60 else f"{m // 1440}天"
