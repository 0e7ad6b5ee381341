"""Chatter told beside a problem, and a few requests no cue list foresaw (read by chatter.py and vocab_data.py).

Words are written in Mandarin: every message is folded first (dialect.py: 冇计 -> 没计, 都系咁 -> 也是这么,
莫/唔好/覅 -> 不要 where the dialect shows). Pure data; chatter.py holds the rules that read the patterns.
"""
from __future__ import annotations

# fmt: off
# --- safety advice shouted to the neighbours ("别开灯别打火 开窗", "莫在楼道里打电话"): what to do or not do
# while a danger is dealt with. A prohibition, then the thing not to touch or do.
PROHIBIT = r"(?:千万|都|先|也)?(?:别|不要|莫|勿|不许|唔好|切勿)"
# ...whatever is not to be touched must be a spark, a switch or a call near gas, or going near the danger.
SPARKS = ("灯", "火", "门铃", "电话", "开关", "电器", "电梯", "电掣", "排风", "抽油烟", "烟机", "插头", "靠近", "过去",
          "进去", "上楼", "下楼", "用电", "明火", "抽烟")
# Opening the windows, going out, standing clear: the other half of the same advice.
OPEN_UP = r"(?:开窗|把?[^\s，。！？,.!?]{0,4}?窗[户子]?(?:全部|都)?(?:开开|打开)|开门开窗|通风|通通风|出来|下楼)"
# Lead words an advice clause may start with.
ADVICE_LEAD = r"(?:大家|各位|都|先|赶紧|赶快|快|快点|马上|千万)*"

# --- a bystander who saw or heard it too and tells only what they themselves (or a responder) are doing
# (not "没看到 / 没见到": someone not seen for days is a person to check on)
WITNESS = r"(?<![没未])(?<!没有)(?:看到|看见|瞧见|听到|听见|见到)了?"
OWN_ACTION = (r"我(?:先|就|马上|这就|赶紧|已经|正)?(?:上去|下去|过去|去敲|去看|去喊|去叫|去找|出去|把|喊|叫|打了|报了)"
              r"|(?:已经|刚)?(?:打了|报了)(?:119|110|120)|(?:赶紧|只好|就)?绕(?:路|开|着走|道)"
              r"|(?:楼长|保安|物业|师傅|网格员|网格长|管家)(?:已经)?(?:在|正在)?(?:往|赶|跑|过去|下去|上去|来了|到了)"
              r"|我(?:先|就|正)?(?:在[^\s，,。！!？?]{1,5})?(?:拦着|守着|盯着)")
# ...a person seen or heard (someone down, crying, breaking in, sitting on a railing) is the report itself:
# a bystander going to them tells of a person in trouble, not chatter beside a thing (nor a joke about them).
PERSON_SEEN = ("有人", "个人", "两个人", "几个人", "人在", "人倒", "大爷", "大妈", "阿姨", "老太", "老头", "老爷子", "老人",
               "老伴", "小孩", "孩子", "娃", "婴儿", "醉汉", "酒鬼", "流浪汉", "我妈", "我爸", "那家", "他家", "她家")
# ...what a person is doing that shows the trouble (for a laugh: "笑死 醉汉躺在路中间" is still a person in the road)
IN_TROUBLE = ("倒在", "倒地", "躺在", "趴在", "掉进", "掉下", "摔", "栏杆", "窗台", "窗外", "窗户外", "阳台外", "楼顶", "天台",
              "哭", "在喊", "直喊", "大喊", "喊叫", "喊救命", "哼", "叫唤", "撬",
              "偷", "鬼鬼祟祟", "困在", "卡在", "路中间", "马路上")
# ...a responder who came and went while the fault goes on is a complaint ("师傅来了又走了 还是黑的")
STILL_WRONG = ("又走了", "就走了", "走了还", "还是", "还没", "到现在", "也不理", "不理", "没用", "没人开门")
# ...an ask in the same message keeps it a report ("我也看见了 赶紧让他拔了吧").
STILL_ASKS = ("?", "？", "吗", "帮", "麻烦", "能不能", "快来", "快点", "赶紧让", "赶紧叫", "让他", "叫他", "管管", "救",
              "谁有")

