"""Words that say whose matter a problem is, beyond the cue that named it (matter.py).

- A question about a subsidy, a compensation or an insurance claim for a loss is a public-service
  question (affairs), whatever the loss was (a window, a fridge of food after an outage).
- Damages claimed for a loss (谁来赔, 要赔的), told as a complaint rather than asked as a service, are a
  claim (other): not the broken thing to repair; with a neighbour it is a dispute (as the rules read it).
- A question about a renovation programme (老旧小区改造: when it starts, whether a building is in it)
  is affairs too; the renovation of one supply line (电线改造, 燃气改造) stays that supply's.
- A trench dug open by works, with no cover or guard where people walk, is a hazard to guard
  (safety), not a drain cover to replace (facility: 井盖, 排水沟盖板).
- A mess a neighbour makes onto one's home (pigeon droppings on the sill, scraps on the awning), told
  after talking to them failed, or a mediation asked for it, is a dispute; a mess in a shared place
  the neighbour was only told of asks for cleaning (sanitation); a shop is not a neighbour to mediate.
- An open septic-tank or inspection-shaft lid told only by its smell is sanitation (yellow).
- Fire or smoke told with a part falling: the fire is what must be dealt with (safety).
- Power tools or works materials left where people walk, and worry about thieves or strangers, are
  safety.

Pure data.
"""
from __future__ import annotations

import re

# fmt: off
# --- affairs: claims and programmes (asked, i.e. blue)
CLAIM: tuple[str, ...] = ("补助", "补贴", "赔偿", "理赔", "保险+赔", "找谁赔", "找哪个赔", "哪个赔", "谁赔", "赔不赔",
                          "管赔", "找保险", "走保险", "报保险", "保险+报", "社区赔", "物业赔")
# ...asked as a question even where the loss reads as a fault (yellow / orange): "can insurance pay?", "the
# property office or the community, who pays?", "is there a disaster subsidy?"; not a claim made (谁来赔), not
# while the fault still goes on, not against a neighbour (a dispute)
CLAIM_ASKED: tuple[str, ...] = ("？", "?", "吗", "能不能", "可不可以", "有没有", "有冇得", "有莫得", "有冇", "怎么", "咋",
                                "么样", "多少", "还是", "能报", "哪里", "哪个", "找谁", "有消息")
# ...the channel of a claim, asked in the same clause (money_asked): a subsidy, an insurance, a reimbursement
CLAIM_CHANNEL: tuple[str, ...] = ("补助", "补贴", "保险", "理赔", "报销", "定损",
                                  "申请赔偿")   # (compensation applied for: a channel, not a party blamed)
# whom to claim from, whoever is named: "找物业还是找社区赔？", "找保险公司赔"
CLAIM_FROM = re.compile(r"找[^，。？！,.?!\s]{1,4}赔")
# ...a question of who pays is not asked of a channel when someone is asked to step in (a dispute), the repair
# itself is asked for, or the claim is made against someone (a complaint)
HOLD_CLAIM: tuple[str, ...] = ("调解", "评理", "出面", "协调", "说法", "来修", "修好", "能修", "谁来赔", "谁给赔",
                               "负责赔", "不肯赔", "不赔", "不认", "不承认", "不讲理",   # a party refusing: a dispute
                               # 保险 that is no insurance: a fuse, "to be safe", a safe
                               "保险丝", "保险起见", "保险柜", "保险箱")
# any claim or question of who pays for a loss or a repair (repeats: a question of its own, not one more report)
WHO_PAYS: tuple[str, ...] = ("找哪个赔", "找谁赔", "谁来赔", "谁赔", "谁给赔", "哪个赔", "赔偿", "损失", "赔不赔",
                             "出钱", "掏钱", "出这个钱", "掏这个钱",
                             # fees waived or refunded for the days a service was out ("停水那几天物业费能不能减免")
                             "减免", "免物业费", "退物业费", "退费", "补偿", "少交物业费")
