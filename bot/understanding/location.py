"""Places as written: building / unit / floor / room, as Arabic-digit strings.

Chinese numerals are converted (cn2an) only where a place word follows them
(三单元, 十二楼, 三号楼), so ages, temperatures, prices and dates stay numbers
of no place. "楼" after 号 is a building (3号楼), after a bare number a floor
(六楼). A bare 3-4 digit number is a room only when it looks like one (floor
digit(s) + door 01..40) and is not a phone tail, an emergency number, a time,
a year, a price or a plate ("尾号368").
"""
from __future__ import annotations

import re
from functools import lru_cache

from .house_numbers import house_number
from .row_houses import own_house, row_house
from .types import Location

_CN_DIGITS = "零〇一二三四五六七八九十两"
_CN_NUM = re.compile(rf"([{_CN_DIGITS}]{{1,4}})(?=\s?(?:号楼|号院|号单元|栋|幢|座(?!位)|单元|楼|层|号房|室))")
# A room read digit by digit in Chinese numerals: 三零二, 六〇一, 一〇二室 (not 周一三五).
_CN_ROOM = re.compile(r"(?<![周期拜第])([一二三四五六七八九幺][零〇一二三四五六七八九幺]{2,3})(?![十百千万两])")
# 一层 that is no floor: a layer (落了一层雪, 一层灰, 老厚一层), floor by floor (一层一层), a floor named
# by 那/这/每 (会所那一层), between floors (两层中间); 一楼梯/一楼道 after a verb is "the whole stairwell".
# Only a layer of stuff after it (一层灰, 一层沉淀, 一层水 but not 一层水管/水表/水房, 一层油 but not 一层油烟): "5栋一层东边",
# "电梯到了一层" are the first floor. After 了 it is a layer (刷了一层漆, 蒙了一层沙), but not after 到了/在了 (reached it).
_NOT_FLOOR_ONE = re.compile(r"(?:(?<=[上厚薄落积结铺盖飘挂糊那这每同哪层])|(?<=了)(?<![到在]了))一层"
                            r"|一层(?=[灰雪冰霜皮土膜泥沙渣锈毛垢沉霉]|水(?![管表房泵])|油(?![烟])|一层)"
                            r"|(?<=[了满糊])一楼(?=梯(?!间|口)|道)|两层(?=中间|之间|当中)")
# a floor that is no place of the text: a lift button (按十楼), the height of a building (爬六楼, 都是六层,
# 六层的老楼, 六层的楼), a floor of the community office or a service hall (社区一楼窗口)
_FLOOR_NOT_PLACE_BEFORE = re.compile(r"[按摁爬]\s?$|(?:社区|中心|大厅|工作站|居委会?|会所|办事处|医院|卫生院|服务站|派出所|超市|商场)[^\d栋幢座单元]{0,3}$")
_HEIGHT_BEFORE = re.compile(r"(?:都是|共|总共|只有|才)\s?$")   # 都是六层: a height, when written with 层
_FLOOR_NOT_PLACE_AFTER = re.compile(r"\s?的?(?:高的?楼|老楼|楼房|小楼)|(?<=层)的?楼(?![上下道梯口])")
# a list of floors (一楼二楼, 17、18层): no one floor written; a range (12楼到15楼都没水) names none either,
# but the flight between two floors (二楼到三楼那段扶手) is placed on the first, as the labels have it
_FLOOR_LIST_AFTER = re.compile(r"\s?[、和跟与及]?\s?\d{1,2}\s?[楼层]")
_FLOOR_LIST_BEFORE = re.compile(r"\d\s?(?:[楼层]\s?[、和跟与及到至~\-—]?|[、和跟与及到至~\-—])\s?$")
_FLOOR_RANGE_AFTER = re.compile(r"\s?[到至~\-—]\s?(\d{1,2})\s?[楼层]")
# a correction: "5楼，不是，是6楼", "3栋 不对 是4栋", "4楼 不是 5楼" name the latter; a contrast
# "漏水的是4楼不是5楼", "我家是3栋，不是5栋" (是 X 不是 Y) keeps the former
_CORRECTED = re.compile(r"\s?(?:那个|那|啊)?\s?[,，]?\s?(?:不是|不对|说错了)\s?[,，。]?\s?(是\s?)?")
_CONTRAST_BEFORE = re.compile(r"是\s?$")
# a building named by slip and taken back for another kind of place ("2号楼道 哦不是 2单元 15楼"): no building
# (a bare 不对 run on from a thing, "5号楼电梯不对，3楼按了不停", says the thing is wrong: the building stays)
_SLIP_TO_OTHER = re.compile(r"(?:[^\s\d，,。]{0,2}\s?[,，]?\s?(?:哦|噢|啊|呃|额)\s?不是|[^\s\d，,。]{0,2}\s?[,，]\s?"
                            r"(?:不对|说错了|打错了)|[^\s\d，,。]{0,2}\s(?:不对|说错了|打错了)|(?:不对|说错了|打错了))\s?[,，。]?\s?"
                            r"(?:是\s?)?(?=[\d一二三四五六七八九十]{1,2}\s?(?:单元|楼|层))")
