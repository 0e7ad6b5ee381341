"""Regional question words that hide an ask, read as Mandarin (called from dialect.to_mandarin).

Yunnan (Kunming) asks a yes-no question with 给 before the verb: 给可以上门 = 可不可以上门, 给能管一下 =
能不能管一下, 给有人管 = 有没有人管, 给是停水了 = 是不是停水了, 房东给晓得 = 房东知不知道. Mandarin 给 is
"give / for" and only rarely stands before these words: after a verb of handing (交给, 送给, 还给) it stays, and
给有 + a description + 的 + who (给有老人的户送, 给有困难的居民) is "for those who have", never an ask.
The same speech writes 没 as 莫 before 人 (莫人管 = 没人管), "where" as 哪点, a clause-final question as 喃
(说好的十二点喃 = 呢). Baoding (Hebei) asks "when" as 多咱, and says 夜来(个) / 夜儿个 for "yesterday" (not
the 夜来 of 半夜来 / 深夜来 / 入夜来: "at night came").

South-western speech (Guizhou, Sichuan, Chongqing) asks "when" as 哪哈 (哪哈修得好 = 什么时候修得好; 哪哈儿 is
"where" and stays) and as 好久 before the verb of the remedy (挡墙好久修 = 什么时候修: Mandarin 好久 is "a long
time" and stands after a verb or before 没 / 了, never right before 修 / 来修). (Hainan and Min 无 for 没 / 不 is
min_negation.py.)
"""
from __future__ import annotations

import re

# 给 + a verb of asking, not after a verb of handing (交给 / 送给 / 还给 ...), nor 给能力 / 给是非; 给在 / 给要
# stay (给在家的老人送饭, 给要办证的居民: Mandarin "for")
_GEI_ASK = re.compile(r"(?<![交送还带递让借卖寄留分发拿供献嫁传转])给(可以|能|是|有|晓得)(?![力量源耗否非])")
# 给有 + a description + 的 + who: "for those who have ..." (Mandarin), not a question
_GEI_FOR_WHO = re.compile(r"有[^\s，,。.！!？?；;]{1,10}的(?:老人|人|户|家庭|居民|业主|住户|孩子|娃娃|学生|群众)")
_SHORT_VERB = {"可以": "可不可以", "能": "能不能", "是": "是不是", "有": "有没有", "晓得": "知不知道"}
_WORDS = re.compile(r"莫人|莫有|哪点|多咱|夜儿个|夜来个|(?<![半深午昨今每连入当到])夜来(?![香风雨临])|(?<=[\u4e00-\u9fff])(?<!喃)喃(?=[\s，,。.！!？?~]|$)")
_WORD_FOR = {"莫人": "没人", "莫有": "没有", "哪点": "哪里", "多咱": "什么时候", "夜儿个": "昨天", "夜来个": "昨天", "夜来": "昨天",
             "喃": "呢"}


# South-western "when": 哪哈 (not 哪哈儿, "where"); 好久 right before the remedy asked for (not 等了好久, 好久没修)
# (not after 才: Mandarin 好久才修好 is "it took ages to be mended", told of the past; the supply awaited, 好久来电,
# is asked the same way)
_SW_WHEN = re.compile(r"哪哈(?!儿)|(?<![了等很都已经有这那隔过])好久(?=(?:能|来|会|可以|得)?(?:修|弄|搞|整|换|刷|补|处理|来人)"
                      r"|(?:能|会|可以)(?:好|通)|来(?:电|水|气))")


def _gei(m: re.Match[str]) -> str:
    verb = m.group(1)
    if verb == "有" and _GEI_FOR_WHO.match(m.string, m.start(1)):
        return m.group(0)
    return _SHORT_VERB[verb]


def fold_regional_asks(text: str) -> str:
    """`text` with the Kunming 给-question, 莫 for 没, 哪点 / 喃 and Baoding 多咱 / 夜来 read as Mandarin."""
    if "给" in text:
        text = _GEI_ASK.sub(_gei, text)
    if "哪哈" in text or "好久" in text:
        text = _SW_WHEN.sub("什么时候", text)
    return _WORDS.sub(lambda m: _WORD_FOR[m.group(0)], text)


# Toneless pinyin of an elderly writer whose phone will not type characters ("dian ti you huai le wo zhu 15 lou
# xia bu qu"): the words of a fault and of being stuck, read only as whole syllables (dialect._COMMON holds the
# supply words, mei dian / ting shui).
_PINYIN: dict[str, str] = {
    "dian ti": "电梯", "huai le": "坏了", "bu dong le": "不动了", "xia bu qu": "下不去", "xia bu lai": "下不来",
    "shang bu qu": "上不去", "shang bu lai": "上不来", "lou dao": "楼道", "lou ti": "楼梯", "lou shui": "漏水",
    "kun zhu": "困住", "bang mang": "帮忙", "jiu ming": "救命", "shuai dao": "摔倒", "zhao huo": "着火",
    "nuan qi": "暖气", "bu re": "不热", "du le": "堵了", "ting dian": "停电", "ting shui": "停水",
}
_PINYIN_RE = re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(k) for k in sorted(_PINYIN, key=len, reverse=True))
                        + r")(?![a-z])")


def fold_pinyin(text: str) -> str:
    """`text` (Latin letters only) with the pinyin words of a fault read as their characters."""
    low = text.lower()
    return _PINYIN_RE.sub(lambda m: _PINYIN[m.group(0)], low) if _PINYIN_RE.search(low) else text