# --- a neighbour joining what others do about it, knocking on the door too ("我也去敲了", "我也上去敲门"): they
# check on the household themselves, asking nothing
JOINS_IN = r"我也(?:刚|已经|先|跟着)?(?:上去|下去|过去|去)?敲(?:了|门|过|他家|她家|那家)" \
           r"|我(?:正|已经|还)?在敲(?:门|他家|她家|那家)" \
           r"|(?:我|俺)(?:也|先|马上|这就|现在)?(?:下楼|上楼|上去|下去|过去|出去|去)[^\s，,。！!？?]{0,5}(?:帮忙|帮着)(?:找|搜|寻)"
# (...or is knocking now: "我在敲门了 他家老人耳朵背"; or goes out to help the search: "我下楼帮着找", "俺去广场那头帮忙找")
# ...unless the knock met silence or a need is told: then it is the household's welfare reported
# ("我也去敲了 没人应 得找人来开门", "灯也几天没开了", "要不报警吧")
JOINS_IN_NOT = ("没动静", "没有动静", "没声", "没人应", "没人答应", "不应", "没人开", "没反应", "没开", "没亮", "几天", "好几天",
                "得找", "要找", "找人", "来开门", "开锁", "报警", "要不", "怎么办", "咋办", "担心", "不放心",
                # ...or the household not seen for days, or no one opening, or a cry inside ("我还在敲门 老太太三天没出门了")
                "天没", "天都没", "没出门", "没见", "没下楼", "不开", "没人理", "没回应", "哭", "喊", "救命")
# A person, not a thing, after "whose" (谁家的小孩一个人在哭 快来领): a child or an old person alone is no lost
# property to be claimed
OWNER_OF_PERSON = r"谁(?:家|的)的?(?:小孩|孩子|娃|宝宝|小朋友|老人|老太|老头|大爷|奶奶|爷爷|姥姥|外婆)(?!的)"

# --- advice to the whole group, opening the message: "大家进出先走旁边的门", "各位这几天出门抬头看一下", "大家都别
# 出门了" — what the neighbours should do, not a report to anyone (read only where no problem cue was found)
ADVICE_TO_ALL = r"^(?:大家|各位(?:邻居|街坊|业主)?|邻居们)[^\s，,。！!？?；;]{0,10}?(?:别|不要|莫|勿|先走|绕|抬头|注意|小心|当心|记得|尽量)"

# --- how to mend it oneself, told to a neighbour: a step with a tool or a valve, or "try it" to close
# ("拿起子拧开 出水了再拧上", "放放气试试", "换两节电池试试"); not what the writer met ("拧开龙头一滴都没有")
DIY_STEP = r"(?:起子|改锥|螺丝刀|扳手|钳子)[^\s，,。！!？?]{0,2}拧|再拧[上紧]|拧开放|放放气|放一放气|[^\s，,。！!？?]{2}试试看?[吧呗嘛哈啊~～]*$"
# ...a threat is no advice ("你再说一句试试", "你再在群里阴阳怪气试试")
DIY_NOT: tuple[str, ...] = ("你再", "有本事")
# ...nor the writer's own try that failed ("我拿扳手拧了也没用 一直在滴"), nor a fault of their own told as
# going on ("门禁卡刷不开 重新录一下试试"); a fault told as a condition is the neighbour's case ("不热的话放放气试试")
DIY_TRIED = ("没用", "不管用", "不好使", "不行", "还是", "我拿", "我用", "我试", "试过", "试了")
DIY_FAULT = r"[刷拧打关锁插推拉按转点]不[开紧上动住进着亮]|一直在?[滴漏响冒]"
DIY_IF = ("的话", "如果", "要是", "万一")

