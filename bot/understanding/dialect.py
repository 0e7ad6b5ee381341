"""Dialect and script folding: traditional characters, Cantonese, northern and internet words -> Mandarin.

Applied to every message *and* to every vocabulary word before matching, so one cue
("没水") also catches 冇水 / 木有水 / 沒水. Traditional -> simplified is zhconv's
single-character table (one str.translate); word replacements are one regex pass.
Cantonese words are only folded in a text that shows Cantonese grammar (咗, 冇, 唔,
喺 ...), because 系 / 整 / 郁 are ordinary Mandarin elsewhere (联系, 整天, 郁闷).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .hakka import fold_hakka
from .min_negation import fold_min_negation
from .regional_asks import fold_pinyin, fold_regional_asks

# Words everyone may write, whatever the region (longest first is handled by the regex builder).
_COMMON: dict[str, str] = {
    "木有": "没有", "肿么": "怎么", "神马": "什么", "啥子": "什么", "咋个": "怎么", "咋整": "怎么办", "咋办": "怎么办",
    "咋弄": "怎么弄", "咋回事": "怎么回事", "嘎哈": "干什么", "干啥": "干什么", "为啥": "为什么", "啥时候": "什么时候",
    "啥时": "什么时候", "啥人": "谁", "咋": "怎么", "啥": "什么", "俺们": "我们", "俺家": "我家", "俺": "我", "整整": "修修",
    "大伙儿": "大家", "大伙": "大家",   # northern "everyone"
    "给整": "给修", "整一下": "修一下", "整下": "修下", "呗": "吧", "今儿": "今天", "昨儿": "昨天", "明儿": "明天",
    "木得": "没有", "木电": "没电", "木水": "没水", "木人": "没人", "莫得": "没有", "没得": "没有", "晓得": "知道", "搞快点": "快点", "赶紧的": "赶紧",
    # south-western / Wu / Hubei words
    "屋里头": "家里", "屋头": "家里", "落雨": "下雨", "姆妈": "妈妈", "覅": "不要", "怎么搞": "怎么办",
    "么样搞": "怎么办", "冇得": "没有", "脑壳": "头", "遭不住": "受不了", "恼火得很": "受不了",
    # voice input merging finals (nuan -> nan)
    "南气": "暖气", "南气片": "暖气片",
    # English mixed into Chinese chat
    # a voice-input typo of rubbish (拉 for 垃, same sound), common enough to read as the word
    "拉圾": "垃圾",
    "check一下": "查一下", "check下": "查一下", "wifi": "网络", "wi-fi": "网络", "宕机": "坏了",
    # a supply that is out, told in English ("4503 still no water", "water pressure super weak")
    "no water": "没水", "no hot water": "没热水", "no power": "没电", "no electricity": "没电", "power outage": "停电",
    "power cut": "停电", "water pressure": "水压", "follow一下": "跟进一下", "follow up一下": "跟进一下",
    # a fault told in English by expat or returnee residents ("lift broken again", "厨房 leak 了", "toilet clogged")
    "not working": "坏了", "doesn't work": "坏了", "broken": "坏了", "leaking": "漏水", "leak": "漏水",
    "clogged": "堵了", "blocked": "堵了", "elevator": "电梯", "lift": "电梯", "gas smell": "煤气味",
    "smell of gas": "煤气味", "smell gas": "闻到煤气味", "smelling gas": "闻到煤气味", "smells like gas": "有煤气味", "no heating": "没暖气", "no gas": "没气", "toilet": "马桶",
    # ...or in toneless pinyin, by a writer whose phone will not type characters ("wo jia mei dian le, 4hao lou")
    "mei dian": "没电", "mei shui": "没水", "mei re shui": "没热水", "ting dian": "停电", "ting shui": "停水",
    "mei nuan qi": "没暖气",   # (places typed in pinyin, 4hao lou 3 lou, are read by location._pinyin_places)
    # the Cantonese character for a lift (部𨋢, 𨋢门), written alone or in Mandarin too; zhconv's
    # traditional-to-simplified table turns it into 䢂 first
    "𨋢": "电梯", "䢂": "电梯",
    # Regional words that hide a cue, each written only in its region and meaning nothing else in Mandarin
    # (never a word the cue lists hold already: the cue lists are folded too). North-west 嫑 = 不要, 阿门 = 怎么,
    # 尕 = 小, 往进 = 往里; Beijing 甭 = 不用 (甭提了, "don't get me started", stays); Jin 圪蹴 / 日怪; Henan
    # 不得劲 = 不舒服 (unwell), 木法, 中不中; Tianjin 嘛时候 / 介是 / 介个 / 倍儿; Wuhan 么事 = 什么 (什么事 stays);
    # Minnan 歹势 / 好家在 / 厝边 / 阮厝; Sichuan 要得 = 好的, 打整 = 收拾; the Uyghur loans 巴郎子 (a boy) and
    # 阿达西 (a friend) of Xinjiang Mandarin; northern 昨个 / 今个.
    "嫑": "不要", "甭提": "甭提", "甭": "不用", "阿门": "怎么", "尕": "小", "往进": "往里", "圪蹴": "蹲", "日怪": "奇怪",
    "不得劲": "不舒服", "木法": "没法", "中不中": "行不行", "冰巴凉": "冰凉", "嘛时候": "什么时候",
    "介是": "这是", "介个": "这个", "倍儿": "很", "什么事": "什么事", "为么事": "为什么", "么事": "什么",
    "歹势": "不好意思", "好家在": "幸好", "厝边": "邻居", "阮厝": "我家", "要得": "好的", "打整": "收拾",
    "巴郎子": "男孩", "巴郎": "男孩", "阿达西": "朋友", "昨个": "昨天", "今个": "今天",
    # Shaanxi / Gansu 额 = 我, folded only before a word of one's own people or home (额外, 金额, 名额 stay);
    # a bare 额们 stays (house_numbers reads 额们40号 as "our house 40", where 我们40号 is as often a date)
    "额屋": "我屋", "额家": "我家", "额们家": "我们家", "额们屋": "我们屋", "额们院": "我们院",
    "额妈": "我妈", "额爸": "我爸", "额娃": "我娃",
    # Hakka 𠊎 = 我 (𠊎兜 = 我们): a character no other word uses
    "𠊎兜": "我们", "𠊎": "我",
    # Cantonese 燶 = burnt (燶味, 煲燶咗; the traditional table writes it 㶶): a character Mandarin does not use
    "㶶味": "焦糊味", "㶶": "焦",
    # someone trapped, told in English ("people trapped in elevator"; a person inside the lift is read by
    # _EN_IN_LIFT before these)
    "trapped": "被困",
    # a Cantonese "me too" written with no other Cantonese mark ("我都系 住三楼"): 系 here is 是, never 联系 / 系统
    "我都系": "我也是", "我哋都系": "我们也是",
}
# Pinyin initials young residents type for a word (dt = dianti), read only as a whole Latin word
# (not inside width or dtc).
_INITIALS: dict[str, str] = {"dt": "电梯"}
_INITIALS_RE = re.compile(r"(?<![a-z])(?:" + "|".join(_INITIALS) + r")(?![a-z])")
# Cantonese (only in a text that has one of _CANTONESE_MARKS).
_CANTONESE: dict[str, str] = {
    "冇": "没", "唔该": "麻烦", "唔": "不", "系咪": "是不是", "系": "是", "咗": "了", "喺": "在", "啲": "些",
    "俾": "给", "屋企": "家里", "郁": "动", "嘅": "的", "咁": "这么", "佢哋": "他们", "佢": "他", "乜嘢": "什么",
    "乜": "什么", "嘢": "东西", "边度": "哪里", "几时": "什么时候", "揾": "找", "搵": "找", "睇": "看", "畀": "给",
    "攞": "拿", "靓": "好",
    # 未 is "not yet": 仲未有水 = 还没有水, 补咗未 = 补了没
    "仲未": "还没", "未有": "没有", "咗未": "了没", "㗎": "", "啦": "", "喎": "", "嘞": "", "出面": "外面", "成块": "整块", "整下": "修下",
    "整返": "修好", "边个": "谁", "点算": "怎么办", "点解": "为什么", "有冇": "有没有", "係": "是",
    # Wuhan 有冇得 (= 有没有) shares the marker 冇: fold it whole before 有冇 leaves a stray 得
    "有冇得": "有没有",
    # 叉电 = 充电 (charging a battery); 入水 = 进水 (water getting in)
    "叉电": "充电", "入水": "进水",
    # function words and everyday words that hide a Mandarin cue (甩咗皮 = 掉了皮, 跌低 = 摔倒)
    "嗰度": "那里", "嗰阵": "那时", "嗰": "那", "𠮶": "那", "呢度": "这里", "呢个": "这个", "呢啲": "这些",
    "而家": "现在", "依家": "现在", "今日": "今天", "琴日": "昨天", "寻日": "昨天", "听日": "明天", "头先": "刚才", "啱啱": "刚刚",
    "升降机": "电梯", "啱": "对", "仲": "还", "好似": "好像", "嚟": "来", "落嚟": "下来", "落去": "下去", "入面": "里面",
    "出便": "外面", "入便": "里面", "隔篱": "旁边", "隔离": "旁边", "甩": "掉", "跌低": "摔倒", "跌亲": "摔伤",
    "晕低": "晕倒", "嗌交": "吵架", "嗌": "喊", "老豆": "爸爸", "老窦": "爸爸", "阿妈": "妈妈", "个仔": "儿子",
    "个女": "女儿", "我哋都": "我们也", "我哋": "我们", "你哋": "你们", "我都": "我也", "都係": "也是", "都系": "也是", "个女仔": "个女孩", "喺度": "在那里", "细路仔": "小孩", "细路": "小孩", "女仔": "女孩", "男仔": "男孩", "拎": "拿", "揸": "拿",
    "斩": "砍", "话要": "说要", "唔想": "不想", "咩": "什么", "点样": "怎么", "几耐": "多久", "几多": "多少",
    "得闲": "有空", "好彩": "幸好", "差啲": "差点", "嘈": "吵", "㩒": "按", "透唔到气": "透不过气",
    "唞唔到气": "喘不过气", "湿晒": "全湿了", "晒": "", "冷气机": "空调", "冷气": "空调", "电掣": "开关",
    "水浸": "水淹", "浸": "淹", "入晒水": "进水", "曱甴": "蟑螂", "企": "站", "瞓": "睡", "喇": "了", "呀": "", "咋": "",
    # last night and tomorrow night told in Cantonese (琴晚 = 昨晚, 听晚 = 明晚): when an event is placed
    "琴晚": "昨晚", "寻晚": "昨晚", "尋晚": "昨晚", "听晚": "明晚",
    # a hole (窿 = 洞: 冲出个大窿, 穿咗个窿), never inside Mandarin 窟窿
    "大窿": "大洞", "个窿": "个洞", "有窿": "有洞", "穿窿": "穿洞",
}
_CANTONESE_MARKS = frozenset("咗冇唔喺啲嘅佢揾搵睇畀攞㗎嗰𠮶嚟䢂𨋢㶶")
# Wu (Shanghainese) words, only folded in a text that shows Wu grammar (阿拉, 侬, 勿, 伐?, 辰光 ...):
# 讲 / 屋里 / 伊 are ordinary Mandarin (or names) elsewhere.
_WU: dict[str, str] = {
    "阿拉": "我们", "侬拉": "你们", "侬": "你", "伊拉": "他们", "伊": "他", "勿晓得": "不知道", "勿要": "不要",
    "勿": "不", "今朝": "今天", "明朝": "明天", "昨日": "昨天", "辰光": "时候", "小囡": "小孩", "急煞": "急死",
    "吓煞": "吓死", "吵相骂": "吵架", "相骂": "吵架", "讲": "说", "屋里厢": "家里", "屋里": "家里", "鼻头": "鼻子",
    "搿个": "这个", "搿": "这", "交关": "很", "掼跤": "摔跤", "跌跤": "摔跤", "物事": "东西", "困觉": "睡觉",
    "一歇": "一会", "上趟": "上次", "下趟": "下次", "哪能办": "怎么办", "哪能": "怎么", "冲电": "充电",
    "迭个": "这个", "迭只": "这只", "迭搭": "这里", "迭趟": "这次", "伐": "吗",
    # a near miss (差眼 = 差点) and a fright (吓势势 = 吓死人)
    "差一眼": "差点", "差眼": "差点", "吓势势": "吓死人",
}
# 伐 only as the sentence-final question particle (砍伐 / 步伐 stay)
_WU_FA = r"(?<![砍采步讨征杀])伐(?=[\s，,。.？?！!~]|$)"
# Jianghuai / Nanjing yes-no questions: 阿 before a verb asks it ("13幢阿停啊" = 停不停, "阿有上门理发的",
# "你们阿能跟她们说说"); read as the Mandarin V不V. Only before these verbs, never a name or kin word (阿姨, 阿强).
_A_QUESTION = re.compile(r"(?<!阿)阿(可以|是|有|要|能|会|停|行|在)")
# Wu "could we / could someone" asks: 好伐 opening a clause ("好伐在弄堂里装…") or 好 + a verb phrase + a final 伐
# ("好组织一趟演出伐", "好上去讲一讲伐"), read as Mandarin 能不能. Three characters at least between 好 and 伐
# leave "very X?" (好冷伐, 好吃伐) alone; a degree word before 好 (老好, 交关好) or 好 opening another word
# (好像, 好多, 好几, 好在, 好好) is no ask. A clause-final 好伐 ("明朝再讲好伐？") stays "OK?".
_WU_CLAUSE = r"(?:^|(?<=[\s，,。.？?！!~：:]))"
# An exclamation is no ask: a degree, size or sense word right after 好 (好大一股煤气味伐, 好香的饭菜伐, 好漂亮的花伐),
# a 的 inside the span (好吃的粽子伐) or 好伐啦 (好伐啦，侬勿要讲了: "all right, enough").
_WU_ASK = re.compile(_WU_CLAUSE + r"好伐(?![啦拉了呀])(?=[^\s，,。.？?！!~])"
                     r"|(?<![老很真太最蛮好交关])好(?![像多几在了的好伐些久大小长短冷热香臭甜吃看听闻玩笑美漂亮高重])"
                     r"([^\s，,。.？?！!~、；;的]{3,15}?)" + _WU_FA)
_WU_OUR_HOUSE = r"阿拉(?!\s?[\d一二三四五六七八九十]{1,3}\s?号)"
_WU_MARKS = re.compile(r"阿拉|侬|伊拉|勿|覅|辰光|今朝|搿|哪能|[煞]|" + _WU_FA + "|" + _WU_CLAUSE + r"好伐(?=[^\s，,。.？?！!~])")


def _pattern(table: dict[str, str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(k) for k in sorted(table, key=len, reverse=True)))


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, str], re.Pattern[str], re.Pattern[str]]:
    trad: dict[int, str] = {}
    try:
        import zhconv.zhconv as z

        z.loaddict()
        trad = {ord(k): v for k, v in z.zhcdicts["zh2Hans"].items() if len(k) == 1 and len(v) == 1 and k != v}
    except Exception:  # noqa: BLE001 - without zhconv only dialect words are folded
        trad = {}
    for k in _CANTONESE_MARKS | {"係", "冇"}:
        trad.pop(ord(k), None)   # never fold a Cantonese marker away before it is seen
    return trad, _pattern(_COMMON), _pattern(_CANTONESE)


@lru_cache(maxsize=1)
def _wu_pattern() -> re.Pattern[str]:
    keys = sorted((k for k in _WU if k != "伐"), key=len, reverse=True)
    # 阿拉 before a house number (阿拉12号) stays: "our house 12", which 我们12号 (often a date) would lose
    words = (_WU_OUR_HOUSE if k == "阿拉" else re.escape(k) for k in keys)
    return re.compile("|".join(words) + "|" + _WU_FA)


# A person told inside a lift in English ("a kid crying inside the lift", "someone stuck in the elevator",
# "lift 2 stopped with people inside"): the Chinese report's 电梯里有人.
_EN_PERSON = (r"(?:someone|somebody|people|persons?|a kid|kids|a child|children|a baby|a boy|a girl|"
              r"an? (?:old|elderly) (?:man|woman|lady|person)|my (?:mum|mom|dad|son|daughter|kid|grandma|grandpa|"
              r"mother|father|wife|husband)|(?:two|three|\d) (?:people|persons|kids))")
_EN_IN_LIFT = re.compile(
    r"\b" + _EN_PERSON + r"\b[^.!?;,，。！？；]{0,30}?\b(?:inside|in|stuck in|trapped in|locked in)\s+"
    r"(?:the\s+|a\s+)?(?:lift|elevator)s?\b"
    r"|\b(?:lift|elevator)s?\b[^.!?;,，。！？；]{0,30}?\bwith\s+" + _EN_PERSON + r"\s+(?:inside|in it|stuck|trapped)",
    re.IGNORECASE)


@lru_cache(maxsize=64)   # a message is folded for the rules and for the model: once (bounded, memory flat)
def to_mandarin(text: str) -> str:
    """Simplified Mandarin spelling of `text` (dialect words and traditional characters folded)."""
    trad, common, canto = _tables()
    if "ift" in text or "levator" in text:
        text = _EN_IN_LIFT.sub("电梯里有人", text)
    if text.isascii():   # English or pinyin alone ("4503 still no water"): only the words everyone may write
        t = common.sub(lambda m: _COMMON[m.group(0)], fold_pinyin(text))
        return _INITIALS_RE.sub(lambda m: _INITIALS[m.group(0)], t) if "t" in t else t
    t = text.translate(trad)
    t = fold_hakka(t)   # Hakka 还系 (still), a clause-final 都系 (here too), an English "still": with or without a mark
    if not _CANTONESE_MARKS.isdisjoint(t) or "係" in t:
        t = canto.sub(lambda m: _CANTONESE[m.group(0)], t)
    if _WU_MARKS.search(t):
        if "好" in t:
            t = _WU_ASK.sub(lambda m: "能不能" + (m.group(1) or ""), t)
        t = _wu_pattern().sub(lambda m: _WU[m.group(0)], t)
    t = fold_regional_asks(t)   # Kunming 给可以 / 给有, 莫人, 哪点, 喃; Baoding 多咱, 夜来 (regional_asks.py)
    t = fold_min_negation(t)    # Hainan / Min 无 for 不 / 没 (要无要, 下无来, 好了无: min_negation.py)
    t = common.sub(lambda m: _COMMON[m.group(0)], t)
    if "阿" in t:
        t = _A_QUESTION.sub(lambda m: "有没有" if m.group(1) == "有" else f"{m.group(1)}不{m.group(1)}", t)
    return _INITIALS_RE.sub(lambda m: _INITIALS[m.group(0)], t) if "t" in t else t
