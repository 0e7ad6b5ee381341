"""House addresses of villa and townhouse estates: rows, blocks and house numbers.

A villa estate names a house by its row and its number (9排3号, 十二排最东头11号), a townhouse
estate by its block and house (B7-12, 联排B8, B8-2), a detached house by its number (独栋18号).
The row or the block is the building, the house number after it the room. A resident naming
their own house (我家6号, 我家9号也进水了) or a basement by its house (7号地下室) names a room.

Not a row: 一排 / 两排 (a row of cars, lights), 第三排 (an ordinal), 排查 / 排水 / 排队 (verbs).
Not a block: a parking level or space (车库B2-3, 车位B5-12). The text passed in is location.py's
converted text (lower case, Chinese numerals before place words already in digits).
"""
from __future__ import annotations

import re

from .house_numbers import cn_numeral

# Chinese numerals before 排 (十二排, 九排), not 一排 / 两排 (a row of ...) nor 第三排 / 统一排查
_CN_ROW = re.compile(r"(?<![一二三四五六七八九十两百千第统安并])([二三四五六七八九]?十[一二三四五六七八九]?|[二三四五六七八九])"
                     r"(?=排(?![查队水放气污练班序列除挤风烟泄洪涝毒解忧]))")
_NOT_ROW_AFTER = r"(?![查队水放气污练班序列除挤风烟泄洪涝毒解忧])"
_HOUSE_NO = r"(\d{1,2})\s?号(?![楼单房码线窗位梯机床车电]|院(?![子里墙门内]))"
# 9排3号, 10排2号隔壁, 十二排最东头11号, 9排从8号门口 (the house a few characters on, in the same clause)
_ROW = re.compile(r"(?<![\d.第])(\d{1,2})\s?排" + _NOT_ROW_AFTER + r"(?:[^\d，,。！？!?；;\s]{0,5}?" + _HOUSE_NO + r")?")
# B7-12, B5-3, b8-2 (a block letter and number, then the house); not 3-4 digit rooms (location._PAIR)
_BLOCK_HOUSE = re.compile(r"(?<![a-z\d\-])[a-z](\d{1,2})\s?[-—－]\s?(\d{1,2})(?![\d.:：\-—－单])")
# 联排B8 / 独栋18号: the block or the detached house alone
_BLOCK = re.compile(r"(?:联排|双拼|叠拼)\s?[a-z]?(\d{1,2})(?![\d\-—－])|独栋\s?(\d{1,3})\s?号")
_PARKING_BEFORE = re.compile(r"(?:车位|车库|地库|停车场|位号|区)\s*[:：]?\s*$")
# the resident's own house (我家6号后院, 我们家9号也在往里倒灌), read only as a place: a part of the house or
# a fault of it follows; 我家5号要出差 / 我家10号交房 is a date. Also a basement by its house (7号地下室).
_OWN_PLACE = r"(?:后院|前院|院[墙子里门内]|地下室|车库|门口|门前|那边|这边|那里|这里|那儿|这儿|旁边|隔壁|屋[里顶后前]" \
             r"|房[子顶]|墙|花园|阳台|露台|天台|厨房|卫生间|客厅|[一二三1-3]楼|顶楼)"
_OWN_FAULT = r"[^\s，,。！？!?；;]{0,5}?(?:渗|漏|淹|灌|进水|积水|泡|裂|塌|停电|停水|断电|断水|没电|没水|堵|坏)"
_OWN = re.compile(r"(?:我|我们|咱|咱们|俺|俺们)家\s?(\d{1,2})\s?号(?![楼单房码线窗位梯机床车电]|院(?![墙子里门]))"
                  r"(?!\s?(?:之前|以前|以后|之后|前(?![院门])|后(?![院门墙])|开始|截止|到|上午|下午|晚上|早上|中午|凌晨|那天|当天|搬|去(?!年)|来|回|\d))"
                  r"(?=\s?(?:的\s?)?" + _OWN_PLACE + r"|" + _OWN_FAULT + r")"
                  r"|(?<![\d.月日周期第/\-])(\d{1,2})\s?号地下室")


def _cn_row(t: str) -> str:
    """十二排 -> 12排 (only the numeral straight before 排)."""
    return _CN_ROW.sub(cn_numeral, t) if "排" in t else t


def row_house(t: str) -> tuple[str, str | None] | None:
    """(building, room or None) of the first row / block address written, None if none."""
    if "排" in t:
        t = _cn_row(t)
    found: list[tuple[int, str, str | None]] = []
    found += [(m.start(), m.group(1), m.group(2)) for m in _ROW.finditer(t) if int(m.group(1)) > 0]
    found += [(m.start(), m.group(1), m.group(2).lstrip("0") or None) for m in _BLOCK_HOUSE.finditer(t)
              if not _PARKING_BEFORE.search(t, max(0, m.start() - 6), m.start())]
    found += [(m.start(), m.group(1) or m.group(2), None) for m in _BLOCK.finditer(t)]
    if not found:
        return None
    _, building, room = min(found, key=lambda f: f[0])
    return building, room


def own_house(t: str) -> tuple[tuple[int, int], str] | None:
    """(span, room) of the house number a resident gives their own home by (我家6号, 7号地下室)."""
    m = _OWN.search(t) if "号" in t else None
    return (m.span(), m.group(1) or m.group(2)) if m else None
