"""Whether a later report is still the ticket's problem: mended in between and broken anew, or hours later
the same spot, the building's heating, its supply outage the same day.

`mended_since` reads the message's words (修好, 刚换, 又…这才两天); `same_spot` weighs it with the ticket's
family and place. Pure functions.
"""
from __future__ import annotations

import re

from .likeness import same_family
from .types import TicketView, Understanding
from .vocab_data import OUTAGE_FAMILIES
from .written_places import same_inner_place


# Mended in between: "昨天刚换的 怎么又不亮了" is the thing broken anew, not the old report still open.
_MENDED_SINCE = ("修好", "刚修", "刚换", "才换", "才修", "刚补", "刚通", "清完", "刚清", "才清",
                 # the north's 整 and everyday 弄 for 修 ("前天刚整好的", "才弄好没两天")
                 "刚整好", "才整好", "刚弄好", "才弄好")


# ...whole words only: the 修好 of 报修好几次, the 刚通 of 刚通知 are no mend.
_NOT_MEND_BEFORE = "没未不报"
# (and 弄好饭, 整好菜: a meal made, no mend)
_NOT_MEND_AFTER = "(?:了?(?:没|吗|嘛|么)|知|话|电话|几|饭|菜|汤)"
# A mend that did not hold ("说修好了 结果还是不亮", "换完还是不亮"): still broken, the ticket waits on.
_STILL_AFTER = re.compile("(?:还是|还|仍然|依然|照样|照旧)(?:不|没|木|莫|冇|那样|老样子)")
# ...and a mend only claimed ("保洁说清完了 门口还是一地垃圾"): any still after it says it was none.
_CLAIMED = re.compile("说[^ ,.!?;:，。！？；：]{0,3}$")
_STILL_ANY = re.compile("还是|还在|还有|仍然|依然|照样|照旧")


# ...or at it again so soon after it was dealt with ("垃圾箱又满了 这才两天"): the thing anew, not the old report.
_AGAIN_SO_SOON = re.compile(r"又[^，。！？,.!?\s]{0,4}[\s，,]*(?:这才|才过了?|刚过了?)[一两二三四五几半\d]+(?:天|个?小时|个?礼拜|周)")

# ...or likened to the last time it happened ("又有煤气味 跟上回一样", "和上次那样又冒水了"): the last time is an
# event over, this one is another (not "跟上次一样 还是没人管": still the same one).
_AGAIN_LIKE_LAST = re.compile(r"又.*(?:跟|和|同|像)(?:上回|上次|那回|那次|前回|前次)(?:一样|那样|似的)"
                              r"|(?:跟|和|同|像)(?:上回|上次|那回|那次|前回|前次)(?:一样|那样|似的).*又")


def mended_since(text: str) -> bool:
    """The message says the thing was mended in between ("上回刚通完", "昨天刚换的"): broken anew, a new ticket
    ("修好没？", "修好了吗" ask whether it was, "还没修好" says it was not, "说修好了 结果还是不亮" that the mend did
    not hold: no mend)."""
    if _AGAIN_SO_SOON.search(text):
        return True
    if (m := _AGAIN_LIKE_LAST.search(text)) and not _STILL_ANY.search(text):
        return True
    for w in _MENDED_SINCE:
        for m in re.finditer(f"(?<![{_NOT_MEND_BEFORE}]){w}(?!{_NOT_MEND_AFTER})", text):
            claimed = bool(_CLAIMED.search(text, 0, m.start()))
            if not (_STILL_AFTER.search(text, m.end()) or (claimed and _STILL_ANY.search(text, m.end()))):
                return True
    return False


# Hours later, the building's heating still cold is the same problem, whatever radiator.
# ...and the building's supply outage, this many hours after its report, unless it is out "again".
OUTAGE_HOURS = 12
_WHOLE_BUILDING = {"heating_cold"}


def same_spot(u: Understanding, text: str, t: TicketView, fam: str | None, tfam: str | None,
              building: str | None = None) -> bool:
    """Hours later, still the ticket's problem: the same written place ("三单元那瓷砖又掉了一块" after
    "三单元外墙瓷砖在往下掉"), the building's heating, or its supply outage the same day (`OUTAGE_HOURS`), unless
    it was fixed in between."""
    if mended_since(text):
        return False
    if _WHOLE_BUILDING & {fam, tfam}:
        return True
    if (fam in OUTAGE_FAMILIES and same_family(fam, tfam) and "又" not in text
            and t.minutes_since_reported() <= OUTAGE_HOURS * 60
            and not (u.location and u.location.building and not t.building) and not (t.building and not building)):
        return True   # the building's supply still out the same day, told by one more household (not "又没水了"; in a
        # compound's chat, a building named after a report that named none, or none named after a building's
        # report, is another place's supply: `building` is the message's, written or its chat's)
    return same_inner_place(u.location, t.location)
