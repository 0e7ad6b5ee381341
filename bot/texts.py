"""Every sentence the bot shows people, in one editable place (Simplified Chinese).

Templates use str.format fields. Keep them short: they are read on phones.
"""
from __future__ import annotations

COLOR_NAMES = {"red": "红色", "orange": "橙色", "yellow": "黄色", "blue": "蓝色"}
COLOR_WORDS = {"红": "red", "橙": "orange", "黄": "yellow", "蓝": "blue"}
COLOR_ICONS = {"red": "🔴", "orange": "🟠", "yellow": "🟡", "blue": "🔵"}
STATE_NAMES = {"open": "待受理", "acknowledged": "已签收", "resolved": "已办结",
               "closed": "已关闭", "returned": "已退回"}
LEVEL_NAMES = {"leader": "楼栋长", "chief": "网格长", "office": "社区", "person": ""}
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
FIXED_OFFER = "有居民反映 #{no} 已经好了：「{text}」\n如确认，请回复「办结 #{no}」。"
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
PRIVATE_HINT = "您好，请直接说明问题和位置（如：3号楼2单元楼道灯不亮），或发「帮助」查看可用指令。"

RATE_LIMITED_SENDER = "您发送过于频繁，请稍后再发；已反映的问题无需重复发送。"
RATE_LIMITED_CHAT = "本群消息过多，机器人暂停处理一分钟，紧急情况请直接致电社区。"

ACTION_NAMES = {"ack": "签收", "resolve": "办结", "transfer": "转交", "return": "退回",
                "recolor": "改色", "rate": "评价", "reopen": "重新打开", "stats": "查看统计",
                "todo": "查看待办"}

# privacy
FILED_PRIVATE = "已收到 #{no}，已转网格员私下联系。"
PRIVATE_CATEGORY = "私下处理"

# deadlines (the group lines never carry the resident's text or place)
ESCALATED_GROUP = "#{no} 已升级至{level}"
ESCALATED_NOTIFY = ("#{no}（{color}·{category}）{place}超时未签收，已升级由您负责：{text}\n"
                    "请回复「收到 #{no}」签收。")
ESCALATED_OFFICE = "#{no}（{color}·{category}）超时未签收，已升级至社区，请尽快签收：收到 #{no}"
OVERDUE_HOLDER = "督办：#{no}（{color}·{category}）已超过办结时限{late}，请尽快办结。"
OVERDUE_SUPERIOR = "督办：#{no}（{color}·{category}）由{holder}负责，已超时{late}未办结。"

# the loop with the resident
RATE_ASK = "请对 #{no} 评价：回复 1 满意 / 2 基本满意 / 3 不满意"
RATING_NAMES = {1: "满意", 2: "基本满意", 3: "不满意"}
RATED = "感谢评价：#{no} {rating}。"
REOPENED_GROUP = "#{no} 已重新打开，已通知{holder}。"
REOPENED_NOTIFY = "#{no} 居民反映没有解决（{why}），已重新打开，请回复「收到 #{no}」签收。"
REOPENED_CHIEF = "#{no} 居民反映没有解决，已重新打开，由{holder}负责。"
NOT_REPORTER = "只有 #{no} 的反映人可以评价。"
RATE_HOW = "请回复「评价 #{no} 1」（1 满意 / 2 基本满意 / 3 不满意）。"
NOTHING_TO_RATE = "您目前没有待评价的工单。"
RATE_CLOSED = "#{no} 的评价期已过，如问题仍在，请重新说明问题。"

# hand over / return / recolor
TRANSFERRED = "#{no} 已转交{to}负责。"
TRANSFER_NOTIFY = "#{no}（{color}·{category}）{place}由{who}转交您负责：{text}\n请回复「收到 #{no}」签收。"
TRANSFER_WHO = "请写明转交给谁，如「转交 #{no} @张三」或「转交 #{no} 物业」。"
TRANSFER_UNKNOWN = "没有找到「{name}」，请@对方或写配置里的单位名（{units}）。"
TRANSFER_SAME = "#{no} 已由{to}负责。"
RETURNED = "#{no} 已退回（{who}）：{reason}"
RETURN_REASON = "请写明退回原因，如「退回 #{no} 重复反映」。"
RECOLORED = "#{no} 紧急程度改为{color}（{who}），时限重新计算。"
RECOLOR_HOW = "请写明颜色，如「改色 #{no} 红」（红/橙/黄/蓝）。"
RECOLOR_SAME = "#{no} 已是{color}。"
CHIEF_ONLY = "只有网格长和社区工作人员可以{action}。"