# --- a lament: "这电梯迟早要了我的老命" grumbles, it asks nobody (an ask beside it still asks)
# (also "ours" and the northern 俺: 要了我们老命 is Wu 要了阿拉老命 folded); "about to be angered into a heart
# attack" (气出心脏病来了, 要气出心脏病) is the same hyperbole, its heart word masked for red (MASKS below); a heart
# attack told as what happened (气出心脏病了 送医院) stays red
LAMENT = r"要了?(?:我们|我|俺|人)的?老?命|(?:要|快)?气出(?:心脏病|高血压|病)来"
# ...it grumbles over a fault's record (一个月坏三回, 两年坏了八回, 迟早 / 早晚 要了我的命) or a chore (爬十二楼); a fault
# told as going on now is the request itself: 又坏了, 停了三天了, 不热, 吵得 / 熏得 / 冻得 (要了我的命)
FAULT_NOW = r"又(?:坏|停|不|没|困|漏|堵|卡|断|跳|冒|臭|吵|在)" \
            r"|(?:停|坏|漏|堵|断|没电|没水|没气)[了掉]?(?:[一二三四五六七八九十两几半\d]+|好几)(?:天|个?星期|周|个?礼拜|个?月|小时)" \
            r"|不热|不亮|不动了|不出水|没水|没电|没气|没暖气|[吵熏冻臭呛震闷]得|[吵熏冻臭呛]死"

# ...the record itself: a count of times (一个月坏三回, 两年坏了八回, 修了五六次); a problem the rules find beside a
# lament with no such count is told as a report
FAULT_RECORD = r"[一二三四五六七八九十两几\d]+(?:回|次|趟)"

# --- a neighbour pointing another to whom to ask, opening the message: "找热力啊 物业管不了暖气", "直接找供电所吧" —
# an answer in the chat, no report (a question after it still asks: "找物业吗？")
POINT_TO = r"^(?:那|这)?(?:你|您|你们|得|要|该|直接|应该|还得|只能)?找(?:物业公司|物业|热力公司|热力|供暖公司|供热公司|供电局" \
           r"|供电所|电力公司|自来水公司|水务公司|水务|燃气公司|社区|居委会|居委|房管所|业委会|开发商|维保公司|维保|12345)" \
           r"(?:啊|呀|吧|去|嘛|问问|问一下|问下|说去)"

# --- a laugh: the message makes a joke of it
# ...but a wish told with a laugh is still a wish ("希望能加个乒乓球台 哈哈")
WISHES = ("希望能", "希望可以", "希望社区", "希望物业", "建议", "想要", "能加", "加个", "搞个", "办个")
# ...and so does heat told as a hyperbole ("我怀疑我要被烤熟了", "屋里跟蒸笼一样 热死了") naming no person and no fault
HEAT_JOKES = ("烤熟", "蒸熟", "烤化", "热化", "晒化", "蒸笼", "烤箱", "桑拿房", "热死了", "热死人")
# ...a fault told beside the heat is the report ("排风扇不转了 一进去跟蒸笼一样")
# ...or a question asked beside it ("屋里跟蒸笼似的 什么时候恢复供电")
HEAT_ASKS = ("什么时候", "啥时候", "几时", "多久", "几点", "咋", "怎么", "谁", "有没有", "能否", "可不可以")
HEAT_FAULTS = ("坏", "不转", "不制冷", "不凉", "不动", "故障", "罢工", "停电", "没电", "跳闸",
               # (or a thing not run or shut: "地下车库跟蒸笼一样 排风机一直没开", "通风口堵了")
               "没开", "不开", "打不开", "没人开", "堵", "不通", "关着", "卡")
LAUGHS = ("哈哈", "呵呵", "嘿嘿", "xswl", "笑死", "😂", "🤣", "😆", "😄", "😁", "🙃", "[偷笑]", "[捂脸]", "[破涕为笑]")

# --- resignation: "it is always / everywhere like that", "nothing to be done" (a remark, not an ask)
# 这样 / 这么 count only as the end of a remark (都这么久了, 都这么大岁数 are "so long", "so old"), and only where
# the remark is about everywhere or always, or gives up ("老小区嘛都这样 习惯了"): "我家也这样", "12楼也这样" is a
# me-too, "楼上那家天天都这样 摔东西" a complaint.
RESIGNED = r"(?:也|都)是?(?:这样|这么|这个样)(?=[啦啊呀嘛吧的了哦呢喇咯]*(?:[\s，。！？,.!?~～…]|$))" \
           r"|^[^\s，。！？,.!?]{1,4}是这么(?=[\s，。！？,.!?]|$)|没计|没辙|习惯了|认命了?" \
           r"|能用就(?:先)?用着|(?:凑合|将就)着?用|不就[^\s，。！？,.!?]{1,4}[么嘛]"
