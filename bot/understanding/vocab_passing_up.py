"""A leader or a grid chief passing a problem up to the office, in the words seen across communities.

Pure data (ESCALATE_MORE is added to ESCALATE below; passing_up.py, responders.py): an ask to the office to act ("社区能不能出面", "能不能约物业和维保",
"能不能列入维修计划", "请今天派人来修", "可唔可以安排人"), a proposal put to it ("建议社区统一排查"), an
application passed on for a resident ("想给他申请助餐", "申请纳入重点关爱"), or a resident's question about
a service carried up ("咋申请", "要哪些材料"). Words a leader says to the residents ("大家能不能...")
are not here: each names the office, an action the office takes, or a service it runs.
"""
from __future__ import annotations

# fmt: off
ESCALATE_MORE: tuple[str, ...] = (
    # the office asked to act
    "社区能不能", "社区能否", "社区可不可以", "社区能派", "办公室能不能", "居委能不能", "能否请", "可唔可以安排",
    "可唔可以申请", "可唔可以叫", "能不能协调", "能不能约", "能不能催", "能不能列入", "能不能上门", "能不能出面",
    "能不能今天派", "能不能今天找人", "能不能统一", "能不能社区", "能不能借社区", "能不能让公司", "能不能派", "能不能找人",
    "麻烦安排", "麻烦再报", "麻烦执法", "麻烦后勤", "请今天派", "派人来修", "请办公室", "督促一下",
    # the housing office of old Shanghai lanes (房管所, 房办) or the residents' committee asked by name; a
    # problem already reported asked to be followed through ("台风前报过的 麻烦落实一下")
    "麻烦房管所", "请房管所", "房管所来", "麻烦房办", "请房办", "麻烦居委", "请居委", "麻烦落实", "请落实", "尽快落实",
    # someone above asked to step in by name ("网格长出面管一下吧", "得物业出面处理"), or a service of the
    # office asked to do something for residents ("以后能不能让服务站每周送一次", "能否让物业派人")
    "出面管", "出面处理", "出面解决", "出面制止", "出面说", "出面劝",
    "能不能让服务站", "能不能让物业", "能不能让社区", "能不能让网格", "能不能让街道", "能不能让居委", "能不能让志愿者",
    "能否让", "可不可以让服务站", "可不可以让物业", "可不可以让社区",
    # a proposal or an application passed on
    "建议社区", "得给协调", "想给他申请", "想给她申请", "申请纳入", "想申请个", "申请临时",
    # a problem passed on as not urgent, to be fitted in later ("冇咁急，可以排后啲"): still to be done
    "可以排后", "排后些", "排后一点", "排到后面", "排在后面", "晚点再修", "晚些再修", "有空再修", "有空再来",
    # a resident's question about a service carried up, or households' questions ("好几户问", "有几家问")
    "几户问", "几家问", "多户问", "好些户问",
    "咋申请", "怎么申请", "要啥材料", "要哪些材料", "要什么材料", "要啥子材料", "谁清楚", "截止到哪天", "截止到几号", "截止到什么时候",
)
# fmt: on

# fmt: off
# A staff member who found a danger on rounds and asks a service to act on it now ("请物业马上拉警戒线",
# "麻烦工程部立即过来"): the service named, then a word of urgency within a few characters. Not the residents
# told to act ("请大家马上撤离": a notice) nor the staff's own handling ("已通知物业马上处理").
SERVICES_ASKED: tuple[str, ...] = ("物业", "工程部", "保安", "维修", "电工", "师傅", "燃气公司", "供电", "消防", "城管",
                                   "执法", "网格员", "网格长", "楼长", "社区", "街道", "施工方", "开发商", "物管", "房东",
                                   "管理处", "安保", "维保", "房管所")
ACT_NOW: tuple[str, ...] = ("马上", "立即", "立刻", "赶紧", "赶快", "尽快", "速", "抓紧", "现在就", "今天就")
ASK_OPENERS: tuple[str, ...] = ("请", "麻烦", "需要", "要求", "让")
# fmt: on

# fmt: off
# A leader / grid chief passing a resident's problem up to the office (a request), unless busy handling it.
ESCALATE = ("请协调", "协调一下", "帮忙协调", "能不能安排", "能不能给", "能不能派", "麻烦告知", "告知一下", "归谁管",
            "该谁管", "谁来管", "需要社区", "请社区", "社区出面", "出面调解", "麻烦社区", "请物业", "麻烦物业",
            "能不能跟", "能不能联系", "请联系", "帮忙联系",
            # relaying residents' asks up to the office ("9栋的居民问...", "有三户反映...", "报告：...")
            "居民问", "住户问", "业主问", "租客问", "居民反映", "住户反映", "业主反映", "户反映", "住户申请",
            "业主申请", "居民申请", "业主建议", "居民建议", "住户建议", "麻烦对接", "麻烦联系", "麻烦补", "麻烦明天",
            "能不能找人", "能不能请", "能不能发", "能不能先", "请尽快", "尽快安排", "请工程", "请维修", "马上处理",
            "尽快处理", "什么时候可以", "报告:", "报告：", "请派", "尽快派", "赶紧派", "马上派", "反映一下",
            # asking for hands or supplies for a resident ("麻烦哪位今天帮忙送一点过去", "请安排清洗")
            "请安排", "安排一下", "帮忙送", "送一下", "麻烦哪位", "哪位能", "哪位方便", "有没有志愿者", "志愿者能",
            "需要调", "麻烦采购",
            # asking the office to chase someone up or to issue more of something
            "社区帮忙", "帮忙催", "催一下", "给催催", "帮手催", "能再领", "能不能再领", "再发几", "能不能多发",
            # a works order to be filed ("得赶紧报个改造")
            "赶紧报个", "得报个", "报个改造", "申请改造") + ESCALATE_MORE

AUDIENCE = ("大家", "各位", "@所有人")

# Staff relaying a resident's report near the start of the message ("居民电话反映：…", "3栋楼长说…"):
# the problem is passed on for someone to act, not announced.
STAFF_RELAY = ("居民反映", "住户反映", "业主反映", "电话反映", "来电反映", "居民来电", "住户来电", "楼长说", "楼长反映",
               "网格员反映", "有居民问", "有住户问", "有个居民问", "有个住户问", "有位居民问", "有个业主问")

NOTICE_OPENINGS = ("【", "通知", "提醒", "@所有人", "各位")

# Not an ask passed up: planned work announced ("下午请电工来检修配电箱，到时候会停电"), an ask called off
# ("请电工先别去"), an answer to someone else's ask ("好的，请物业下午去看下") (passing_up.SCHEDULED_WHEN, responders).
SCHEDULED_WORK = ("停电", "停水", "停气", "到时候", "届时", "留人")

CALLED_OFF = ("别", "不用", "不要", "不必")

ANSWER_OPENINGS = ("好的", "好嘞", "收到")

# Said to the residents, not up to the office: an answer, a notice, a collection ("物业说下午派人来修 大家
# 别急", "申请临时停车证的到我这登记", "我问了，可以的").
TO_RESIDENTS = ("告诉大家", "通知大家", "跟大家说", "和大家说", "大家别急", "大家有啥", "大家可以", "大家注意", "到我这",
                "报给我", "找我报", "交给我", "我统一", "统一说", "回头通知", "我问了", "我去问", "我明天去问", "有结果",
                "物业说", "社区说", "通知说")
# fmt: on
