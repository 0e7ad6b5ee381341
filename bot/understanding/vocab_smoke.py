"""Harmless sources of smoke named after a fire is denied ("不是着火，是物业在烧落叶"): the smoke told
is that source's, a nuisance at most, not a fire (smoke_explained.py).

Pure data. A source itself denied ("不是烧烤的烟，是楼道里冒烟了") clears nothing.
"""
from __future__ import annotations

# fmt: off
# Something burnt or cooked on purpose, or steam and dust taken for smoke.
HARMLESS_SMOKE: tuple[str, ...] = (
    "烧落叶", "烧树叶", "烧叶子", "烧枯叶", "烧杂草", "烧草", "烧秸秆", "烧麦秸", "烧稻草", "烧纸", "烧香", "上香",
    "烧烤", "撸串", "烤肉", "烤串", "做饭", "炒菜", "炖肉", "熏肉", "熏腊肉", "熏腊肠", "腊肉", "油烟", "饭店",
    "蒸汽", "水蒸气", "水汽", "热气", "雾气", "起雾", "灰尘", "扬尘", "锅炉", "烟囱", "放鞭炮", "鞭炮", "烟花",
    "艾灸", "熏艾", "蚊香", "驱蚊", "消杀", "打药", "喷药", "烟雾消杀", "灭蚊", "抽烟", "吸烟",
)
# Offerings burnt at home or at a shrine, a daily practice in many homes: juniper on a Tibetan incense burner
# (煨桑, 桑炉), incense sticks (藏香, 熏香, 线香), paper offerings (烧衣 in Cantonese, 烧元宝, 烧包), a god's altar
# (拜神, 神台). Their smoke drifting in every day is a neighbour's fumes (standing_smoke), not a fire.
RITUAL_SMOKE: tuple[str, ...] = (
    "煨桑", "桑烟", "桑炉", "烧桑", "藏香", "熏香", "线香", "点香", "插香", "香炉", "拜神", "拜佛", "神台", "烧衣",
    "烧元宝", "烧金纸", "烧包", "烧纸", "烧香", "上香",
)
HARMLESS_SMOKE = tuple(dict.fromkeys(HARMLESS_SMOKE + RITUAL_SMOKE))
# ...unless the offering has set something else going (a burner knocked over, a carpet or a curtain caught, sparks)
# or its smoke is told harming people (a child coughing, an asthma attack): then it is a fire's or a danger's.
RITUAL_GONE_WRONG: tuple[str, ...] = (
    "倒了", "翻了", "打翻", "碰倒", "点着", "烧着", "引燃", "燃起来", "着起来", "火星", "火苗", "明火",
    # (not the things it may reach: "衣服被子都是烟味" is the smoke's smell on them)
    "咳", "哮喘", "喘", "晕", "呼吸", "憋", "中毒", "医院", "120",
)
# Denials of a fire said outright (the scan's masks keep these from being read as a fire).
FIRE_DENIED: tuple[str, ...] = ("不是着火", "没着火", "没有着火", "不是火", "没起火", "没有起火", "不是失火", "没失火")
# "not yet" is no denial: smoke and no fire *yet* (还没着火, 暂时没起火) is the danger growing.
NOT_YET: tuple[str, ...] = ("还", "暂时", "暂", "目前", "尚", "现在还")
# "不是火" denies a fire only when the phrase ends there (不是火锅, 不是火灾演习 deny something else).
FIRE_WORD_GOES_ON: str = "锅灾车柴腿力星苗光警"
# The source only guessed or compared (以为是谁家做饭, 像烧烤的味): no source named.
GUESSED: tuple[str, ...] = ("以为", "像", "好像", "可能", "估计", "大概", "不像", "似的")
# A fire word in the cue: a flame or burning is seen, not only smoke.
FLAME_MARKS: str = "火着燃焦糊"
# fmt: on

# fmt: off
# Smoke that comes every day from a grill, an oven or a chimney of a shop or a neighbour (烟熏火燎 from the
# barbecue stalls each evening, a naan oven lit at five every morning): a standing nuisance of fumes
# (sanitation), not a fire now. The source is named and the smoke told as habitual or still going on.
STANDING_SOURCES: tuple[str, ...] = (
    "烧烤", "撸串", "烤肉", "烤串", "油烟", "饭店", "饭馆", "餐馆", "餐厅", "火锅店", "烤鸭", "烤炉", "炭炉", "炭火",
    "馕坑", "馕店", "馕炉", "烤馕", "柴火炉", "柴火灶", "煤炉", "炉子", "烟囱", "排烟管", "排烟口",
    # meat cured over smoke each winter in the southwest and Hunan (熏腊肉, 炕腊肉 over a fire pit)
    "熏腊肉", "熏肉", "熏腊肠", "熏香肠", "炕腊肉", "熏腊", "烟熏",
    *RITUAL_SMOKE,
)
HABITUAL: tuple[str, ...] = (
    "每天", "天天", "每晚", "每天晚上", "每到", "一到", "一擦黑", "一开火", "一做饭", "老是", "总是", "整天", "成天",
    "一天到晚", "又开始", "每次", "烟还是",
)
# (还是 alone also means "or", 又在 "at it again now": neither tells a habit; the smoke itself still as it was,
# 烟还是很大, comes back as the standing nuisance.)
# Smoke beyond any everyday source's: thick or black, growing, filling the stairs, a burning smell, crackling,
# a gas cylinder beside it, or the everyday source denied (不是饭店的油烟): a fire may be starting.
SMOKE_ALARM = (r"浓烟|黑烟|烟[^，,。！!？?；;\s]{0,3}(?:黑|浓)|越来越大|越来越浓|越冒越|(?:都|全|满)是烟(?!味)|看不清|看不[到见](?:路|人|楼梯|对面|手)|伸手不见|呛得"
               r"(?:喘|睁)|焦味|焦糊|烧焦|焦臭|糊味|烧[^，,。！!？?；;\s]{0,2}味|塑料|橡胶|噼里啪啦|噼啪|啪啪|爆炸|爆了|爆响|煤气罐|液化气|燃气罐|气罐"
               r"|不是[^，,。！!？?；;\s]{0,4}(?:油烟|烧烤|饭店|做饭)|没有这么大|没这么大")
# fmt: on

# A gas denied through the smell word, the smell then told as burning ("一股味 不是煤气 像烧塑料"): a fire's smell
# is as red as gas, so the denial does not clear it (cue_negation.py).
BURNING_SMELL = ("焦", "糊", "烧", "塑料", "橡胶", "胶皮", "电线")
# A denial asked back is an assertion ("难道不是煤气吗", "这不是煤气是什么"): the danger stays.
ASKED_BACK_BEFORE = ("难道", "莫非", "未必")
ASKED_BACK_AFTER = ("吗", "是什么", "是啥", "又是什么")
# A place told filled with smoke (楼道都是烟): with a harmless source named and told as a daily habit, the habit's
# fumes at their worst ("天天熏腊肉 整个楼道都是烟"), not an alarm; thick, black or burning smoke still is.
FILLED_WITH_SMOKE = r"(?:都|全|满)是烟(?!味)"

# Smoke seen rising or filling a place (冒烟, 浓烟) is no smoker's: a smoker explains only a smell of smoke (red.py).
SMOKE_SEEN = ("冒烟", "浓烟", "黑烟", "全是烟", "烟雾")
