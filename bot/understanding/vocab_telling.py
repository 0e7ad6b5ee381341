"""How a message tells of a danger, and welfare dangers told without a danger word (pure data).

A danger word is not always a danger here and now. These word lists say how it is told
(used by red.py and the classifier; every list is extendable from config.yaml, see config.py):

- ``HEARSAY``: news forwarded or a story from somewhere else ("网上看到", "外地有个小区"):
  the problem words after it are about another place, until the text turns back here (``HERE``).
- ``LAW``: a statement about the law ("高空抛物可以报警的", "砸到人要坐牢"): in its clause a
  danger word names an offence, not an event.
- ``RISK_NEAR``: a present hazard on its way to a danger, stated as near or as good as certain
  ("快挨着电线了", "这不得着火吗"): the danger is a stated risk (orange), not a fact.
- ``LUCKY``: a past near miss that harmed no one ("好在没砸着人") told with a past day (``PAST_DAY``).
- ``ON_SCENE``: responders are already there ("消防车到了"): a neighbour's live update about an
  emergency being handled is not a new request (unless it asks for help).

Then the welfare dangers: a person in danger told by the circumstances rather than a
danger word (a lone parent out of reach for days, a door locked from inside and no answer,
someone unresponsive in the freezing cold, life support in a power cut).
"""
from __future__ import annotations

# fmt: off
# A forwarded message marker counts at the start of a message only ("麻烦转发给物业" asks to pass it on).
FORWARDED: list[str] = ["转发", "(转)", "【转", "转自", "转载", "转:", "[转"]
FORWARDED_WITHIN = 8
HEARSAY: list[str] = [
    "网上看", "网上说", "网上刷到", "网上有", "新闻上", "新闻里", "新闻说",
    "看新闻", "看到新闻", "据报道", "朋友圈看到", "朋友圈里", "朋友圈转", "抖音上", "快手上", "视频号", "外地有个",
    "外地一个", "外地有", "外省", "外市", "某地", "某小区", "某市", "某县", "别的小区", "其他小区", "人家那个小区",
    # another compound told as news (听说…有个小区, 别个小区 in the southwest, 人家小区); not 隔壁小区: the compound next
    # door is near, its fire reaching here now ("隔壁小区着火了 火都烧到我们楼了") is a danger here
    "有个小区", "有一个小区", "有个楼盘", "别个小区", "人家小区", "外面有个小区",
    # ...the compound next door only told of a day gone or heard of ("隔壁小区前天电瓶车起火", "听说隔壁小区…")
    *[f"{w}隔壁小区" for w in ("听说", "前天", "昨天", "上次", "上回", "去年", "前年", "前几天", "以前")],
    *[f"隔壁小区{w}" for w in ("前天", "昨天", "上次", "上回", "去年", "前年", "前几天", "以前", "上个月", "上周")]]
# Of those, the ones that name another place: a building number after them is that place's, not ours.
OTHER_PLACE: tuple[str, ...] = ("外地", "外省", "外市", "某地", "某小区", "某市", "某县", "别的小区", "其他小区",
                                "人家那个小区", "有个小区", "有一个小区", "有个楼盘", "别个小区", "人家小区")
# A clause after a story that runs to the end of the message is about here when it says "now" (or names a place of
# this community, location.py): "网上说外省有人被困电梯 这会儿二单元电梯里头关着个人". Not 正在 (the news' own
# rescue: "消防正在扑救"), nor 这会 alone (这会不会). 而家 / 宜家: Cantonese "now"; 这阵儿: northern "right now".
NOW_HERE: tuple[str, ...] = ("这会儿", "这会子", "这阵儿", "现在", "此刻", "眼下", "刚才", "刚刚", "方才", "而家", "宜家")
# The text turns back to this place after a story from elsewhere.
HERE: list[str] = ["咱们", "咱小区", "咱楼", "我们小区", "我们楼", "我们这", "本小区", "我家", "我们家", "咱家", "俺们",
                   "咱院", "咱大院", "咱这", "俺这", "俺家", "我们院", "对门"]
LAW: list[str] = [
    "可以报警", "能报警", "是违法", "违法的", "属于违法", "犯法", "坐牢", "判刑", "入刑", "法律规定", "刑法", "要负责任",
    "要担责", "追究责任", "是犯罪", "要拘留", "会被拘"]
RISK_NEAR: list[str] = [
    "这不得", "那不得", "还不得", "不就得", "早晚得", "迟早得", "早晚要", "迟早要", "早晚会", "迟早会", "非得",
    "快挨着", "快挨到", "快碰到", "快要碰到", "快要挨着", "快贴到", "快贴着", "快压到", "快搭到", "眼看要", "眼看就要"]
