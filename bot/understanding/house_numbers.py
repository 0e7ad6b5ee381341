"""House numbers as buildings: lane addresses of urban villages and old quarters.

In an urban village or an old lane quarter a house is named by its lane and number
(东二巷19号, 西巷36号, 123弄5号): the number is the building, as a 号楼 is elsewhere.
Outside a lane the bare X号 is far more often a date (18号), a window (3号窗口) or a
lift (2号梯), so it is read as a building only when written as an address: with a
floor straight after it (19号二楼, 31号3层) or with the people of the house after it
(12号的租户们, 40号的住户, 12号群租), a part of the house after it (28号后门, 7号后厢房, 12号门口, 31号门堂; in Guangzhou's arcaded streets
12号地铺 its ground-floor shop, 12号骑楼 its arcade, 12号后巷 its back lane),
the lane beside it (41号弄堂口, 41号后弄堂), the whole house (28号一整幢) or its shared meter (7号总表),
a room after it (9号101, 12号3室), or "our" / "next door" before it (阿拉5号, 额们40号, 隔壁38号) unless
a time follows (我们5号下午去). The text passed in is location.py's converted text
(lower case, Chinese numerals before place words already in digits).
"""
from __future__ import annotations

import re

# not a date (11月18号, 周5号), an ordinal (第3号) or a part of a longer number
_NOT_DATE = r"(?<![\d.月日周期第/\-])"
# a date named just before the number: 明天18号, 下周三15号, 截止30号 (not a house)
_DATE_BEFORE = re.compile(r"(?:今天|明天|后天|昨天|前天|本周|下周|这周|上周|周[一二三四五六日天1-7]|星期|礼拜|截止|到|本月|下月|这个月|下个月|月底|月初|丰巢|快递柜)\s?$")
# 巷/弄 then the number: the house itself (东一巷8号门口, 西巷36号三楼); not 号楼/号院 (location.py reads
# those), nor a window, a lift, a parking place or a code
_LANE = re.compile(r"[巷弄]\s?(\d{1,4})\s?号(?![楼院房单码线窗位梯机床车电])")
# X号 with a floor straight after it: 19号2楼, 31号 3层 (the floor is of that house)
_WITH_FLOOR = re.compile(_NOT_DATE + r"(\d{1,3})\s?号\s?(\d{1,2})\s?[楼层](?![号盘房栋])")
_FLOOR_AFTER = re.compile(r"\s?(\d{1,2})\s?[楼层](?![号盘房栋])")
# a works notice after the house, its meter or its tenants: the number is a date (3号整栋停水检修, 12号总表换新的,
# 15号群租整治); 9号一整幢停电 stays the house
_NOTICE = r"[^\s，,。！!？?]{0,6}?(?:检修|换新|更换|换表|施工|维护|改造|整治|清理|排查|计划)"
# X号 with its residents after it: 12号的租户们, 40号住户
_WITH_PEOPLE = re.compile(_NOT_DATE + r"(\d{1,3})\s?号的?(?=(?:住户|租户|租客|房东|居民|业主|各位|群租)(?!大?会)(?!" + _NOTICE + r"))")


# Chinese numerals before 号 (十二号, 二十二号, 四十号): location.py converts them only before place words
_CN = "一二三四五六七八九"
_CN_HAO = re.compile(r"(?<![一二三四五六七八九十两百千万零〇第周期拜月])([一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])(?=号)")
# X号 with a part of the house after it (not a gate of the estate: 小区3号门口, 东3号门)
_WITH_PART = re.compile(_NOT_DATE + r"(?<![区园东西南北大侧])(\d{1,3})\s?号(?=门口|门前|门堂|墙门|后门|前门|后头|后院|后厢|厢房|"
                        r"前楼梯|天井|灶披|客堂|屋里|家里|地铺|骑楼|后巷|后弄堂|前弄堂|弄堂|(?:一?整[幢栋]|全[幢栋]|总[电水]?表)(?!" + _NOTICE + r"))")
