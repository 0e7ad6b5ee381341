"""Whether a responder already has the matter in hand: answer markers ("收到", "派人"), running there, a call made
(not one met with no answer), loose pieces taken down, "已经" before a handling verb, help called or seen through
(叫了120, 已送医); what follows once it is in hand (a follow-up passed up, more hands asked, the danger going on).

Reads the responder's text, its clauses and vocab_handling's words. Split out of responders.py.
"""
from __future__ import annotations

import re

from .scan import clause_bounds
from .vocab_handling import CALL_FAILED, CALL_MADE, HANDLED, MORE_HANDS, ON_SCENE, RESPONDER_BUSY
from .vocab_passing_up import AUDIENCE


# A responder handling it, beyond the answer markers (vocab_handling.HANDLED): the writer running there
# ("我正往那跑"); the call made ("维保电话我打完了"), unless it met no answer ("打过了
# 没人接": a person not answering is the emergency); the loose pieces taken down by the writer ("松的瓷砖都敲掉了"),
# not by a vandal or the wind ("玻璃被人敲掉了")
RUNS_THERE = re.compile(r"(?:我|俺|咱)[^，,。！!？?\s]{0,4}往(?:那|这)边?跑")

TAKEN_DOWN = re.compile(r"敲掉了|拆掉了|拆下来了|铲掉了|清走了")

# Someone else asked to go for the speaker ("谁在家的帮我去看看", "麻烦替我过去一趟"): the going is the ask,
# not the speaker handling it.
GO_FOR_ME = re.compile(r"(?:帮|替|代)(?:我|俺|咱)?(?:去|过去)")


def handling(t: str) -> str | None:
    """The first marker in `t` that shows the responder handling the matter, if any."""
    t = GO_FOR_ME.sub("，", t)
    hit = next((m for m in HANDLED if m in t), None)
    if hit is None and not any(w in t for w in CALL_FAILED):
        hit = next((m for m in CALL_MADE if m in t), None)
    if hit is None and (m := RUNS_THERE.search(t)):
        hit = m.group(0)
    if hit is None and (m := TAKEN_DOWN.search(t)) and "被" not in t[max(0, m.start() - 6):m.start()]:
        hit = m.group(0)
    return hit


# "已经" marks a responder handling only before a handling verb ("已经联系了"), not a state ("已经湿了").
ALREADY_HANDLING = re.compile(r"已经?(?:协调|排查|检查|逐|联系|通知|安排|报|派|到|过去|在|处理|叫|打|去|让|找|关|拉|疏散|上报|反映给|跟|送|转|带|扶|救|修|换|清|拆|挪|封|劝)")

# Calling an ambulance or the police is not the emergency being handled: the person still needs help.
CALLED_HELP = re.compile(r"已经?(?:打了?|拨了?|叫了?)(?:120|110|119|999|救护车)|已经?报警了?|打了(?:120|110|119)")

# A responder who has already got help there or seen it through ("叫了120", "打120了", "已送医", "已疏通",
# "社工在跟"): the emergency is in hand, unless they go on to ask for hands or for the office (see below).
SEEN_TO = re.compile(r"(?:叫|打|拨)了?(?:120|110|119|救护车)了(?![吗没么?？])|(?:叫|打|拨)了(?:120|110|119|救护车)(?![吗没么?？])"
                     r"|送(?:到)?医院?了(?![吗没么?？])|已送医|送医(?:院)?(?:检查|治疗)?[，。,.！!]|已经?疏通|疏通了|在跟进|在跟着?(?=[，。,.！!？?\s]|$)|跟进中"
                     r"|情绪稳定|人清醒了")

CLAUSE_ENDS = "，,。！？!?；;\n"   # a new line is a new clause

SPOKEN_ENDS = CLAUSE_ENDS + " "

# A follow-up asked of the office once an emergency is in hand ("已报警 后续请司法所介入", "已经叫了120 麻烦社区后续
# 跟进一下", "人救出来了 请社区协调维保彻底检修"): what is left after the emergency is passed up.
FOLLOW_UP = re.compile(r"后续[^，,。！？!?；;\n]{0,3}?(?:请|麻烦|需要)"
                       r"|(?:请|麻烦)[^，,。！？!?；;\n]{0,8}?(?:后续|跟进|介入|彻底)")

# ...only when the handling was calling someone (已通知维保, 打了119), not the responder there doing it
# ("收到 已经到现场了 老人摔倒了 谁能来帮一下抬担架": hands for the job in hand)
CALLED = re.compile(r"通知|联系|打|叫|拨|报")

# ...and only when nothing of the danger is told as still going on (救护车还没到, 人还没醒, 味道还很大, a pregnant
# woman inside in pain): then the help called is not yet the emergency handled
STILL_ON = re.compile(r"还(?:没到|没来|没醒|没出来|没救|没灭|在|很|是很|困|昏|晕|有人|有味|冒)|越来越|仍然|仍在|依然|"
                      r"孕妇|肚子疼|喘不上|呼吸困难|不省人事")


def more_hands(t: str, ask_at: int, handled: str) -> str | None:
    """The words of an ask for more hands after help was called in an earlier clause, if any: not
    when the handling is in the ask's own clause ("我已经派人过去协调了")."""
    if ask_at >= len(t) or handled in t[clause_bounds(t, ask_at, SPOKEN_ENDS)[0]:ask_at] \
            or not CALLED.search(handled) or any(w in t[:ask_at] for w in ON_SCENE):
        return None
    ask = t[ask_at:clause_bounds(t, ask_at + 1, CLAUSE_ENDS)[1]]   # (an end right at the ask does not end it)
    return next((w for w in MORE_HANDS if w in ask), None)


def clause_at(t: str, at: int) -> str:
    """The clause of `t` that holds position `at`."""
    start, end = clause_bounds(t, at, CLAUSE_ENDS)
    return t[start:end]


def busy(t: str, audience: bool = True, handling: bool = True) -> bool:
    """A responder handling it already ("马上", "联系了", "已经派") or, with `audience`, speaking to
    everyone ("大家", "各位"); "不放心" is no "放心"."""
    return (any(m in t and not any(f"{n}{m}" in t for n in "不没") for m in RESPONDER_BUSY
                if audience or m not in AUDIENCE)
            or (handling and ALREADY_HANDLING.search(t) is not None))