# lists
TODO_HEADER = "您的待办（{n}件）："
TODO_LINE = "#{no} {color}·{category}｜{state}｜{left}"
TODO_NONE = "您目前没有待办工单。"
TIME_LEFT = "剩{t}"
TIME_LATE = "已超时{t}"
STATS = ("{period}统计：共{total}件（{colors}）\n{states}\n"
         "按时签收率{ack_rate}，按时办结率{resolve_rate}\n平均签收{ack_avg}，平均办结{resolve_avg}")
PERIOD_NAMES = {"today": "今天", "week": "本周"}
NO_DATA = "—"

# who is who (公示牌)
WHOIS = "{place}：楼栋长 {leader}；网格长 {chief}；社区 {office}"
WHOIS_NOBODY = "暂无"
WHOIS_WHERE = "请在楼栋群里发「找谁」查看本楼楼栋长和网格长。"

HELP_RESIDENT_MORE = "\n找谁：发「找谁」查看本楼楼栋长和网格长。\n评价：工单处理完后回复 1/2/3。"
HELP_RESPONDER_MORE = ("\n转交：转交 #12 @某人 / 转交 #12 物业　退回：退回 #12 原因\n"
                       "待办：发「待办」　找谁：发「找谁」")
HELP_CHIEF_MORE = "\n改色：改色 #12 红　统计：统计 今天 / 统计 本周"


def age_text(minutes: float) -> str:
    m = int(minutes)
    if m < 60:
        return f"{max(m, 0)}分钟"
    if m < 1440:
        return f"{m // 60}小时{m % 60}分" if m % 60 else f"{m // 60}小时"
    return f"{m // 1440}天{(m % 1440) // 60}小时" if m % 1440 >= 60 else f"{m // 1440}天"

# ---- scheduled broadcasts and digests ----------------------------------------------------
WEEKDAYS = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
DATE_SHORT = "{m}月{d}日"
BROADCAST_SCHEDULED = "已安排通知 {id}：{when}发往{where}。取消请发「取消通知 {id}」。"
BROADCAST_SENT_NOW = "通知已发往{where}。"
BROADCAST_LIST_HEADER = "待发通知："
BROADCAST_LIST_LINE = "{id}. {when}｜{text}｜{where}"
BROADCAST_LIST_EMPTY = "目前没有待发的通知。"
BROADCAST_CANCELLED = "通知 {id} 已取消。"
BROADCAST_WHEN_ONCE = "{date} {time}"
BROADCAST_WHEN_REPEAT = "每次{rule}，下次{date} {time}"
BROADCAST_FROM_CONFIG = "（配置文件）"
BROADCAST_NOT_ALLOWED = "只有社区工作人员可以发通知；网格长只能发往本网格的群。"
BROADCAST_PAST = "{when}已经过去了，请换一个以后的时间。"
BROADCAST_UNKNOWN_PLACE = "不认识「{name}」，请写楼栋名（如 @3号楼）、网格名或 @全部。"
BROADCAST_NO_PLACE = "请用 @3号楼、@第一网格 或 @全部 写明发往哪里。"
BROADCAST_NO_TEXT = "请写上通知内容，如「通知 明天8:00 停水 @3号楼」。"
BROADCAST_BAD_TIME = {"bad_time": "时间写得不对，请写成 8:00 或 8点半。",
                      "bad_date": "日期写得不对，请写成 11月30日 或 明天。",
                      "no_time": "请写明几点，如「明天8:00」。"}
BROADCAST_NO_SUCH = "没有待发的通知 {id}，发「通知列表」查看编号。"
BROADCAST_IS_CONFIG = "通知 {id} 写在配置文件里，请在 config.yaml 中修改。"
BROADCAST_NEED_ID = "请写明编号，如「取消通知 3」。"
REPEAT_RULES = {"daily": "每天", "weekly": "每周", "monthly": "每月", "other": "定时"}

DIGEST_MORNING_HEADER = "早安，{name}。您负责的未办结工单 {n} 件："
DIGEST_MORNING_LINE = "{icon}#{no} {category}{place}｜{state}｜{due}"
DIGEST_DUE_LEFT = "{what}还剩{left}"
DIGEST_DUE_OVER = "{what}已超时{over}"
DIGEST_DUE_WHAT = {"ack": "签收", "resolve": "办结"}
DIGEST_WEEKLY_HEADER = "【本周工单】{start}—{end} 新增 {n} 件"
DIGEST_WEEKLY_COLORS = "按紧急程度：{parts}"
DIGEST_WEEKLY_STATES = "按状态：{parts}"
DIGEST_WEEKLY_ONTIME = "按时签收 {ack}　按时办结 {resolve}"
DIGEST_WEEKLY_OPEN = "尚未办结（含以前的）：{n} 件"
DIGEST_WEEKLY_SLOW = "最慢：{items}"
DIGEST_WEEKLY_SLOW_ITEM = "#{no} {category} {age}"
