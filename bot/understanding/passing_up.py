"""A responder passing a problem up to the office: the asks in vocab_passing_up ("请协调", "麻烦社区", "居民反映")
and those in forms no word list holds (supplies sent, residents waiting on an answer, a service asked to come);
staff relaying a resident, asking someone to act for one, or asking a service to act now.

Reads the responder's text. Split out of responders.py.
"""
from __future__ import annotations

import re

from .vocab_passing_up import ACT_NOW, ASK_OPENERS, ESCALATE, SERVICES_ASKED

# ...and asks in a form no word list holds: supplies or machines sent ("需要马上调一桶柴油", "能不能先调一车过来"),
# residents waiting on an answer ("住户都在问"), a service asked to come ("请网格员来一趟", "得赶紧让施工方来加固");
# not "我叫电工来" / "让物业去看" (the speaker handling it)
ASK_UP = re.compile(r"(?:需要|能不能|能否|请|麻烦)[^，。！？,.!?]{0,6}?调(?:[一两二三四五六七八九十几\d]|些|个|点|拨|过来|来|配)"
                    r"|(?:住户|居民|业主|老人)(?:都|又|一直|天天)在问"
                    r"|(?:(?<![我就已经了])请|赶紧让|得让)(?:施工方|施工队|开发商|物业|工程部|执法队|城管|电工|师傅|网格员|网格长)"
                    r"[^，。！？,.!?]{0,4}?(?:来|过来|跟进|加固|处理|联系|派人)")

# ...or naming whom it relays in its own words ("3栋王大爷反映", "有个居民问"): someone other than the speaker.
RELAY_SOMEONE = re.compile(r"^[^我，。！？!?]{0,12}?(?:大爷|大妈|阿姨|奶奶|爷爷|老人|阿婆|阿伯|居民|住户|业主|租客|家属|那家|一家|一户)"
                           r"(?:来电|打电话|电话)?(?:反映|问|说)")

# Staff asking someone to act for a resident: another responder or a service ("请网格长去协调一下",
# "想请燃气公司来检查"), or hands among the staff ("谁明天去...帮他拿一下", "边位方便帮手买").
STAFF_ASK = re.compile(r"请(?:网格长|网格员|楼长|物业|社区|工程部|燃气公司|供电所|自来水公司|电工|师傅|维修工)[^，。！？!?]{0,3}?"
                       r"(?:去|来|过去|帮|协调|处理|看|查|修)"
                       r"|谁(?:明天|今天|下午|上午|晚上|有空|方便)[^，。！？!?]{0,6}?去|边位方便|哪位方便|哪位有空"
                       # a service named, then urged to act ("后勤赶紧撒点盐", "物业尽快派人")
                       r"|(?:后勤|物业|保洁|保安|工程部|电工|维修工|维保)(?:赶紧|尽快|马上|抓紧|快点)[^，。！？!?\s]{0,3}?"
                       r"(?:撒|铲|修|扫|清|来|去|处理|弄|安排|换|装|抽|挖|拉|派)"
                       # ...or asked to arrange it ("麻烦尽快安排修"), or more hands asked for ("再派两个人")
                       r"|麻烦(?:尽快|赶紧|马上|抓紧)?安排(?:人|师傅)?(?:修|来|处理|维修|更换|换|清理|看)"
                       r"|再派(?:[一两二三四五几\d]个?)?人")


def asks_up(role: str, t: str) -> str | None:
    """A leader's or chief's ask passing a problem up to the office ("请社区今天就安排一下"), if any."""
    return ask_passed_up(t) if role in ("leader", "chief") else None


def ask_passed_up(t: str) -> str | None:
    """The first ask passing a problem up that `t` holds, if any."""
    m = ASK_UP.search(t)
    return next((w for w in ESCALATE if w in t), None) or (m.group(0) if m else None)


# A service asked to act now, by name, with a word of urgency (vocab_passing_up): "请物业马上", "麻烦工程部立即"
ACT_NOW_ASK = re.compile(f"(?:{'|'.join(ASK_OPENERS)})(?:{'|'.join(SERVICES_ASKED)})[^，。！？!?；;\\s]{{0,4}}?"
                         f"(?:{'|'.join(ACT_NOW)})")

# Not an ask passed up: planned work announced ("下午请电工来检修配电箱，到时候会停电"), an ask called off
# ("请电工先别去"), an answer to someone else's ask ("好的，请物业下午去看下").
SCHEDULED_WHEN = re.compile(r"今天|明天|后天|今晚|明早|上午|下午|晚上|周[一二三四五六日天]|星期|\d+[点号]")