PROGRAMME: tuple[str, ...] = ("改造", "旧改")
# a job asked for (有没有招保洁 想找个活干, 公益岗怎么报): employment, a public service (affairs), whatever the job is
# (a job word naming staff already hired, 招聘的保安 新招来的, is no job asked: see matter.asked_job)
JOB: tuple[str, ...] = ("找工作", "找个活", "找活干", "找点活", "找份工", "就业", "招工", "招聘", "公益岗", "打零工",
                        "招人+活", "招+上班")
# ...or training for work (a trade learnt to find a job, a fisher's or farmer's change of trade): an employment
# service too (affairs), not a wish for an activity (a phone class, a hobby class: suggestion)
JOB_TRAINING: tuple[str, ...] = ("技能培训", "职业培训", "就业培训", "职业技能", "转产", "转岗", "再就业", "找活路",
                                 "学手艺", "学门手艺", "学个手艺", "学门技术", "学个技术", "培训+找活", "培训+上岗",
                                 "培训+就业", "培训+打工")
# a question on how, where or by what rule a supply's fee is paid or shared (affairs: a public service's rule),
# with no meter or supply fault named (水费翻倍 是不是水表坏了, 交了暖气费还不热: the supply's)
FEES: tuple[str, ...] = ("水电费", "水费", "电费", "暖气费", "取暖费", "供暖费", "采暖费", "燃气费", "煤气费", "气费", "热费")
FEE_RULE: tuple[str, ...] = ("在哪交", "在哪里交", "哪里交", "去哪交", "哪儿交", "怎么交", "咋交", "么样交", "网上交",
                             "线上交", "手机上", "截止", "滞纳金", "减免", "按人头", "规定", "政策", "分摊", "平摊",
                             "怎么收", "收费标准")
FEE_FAULT: tuple[str, ...] = ("表", "读数", "不准", "坏", "不热", "不暖", "凉", "冷", "多了", "翻倍", "停", "断", "没电",
                              "没水", "没气",
                              # ... or the supply told failing in other words (出黄水, 插上没反应, 水还是不来,
                              # 家里黑着, 打不着火, 跳闸): the supply's, whatever the fee question
                              "黄水", "浑", "没反应", "不来", "不出", "黑着", "黑了", "打不着", "跳闸", "还是不",
                              "异味", "臭")
# damages claimed for a loss (who pays), not asked as a service: a claim (other), or a dispute with a neighbour
DAMAGES: tuple[str, ...] = ("谁来赔", "谁给赔", "谁赔", "哪个赔", "找谁赔", "要赔", "负责赔", "赔偿", "赔钱")
# ...but not while the fault still goes on ("水还在往外喷 … 谁来赔", "停电一天了 … 谁赔"): the fault is the request
STILL_GOING: tuple[str, ...] = ("还在", "一直在", "仍在", "仍然", "到现在", "至今", "还没修", "还没来", "还没好", "还没通",
                                "还是没", "还没恢复", "往外喷", "还在漏", "还在冒", "天了", "小时了", "个钟了",
                                # (round 22: "维修基金谁出还得开会定 电梯先停着 老人下不了楼", "维修基金谁出啊 楼道灯坏了好久")
                                "月了", "星期了", "礼拜了", "先停着", "一直停着", "电梯停着", "下不了楼", "上不了楼", "好久",
                                "很久")
# the renovation of one supply line: that supply's question
LINE_WORKS: tuple[str, ...] = ("电线", "线路", "电路", "燃气", "煤气", "天然气", "管网", "电网", "供水", "管道", "电表",
                               "水表", "气表")

# --- utilities: lights flickering or appliances stalling for a weak supply (电压低, 空调带不动 灯一闪一闪): the power
# supply, not a light to replace
# (开不动 / 带不动 only of an appliance, 带不动 of a light too: 门开不动, 电动门开不动 (灯也不亮), 闭门器带不动门 are a door's.)
_POWERED = ("空调", "冰箱", "电器", "电饭锅", "热水器", "洗衣机", "微波炉", "电磁炉")
WEAK_SUPPLY: tuple[str, ...] = ("电压", "电力不足", "功率不够", "带不动+灯",
                                *(f"{stall}+{what}" for stall in ("开不动", "带不动") for what in _POWERED))