# ...a 这样 remark needs one of these in the message (a giving up, or "everywhere", "every year")
RESIGNED_SO = ("没计", "没辙", "习惯了", "认命", "没办法", "没法子", "能咋办", "能怎么办", "算了", "到处", "哪里都", "哪都",
               "哪儿都", "处处", "家家", "边度", "全国", "老小区", "每年", "年年", "向来", "历来", "一向", "从来")

# --- adverts in words the older lists lacked
ADVERT: list[str] = ["价格公道", "价钱公道", "价格实惠", "价格优惠", "随叫随到", "本人承接", "承接各种", "街坊价"]

# --- a weather moan: a breathing cue after 闷得 / 闷到 is the heat, not a person in danger (as 热得, 晒得), but only
# where the weather is named: "胸口闷得喘不上气", "电梯里闷到透不过气" are a person who cannot breathe (red.py)
STUFFY: tuple[str, ...] = ("闷得", "闷到")
HYPOTHETICAL: list[str] = list(STUFFY)
WEATHER: tuple[str, ...] = ("天气", "这天", "鬼天", "天太", "天好", "天热", "热", "黄梅", "梅雨", "回南", "桑拿", "气温",
                            "温度", "度高", "下雨", "要下雨", "雷雨", "台风", "夏天", "三伏", "伏天")

# --- a fix told as the end of an outage ("停水结束了 水来了")
FIXED: list[str] = [f"{o}+{e}" for o in ("停水", "停电", "停气", "检修", "施工") for e in ("结束了", "结束啦")]
# --- pests gone after a neighbour's own remedy ("蟑螂药我撒了一圈 两天没看见了"): told as over, nothing asked
# (the pest named: 老人的降压药没见到了 is a medicine missing, not a remedy that worked)
_PESTS = ("蟑螂", "小强", "鼠", "耗子", "蚂蚁", "蚊子", "苍蝇", "臭虫", "跳蚤", "虫")
FIXED += [f"{p}+{r}+{g}" for p in _PESTS for r in ("药", "粘板", "贴板", "夹子", "笼子") for g in ("没看见了", "没见到了", "没再看见", "没再见到",
                                                                          "再没见", "没见着了", "都死了", "死光了")]

# --- where to get a lost or broken thing replaced: a question about a service
QUESTION_OFFICE: list[str] = ["去哪补", "在哪补", "哪里补", "上哪补", "去哪配", "在哪配", "哪里配", "去哪换", "哪里换",
                              "去哪补办", "哪里补办"]

# --- "可以排后些" (it can be fitted in later): no "OK" inside; a branch that fell (Cantonese 跌咗 -> 跌了)
MASKS: list[str] = ["可以排后", "可以晚点", "可以晚些"]
# angered into a heart attack: a hyperbole, nobody's heart failing (a real attack is told by its state: 心脏病犯了)
MASKS += ["气出心脏病来", "要气出心脏病", "快气出心脏病", "气得心脏病都要"]
GREENERY_MORE: list[str] = [f"{b}+{f}" for b in ("树枝", "树杈", "树") for f in ("跌了", "跌下", "掉下来了")]

# --- a bill paid through an app or a card that never reached the account: the supply is about to be cut
_BILLS = ("水电费", "电费", "水费", "燃气费", "煤气费", "电卡", "水卡", "燃气卡", "气费")
_FAILED = ("失败", "没到账", "不到账", "未到账", "没有到账", "没充上", "充不上", "交不上", "缴不上")
BILL_FAMILY: dict[str, dict] = {
    "bill_payment": {"color": "yellow", "category": "utilities", "note": "a supply bill paid but not credited",
                     "cues": [f"{b}+{f}" for b in _BILLS for f in _FAILED]},
}
# fmt: on