LUCKY: list[str] = ["好在没", "幸好没", "还好没", "幸亏没", "所幸没", "万幸没", "好在人没", "幸好人没", "还好人没"]
LUCKY += [f"{w}{where}没" for w in ("好在", "幸好", "还好", "幸亏", "万幸") for where in ("下面", "底下", "楼下")]
PAST_DAY: list[str] = ["前天", "昨天", "昨晚", "前几天", "上周", "上礼拜", "上个月", "那天", "上次", "上回", "去年",
                       "前年", "上个礼拜", "前两天", "前些天", "前几日", "前两日", "上星期", "上个星期",
                       # yesterday and the day before in regional speech (昨日 / 前日 in Wu, Min and Cantonese, 昨儿 /
                       # 前儿 / 昨个 in the north, 夜来 in Shandong), and a named weekday: one names the day a thing
                       # happened, not today ("我妈礼拜三摔了一跤")
                       "昨日", "前日", "昨儿", "前儿", "昨个", "夜来", "前晚", "大前天",
                       *[f"{w}{d}" for w in ("礼拜", "星期", "周") for d in "一二三四五六日天"]]
ON_SCENE: list[str] = [
    f"{who}{arr}" for who in ("消防车", "消防员", "消防的人", "消防", "救护车", "120", "110", "警察", "民警", "派出所的人",
                              "物业的人", "保安", "电工", "维修的", "师傅")
    # (on their way: "120在路上", "救护车已经在路上了": in hand when staff or a leader says it; from a resident
    # only once the person is told reached, ON_WAY / TENDED below)
    for arr in ("到了", "来了", "刚到", "已经到了", "已经来了", "已经到", "在现场", "在路上", "已经在路上")] + [
    "拉了警戒线", "拉起了警戒线", "拉上警戒线了", "我在门口守着", "我在这守着", "我在门口看着",
    "正在灭火", "在灭火", "已经在救", "正在救", "正在抢修", "人都下来了", "人都出来了", "都撤出来了", "已经疏散", "在疏散"]
# ...but responders only on their way ("120在路上") leave a resident's danger unattended: a live update only
# once the person is told reached or tended ("人扶起来了 120在路上"); else it is the danger reported
# ("我爸晕倒了 叫了120在路上 还没醒", "着火了 消防车在路上 浓烟很大")
ON_WAY = "在路上"
TENDED: tuple[str, ...] = ("扶起来", "扶起了", "撬开", "救出来", "救下来", "抬出来", "抬下来", "还能说话", "能说话", "醒了",
                           "有意识", "止住", "灭了", "扑灭", "人没事", "守着", "陪着", "在旁边看着")
# A live update that still asks for help stays a request.
STILL_ASKS: list[str] = ["快来", "谁来", "来人", "来帮", "帮忙", "救命", "还没到", "没来", "怎么还", "咋还", "需要人"]
# ... and so does one that says, after the responders arrived, that the danger goes on or they cannot end it.
GOES_ON: list[str] = ["也没用", "没有用", "没办法", "还困", "还在", "打不开", "弄不开", "出不来", "进不去", "越来越",
                      "但是", "可是", "不过", "被电", "受伤", "流血", "哭"]

# Welfare dangers ---------------------------------------------------------------------------------
_PARENT = ("我妈", "我爸", "我母亲", "我父亲", "老母亲", "老父亲", "老娘", "老爹", "我奶奶", "我爷爷", "我外婆", "我外公",
           "我姥姥", "我姥爷", "我家老人", "家里老人", "我婆婆", "我公公", "老人家")
_UNREACHED = ("没人接", "都没人接", "打不通", "联系不上", "联系不到", "不接电话", "电话不接", "不回消息", "没回消息",
              "没回微信", "不回微信", "关机", "没接电话", "一直没接", "也不接")
_CHECK_ON = ("敲门", "敲敲门", "敲个门", "敲一下门", "去看看", "看一眼", "去看一下", "上去看", "去家里", "上门看", "帮忙看",
             "两天", "三天", "好几天", "几天", "一天一夜", "一整天", "昨天到现在", "从昨天")
_ALONE = ("独居", "一个人住", "自己住", "孤寡", "空巢", "一个人过", "独自住", "独自在家", "一个人在家")
_KNOCKED = ("敲门", "敲了门", "刚敲了", "敲了也", "敲了半天", "敲半天", "敲了好久", "敲了好几次", "敲了几次", "敲他家", "敲她家", "拍门",
            "拍了半天", "叫门", "喊门", "按门铃", "按了门铃", "门从里面反锁", "门反锁", "里面反锁", "从里面锁",
            # a person locked in from inside and silent ("我家老人反锁在屋里没声音了")
            "反锁在屋里", "反锁在家里", "反锁在里面", "反锁在屋头", "反锁在房里", "反锁在房间")
