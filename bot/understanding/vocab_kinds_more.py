"""Words that name what kind of thing a request is about in styles met in round 23 (kinds_more.py):
rental blocks, hillside towns, resettlement estates, heated walk-ups. GUIDELINES: "take the one that names
what must be dealt with".

- A fire hydrant or an extinguisher that cannot be used (no water from it, rusted shut, empty, expired) is
  fire safety (safety), not the water supply or a fitting; one leaking or with its glass broken stays as read.
- A live wire hanging bare (red) is the electrical danger (safety), whatever chewed it or whichever box holds it.
- A person who cannot manage a chore alone (扫不动, 搬不动, 提不动) and asks for hands: the person (care).
- Water, slops or snow from a neighbour's home onto one's own sill, laundry or window, the neighbour asked
  or someone asked to step in: a matter between neighbours (dispute), not the wall or the cleaning.
- A resettlement household's money or papers (过渡费, 安置费, 房本, 不动产证) asked after: affairs.
- Moss, spilled brine or grease on a floor told dirty or asked scrubbed: cleaning (sanitation), even when slippery.
- A lift's alarm pressed by someone inside, nobody answering: the lift (elevator), the person in it red.
- The heating company asked to come while the radiators stay cold: the heating supply (utilities).
- A top-floor flat leaking: the roof (facility).
- A stranger calling at doors claiming to check the gas or the meters: safety.
- A request that outages be announced earlier next time: a suggestion (blue).

Pure data; "A+B" means every part is there.
"""
from __future__ import annotations

# fmt: off
# --- safety: fire-fighting kit that cannot be used
FIRE_KIT: tuple[str, ...] = ("消防栓", "消火栓", "灭火器", "消防水带", "消防箱")
KIT_UNUSABLE: tuple[str, ...] = ("没有水", "没水", "无水", "不出水", "出不来水", "放不出水", "拧不动", "拧不开", "锈死",
                                 "过期", "是空的", "空了", "都空", "不见了", "没了", "压力表", "水都没", "水也没")
# ... a hydrant leaking is the water's; its glass or door broken is a fitting (as read)
KIT_AS_READ: tuple[str, ...] = ("漏", "渗", "淌", "冒水", "喷水", "玻璃", "门掉", "门坏", "挡", "堆", "停")

# --- safety (red): a live wire hanging bare
BARE_WIRE: str = (r"(?:电线|线头|线|铜丝|电缆)[^，,。！!？?\s]{0,4}(?:是光的|光着|露着|露在|露出|裸露)"
                  r"|(?:变电箱|配电箱|电箱|电表箱)[^，,。！!？?]{0,10}(?:线[^，,。！!？?]{0,3}露)")

# --- care: a person who cannot manage a chore alone, hands asked
CANNOT_MANAGE: str = r"(?:扫|搬|抬|提|拿|拎|铲|弄|挪|爬)不动"
ALONE: tuple[str, ...] = ("一个人", "我一个", "独居", "老两口", "两个老", "岁", "七十", "八十", "九十", "腿脚", "腿不好",
                          "他", "她")
HANDS_ASKED: tuple[str, ...] = ("帮", "来个人", "来两个人", "有没有人", "派人", "派个人", "谁能", "哪位")
WISHED: tuple[str, ...] = ("建议", "希望", "以后")
# ... a fault or a danger named (a burst pipe, a valve, a pot about to fall) is the matter, not the hands asked
# (not a leak or a roof that may cave in under snow: what an old person cannot manage there is the care need)
FAULT_NAMED: tuple[str, ...] = ("爆", "阀", "关不上", "堵", "坏了", "要掉", "掉下", "砸", "着火", "起火", "冒烟",
                                "燃气", "煤气+味")

# --- dispute: from a neighbour's home onto one's own things
NEIGHBOUR: tuple[str, ...] = ("楼上", "谁家", "对门", "隔壁", "那家", "那户", "邻居")
FROM_THEIRS: tuple[str, ...] = ("倒水", "往下倒", "泼", "甩", "往下滴", "滴答", "洗衣机的水", "顺外墙", "也不扫", "不扫",
                                "往下淌")
ONTO_MINE: tuple[str, ...] = ("我家窗", "我家阳台", "窗台", "晾的", "晒的", "被子", "衣服")
ASKED_OR_PLEA: tuple[str, ...] = ("说了", "讲了", "不听", "不改", "管管", "管一管", "有没有人管", "协调", "调解", "说说")
# ... water through a ceiling is a leak into the home (utilities), not a quarrel over laundry
INTO_HOME: tuple[str, ...] = ("天花板", "吊顶", "顶棚", "棚顶", "房顶", "漏水", "渗水")

# --- affairs: a resettlement household's money or papers
RESETTLEMENT: tuple[str, ...] = ("过渡费", "安置费", "安置款", "补偿款", "拆迁款", "回迁", "房本", "不动产证", "产权证",
                                 "房产证", "网签", "契税", "选房")

