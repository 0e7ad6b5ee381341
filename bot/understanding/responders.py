"""Who speaks: staff, building leaders and grid chiefs answer and announce; residents report.

A responder's message is a request only when it reports an emergency it is not yet handling,
or passes a resident's problem up to the office. A resident who caused a problem and says
it is in hand is not asking for anything.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .marks import Mark
from .official_named import official_named
from .patrol_found import patrol_found
from .scan import clause_bounds
from .vocab_passing_up import ACT_NOW, ASK_OPENERS, ESCALATE_MORE, SERVICES_ASKED

RESPONDERS = ("staff", "leader", "chief")
# Answer markers that show a responder is handling, not reporting.
_HANDLED = ("收到", "马上", "正在", "安排", "联系了", "我去", "过去", "稍等", "放心", "没事", "找到了",
            "灭了", "拉走了", "通知", "到现场", "派人", "处理",
            # hurrying there ("正往那赶"): only a helper hurries (a lost child "往那跑了" is no one handling it)
            "往那赶", "往这赶", "往那边赶", "往现场赶")
# ...the writer running there ("我正往那跑"); the call made ("维保电话我打完了"), unless it met no answer ("打过了
# 没人接": a person not answering is the emergency); the loose pieces taken down by the writer ("松的瓷砖都敲掉了"),
# not by a vandal or the wind ("玻璃被人敲掉了")
_RUNS_THERE = re.compile(r"(?:我|俺|咱)[^，,。！!？?\s]{0,4}往(?:那|这)边?跑")
_CALL_MADE = ("打完了", "打过了")
_CALL_FAILED = ("没人接", "没接", "不接", "无人接", "打不通", "没打通", "不通", "关机", "没人来", "没来", "没人理", "没回")
_TAKEN_DOWN = re.compile(r"敲掉了|拆掉了|拆下来了|铲掉了|清走了")


# Someone else asked to go for the speaker ("谁在家的帮我去看看", "麻烦替我过去一趟"): the going is the ask,
# not the speaker handling it.
_GO_FOR_ME = re.compile(r"(?:帮|替|代)(?:我|俺|咱)?(?:去|过去)")


def _handling(t: str) -> str | None:
    """The first marker in `t` that shows the responder handling the matter, if any."""
    t = _GO_FOR_ME.sub("，", t)
    hit = next((m for m in _HANDLED if m in t), None)
    if hit is None and not any(w in t for w in _CALL_FAILED):
        hit = next((m for m in _CALL_MADE if m in t), None)
    if hit is None and (m := _RUNS_THERE.search(t)):
        hit = m.group(0)
    if hit is None and (m := _TAKEN_DOWN.search(t)) and "被" not in t[max(0, m.start() - 6):m.start()]:
        hit = m.group(0)
    return hit
# A leader / grid chief passing a resident's problem up to the office (a request), unless busy handling it.
_ESCALATE = ("请协调", "协调一下", "帮忙协调", "能不能安排", "能不能给", "能不能派", "麻烦告知", "告知一下", "归谁管",
             "该谁管", "谁来管", "需要社区", "请社区", "社区出面", "出面调解", "麻烦社区", "请物业", "麻烦物业",
             "能不能跟", "能不能联系", "请联系", "帮忙联系",
             # relaying residents' asks up to the office ("9栋的居民问...", "有三户反映...", "报告：...")
             "居民问", "住户问", "业主问", "租客问", "居民反映", "住户反映", "业主反映", "户反映", "住户申请",
             "业主申请", "居民申请", "业主建议", "居民建议", "住户建议", "麻烦对接", "麻烦联系", "麻烦补", "麻烦明天",
             "能不能找人", "能不能请", "能不能发", "能不能先", "请尽快", "尽快安排", "请工程", "请维修", "马上处理",
             "尽快处理", "什么时候可以", "报告:", "报告：", "请派", "尽快派", "赶紧派", "马上派", "反映一下",
             # asking for hands or supplies for a resident ("麻烦哪位今天帮忙送一点过去", "请安排清洗")
             "请安排", "安排一下", "帮忙送", "送一下", "麻烦哪位", "哪位能", "哪位方便", "有没有志愿者", "志愿者能",
             "需要调", "麻烦采购",
             # asking the office to chase someone up or to issue more of something
             "社区帮忙", "帮忙催", "催一下", "能再领", "能不能再领", "再发几", "能不能多发",
             # a works order to be filed ("得赶紧报个改造")
             "赶紧报个", "得报个", "报个改造", "申请改造") + ESCALATE_MORE
# ...and asks in a form no word list holds: supplies or machines sent ("需要马上调一桶柴油", "能不能先调一车过来"),
# residents waiting on an answer ("住户都在问"), a service asked to come ("请网格员来一趟", "得赶紧让施工方来加固");
# not "我叫电工来" / "让物业去看" (the speaker handling it)
_ASK_UP = re.compile(r"(?:需要|能不能|能否|请|麻烦)[^，。！？,.!?]{0,6}?调(?:[一两二三四五六七八九十几\d]|些|个|点|拨|过来|来|配)"
                     r"|(?:住户|居民|业主|老人)(?:都|又|一直|天天)在问"
                     r"|(?:(?<![我就已经了])请|赶紧让|得让)(?:施工方|施工队|开发商|物业|工程部|执法队|城管|电工|师傅|网格员|网格长)"
                     r"[^，。！？,.!?]{0,4}?(?:来|过来|跟进|加固|处理)")
_AUDIENCE = ("大家", "各位", "@所有人")
# Staff relaying a resident's report near the start of the message ("居民电话反映：…", "3栋楼长说…"):
# the problem is passed on for someone to act, not announced.
_STAFF_RELAY = ("居民反映", "住户反映", "业主反映", "电话反映", "来电反映", "居民来电", "住户来电", "楼长说", "楼长反映",
                "网格员反映", "有居民问", "有住户问", "有个居民问", "有个住户问", "有位居民问", "有个业主问")
_RELAY_WITHIN = 14  # characters from the start
# ...or naming whom it relays in its own words ("3栋王大爷反映", "有个居民问"): someone other than the speaker.
_RELAY_SOMEONE = re.compile(r"^[^我，。！？!?]{0,12}?(?:大爷|大妈|阿姨|奶奶|爷爷|老人|阿婆|阿伯|居民|住户|业主|租客|家属|那家|一家|一户)"
                            r"(?:来电|打电话|电话)?(?:反映|问|说)")
# Staff asking someone to act for a resident: another responder or a service ("请网格长去协调一下",
# "想请燃气公司来检查"), or hands among the staff ("谁明天去...帮他拿一下", "边位方便帮手买").
_STAFF_ASK = re.compile(r"请(?:网格长|网格员|楼长|物业|社区|工程部|燃气公司|供电所|自来水公司|电工|师傅|维修工)[^，。！？!?]{0,3}?"
                        r"(?:去|来|过去|帮|协调|处理|看|查|修)"
                        r"|谁(?:明天|今天|下午|上午|晚上|有空|方便)[^，。！？!?]{0,6}?去|边位方便|哪位方便|哪位有空")
_NOTICE_OPENINGS = ("【", "通知", "提醒", "@所有人", "各位")
# A service asked to act now, by name, with a word of urgency (vocab_passing_up): "请物业马上", "麻烦工程部立即"
_ACT_NOW_ASK = re.compile(f"(?:{'|'.join(ASK_OPENERS)})(?:{'|'.join(SERVICES_ASKED)})[^，。！？!?；;\\s]{{0,4}}?"
                          f"(?:{'|'.join(ACT_NOW)})")
# Not an ask passed up: planned work announced ("下午请电工来检修配电箱，到时候会停电"), an ask called off
# ("请电工先别去"), an answer to someone else's ask ("好的，请物业下午去看下").
_SCHEDULED_WHEN = re.compile(r"今天|明天|后天|今晚|明早|上午|下午|晚上|周[一二三四五六日天]|星期|\d+[点号]")
_SCHEDULED_WORK = ("停电", "停水", "停气", "到时候", "届时", "留人")
_CALLED_OFF = ("别", "不用", "不要", "不必")
_ANSWER_OPENINGS = ("好的", "好嘞", "收到")
# "收到。另外..." acknowledges one thing, then raises another: what it acknowledged is no answer to the new one.
BESIDES = ("另外", "还有个事", "还有件事", "顺便说")
# "已经" marks a responder handling only before a handling verb ("已经联系了"), not a state ("已经湿了").
_ALREADY_HANDLING = re.compile(r"已经?(?:协调|排查|检查|逐|联系|通知|安排|报|派|到|过去|在|处理|叫|打|去|让|找|关|拉|疏散|上报|反映给|跟|送|转|带|扶|救|修|换|清|拆|挪|封|劝)")
# A responder with an emergency asking hands to come now ("谁离得近赶紧去看看", "社区谁能来帮一下").
_HELP_ASK = ("谁离得近", "谁能来", "谁能过来", "谁能帮", "谁在附近", "来帮一下", "来帮忙", "帮一下", "赶紧去看看",
             "快去看看", "赶紧去", "快来人", "来人啊", "需要人手", "快来几个人",
             # someone asked to come now ("得马上来人"): not the speaker's own "马上到"
             "得马上来人", "需要马上来人", "得赶紧来人", "赶紧来人", "赶快来人", "快点来人", "速来人")
# Calling an ambulance or the police is not the emergency being handled: the person still needs help.
_CALLED_HELP = re.compile(r"已经?(?:打了?|拨了?|叫了?)(?:120|110|119|999|救护车)|已经?报警了?|打了(?:120|110|119)")
# A responder who has already got help there or seen it through ("叫了120", "打120了", "已送医", "已疏通",
# "社工在跟"): the emergency is in hand, unless they go on to ask for hands or for the office (see below).
_SEEN_TO = re.compile(r"(?:叫|打|拨)了?(?:120|110|119|救护车)了(?![吗没么?？])|(?:叫|打|拨)了(?:120|110|119|救护车)(?![吗没么?？])"
                      r"|送(?:到)?医院?了(?![吗没么?？])|已送医|送医(?:院)?(?:检查|治疗)?[，。,.！!]|已经?疏通|疏通了|在跟进|在跟着?(?=[，。,.！!？?\s]|$)|跟进中"
                      r"|情绪稳定|人清醒了")
_RESPONDER_BUSY = ("收到", "马上", "正在", "我去", "我来", "过去", "稍等", "放心", "联系了", "在路上",
                   "报给", "报了", "记下", "大家", "各位", "@所有人", "在协调", "通知:", "【", "我问下", "我问问", "我喊",
                   "我叫人")
# A resident who caused the problem answering that it is in hand ("对不起, 已经关阀, 马上找人修").
_APOLOGY = ("对不起", "不好意思", "抱歉", "是我家")
_SELF_HANDLING = ("马上找人修", "我找人修", "我去修", "我来修", "已经关", "关了总阀", "关总阀", "我会赔", "我赔", "已经在修")


_CLAUSE_ENDS = "，,。！？!?；;\n"   # a new line is a new clause


# Asks for hands or services beyond the help a responder called ("请社区马上派人来", "请求消防协助",
# "谁能来帮一下"); a note to the office ("请社区知悉") asks for nothing more.
_MORE_HANDS = ("派人", "派电工", "协调", "协助", "支援", "帮忙", "帮一下", "来人", "想办法", "想想办法", "过来",
               "来一趟", "谁能来")
_SPOKEN_ENDS = _CLAUSE_ENDS + " "
# A follow-up asked of the office once an emergency is in hand ("已报警 后续请司法所介入", "已经叫了120 麻烦社区后续
# 跟进一下", "人救出来了 请社区协调维保彻底检修"): what is left after the emergency is passed up.
_FOLLOW_UP = re.compile(r"后续[^，,。！？!?；;\n]{0,3}?(?:请|麻烦|需要)"
                        r"|(?:请|麻烦)[^，,。！？!?；;\n]{0,8}?(?:后续|跟进|介入|彻底)")
# ...only when the handling was calling someone (已通知维保, 打了119), not the responder there doing it
# ("收到 已经到现场了 老人摔倒了 谁能来帮一下抬担架": hands for the job in hand)
_CALLED = re.compile(r"通知|联系|打|叫|拨|报")
_ON_SCENE = ("收到", "到现场", "在现场", "我在", "过去了", "我到了", "已到")
# ...and only when nothing of the danger is told as still going on (救护车还没到, 人还没醒, 味道还很大, a pregnant
# woman inside in pain): then the help called is not yet the emergency handled
_STILL_ON = re.compile(r"还(?:没到|没来|没醒|没出来|没救|没灭|在|很|是很|困|昏|晕|有人|有味|冒)|越来越|仍然|仍在|依然|"
                       r"孕妇|肚子疼|喘不上|呼吸困难|不省人事")


def _more_hands(t: str, ask_at: int, handled: str) -> str | None:
    """The words of an ask for more hands after help was called in an earlier clause, if any: not
    when the handling is in the ask's own clause ("我已经派人过去协调了")."""
    if ask_at >= len(t) or handled in t[clause_bounds(t, ask_at, _SPOKEN_ENDS)[0]:ask_at] \
            or not _CALLED.search(handled) or any(w in t[:ask_at] for w in _ON_SCENE):
        return None
    ask = t[ask_at:clause_bounds(t, ask_at + 1, _CLAUSE_ENDS)[1]]   # (an end right at the ask does not end it)
    return next((w for w in _MORE_HANDS if w in ask), None)