# ... unless the supply is told sound ("电工说电压没问题是灯坏了": the light's)
SUPPLY_SOUND: tuple[str, ...] = ("电压没问题", "电压正常", "电压没事", "电压也正常", "不是电压的", "不是电压问题", "电压够")

# --- facility: the mount of an appliance on the building (热水器的支架歪了, 外机架子锈了): the fitting that holds it,
# not the supply it serves
MOUNTS: tuple[str, ...] = ("支架", "架子", "托架", "底座")
MOUNTED: tuple[str, ...] = ("热水器", "太阳能", "外机", "空调")
# ... unless the appliance's own supply fault is told (热水器漏水 支架都泡锈了, 不出热水 是不是底座那的管子坏了):
# the leak or the failing supply is what must be dealt with
MOUNT_SUPPLY_FAULT: tuple[str, ...] = ("漏", "滴", "水管", "管子", "管道", "不出", "不热", "没热水", "打不着", "喷水", "冒水")

# --- safety: an open works trench
TRENCH: tuple[str, ...] = ("沟", "基坑", "挖开")
DRAIN: tuple[str, ...] = ("排水沟", "下水沟", "水沟", "明沟", "阴沟", "暗沟", "沟盖", "臭水沟", "管沟")
UNGUARDED: tuple[str, ...] = ("没盖板", "没有盖板", "没板子", "没有板子", "没有板", "没护栏", "没有护栏", "装护栏", "加护栏",
                              "装个护栏", "围挡+倒", "围栏+倒", "掉下去", "掉进去", "栽下去", "栽进去", "摔下去",
                              "跨过去", "搭块", "铺块钢板")

# --- dispute: a neighbour's mess after talks failed
NEIGHBOUR: tuple[str, ...] = ("楼上", "楼下", "对门", "隔壁", "旁边屋", "邻居", "那家", "那户", "租户", "租客", "对面",
                              "这家人", "他家", "她家", "谁家")
BUSINESS: tuple[str, ...] = ("店", "老板", "铺", "摊", "餐馆", "饭馆", "公司", "驿站", "物业", "保洁", "志愿者", "工地",
                             "施工")
FAILED_TALK: str = (r"(?:说|讲|劝|提醒|打招呼|沟通)(?:了|过|极)?(?:他|她|他们|她们|对方)?(?:也|都|又)?"
                    r"(?:好几|几|两|三|多)?(?:次|回|遍|趟)?(?:了)?(?:也|都|还)?"
                    r"(?:不听|没用|不理|不改|不管|照样|白说|骂)"
                    # "told them I don't know how many times" (说了多少回, 讲过多少遍): the talks failed
                    r"|(?:说|讲|劝)(?:了|过)?多少(?:次|回|遍|趟)")
MEDIATION: tuple[str, ...] = ("调解", "评理", "评评理", "说和")
ONTO_MY_HOME: tuple[str, ...] = ("我家", "我屋", "我们家", "我晒", "我晾", "我的衣服", "我窗")
NOISE_WORDS: tuple[str, ...] = ("吵", "噪", "咚咚", "响", "叫", "拖椅子", "拖凳", "跺脚", "唱", "麻将")
# ...but a safety reading whose text names a hazard GUIDELINES puts under safety (e-bike charging, fire or smoke,
# gas, a flying wire, something falling, a blade, a fight) stays safety, however often the neighbour was told
HAZARD_TOLD: tuple[str, ...] = ("充电", "电动车", "电瓶", "火", "烟", "煤气", "燃气", "液化气", "飞线", "电线", "掉下",
                                "砸", "刀", "打架", "动手", "偷")

# --- sanitation: an open lid that only smells
LID: tuple[str, ...] = ("化粪池", "检查井", "窨井", "污水井", "沙井", "下水井")
LID_OPEN: tuple[str, ...] = ("盖", "敞", "开着", "翻开", "掀开")
LID_SMELL: tuple[str, ...] = ("臭", "味")
# a fall or a danger told: the missing lid is the hazard (facility, as a drain cover)
LID_DANGER: tuple[str, ...] = ("掉", "摔", "踩", "绊", "崴", "危险", "小孩", "孩子", "老人", "窟窿", "洞", "看不见",
                               "看不清", "黑", "跌",
                               # people walking by the open shaft ("天天有人从那走"): someone may fall in
                               "有人", "人走", "人从", "路过", "经过", "过路", "行人", "走过", "人来人往", "人行道", "上学", "放学")
