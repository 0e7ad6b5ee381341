"""Min speech (Hainan, Leizhou, Teochew, Hokkien) negates with 无 where Mandarin says 不 or 没, read as Mandarin
(called from dialect.to_mandarin).

"电梯来电了还是无动" = 还是不动, "阿公下无来" = 下不来, "要无要空腹" = 要不要, "有无人管" = 有没有人管, "扶手焊好了无"
= 焊好了没 (a question, not the fix told), "还无来水" = 还没来水, "打无通" = 打不通, "还是无亮" = 还是不亮, "无水" = 没水. Mandarin keeps 无 in set
words (无论, 无法, 无聊, 毫无, 无线, 无障碍); only the forms Mandarin never writes are folded: 无 between a verb
and its result or direction, between two of the same verb, closing a clause after 了, or after 还.
"""
from __future__ import annotations

import re

# X无X (要无要, 是无是, 会无会, 能无能): a yes-no question, X不X
_A_NOT_A = re.compile(r"([\u4e00-\u9fff])无\1")
# a verb, 无, its result or direction (下无来, 进无来, 过无去, 打无通, 拖无赢, 回无去)
_RESULT = re.compile(r"([上下出进回过起打拖讲睡吃走开关修弄搞拉推])无(来|去|通|赢|到|动|着|了|好|开|完|住|起)")
# 无 before a verb of will or motion (无敢走, 无动, 无肯, 无想): 不
# (not 无动静 "no sign of life", which 不动静 would garble, nor 无会员 "no membership")
_NOT_VERB = re.compile(r"(?<![毫虚])无(敢|动(?![于静])|肯|想|会(?!员)|要(?!求))")
# 有无 before what is asked about (有无人, 有无沙袋): 有没有; a clause closing 了无 (好了无, 开了无): 了没
# (还无, still not, is _MIN_NOT's: 还没 / 还不, with its exceptions)
_HAVE_NOT = re.compile(r"有无(?![论关法效限私辜奈比意])")
_LE_NOT = re.compile(r"了无(?=[\s，,。.？?！!~]|$)")


# Hainan / Min 无 for 没 / 不: after 还 / 还是 / 都 (still not, not at all), before a supply word, as the "not" of a
# resultative (进无来, 冲无了, 过无去), as a clause-final 了无 (yet?) and in 能无能 / 会无会
_MIN_NOT = re.compile(r"(?<=[进出开冲过上下回起拿搬走吃睡看听洗])无(?=[来去了动到下上进出开通住完])"   # 进无来: 不
                      + "".join(f"|(?<={v})无(?={v})" for v in "能会可要是") +                 # 能无能: 不
                      r"|(?P<none>(?<=还是)无|(?<=还)无|(?<=[都也])无(?=[水电气亮来去动通])"       # 还是无亮, 还无来
                      r"|无(?=[水电气](?![平库利泥准线路]))|(?<=了)无(?=[\s，,。.！!？?~]|$))")   # 无水, 了无


def _min_not(m: re.Match[str]) -> str:
    """无 as 不 in a resultative or a V不V question and before a state (还是无亮, 还无热); else as 没."""
    if m.group("none") is None:
        return "不"
    nxt = m.string[m.end():m.end() + 1]
    if m.string.startswith("动静", m.end()):
        return "没"   # 还无动静 = 还没动静 (no sign of life), not 不动静
    if nxt in "人论法限比":
        return "无"   # 还无人来, 还无法: Mandarin 无人 / 无法 say the same
    awaited = _CLAUSE.split(m.string[:m.start()])[-1] + m.string[m.end() + 1:m.end() + 2]   # 师傅还无来, 还无来水
    if nxt == "来" and not any(c in _WAITED for c in awaited):
        return "无"   # 风还无来 (the typhoon has not come): only a supply or a repairer awaited is a complaint
    return "不" if nxt in tuple("亮热通动冷响转敢肯想会") else "没"   # 还是无敢 = 还是不敢


# what a resident waits on to come: the supply, the repairer, the rescue
_WAITED = set("水电气人师傅车医警")   # (救护车 / 消防车 / 医生 / 警察 awaited: 救护车还无来 is the most urgent wait)
_CLAUSE = re.compile(r"[\s，,。.！!？?~；;]")


def fold_min_negation(text: str) -> str:
    """`text` with the Min 无 read as Mandarin 不 / 没 where Mandarin never writes 无."""
    if "无" not in text:
        return text
    text = _MIN_NOT.sub(_min_not, text)
    text = _A_NOT_A.sub(lambda m: f"{m.group(1)}不{m.group(1)}", text)
    text = _RESULT.sub(lambda m: f"{m.group(1)}不{m.group(2)}", text)
    text = _HAVE_NOT.sub("有没有", text)
    text = _LE_NOT.sub("了没", text)
    return _NOT_VERB.sub(lambda m: f"不{m.group(1)}", text)