def _clause(t: str, at: int) -> str:
    """The clause of `t` that holds position `at`."""
    start, end = clause_bounds(t, at, _CLAUSE_ENDS)
    return t[start:end]


def asks_up(role: str, t: str) -> str | None:
    """A leader's or chief's ask passing a problem up to the office ("请社区今天就安排一下"), if any."""
    return _escalates(t) if role in ("leader", "chief") else None


def _escalates(t: str) -> str | None:
    """The first ask passing a problem up that `t` holds, if any."""
    m = _ASK_UP.search(t)
    return next((w for w in _ESCALATE if w in t), None) or (m.group(0) if m else None)


# Said to the residents, not up to the office: an answer, a notice, a collection ("物业说下午派人来修 大家
# 别急", "申请临时停车证的到我这登记", "我问了，可以的").
_TO_RESIDENTS = ("告诉大家", "通知大家", "跟大家说", "和大家说", "大家别急", "大家有啥", "大家可以", "大家注意", "到我这",
                 "报给我", "找我报", "交给我", "我统一", "统一说", "回头通知", "我问了", "我去问", "我明天去问", "有结果",
                 "物业说", "社区说", "通知说")


# A leader's or chief's own question to the office ("请问...怎么报销", "...这个通知谁来发？"): not one put to
# a resident ("阿姨，是您家里漏吗？") nor one asked on the way to help ("我马上过去，谁有她儿子的电话？").
_QUESTION_ENDS = ("？", "?", "吗", "伐", "没得", "没有", "不")
_TO_SOMEONE_HERE = ("我", "你", "您", "侬", "阿姨", "大爷", "叔", "姐", "哥", "哪家", "谁家", "哪个单元", "几楼", "几号")


