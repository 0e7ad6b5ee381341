"""A message that opens by calling one of the office's people by title and puts a question or a need to them.

"杨干事 我们栋几户问保温棉还发不发", "周网格长 检查几点到 我要在屋里等着伐", "@刘主任 茶话会租户也能去不",
"陈书记，三户老人要送餐": whoever writes it, the vocative names the addressee, so its question or need is put to
the office (a request: GUIDELINES "asks the community ... to answer something"). The "我" and "你" in it are the
writer and that official, not a neighbour asked. Not a report back or an answer ("金网格长 老板讲了 会配合的",
"王主任 收到"), nor small talk ("王主任 吃了没"), which ask nothing.
"""
from __future__ import annotations

import re

from .vocab_office_asks import ANSWERS, NEEDS, OFFICIAL_TITLES, QUESTION_ENDINGS, QUESTION_WORDS, SMALL_TALK

_TITLES = "|".join(sorted(OFFICIAL_TITLES, key=len, reverse=True))
# the opening vocative: "@", a surname or a short name (or none), a title, then a pause or a space
_VOCATIVE = re.compile(rf"^\s*(?:请问)?@?[\u4e00-\u9fff]{{0,2}}?(?:{_TITLES})(?:您好|你好|好)?[\s，,：:！!、]")
_A_NOT_A = re.compile(r"([\u4e00-\u9fff])[不弗没唔冇]\1")
_NONE_AT_ALL = re.compile(r"(?:一点|一个|一下|一次|啥|什么|哪个|谁)[^，,。\s]{0,4}?(?:都|也)?(?:没有?|不|冇|莫得)$")


def _asks(rest: str) -> str | None:
    """The question or need put in `rest`, if any."""
    if "?" in rest or "？" in rest:
        return "?"
    if m := _A_NOT_A.search(rest):
        return m.group(0)
    if w := next((q for q in QUESTION_WORDS if q in rest), None):
        return w
    for clause in re.split(r"[\s，,。.！!？?~～]+", rest):   # "茶话会也能去不 我是租房的": a clause closing as a question
        # (not a "none at all" told: "一点动静没有", "啥反应都没", "一个人也没有" complain, they do not ask)
        if clause and clause.endswith(QUESTION_ENDINGS) and not _NONE_AT_ALL.search(clause):
            return clause[-2:]
    return next((n for n in NEEDS if n in rest), None)


def official_named(t: str) -> str | None:
    """The vocative and what it asks ("杨干事 … '发不发'"), None when `t` opens with no official addressed
    or puts no question or need to them."""
    m = _VOCATIVE.match(t)
    if m is None:
        return None
    rest = t[m.end():]
    # (nor small talk with them, "王主任 吃了没": a greeting asks nothing of the office)
    if any(a in rest for a in ANSWERS) or any(w in rest for w in SMALL_TALK) or not rest.strip():
        return None
    asked = _asks(rest)
    return f"{m.group(0).strip()} … '{asked}'" if asked else None
