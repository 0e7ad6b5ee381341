"""House numbers as buildings: lane addresses of urban villages and old quarters.

In an urban village or an old lane quarter a house is named by its lane and number
(东二巷19号, 西巷36号, 123弄5号): the number is the building, as a 号楼 is elsewhere.
Outside a lane the bare X号 is far more often a date (18号), a window (3号窗口) or a
lift (2号梯), so it is read as a building only when written as an address: with a
floor straight after it (19号二楼, 31号3层) or with the people of the house after it
(12号的租户们, 40号的住户). The text passed in is location.py's converted text
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
# X号 with its residents after it: 12号的租户们, 40号住户
_WITH_PEOPLE = re.compile(_NOT_DATE + r"(\d{1,3})\s?号的?(?=(?:住户|租户|租客|房东|居民|业主|各位)(?!大?会))")


def house_number(t: str) -> tuple[tuple[int, int], str, str | None] | None:
    """(span, building, floor or None) of the first house number written as an address, None if none."""
    found = [(m.span(), m.group(1), _floor_after(t, m.end())) for m in _LANE.finditer(t)]
    found += [(m.span(), m.group(1), m.group(2)) for m in _WITH_FLOOR.finditer(t)
              if int(m.group(2)) > 0 and not _DATE_BEFORE.search(t, 0, m.start())]
    found += [(m.span(), m.group(1), None) for m in _WITH_PEOPLE.finditer(t) if not _DATE_BEFORE.search(t, 0, m.start())]
    if not found:
        return None
    return min(found, key=lambda f: f[0][0])


def _floor_after(t: str, end: int) -> str | None:
    m = _FLOOR_AFTER.match(t, end)
    return m.group(1) if m and int(m.group(1)) > 0 else None