# 门 for 单元 (northern compounds: 七幢三门, 二门四楼), only after a building or before a floor
_CN_MEN = re.compile(r"(?:(?<=[幢栋座楼])|(?<=号楼\s))([一二三四五六七八九十]{1,2})(?=门)|([一二三四五六七八九十]{1,2})(?=门\s?[\d一二三四五六七八九十]{1,2}\s?[楼层])")
# 门 alone for 单元 in northern and Wuhan compounds (我住三门, 四门的暖气, 3门这边, 2门501, 2门口), not a gate, a
# door or a fridge: not a compound's gate (小区二门, 东区二门的道闸, 3号门), a way in (从三门进来, 走二门), a
# town (三门峡), a phrase (一门之隔), a garage's or a car park's gate (车库2门, 停车场3门) or a room's door
# (402门口: one digit only); 三门窗户 is the unit's windows, 门窗 alone doors and windows
_CN_MEN_BARE = re.compile(r"(?<![开关出进大后前侧东西南北正边小铁防单两把扇个道几这那哪每第专区从经由往走到绕库场\d.a-z#号\-—])"
                          r"([一二三四五六七八九1-9])门"
                          r"(?![卫禁岗锁框把铃洞缝前外冰柜诊市票心课手技语学徒户面峡之进出]|窗(?!户))"
                          r"(?!的?(?:道闸|岗亭|保安|栏杆|闸|停车|进|出))"
                          r"(?!\s?[到至~\-—、和跟]\s?[一二三四五六七八九1-9]门)")   # 一门到三门: a range, no one unit
_NOT_NUMBER = re.compile(r"两(?=[栋幢座层]|个?单元)")   # 隔着两栋楼, 两层楼: a count, not a number
_DIGIT = {c: str(i) for i, c in enumerate("零一二三四五六七八九")} | {"〇": "0", "幺": "1"} \
    | {str(i): str(i) for i in range(1, 10)}