# a question ending is put to the office unless, naming no office, it asks who or whether something broke
# ("三楼有人家里漏水吗？", "电梯又坏了吗？", "楼道灯是不是坏了？")
_ASKS_ABOUT = ("有人", "谁", "哪户", "坏了", "是不是", "漏水")
_OFFICE_NAMED = ("社区", "物业", "请问", "部门", "找谁", "谁来", "谁负责", "谁管", "街道", "居委", "书记", "主任", "网格",
                 "领导", "工程部", "怎么报", "怎么办", "咋办")


# a where-question closing the message with no mark, as voice input writes it ("登记表交到哪里", "表格在哪里拿")
_WHERE_AT_END = re.compile(r"(?:在|到|去|上|找)哪(?:里|儿)(?:拿|交|领|办|报|填|登记|买|打印|下载|问)?[吗呢啊呀]?$")


def _asks_office(t: str) -> bool:
    s = t.strip()
    return (((s.endswith(_QUESTION_ENDS) or _WHERE_AT_END.search(s)) and (any(w in s for w in _OFFICE_NAMED) or not any(w in s for w in _ASKS_ABOUT))
             or "请问" in s)
            and not any(w in s for w in _TO_SOMEONE_HERE)
            and not _busy(s))


def _busy(t: str, audience: bool = True, handling: bool = True) -> bool:
    """A responder handling it already ("马上", "联系了", "已经派") or, with `audience`, speaking to
    everyone ("大家", "各位"); "不放心" is no "放心"."""
    return (any(m in t and not any(f"{n}{m}" in t for n in "不没") for m in _RESPONDER_BUSY
                if audience or m not in _AUDIENCE)
            or (handling and _ALREADY_HANDLING.search(t) is not None))