LID_SPILLS: tuple[str, ...] = ("漫", "溢", "冒", "流", "涌", "返", "倒灌", "淹")

# --- safety: the fire, not the part
FIRE_FAMILIES: tuple[str, ...] = ("fire", "live_wire")

# --- safety: tools left in the way, thieves or strangers feared
WORK_TOOLS: tuple[str, ...] = ("电锯", "切割机", "电焊机", "角磨机", "电钻+丢", "钢管+堆", "钢筋+堆", "工具+丢")
IN_THE_WAY: tuple[str, ...] = ("楼道", "门口", "路口", "路上", "走不通", "跨", "绊", "过不去", "挡")
PROWLERS: tuple[str, ...] = ("小偷", "贼", "陌生人", "生人", "生面孔", "可疑")
# --- the thing a tree struck or blocked ("健身器材被树枝砸坏", "排水沟被树叶堵死"): the thing, not the tree
STRUCK_BY_TREE: str = r"[被给][^，。！？,!?\s]{0,4}?(?:树|枝|落叶)[^，。！？,!?\s]{0,3}?(?:砸|压|堵|塞|刮|撞|戳|划)"
# ... roots that heaved the paving up (树根把地砖顶起来了, 根把人行道拱翘了): the paving is what must be mended
# (facility), unless the tree itself is asked away (拔了, 砍掉, 移走)
ROOTS_HEAVE: str = r"根[^，。！？,!?\s]{0,8}?(?:顶|拱|撑|掀|挤)[^，。！？,!?\s]{0,2}?(?:起|翘|裂|坏|翻|烂|破|歪|高|开)"
PAVING: tuple[str, ...] = ("地砖", "砖", "路面", "地面", "人行道", "步道", "便道", "水泥地", "路牙", "甬路", "台阶")
TREE_AWAY: tuple[str, ...] = ("拔", "砍", "挖掉", "挖走", "移走", "移栽", "锯")
DRAINS: tuple[str, ...] = ("排水沟", "排水口", "雨水篦子", "篦子", "雨水口", "下水道", "水沟")

# --- safety: a dog going at people (chasing, lunging, biting), not pests or mess to clear
DOGS: tuple[str, ...] = ("狗", "犬", "泰迪", "金毛", "哈士奇", "藏獒")
AT_PEOPLE: tuple[str, ...] = ("追着", "追人", "追小孩", "追孩子", "撵", "扑人", "扑小孩", "扑孩子", "冲过来", "咬人", "咬了",
                              "咬伤", "咬到",
                              # Cantonese and Hakka 住 for 着 (追住人, 咬住个细路); not 吠住: a dog barking on and
                              # on (成晚吠住) is noise
                              "追住", "咬住")
# fmt: on
# ...or the building's repair fund set against another payer (能走维修基金不？还是物业出钱？): who pays for a damage
# done is asked (round 21); the fund asked alone is the means of a repair still asked for (申请维修基金修修)
# (a payer refusing, 物业也不出钱, is no question who pays: the fault is still the report — round 22)
CLAIM_FROM = re.compile(CLAIM_FROM.pattern + r"|维修(?:基金|资金)[^。！!]{0,12}(?<![不没])(?:出钱|掏钱|承担|谁出|谁掏)"
                        r"|(?<![不没])(?:出钱|掏钱|谁出|谁掏)[^。！!]{0,12}维修(?:基金|资金)")

# --- affairs: how a medical cost is reimbursed (医保报销, 门诊统筹, 能报不): the insurance's rule, asked (blue), not the
# patient's care (a card to bring to a check-up, 带医保卡, is the event's)
REIMBURSED: tuple[str, ...] = ("报销", "门诊统筹", "医保+能报", "医保+报不", "医保+咋报", "医保+怎么报")