# formal (banker's) numerals, as some residents write a floor or a unit (贰楼, 叁单元)
# (not a surname before a title: 陆楼长, 伍组长 are Mr Lu and Mr Wu; not 收拾 / 捡拾, tidying up)
_FORMAL_CHARS = "壹贰叁肆伍陆柒捌玖拾"
_FORMAL = re.compile(rf"(?<![收捡])[{_FORMAL_CHARS}](?!楼长|楼主|组长|主任|网格|书记|师傅|老师|阿姨|姐|哥|叔|伯|婆|爷|奶)")
_TRIPLE = re.compile(r"(?<![\d.:：/-])(\d{1,3})\s?[-—－]\s?(\d{1,2})\s?[-—－]\s?(\d{3,4})(?![\d.:：])")
# Two parts: 5-1203, T3-1203, B-1207. The first is the building, or the unit when written in another
# building's own group ("2-602" in building 17's chat is unit 2, room 602); a letter alone names no number.
_PAIR = re.compile(r"(?<![\d.:：/\-])(?:([a-z])|[a-z]?(\d{1,3}))\s?[-—－]\s?(\d{3,4})(?![\d.:：\-—－])")
_BUILDING = re.compile(r"(?<![\d.])(\d{1,3})\s?(?:号楼|号院|栋|幢|座(?!位)|#楼|#|号单元楼)")
# a tower named by a letter and a number, then a part of the tower at its foot: A4大堂, B3大门, T3楼下 (B2座 is read
# above; a bare B2 is as often a basement level, the labels leave it unread); never F, L or P (a floor, a level, a
# parking deck: F1大堂, L1大堂, P2门口); B stays a tower before these parts (B3大门, B1楼下 in the labels)
_LETTERED = re.compile(r"(?<![a-z\d])(?![flp])[a-z](\d{1,2})(?=\s?(?:大堂|大门|楼下|门口))")
# 5号2单元
_BUILDING_CN = re.compile(r"(?<![\d.])(\d{1,3})(?=号\s?\d{1,2}\s?单元)")
# a list or a range of buildings / units (9、12、15号楼, 1单元和3单元, 1-3座, 7到10栋): no one of them written
_LIST_BEFORE = re.compile(r"[\d一二三四五六七八九十]\s?(?:号楼|号|栋|幢|座|单元)?\s?[、和跟与及到至~\-—]\s?$")
_LIST_AFTER = re.compile(r"\s?[、和跟与及到至~]\s?[\d一二三四五六七八九十]{1,3}\s?(?:号楼|号|栋|幢|座|单元)")
_HANDLE = re.compile(r"@[a-z][a-z_]*\d+")   # @jm305: a chat handle, not a room
_UNIT = re.compile(r"(?<![\d.])(\d{1,2})\s?单元|(?<=[幢栋座楼])\s?(\d{1,2})门(?![口卫禁岗锁框把铃洞缝前外])|(?<![\d.])(\d{1,2})门(?=\s?\d{1,2}\s?[楼层])")
# (not 负一楼 / 地下二层: a basement level names no floor of the building)
_FLOOR = re.compile(r"(?<![\d.#号\-负b])(?<!地下)(\d{1,2})\s?(?:楼|层|f(?![a-z]))(?!号|盘|房|栋)")
# a basement level written with 层 (负一层, 地下二层) is floor "-1" / "-2" (not one of a list: 负一层、负二层);
# 负一楼 is left unread (the labels differ)
_BASEMENT = re.compile(r"(?<![、和及到至~\-—])(?:负|地下|(?<![a-z])b)\s?(\d)\s?层(?!\s?[、和及到至~\-—]\s?(?:负|地下|b)?\d)")
# a dash after a place word, as ticket-style reports write it (3栋-1201, 3幢-2-1201, 3号楼-2单元-1201): a separator
_MARKER_DASH = re.compile(r"(号楼|栋|幢|座|单元)\s?[-—－]\s?(?=\d)")
# a building named in English (Block 8, Bldg 3, Tower 2): the building number
_ENGLISH_BUILDING = re.compile(r"(?<![a-z])(?:block|blk|bldg|building|tower)\s?(?:no\.?\s?)?(\d{1,3})(?![\d.])")
_ROOM = re.compile(r"(?<![\d./\-年月号#])(?<!\d[:：])(\d{3,4})(?:\s?(?:室|号房|房间|房|号))?"
                   r"(?![\d.:：%年月日元块岁度分斤米kgw点号栋幢单层件份辆桶箱袋瓶巷])(?!楼(?![上下]))"
                   # 个 counts (300个), except the Cantonese possessive before a person (1502个韦阿婆: 1502's granny)
                   r"(?!个(?!\S{0,2}阿[婆伯叔姨公嫲姐哥]))"
                   r"(?!弄(?![得的脏坏了乱湿破成]))")   # 12弄 a lane; 502弄得 / 301弄脏 a verb after the room
_NOT_ROOM_BEFORE = ("尾号", "车牌", "电话", "手机", "号码", "编号", "打", "拨", "热线", "快递", "取件", "验证码", "码",
                    "工号", "价格", "共", "花了", "要", "收", "交了", "才", "第", "前", "后", "约", "大概", "¥", "$",
                    "*", "＊")   # the tail of a masked phone number (138****6620)
_PARKING_BEFORE = re.compile(r"(?:[a-z]\d?区|车位|车库|地库|停车场|位号)\s*(?:是|为|:)?\s*$")
_PARKING_AFTER = ("车位", "号车位", "号位", "位", "停车")
_EMERGENCY = {"110", "119", "120", "122", "999", "114", "315"}


# place words typed in pinyin where no Chinese input is at hand (4hao lou 3 lou, 2 danyuan): after a digit only
# (lou dao / lou ti / lou xia after a room, 701 lou dao: the stairwell, no floor)
_PINYIN_PLACE = re.compile(r"(?<=\d)\s?(hao\s?lou|dan\s?yuan|lou|ceng)(?![a-z])"
                           r"(?!\s?(?:dao|ti|xia|shang|ding|fang|kou|dong)(?![a-z]))")