# X号 then a room: 12号3室, 9号101 (not a price, a time or a count after it)
_WITH_ROOM = re.compile(_NOT_DATE + r"(\d{1,3})\s?号\s?(?:(\d{1,2})\s?室|(\d{3,4})(?![\d.:：%元块点分号年月日人个米岁度楼层栋幢]))")
# a code, a locker or a parking place before it: 取件码3号1203, 快递柜2号
_CODE_BEFORE = re.compile(r"(?:码|柜|取件|格口|车位|车库|尾号|电话|号码|编号)\s?[:：]?\s?$")
_ROOM_AFTER = re.compile(r"\s?(\d{1,2})\s?室")
# "our" or "next door" before X号 (阿拉5号停电, 额们40号, 隔壁38号), unless a time or a going follows (我们5号下午去)
_OURS = re.compile(r"(?:(?:阿拉|额们|俺们|隔壁|额)\s?(\d{1,3})\s?号(?![楼院房单码线窗位梯机床车电\d])"
                   r"(?!\s?(?:之前|以前|以后|之后|前|后|开始|截止|到|上午|下午|晚上|早上|中午|凌晨|那天|当天|要?去|要?来|见|出发|要?回|\d))"
                   # 我们/咱们 X号 is as often a date (我们5号交物业费吗, 咱们15号开会): only with the house after it
                   r"|(?:我们|咱们)\s?(\d{1,3})\s?号(?=这边|那边|这|那|的|里|家|院|楼上|楼下|屋|整幢|全幢|门))")


def cn_numeral(m: re.Match) -> str:
    """A small Chinese numeral matched as group 1 (九, 十二, 四十) as Arabic digits (for re.sub)."""
    w = m.group(1)
    if "十" not in w:
        return str(_CN.index(w) + 1)
    tens, _, ones = w.partition("十")
    return str((_CN.index(tens) + 1 if tens else 1) * 10 + (_CN.index(ones) + 1 if ones else 0))


def _cn_hao(t: str) -> str:
    """十二号 -> 12号, 四十号 -> 40号 (only the numeral straight before 号)."""
    return _CN_HAO.sub(cn_numeral, t) if "号" in t else t


def house_number(t: str) -> tuple[tuple[int, int], str, str | None, str | None] | None:
    """(span, building, floor or None, room or None) of the first house number written as an address,
    None if none. Spans are of `t` only when it has no Chinese numeral before 号."""
    t = _cn_hao(t)
    found = [(m.span(), m.group(1), _floor_after(t, m.end()), _room_after(t, m.end())) for m in _LANE.finditer(t)]
    found += [(m.span(), m.group(1), m.group(2), None) for m in _WITH_FLOOR.finditer(t)
              if int(m.group(2)) > 0 and not _DATE_BEFORE.search(t, 0, m.start())]
    found += [(m.span(), m.group(1), None, None) for m in _WITH_PEOPLE.finditer(t) if not _DATE_BEFORE.search(t, 0, m.start())]
    found += [(m.span(), m.group(1), None, None) for m in _WITH_PART.finditer(t) if not _DATE_BEFORE.search(t, 0, m.start())]
    found += [(m.span(), m.group(1), None, (m.group(2) or m.group(3)).lstrip("0")) for m in _WITH_ROOM.finditer(t)
              if not _DATE_BEFORE.search(t, 0, m.start()) and not _CODE_BEFORE.search(t, 0, m.start())
              and (m.group(2) or m.group(3))[0] != "0"]
    found += [(m.span(), m.group(1) or m.group(2), None, None) for m in _OURS.finditer(t)]
    if not found:
        return None
    return min(found, key=lambda f: f[0][0])


def _room_after(t: str, end: int) -> str | None:
    m = _ROOM_AFTER.match(t, end)
    return m.group(1).lstrip("0") or None if m else None


def _floor_after(t: str, end: int) -> str | None:
    m = _FLOOR_AFTER.match(t, end)
    return m.group(1) if m and int(m.group(1)) > 0 else None