# --- sanitation: moss or a spill on the floor, dirty or asked cleaned
FLOOR_DIRT: tuple[str, ...] = ("青苔", "苔藓", "汤子", "油污", "菜汤", "泔水")
DIRTY_OR_CLEAN: tuple[str, ...] = ("埋汰", "脏", "保洁", "刷", "清理", "清洗", "冲洗", "擦")

# --- elevator (red): the lift's alarm pressed from inside
LIFT_ALARM: tuple[str, ...] = ("警铃", "报警按钮", "紧急按钮", "呼救按钮")
INSIDE: tuple[str, ...] = ("里面", "里头", "困", "关在", "卡在")

# --- utilities: the heating company asked while it stays cold
HEAT_COMPANY: tuple[str, ...] = ("热力", "供暖公司", "供热")
STILL_COLD: tuple[str, ...] = ("凉", "不热", "冰", "冷", "不暖", "没温度")

# --- facility: a top-floor flat leaking (the roof)
TOP_FLOOR_LEAK: tuple[str, ...] = ("顶层+漏", "顶楼+漏")
# ... a roof tank or a pipe named as the source is the supply's (utilities)
PIPE_SOURCE: tuple[str, ...] = ("水箱", "管", "暖气", "下水", "卫生间", "马桶", "燃气", "煤气", "水表", "阀")

# --- safety: a stranger at the doors claiming to check things
STRANGER: tuple[str, ...] = ("生面孔", "陌生人", "冒充", "假冒", "自称")
AT_DOORS: tuple[str, ...] = ("敲门", "上门", "进屋", "入户", "挨家")

# --- suggestion: outages announced earlier next time
NEXT_TIME: str = r"(?:下回|下次|以后)[^，,。！!？?]{0,8}(?:提前|早点|早些)[^，,。！!？?]{0,10}(?:说一声|通知|讲一声|告诉|发个|说一下)"
# ... but an outage still on and hurting (asked when it returns, a person or a home harmed) keeps its colour
STILL_HARMED: tuple[str, ...] = ("什么时候", "啥时候", "几点", "还没", "到现在", "至今", "没法", "没办法", "老人", "孩子",
                                 "小孩", "病人", "制氧", "化了", "返", "淹", "冰凉", "冻", "天了", "小时了", "赶紧", "快来",
                                 "尽快", "冷")
# --- utilities: a meter running wrong or crossed with a neighbour's
METERS: tuple[str, ...] = ("水表", "电表", "气表", "燃气表")
METER_WRONG: tuple[str, ...] = ("走了", "走得", "跑得", "转得", "跳得", "度", "多了", "不对", "串", "查")

# --- safety: an ambulance or a fire engine kept out of a lane
EMERGENCY_VEHICLES: tuple[str, ...] = ("救护车", "消防车")

# --- dispute: someone asked to talk a neighbour round, no noise told
TALK_ROUND: tuple[str, ...] = ("谈谈", "谈一谈", "做做工作", "做下工作", "说道说道", "说合", "说和")
# (not the hour alone: "凌晨那个事…找他们谈谈" is the quarrel)
NOISE_TOLD: tuple[str, ...] = ("吵", "噪", "响", "声", "闹", "跳", "蹦", "咚", "砸", "钻", "装修", "叫", "麻将",
                                "音乐", "唱", "琴", "广场舞", "脚步", "敲")

# --- safety: a slope, a road or a retaining wall given way (the mud it left is not the matter)
GIVEN_WAY: str = r"(?:坡|路|挡墙|挡土墙|山|墙)[^，,。！!？?\s]{0,6}(?:塌|垮)|塌方|滑坡"

# --- suggestion: asks whether the community holds a class, a lecture, a training or an activity (GUIDELINES:
# activities), whatever it would teach (a language, first aid, swimming, spotting fraud); training for a job or
# a certificate is a public service (affairs)
OFFERING_ASKED: str = (r"(?:有没有|有冇|有無|有无|有没|开不开|办不办|搞不搞|能不能办|可不可以办|可以办|会不会办|几时办|"
                       r"什么时候办|啥时候办)[^，,。！!？?]{0,14}(?:班|讲座|培训|课程|课堂|兴趣小组|活动)")
FOR_A_JOB: tuple[str, ...] = ("技能", "考证", "证书", "电工", "电焊", "焊工", "就业", "职业", "上岗", "求职", "招聘",
                              "学历", "转行", "文员", "找工作", "再就业",
                              # ...nor a class that minds children for working parents (a public service)
                              "托管", "午托", "晚托", "看护")

# --- safety (a red reading): smoke or a burning smell from a home that does not answer the door is a fire behind
# it, not an old person's welfare alone ("烟子味 像是烧东西 从五楼那家飘出来的 敲门没人应")
# (smelt or seen burning: not a chimney that has stopped smoking, 烟筒也没冒烟, the sign of a cold stove)
SMOKE_SMELT: tuple[str, ...] = ("烟味", "烟子味", "焦味", "糊味", "焦糊味", "烧东西", "着火了", "起火了")
UNANSWERED: tuple[str, ...] = ("没人应", "没人开门", "不开门", "没反应", "敲不开", "没人答应", "叫不应", "喊不应")
# fmt: on