_PINYIN_WORD = {"lou": "楼", "ceng": "层"}


def _pinyin_places(t: str) -> str:
    if not any("a" <= c <= "z" for c in t):
        return t
    return _PINYIN_PLACE.sub(lambda m: _PINYIN_WORD.get(m.group(1)) or
                             ("号楼" if m.group(1).startswith("hao") else "单元"), t)


@lru_cache(maxsize=1024)   # keyed by a numeral of at most 4 characters: a small, bounded set
def _cn_to_digits(s: str) -> str:
    try:
        import cn2an

        return str(int(cn2an.cn2an(s.replace("〇", "零"), "smart")))
    except Exception:  # noqa: BLE001 - not a numeral after all
        return s


@lru_cache(maxsize=4096)
def _convert(text: str) -> str:
    if any(c in _FORMAL_CHARS for c in text):
        text = _FORMAL.sub(lambda m: "一二三四五六七八九十"[_FORMAL_CHARS.index(m.group(0))], text)
    if not any(c in _CN_DIGITS for c in text):
        return _CN_MEN_BARE.sub(lambda m: m.group(1) + "单元", text) if "门" in text else text
    text = _NOT_FLOOR_ONE.sub(lambda m: "俩" + m.group(0)[1:], text)
    text = _NOT_NUMBER.sub("俩", text)
    text = _CN_ROOM.sub(lambda m: "".join(_DIGIT[c] for c in m.group(1)), text)
    text = _CN_MEN.sub(lambda m: _cn_to_digits(m.group(1) or m.group(2)), text)
    text = _CN_MEN_BARE.sub(lambda m: _DIGIT[m.group(1)] + "单元", text)
    return _CN_NUM.sub(lambda m: _cn_to_digits(m.group(1)), text)


def _room_ok(text: str, m: re.Match, group: int = 1) -> bool:
    n = m.group(group)
    if n in _EMERGENCY or n[0] == "0":
        return False
    door = int(n[-2:])
    if not 1 <= door <= 40:
        return False
    # 2010..2029 reads as a year; 19xx is a 19th-floor flat in a high-rise (years are written with 年)
    if len(n) == 4 and n[:3] in ("201", "202") and not m.group(0).endswith(("室", "房", "号房")):
        return False
    before = text[max(0, m.start() - 5):m.start()].rstrip(" :：")   # 取件码：1203, 热线:4008
    if _PARKING_BEFORE.search(before) or text.startswith(_PARKING_AFTER, m.end()):
        return False   # 车库B区127号 / 127号车位: a parking space, not a flat
    return not before.endswith(_NOT_ROOM_BEFORE)


def _floor_of_place(t: str, m: re.Match) -> bool:
    """A floor the text places something on: not a lift button, a building's height, an office, a list."""
    before = t[max(0, m.start() - 8):m.start()]
    if _FLOOR_NOT_PLACE_BEFORE.search(before) or _FLOOR_NOT_PLACE_AFTER.match(t, m.end()):
        return False
    if t[m.end() - 1] == "层" and _HEIGHT_BEFORE.search(before):
        return False
    if (r := _FLOOR_RANGE_AFTER.match(t, m.end())) and int(r.group(1)) - int(m.group(1)) != 1:
        return False   # 12楼到15楼都没水: a span of floors, no one of them
    return not (_FLOOR_LIST_AFTER.match(t, m.end()) or _FLOOR_LIST_BEFORE.search(before))


def _single(t: str, *patterns: re.Pattern[str]) -> re.Match | None:
    """The first match of the patterns that is no item of a list or a range."""
    for m in sorted((m for p in patterns for m in p.finditer(t)), key=lambda m: m.start()):
        if not (_LIST_BEFORE.search(t, max(0, m.start() - 6), m.start()) or _LIST_AFTER.match(t, m.end())):
            return m
    return None


def _corrected(t: str, m: re.Match, pattern: re.Pattern[str]) -> re.Match:
    """'4楼 不是 5楼': the place after 不是 replaces the one before."""
    c = _CORRECTED.match(t, m.end())
    if c is None or (c.group(1) is None and _CONTRAST_BEFORE.search(t, max(0, m.start() - 2), m.start())):
        return m
    return pattern.match(t, c.end()) or m


