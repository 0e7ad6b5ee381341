"""A named vulnerable person who needs help today (orange, GUIDELINES: "a vulnerable person needs help
today"), told in words the older people-at-risk list did not cover.

Generic words (老人, 孩子) appear in ordinary complaints (noise keeps the old people awake); what
raises a yellow to orange is a particular person (my mother, the old man next door, someone living
alone or in a wheelchair) together with a need that cannot wait: heat or cold at home with the
air conditioner or heating broken, a fall stated as the risk, a hospital visit today that is blocked,
or a life-support machine at home facing a power cut.

Pure data; a community extends the lists under `understanding:` in config.yaml
(`vulnerable`, `home_comfort_out`, `fall_risk`, `appointment`, `appointment_when`, `life_support`,
`care_service`)."""
from __future__ import annotations

# fmt: off
# A particular person who cannot simply cope alone: an elderly parent or neighbour, someone living
# alone, in a wheelchair, bedridden, pregnant, a baby.
VULNERABLE: list[str] = [
    "我妈", "老妈", "老娘", "俺妈", "我爸", "老爸", "俺爸", "阿爸", "老汉", "老父亲", "老母亲", "婆婆", "阿婆",
    "大爷", "奶奶", "爷爷", "外婆", "姥姥", "老两口", "老太太", "老头子", "老爷子", "独居", "一个人住",
    "八十多", "八十几", "九十多", "腿不方便", "腿脚不便", "腿脚不好", "腿不好", "行动不便", "卧床", "瘫",
    "坐轮椅", "孕妇", "婴儿",
]
# Heat or cold at home with nothing to stop it (the air conditioner or the heating broken).
HOME_COMFORT_OUT: list[str] = [
    "空调+坏", "空调+不制冷", "空调+不凉", "空调+开不", "暖气+不热", "暖气+坏", "没暖气", "暖气+冰凉",
    "电暖气", "电暖器", "一冷就",
]
# A fall stated as the risk (not "容易绊", "easy to trip": an ordinary repair).
FALL_RISK: list[str] = ["摔了", "摔下", "摔着", "摔倒", "踩空", "掉下去", "跌下去", "栽下去", "滚下去"]
# A hospital visit ...
APPOINTMENT: list[str] = ["复查", "复诊", "覆诊", "康复", "透析", "化疗", "看病", "去医院"]
# ... that is today (or every day).
APPOINTMENT_WHEN: list[str] = ["今天", "今日", "今晚", "上午", "下午", "每天", "天天", "一早", "马上"]
# A machine someone's life depends on, at home, when a power cut is coming: what to do?
LIFE_SUPPORT: list[str] = ["制氧机", "呼吸机", "吸氧", "氧气机"]
WHAT_TO_DO: tuple[str, ...] = ("咋办", "怎么办", "咋个办", "怎么整", "咋整", "有没有办法", "有莫得办法", "么办")
# Someone asked to go and look in on the person or help them in person (上去看看他, 帮下她) ...
LOOK_IN: tuple[str, ...] = tuple(f"{v}{p}" for v in ("上去看看", "上门看看", "去看看", "过去看看", "看一下", "看看", "帮下",
                                                      "帮一下", "帮帮", "照看一下", "照应一下", "照顾一下")
                                 for p in ("他", "她", "老人", "老人家"))
# ... while something stated puts them at risk now: a storm outside or a weak heart or illness.
EXPOSED: tuple[str, ...] = ("台风", "打风", "大风", "暴雨", "风一吹", "刮风", "暴雪", "心脏", "身体不好", "血压", "生病", "病了")
# ... or the vulnerable person writing of themselves, alone, asking for hands in person ("就我一个老太太 ...
# 台风来了 ... 能不能来个人帮我"): the same need, told in the first person.
SELF_ALONE: tuple[str, ...] = ("就我一个", "我一个老", "我一个人", "我这个老", "我这老", "家里就我", "只有我一个")
HELP_ME: tuple[str, ...] = ("帮我", "帮帮我", "来个人", "来人帮", "派个人", "搭把手")
# A vulnerable person living alone while a storm comes, someone asked to watch over them or a shelter asked for
# them ("阿婆一个人住 打风那时能不能安排人看住", "台风来了 我妈独居 社区有没有避风的地方"): help today, even
# asked as a question (the storm is the need's time).
STORM: tuple[str, ...] = ("台风", "打风", "刮台风", "暴雨", "暴雪", "大风", "风暴", "寒潮", "洪水")
LIVES_ALONE: tuple[str, ...] = ("一个人住", "独居", "独自住", "自己住", "一个人在家", "单独住", "无人照顾", "没人照顾")
WATCHED_OR_SHELTERED: tuple[str, ...] = ("看住", "照看", "照顾", "看着", "安排人", "派人", "派个人", "有人去", "去看看",
                                         "避风", "避难", "安置", "转移", "撤离", "躲一躲", "临时住")
# ...not an errand or a question: something to find out or a form to file for them is a consultation (blue).
ERRAND: tuple[str, ...] = ("帮我问", "帮我办", "帮我查", "帮我申请", "帮我咨询", "帮我打听", "问问", "想问", "怎么报",
                           "怎么办理", "如何办理", "怎么申请")
# What the person lives on running out, or more than they can carry home (food, rice, water): help today
# even when the message opens as a question ("请问...能不能帮忙送点米").
SUPPLIES_OUT: tuple[str, ...] = (
    "米快没", "米没有了", "米都没有了", "米也没有了", "米快吃完", "米吃完了", "菜吃完了", "菜快吃完", "菜都吃完",
    "没吃的", "没有吃的", "吃的快没", "吃的都没", "断粮", "断顿", "粮快没",
    "提不动", "拎不动", "扛不动", "挑不动", "搬不上楼", "提不上楼", "拎不上楼")
# A service delivered to an old or disabled person (meals, home care, a haircut at home) is care, not
# public affairs ...
CARE_SERVICE: list[str] = ["食堂", "助餐", "送餐", "理发", "助浴", "喘息", "陪诊", "上门护理", "上门服务", "上门接种", "送上门"]
# Someone asked to look after a person or bring them meals: care, whatever trouble (a lift, a cut) is why
# ("电梯坏了 … 能不能派人照看一下", "停电了 楼上老人能不能送个饭"). Not 照顾 ("请多照顾" is courtesy),
# nor 买菜 (the writer's own errand beside a stopped lift: "电梯停了 我买菜回来走不动").
LOOK_AFTER: tuple[str, ...] = ("照看", "看护", "陪护", "上门照顾", "送餐", "送饭", "送个饭", "送菜")
# ... unless the question is about a benefit, an insurance or a card (affairs).
BENEFIT: tuple[str, ...] = ("补贴", "津贴", "险", "卡", "证", "认证", "养老金", "备案")
# fmt: on

# Whether a service exists asked anywhere in the message ("社区有没有上门康复的服务"): an enquiry (blue)
# unless a need today is told (adjust.py).
SERVICE_ASKED = r"有没有[^，,。？?！!\s]{0,10}服务"