_RELAYED = frozenset({Mark.RELAYED})
_IN_HAND = frozenset({Mark.IN_HAND})
_FIRM = frozenset({Mark.FIRM})
_NOTICE = frozenset({Mark.FIRM, Mark.NOTICE})


@dataclass(frozen=True, slots=True)
class Speaker:
    """The verdict on who speaks: stop (not a request, why) or go on as `role`."""

    stop: str | None = None
    note: str | None = None
    role: str = "resident"
    red_only: bool = False     # a responder reporting an emergency: only the red cues count
    no_red: bool = False       # a responder passing up what is left of a danger already in hand: its red cues do not count
    marks: frozenset[Mark] = frozenset()   # what the verdict establishes (marks.py), beside its stop or note


def speaker(role: str, has_red: bool, t: str, precaution: Sequence[str] = (), reassured: Sequence[str] = ()) -> Speaker:
    """Who speaks and what that makes of the message. `precaution`: words keeping people away
    ("别靠近"), which after a handling verb are a precaution, not handling the danger; `reassured`:
    words saying nobody is hurt or in danger ("没人受伤")."""
    if role in RESPONDERS:
        help_at = min((t.find(w) for w in _HELP_ASK if w in t), default=-1)
        relay = next((w for w in _STAFF_RELAY if w in t[:_RELAY_WITHIN]), None) if role == "staff" else None
        if role == "staff" and relay is None and (m_r := _RELAY_SOMEONE.search(t)) and _STAFF_ASK.search(t) \
                and not has_red and not _busy(t[m_r.end():], audience=False):
            return Speaker(note=f"{role} passes a problem up to the office ('{m_r.group(0)}')", role="resident",
                           marks=_RELAYED)
        if (relay and not has_red and not t.lstrip().startswith(_NOTICE_OPENINGS)
                and not _busy(t[t.find(relay) + len(relay):], audience=False)):
            return Speaker(note=f"{role} relays a resident's report ('{relay}')", role="resident")
        if role == "staff" and not has_red and not t.lstrip().startswith(_NOTICE_OPENINGS) \
                and not any(a in t for a in _AUDIENCE) and (m_a := _STAFF_ASK.search(t)) \
                and not _busy(t[:m_a.start()], audience=False) and "我帮" not in t[:m_a.start()] \
                and not t.lstrip().startswith(_ANSWER_OPENINGS) and not any(n in m_a.group(0) for n in _CALLED_OFF) \
                and not (_SCHEDULED_WHEN.search(t[:m_a.end()]) and any(w in t for w in _SCHEDULED_WORK)):
            return Speaker(note=f"{role} passes a problem up to the office: asks someone to act ('{m_a.group(0)}')",
                           role="resident", marks=_RELAYED)
        if role == "staff" and not has_red and (found := patrol_found(t)):
            return Speaker(note=f"{role} passes up what a patrol found ({found})", role="resident", marks=_RELAYED)
        if role == "staff" and has_red and help_at < 0 and (m_n := _ACT_NOW_ASK.search(t)) \
                and not t.lstrip().startswith(_NOTICE_OPENINGS + _ANSWER_OPENINGS) and not any(a in t for a in _AUDIENCE) \
                and not _handling(t[:m_n.start()]) and not _ALREADY_HANDLING.search(t[:m_n.start()]):
            # "巡查发现外墙瓷砖松了 还在翘 请物业马上拉警戒线": a danger found on rounds, a service asked to act
            # now; the staff member reports it, not handling it
            return Speaker(note=f"{role} reports a danger and asks a service to act now ('{m_n.group(0)}')",
                           role=role, red_only=True)
        if role == "staff" and not (has_red and help_at >= 0 and not t.lstrip().startswith(("【", "通知", "提醒"))):
            return Speaker(stop=f"not request: {role} announces or answers", role=role, marks=_FIRM)
        # "请社区今天安排..." asks the office to act: markers after the ask are part of it
        ask_at = min((t.find(w) for w in _ESCALATE if w in t), default=len(t))
        if has_red and help_at >= 0:
            ask_at = min(ask_at, help_at)
            t = _CALLED_HELP.sub("", t[:ask_at]) + t[ask_at:]
            ask_at = min((t.find(w) for w in _ESCALATE + _HELP_ASK if w in t), default=len(t))
        if not has_red:
            escalates = _escalates(t)
            if escalates and escalates not in _ESCALATE:
                if any(a in t for a in _AUDIENCE) or any(w in t for w in _SCHEDULED_WORK):
                    escalates = None   # said to everyone, or planned work announced
                else:
                    ask_at = min(ask_at, t.find(escalates))
            besides = max((t.find(w) for w in BESIDES if w in t[:ask_at]), default=0)
            before = t[besides:ask_at]
            # "已经拉了警戒线，没人受伤，请安排维修": what is already done in an earlier clause is no
            # answer to the ask; only handling in the ask's own clause is
            # (a space between words ends a clause in chat: "今天已经送了 以后能不能让服务站每周送")
            clause = before[max(before.rfind(b) for b in _SPOKEN_ENDS) + 1:]
            if not escalates and (named := official_named(t)) and not _busy(t, audience=False):
                return Speaker(note=f"{role} puts a question or a need to an official ({named})", role="resident",
                               marks=frozenset({Mark.ADDRESSED}))
            if not escalates and _asks_office(t):
                return Speaker(note=f"{role} asks the office a question", role="resident")
            if not escalates and t.lstrip().startswith(_NOTICE_OPENINGS):
                # "各位居民 ... 大家检查一下": a notice to everyone, firm against the model (Mark.FIRM)
                return Speaker(stop=f"not request: {role} announces to the residents", role=role, marks=_NOTICE)
            if not escalates or _busy(before, handling=False) or _busy(clause) \
                    or any(w in t for w in _TO_RESIDENTS):
                return Speaker(stop=f"not request: {role} speaks without an emergency", role=role)
            return Speaker(note=f"{role} passes a problem up to the office ('{escalates}')", role="resident",
                           marks=_RELAYED | ({Mark.QUESTIONS_RELAYED} if "问" in escalates else set()))
        handled = _handling(t[:ask_at])
        if handled is None and (m_h := _ALREADY_HANDLING.search(t[:ask_at])) \
                and not any(p in t[m_h.end():m_h.end() + 8] for p in precaution):
            handled = m_h.group(0)
        if handled is None and help_at < 0 and (m_s := _SEEN_TO.search(t[:ask_at])):
            handled = m_s.group(0)
        escalates = next((w for w in _ESCALATE if w in t[ask_at:ask_at + 6]), None) if help_at < 0 else None
        safe = next((w for w in reassured if w in t[:ask_at]), None)
        still = _STILL_ON.search(t) if handled else None
        if handled and escalates and safe and not still and handled not in _clause(t, ask_at) \
                and not any(w in t for w in _TO_RESIDENTS):
            # "棚顶塌了，已经拉了警戒线，没人受伤，请安排维修": the danger is in hand and nobody is hurt;
            # the repair is passed up
            return Speaker(note=f"{role} has the danger in hand ('{handled}') and passes the rest up ('{escalates}')",
                           role="resident", no_red=True, marks=_IN_HAND)
        follow = _FOLLOW_UP.search(t) if handled and help_at < 0 and not still else None
        if follow and handled not in _clause(t, follow.start()) and t.find(handled) < follow.start() \
                and not any(w in t for w in _TO_RESIDENTS) and not _more_hands(t, follow.start(), handled):
            # "已报警处理 后续请司法所介入调解": the emergency is in hand; the follow-up is passed up
            return Speaker(note=f"{role} has the emergency in hand ('{handled}') and passes a follow-up up "
                                f"('{follow.group(0)}')", role="resident", no_red=True, marks=_IN_HAND)
        more = _more_hands(t, ask_at, handled) if handled and not safe else None
        if handled and not more and still:
            return Speaker(note=f"{role} has called help ('{handled}') but the danger goes on ('{still.group(0)}')",
                           role=role, red_only=True)
        if more:
            # "电梯困人，已通知维保，请社区协调消防": the help called is not enough; the office is asked
            # for more, so the emergency is still to be handled
            return Speaker(note=f"{role} has called help ('{handled}') and asks the office for more ('{more}')",
                           role=role, red_only=True)
        if handled:
            return Speaker(stop=f"not request: {role} is handling it ('{handled}')", role=role, marks=_FIRM)
        return Speaker(note=f"{role} reports an emergency", role=role, red_only=True)
    if not has_red and any(a in t for a in _APOLOGY) and any(m in t for m in _SELF_HANDLING):
        return Speaker(stop="not request: the resident answers that they are handling it themselves", role=role)
    return Speaker(role=role)