def parse_location(text: str, chat_building: str | None = None) -> Location | None:
    """The place the text names (first mention of each part), None when it names none.
    `chat_building`: the building whose group the text was written in, if any."""
    if not text or not any(c.isdigit() or c in _CN_DIGITS or c in _FORMAL_CHARS for c in text):
        return None
    t = _convert(_pinyin_places(_HANDLE.sub(" ", text.lower())))
    if "-" in t or "—" in t or "－" in t:
        t = _MARKER_DASH.sub(r"\1 ", t)
    if any("a" <= c <= "z" for c in t):
        t = _ENGLISH_BUILDING.sub(r"\1栋", t)
    building = unit = floor = room = None
    spans: list[tuple[int, int]] = []
    m = _TRIPLE.search(t)
    if m:
        building, unit, room = m.group(1), m.group(2), m.group(3)
        spans.append(m.span())
    if building is None and (m := _PAIR.search(t)) and _room_ok(t, m, 3):
        first, room = m.group(2), m.group(3)
        named = _BUILDING.search(t)
        if first is not None and (named or (chat_building is not None and first != chat_building)):
            unit = first
        else:
            building = first
        spans.append(m.span())
    if building is None and (r := row_house(t)):
        building, room = r[0], room or r[1]   # a villa's row / a townhouse block and its house
    own = own_house(t) if room is None else None
    if own:
        room = own[1]   # 我家6号, 7号地下室: the resident's own house number
    m = _single(t, _BUILDING, _BUILDING_CN, _LETTERED)
    if m and own and own[0][0] <= m.start() < own[0][1]:
        m = None   # 我家2号院墙: the house's yard wall, no 号院 compound
    if m and building is None:
        m = _corrected(t, m, _BUILDING)
        slip = _SLIP_TO_OTHER.match(t, m.end())
        if not slip or _BUILDING.match(t, slip.end()):
            building = m.group(1)
            spans.append(m.span())
    if building is None and not own and (h := house_number(t)):
        (span, building, floor, room_h) = h
        room = room or room_h
        spans.append(span)
    m = _single(t, _UNIT)
    if m and unit is None:
        unit = next(g for g in m.groups() if g)
        spans.append(m.span())
    basement = _BASEMENT.search(t) if floor is None and ("负" in t or "地下" in t or "b" in t) else None
    for m in _FLOOR.finditer(t) if floor is None else ():
        if any(a <= m.start() < b for a, b in spans):
            continue
        if int(m.group(1)) == 0 or not _floor_of_place(t, m):
            continue
        if basement and basement.start() < m.start():
            break
        m = _corrected(t, m, _FLOOR)
        floor = m.group(1)
        spans.append(m.span())
        break
    if floor is None and basement and int(basement.group(1)) > 0:
        floor = "-" + basement.group(1)
        spans.append(basement.span())
    if room is None:
        for m in _ROOM.finditer(t):
            if any(a <= m.start() < b for a, b in spans):
                continue
            if _room_ok(t, m):
                room = m.group(1).lstrip("0")
                break
    if room is None and "孔" in t and (m := _CAVE.search(t)) and ("窑" in t or "院" in t or t.startswith("的", m.end())):
        room = _cn_to_digits(m.group(1))   # a cave dwelling counted in 孔 within its yard: "3号院5孔", "第二孔的"
    loc = Location(building, unit, floor, room)
    return None if loc.is_empty() else loc


# A 窑洞 yard counts its caves (孔) as a building counts rooms; never a socket (三孔插座) or a hole (泄水孔)
_CAVE = re.compile(r"(?<![\d打穿钻])(?:第)?(\d{1,2}|[一二三四五六七八九十]{1,3})\s?孔(?![插眼洞桥])")


# An open range of floors: "18楼往上都没水", "十二层以上", "5楼以下".
_FLOORS_UP = re.compile(r"(\d{1,2})\s?[楼层]\s?(?:及?以上|往上)")
_FLOORS_DOWN = re.compile(r"(\d{1,2})\s?[楼层]\s?(?:及?以下|往下)")


def within_floors(floor: str | None, text: str) -> bool:
    """`floor` lies in an open range of floors the text writes ("25" in "18楼往上都没水")."""
    if not floor or not floor.isdigit():
        return False
    t = _convert(text)
    up, down = _FLOORS_UP.search(t), _FLOORS_DOWN.search(t)
    return bool((up and int(floor) >= int(up.group(1))) or (down and int(floor) <= int(down.group(1))))
