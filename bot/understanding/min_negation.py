"""Min speech (Hainan, Leizhou, Teochew, Hokkien) negates with 无 where Mandarin says 不 or 没, read as Mandarin
(called from dialect.to_mandarin).

"电梯来电了还是无动" = 还是不动, "阿公下无来" = 下不来, "要无要空腹" = 要不要, "有无人管" = 有没有人管, "扶手焊好了无"
= 焊好了没 (a question, not the fix told), "还无来水" = 还没来水, "打无通" = 打不通. Mandarin keeps 无 in set
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
# 有无 before what is asked about (有无人, 有无沙袋): 有没有; a clause closing 了无 (好了无, 开了无): 了没;
# 还无 (still not): 还没
_HAVE_NOT = re.compile(r"有无(?![论关法效限私辜奈比意])")
_LE_NOT = re.compile(r"了无(?=[\s，,。.？?！!~]|$)")
_STILL_NOT = re.compile(r"还无(?![论法限比人])")   # (无人 is Mandarin already: 还无人来)


def fold_min_negation(text: str) -> str:
    """`text` with the Min 无 read as Mandarin 不 / 没 where Mandarin never writes 无."""
    if "无" not in text:
        return text
    text = _A_NOT_A.sub(lambda m: f"{m.group(1)}不{m.group(1)}", text)
    text = _RESULT.sub(lambda m: f"{m.group(1)}不{m.group(2)}", text)
    text = _HAVE_NOT.sub("有没有", text)
    text = _LE_NOT.sub("了没", text)
    text = _STILL_NOT.sub("还没", text)
    return _NOT_VERB.sub(lambda m: f"不{m.group(1)}", text)