_SILENCE = ("没人应", "没人开", "没反应", "没动静", "不开门", "没回应", "没人答应", "没声音", "没人理", "没人出来")
_COLD = ("零下", "冻得", "冻僵", "冰天雪地", "雪地里", "雪地上", "大冷天", "天寒地冻", "冷风里", "发抖", "哆嗦", "打颤", "冻坏")
_UNRESPONSIVE = ("不吭声", "不应声", "叫不应", "喊不应", "叫他也不", "叫她也不", "喊他也不", "喊她也不", "问他也不",
                 "问她也不", "问话也不", "也不答", "不答话", "也不应", "没应声", "不搭腔", "说不出话", "迷迷糊糊", "神志不清", "意识不清", "不省人事", "叫不醒")
_SOMEBODY = ("老人", "大爷", "大妈", "老头", "老太", "奶奶", "爷爷", "有个人", "一个人", "有人", "男的", "女的", "流浪",
             "喝醉", "喝多")
_LIFE_SUPPORT = ("制氧机", "吸氧机", "呼吸机", "氧气机", "供氧机")
# Said to be unable to do without it: a power cut is then an emergency (told only as a need, it is orange).
_CANNOT_DO_WITHOUT = ("离不开", "离不了", "不能断", "断不得", "不能停", "停不得", "全靠", "一直靠", "靠着它", "一刻也离", "一会儿都离",
                      "一会也离", "一直吸着", "24小时", "二十四小时")
_POWER_CUT = ("停电", "没电", "断电", "停了电", "没有电", "来电", "恢复供电", "电断", "断了电", "断多久", "停多久")

WELFARE_RED: dict[str, list[str]] = {
    "alone_silent": [f"{u}+{p}+{c}" for u in _UNREACHED for p in _PARENT for c in _CHECK_ON]
    + [f"{a}+{u}" for a in _ALONE for u in _UNREACHED]
    + [f"{k}+{s}" for k in _KNOCKED for s in _SILENCE],
    "person_down": [f"{c}+{u}+{s}" for c in _COLD for u in _UNRESPONSIVE for s in _SOMEBODY],
    "life_support": [f"{d}+{n}+{p}" for d in _LIFE_SUPPORT for n in _CANNOT_DO_WITHOUT for p in _POWER_CUT],
}
# Someone who cannot do without a breathing machine in a power cut: red, even asked as a question
# (a power cut told only as a need of the machine stays orange care, see care_urgent).
LIFE_SUPPORT_FAMILY = {"color": "red", "category": "care", "note": "life support without power", "cues": []}

# Harmless things someone does in a lift: "电梯里有人吐了" is a mess to clean, nobody is trapped.
_IN = ("里", "里面", "里头", "里边")
_DOES = ("吐", "呕", "抽烟", "吸烟", "尿", "小便", "大便", "拉屎", "乱扔", "扔", "贴", "乱画", "画", "刻", "吃", "遛狗",
         "带狗", "放", "丢", "吵", "说话", "聊天", "打电话", "拍照", "唱歌", "的快递", "的东西")
MASKS: list[str] = [f"{lift}{i}{s}{d}" for lift in ("", "电梯", "轿厢") for i in _IN for s in ("有人", "有个人", "有人在", "有个人在") for d in _DOES]
# ...told with the person first ("还有人在里头抽烟"): the same harmless doing, nobody held there.
MASKS += [f"{s}{i}{d}" for s in ("有人在", "有个人在", "有人躲在", "有人蹲在") for i in _IN for d in _DOES]
# "这回可不是误报": a denied false alarm is a real alarm.
FIXED_DENIAL_BEFORE: list[str] = ["不是", "并非", "不算", "绝非",
                                  "太"]     # "太亮了" is too bright, not the light back on
# "被人锯掉了" is vandalism, not a fix, when the verb destroys; "被人修好了", "被人通了" stay fixes.
FIXED_BY_SOMEONE: str = "被人"
DESTROYING: tuple[str, ...] = ("锯", "拆", "剪", "偷", "砸", "砍", "撬", "拔", "割", "扯", "撕", "拿走", "搬走", "挖", "弄坏",
                               "踢", "掰", "铲", "刨", "推倒", "烧")
