"""An "it is over" word that reports nothing over.

- Asked about, not told: "啥时候恢复", "什么时候恢复正常供水", "多久能来电" ask when it will be over
  (the word after a when-question in its own clause); or asked for: "能不能趁早锯了" asks for the job.
- A light that went out: "路灯全灭了", "楼道灯又灭了" is a light failing, not a fire put out.
- "来了" of someone or something coming, not of supply back: "螺丝掉出来了", "回来了", "来了个喝多的".
- Over, but a question follows the contrast: "来水了 但是黄黄的 能喝吗", "来电了，可是跳闸推不上去，
  咋办": what came back raises a new question to someone (a statement alone after the contrast,
  "来水了，就是有点黄，放一会儿就好了", stays a report that it is over); or over, and then the office is
  asked outright for something else ("现在不漏了 ... 社区能不能给调解调解", "...修好了。...请社区今天就安排
  一下助餐"), or anyone asked to do a job ("火是灭了 楼道里的纸箱子能不能都给清走"), unless it thanks the
  office for what was done ("修好了，谢谢社区帮忙").
- Broken again: a relapse right after it ("前天修好没两天又这样"): what the message tells is the fault back.
- Asked before it: a question or a plea for someone to step in comes first, and the fixed words are only
  background to it ("@干事 冻爆水管的补助有消息没？我家也换了一截管子", "有没有人管一下那些电动车 ...
  来电了一起充"): the message still asks, whatever it tells as done.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from .vocab_data import REPLACED_AT_HOME, REPLACED_YET_BROKEN

# a when-question, then the fixed word within its own clause ("啥时候能修好", "什么时候恢复正常")
_WHEN_BEFORE = re.compile(r"(?:什么时候|啥时候|啥时|何时|几时|几点|哪天|多久|多长时间|要等到)[^，,。.!！?？；;\s]{0,6}$")
# 灭 of a lamp: 灯 right before, a word or two of degree between ("灯全灭了", "灯又都灭了")
_LAMP_BEFORE = re.compile(r"灯[^火烟\s，,。.！!？?；;]{0,6}$")   # 灯全灭了, 灯泡啪的一声灭了 (not 灯旁的火灭了)
# a question or an ask after the contrast
_CONTRASTS = ("但是", "可是", "不过", "就是", "但")
_ASKS = re.compile(r"[吗嘛?？]|能不能|要不要|有没有|能[^，,。\s]{1,2}不|咋办|怎么办|咋整|怎么回事|正常吗|找谁")
# ...or someone asked to see to it, unless in what may happen later ("不过下次再漏 我再叫你们来看看")
_SEE_TO_IT = re.compile(r"来看看|来看一下|再看看|处理一下|管一下|弄一下|修一下")
_MAY_HAPPEN = ("下次", "下回", "要是", "如果", "万一", "以后再")


# the office asked outright to act ("社区能不能给调解", "请社区今天就安排"); not "麻烦物业师傅了" (thanks)
_OFFICE_ASK = re.compile(r"(?:社区|物业|居委会?|街道|网格员|网格长)(?:能不能|能否|可不可以|可否|能帮|给个说法)"
                         r"|请(?:社区|物业|居委会?|街道|网格员|网格长)"
                         # ...or asked a question outright ("想问下社区有没有补贴?", "请问物业这个费用谁出")
                         r"|(?:想问|请问|问下|问一下|打听一下)[^，,。.!！；;\s]{0,4}(?:社区|物业|居委会?|街道|网格)[^，,。.!！；;]{0,12}"
                         r"(?:[?？吗]|有没有|能不能|可不可以|怎么|咋|谁)")
# ...or anyone asked to do a job after it ("火是灭了 楼道里的纸箱子能不能都给清走", "不响了 能不能给换一个",
# "水不滴了，麻烦房管所明朝来换管子")
_JOB_ASK = re.compile(r"(?:能不能|能否|可不可以|可否|麻烦)[^，,。.!！?？；;\s]{0,6}"
                      r"(?:帮|换|清|修|锯|砍|拉走|搬|挪|处理|管|安排|派|来)")   # (not a bare 给: "能不能给师傅点个赞")
_CREDITED = ("感谢", "谢谢", "多谢", "多亏", "幸亏", "辛苦", "幸好")
_CAME_OF_SOMEONE_BEFORE = ("回", "过", "起", "上", "下", "进", "掉出", "冒出", "流出", "漏出")   # not 出来了: got out
_CAME_OF_SOMEONE_AFTER = "个位俩"
# pests that came out ("老鼠都出来了", "蟑螂爬出来了"): 来了 of the vermin, no repairer who came
_PESTS_OUT = re.compile(r"(?:老鼠|耗子|蟑螂|小强|虫子?|蛇|蚂蚁|跳蚤|臭虫)[^\s，,。.!！?？；;]{0,3}出$")
# an ask opening the clause of the fixed word: it is the job asked for ("能不能趁早锯了", "麻烦尽快清走了吧")
_ASKED_FOR_BEFORE = re.compile(r"(?:能不能|能否|可不可以|可否|麻烦|赶紧|尽快|趁早|早点)[^，,。.!！?？；;\s]{0,6}$")


def asked_or_lamp(t: str, start: int, word: str) -> bool:
    """The fixed word at `start` is asked about ("啥时候恢复"), asked for ("能不能趁早锯了"), a lamp going
    out ("灯全灭了"), or a bare 来了 of someone coming ("掉出来了", "来了个喝多的")."""
    before = t[max(0, start - 10):start]
    end = start + len(word)
    if t[end:end + 2] in ("了吗", "了么", "了没", "了嘛", "了不", "了?", "了？"):   # "现在没事了吗": asked
        return True
    if word == "来了" and (t[:start].endswith(_CAME_OF_SOMEONE_BEFORE)
                          or t[start + 2:start + 3] in tuple(_CAME_OF_SOMEONE_AFTER) or _PESTS_OUT.search(before)):
        return True
    return bool(_WHEN_BEFORE.search(before) or _ASKED_FOR_BEFORE.search(before)
                or (word.startswith("灭") and _LAMP_BEFORE.search(before)))


# a question put, or someone asked to step in ("有没有人管一下"), before the fixed words
_ASKED_BEFORE = re.compile(r"[?？]|管一下|管管|有没有人管|谁来管"
                           # the office or its volunteers asked whether they have someone or something
                           # ("咱网格有没有会修的志愿者", "社区有没有轮椅借"): a question, however it is punctuated
                           r"|(?:社区|物业|居委会?|街道|网格|服务站)[^，,。.!！；;\s]{0,2}有没有")


def asks_before(t: str, start: int) -> bool:
    """Before the fixed phrase starting at `start`: a question or a plea to step in, with no thanks anywhere."""
    return _ASKED_BEFORE.search(t, 0, start) is not None and not any(w in t for w in _CREDITED)


def asks_after(t: str, end: int) -> bool:
    """After the fixed phrase ending at `end`: a contrast then a question or an ask, or the office (or anyone)
    asked outright to do a job, with no thanks before it."""
    rest = t[end:]
    at = min((i for i in (rest.find(c) for c in _CONTRASTS) if i >= 0), default=-1)
    if at >= 0 and _ASKS.search(rest, at) is not None:
        return True
    see = _SEE_TO_IT.search(rest, at) if at >= 0 else None
    if see and not any(w in rest[at:see.start()] for w in _MAY_HAPPEN):
        return True
    m = _OFFICE_ASK.search(rest) or _JOB_ASK.search(rest)
    return m is not None and not any(w in t[:end + m.start()] for w in _CREDITED)


_CLAUSE_BREAK = re.compile(r"[，,。.!！?？；;\s]")


def replaced_not_mended(t: str, start: int, end: int, objects: Iterable[str]) -> bool:
    """A part told as replaced ("锁换了" at `start`..`end`) that mends no ticket: one's own home's part (a home
    marker earlier in its clause: "我家入户门锁换了"), or the same thing still broken / asked when mended after
    it ("灯泡换了 还是不亮", "锁换了 单元门锁啥时候修"); "灯换了 门锁还是坏的" still tells the light mended."""
    clause = _CLAUSE_BREAK.split(t[:start])[-1]
    if any(w in clause for w in REPLACED_AT_HOME):
        return True
    rest = t[end:]
    if not any(w in rest for w in REPLACED_YET_BROKEN):
        return False
    part = t[start:end].removesuffix("换了")
    named = [w for w in objects if w in rest]
    return not named or any(part in w or w in part for w in named)


def problem_after_job(t: str, end: int, hits: Iterable[tuple[int, str]]) -> bool:
    """A problem cue (start, cue) told after a job done ending at `end` ("井盖换新的了 车一压又碎了", "门禁换新
    的了 卡都刷不开", its last part after it): the job mends nothing it tells; not a fault denied as the job's
    effect ("这回压不碎了", "晃都不晃")."""
    if _FAILS_TO_WORK.search(t, end):
        return True   # "门锁换成新的了 钥匙没给 进不去": the new part does not work for the residents
    for start, cue in hits:
        last = cue.split("+")[-1]
        at = start if start >= end else t.find(last, end)
        if at >= end and not _DENIED.match(t, at + len(last)) and t[at - 1:at] not in ("不", "没"):
            return True
    return False


# a part that does not work, told with no fault cue of its own ("进不去", "打不开", "关不上", "用不了")
_FAILS_TO_WORK = re.compile(r"[进打关锁用刷按推拉拧开](?:不[去开上动进住]|不了)")
# a fault denied in the words after it: "晃都不晃", "摇都摇不动", "漏也不漏了"
_DENIED = re.compile(r"[都也][^，,。.!！?？；;\s]{0,1}[不没]")


_RELAPSE_WITHIN = 8   # characters after the fixed phrase ("修好没两天又这样", "修好了 结果今天又坏了")
_FILLERS = "是都给也开始"


def relapsed(t: str, end: int, relapse: Iterable[str], faults: Iterable[str]) -> str | None:
    """A relapse word soon after the fixed phrase ending at `end`, in its sentence, then a fault ("又这样",
    "又不热了"; not "又暖和了"): what was fixed is broken again, so whatever the message tells of it is now
    (the relapse word; None when there is none)."""
    faults = tuple(faults)
    for w in relapse:
        at = t.find(w, end, end + _RELAPSE_WITHIN)
        if at < 0 or any(c in "。.!！?？；;" for c in t[end:at]):
            continue
        if t[at + len(w):].lstrip(_FILLERS).startswith(faults):
            return w
    return None
