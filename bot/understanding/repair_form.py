"""Structured repair forms: "【报修】地址：… 问题：… 报修人：… 状态：已派单".

Staff and building leaders relay residents' reports into the group as forms: a title (【报修】, 【报事】,
报修单, 工单) and field labels (地址/位置, 问题/故障/情况, 报修人/来源, 状态). An open form is an intake to be
tracked, whoever posts it: a request, coloured and filed by its problem and its address, not by the status
line ("已派单", "已通知维保" say someone was told, not that it is over). A form whose status says it is
closed ("已完结", "已修复") is a fixed report. Staff writing 报修 in prose ("已收到报修，师傅下午到") is an
answer, not a form: no title at the start and no address and fault fields.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# a form's title at the very start ("【报修】", "[报事]", "报修单：", "【维修工单】")
_TITLE = re.compile(r"^\s*(?:[【\[]\s*(?:报事报修|报修报事|报修登记|报修单|维修工单|维修单|报修|报事|工单)\s*[】\]]"
                    r"|(?:报修单|报事单|维修工单|维修单|工单)\s*[:：])")
# field labels: the label word, then a colon
_LABEL = re.compile(r"(地址|位置|地点|房号|问题|故障|情况|现象|描述|内容|类型|被困|报修人|报事人|来源|联系人|电话|"
                    r"状态|进度|备注|时间)\s*[:：]")
_WHERE = ("地址", "位置", "地点", "房号")
_WHAT = ("问题", "故障", "情况", "现象", "描述", "内容", "类型")
# without a title, fields make a form only when one names a fault: a notice's 时间/地点/内容 are no form
_FAULT = ("问题", "故障", "现象")
_NOTICE = ("【", "[", "通知", "公告", "提醒", "温馨提示")
# ...nor fields said to everyone or with a time (planned work: "明天停水 地点：5栋 时间：9点 请大家储水")
_TO_ALL = ("大家", "各位", "@所有人", "住户们", "居民们")
_KEEP_LABEL = ("被困",)
_NOTE = ("备注",)   # a note may hold what matters most ("备注：里面有人被困")   # a field whose label is part of what it says ("被困：老人一名")
_STATUS = ("状态", "进度")
# a status that closes the form; "未完结" / "待处理" do not
_CLOSED = re.compile(r"(?<![未待没])(?:已完结|已办结|已结单|已处理|已修复|已修好|已解决|已完成|已关闭|已闭环|已恢复|修好了|完工|已销单)"
                     r"(?!了?[中派吗没么?？])")   # not "已完成派单", "已处理中", "已修好了吗？"


@dataclass(frozen=True, slots=True)
class Form:
    """A repair form read: `body` (the address and problem, as a resident would write them),
    `closed` (the status phrase closing it, if any) and `title` (what made it a form)."""

    body: str
    closed: str | None
    title: str


# every title ends in a bracket or a colon and every field has a colon, before or after width folding
_MARKS = frozenset(":：﹕︓]］﹈】︼")   # with every character NFKC folds to one of them


def might_be_form(t: str) -> bool:
    """Whether `t` (raw or normalised) has a bracket or colon a form needs: most messages have neither."""
    return not _MARKS.isdisjoint(t)


def read_form(t: str) -> Form | None:
    """The repair form in `t`, if `t` is one: a form title at the start, or fields naming both a
    place and a fault, outside a notice."""
    if not might_be_form(t):
        return None   # no title and no field: most messages, decided cheaply
    title = _TITLE.match(t)
    labels = list(_LABEL.finditer(t))
    names = {m.group(1) for m in labels}
    if title is None and not (names & set(_WHERE) and names & set(_FAULT) and not t.lstrip().startswith(_NOTICE)
                              and "时间" not in names and not any(w in t for w in _TO_ALL)):
        return None
    head = title.end() if title else 0
    if not labels:   # a title over prose ("【报修】9栋302暖气漏水，麻烦尽快派人")
        return Form(t[head:].strip(), None, title.group(0).strip() if title else "")
    parts = [t[head:labels[0].start()].strip()]
    closed = None
    for m, nxt in zip(labels, labels[1:] + [None]):
        value = t[m.end():nxt.start() if nxt else len(t)].strip(" \t，,；;。")
        name = m.group(1)
        if name in _STATUS:
            found = _CLOSED.search(value)
            closed = closed or (found.group(0) if found else None)
        elif name in _WHERE or name in _WHAT or name in _NOTE:
            parts.append(value)
        elif name in _KEEP_LABEL:
            parts.append(name + value)
    body = "，".join(p for p in parts if p)
    return Form(body, closed, title.group(0).strip() if title else "fields " + "/".join(sorted(names)))