# A present-tense marker: a past near miss told with one of these is still there now.
NOW: list[str] = ["现在", "还在", "又", "今天", "刚才", "刚刚", "正在", "还有", "还挂着", "还悬着", "还翘着"]
# A reassurance in a message the rules read as no request ("人没事", "里面没人"): the model reads no danger into it.
REASSURED: list[str] = ["没事", "里面没人", "没人在里面", "没人受伤", "没受伤", "不哭了", "人出来了", "没有人", "安全了",
                        # a smell said to be gone now
                        "现在没味了", "现在没味道了", "已经没味了", "没有味了", "味道散了", "味儿散了", "闻不到了",
                        # a hurt person judged not seriously hurt (a neighbour who is a doctor or nurse, a relative back
                        # from hospital): "估计问题不大", "没什么大碍"
                        "问题不大", "没大碍", "无大碍", "没什么大碍", "没啥大碍"]
# Saying one does not know, in a short message naming no problem, answers a neighbour ("我也不知道啊").
# Matched on the text as written (not dialect folded: 唔知 must not become a bare 不知).
IGNORANT: list[str] = ["不知道", "不清楚", "不晓得", "晓不得", "唔知", "不了解", "没听说", "冇听讲"]
# Keeping people away while a responder asks for a repairer ("已经报了 大家别靠近"): a precaution, not handling.
PRECAUTION: list[str] = ["别靠近", "不要靠近", "别过去", "不要过去", "远离", "离远点", "绕着走", "绕开", "别碰", "不要碰"]
# A consequence said to be serious after the danger ("掉下去可不是开玩笑的"): a warning, not an event.
WARNING_AFTER: list[str] = ["可不是开玩笑", "不是开玩笑的", "不是闹着玩", "可不是闹着玩", "后果不堪设想"]
# A danger named as what someone waits for before acting ("要等着火了才管?", "非得等人摔了才修"): a rhetorical
# risk, not an event. The wait word comes before the danger in its clause, the "only then" after it.
WAIT_BEFORE: tuple[str, ...] = ("要等", "非要等", "非得等", "难道等", "难道要等", "就等着", "等出了")
ONLY_THEN: tuple[str, ...] = ("才管", "才来", "才修", "才处理", "才有人", "才重视", "才会管", "才肯", "才理", "才搞", "才弄", "才整",
                               # ...or only then learn ("要等烧起来才晓得怕", "非要等出了事才知道厉害", "才后悔")
                               "才晓得", "才知道", "才后悔", "才当回事", "才会怕", "才怕", "才听")
# A person back home recovering ("刚出院", "在家养着"): the injury is past, the need is care today (orange).
RECOVERING: list[str] = ["刚出院", "出院了", "出院回家", "术后", "在家养着", "在家躺着", "养伤", "在家休养", "恢复期"]
# An e-bike or tricycle charging in a lobby or stairwell all night.
_EBIKES = ("电三轮", "电动三轮", "三轮车", "电动车", "电瓶车", "电车", "电摩")
_CHARGING = ("插着电", "充一宿", "充了一宿", "充一晚", "充了一晚", "充一夜", "充了一夜", "在充电", "充着电", "接着电")
_INDOOR = ("大厅", "楼道", "走廊", "楼梯", "门厅", "过道", "电梯口", "大堂")
EBIKE_CHARGING: list[str] = [f"{c}+{e}+{i}" for c in _CHARGING for e in _EBIKES for i in _INDOOR]
# Winter and household faults that are more than a nuisance (orange), and planned outages asked about.
_PIPES = ("水管", "管子", "水管子", "管道", "下水管", "暖气管")
_ICY = ("全是冰", "都是冰", "一层冰", "净是冰", "冰溜溜")
ORANGE_MORE: dict[str, list[str]] = {
    "burst_pipe": [f"{p}+{f}" for p in _PIPES for f in ("冻上", "冻住", "冻裂", "冻爆", "冻实")],
    "railing": [f"{w}+{i}" for w in ("台阶", "门口", "路上", "道", "坡", "楼梯", "路面", "地面", "人行道") for i in _ICY]
    + [f"{g}+{b}" for g in ("玻璃", "钢化玻璃", "落地窗") for b in ("自爆", "炸裂")],
}
OUTAGE_QUESTIONS: list[str] = ["停水吗", "停电吗", "停气吗", "停暖吗", "停水不", "停电不"]
FUTURE_MORE: list[str] = ["今天下午", "今天上午", "今晚", "待会", "一会儿", "下礼拜", "下星期"]
# A leak caught in a basin is contained: a yellow fault.
SMALL_LEAK: list[str] = ["用盆接", "拿盆接", "拿桶接", "用桶接"]
# fmt: on
