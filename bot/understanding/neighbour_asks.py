"""A question put to the neighbours, not to the office: borrowing, sharing, buying, selling, company.

"有没有人有梯子借我用下", "有冇人想拼单订水", "群里有没有做月嫂的 介绍一个", "有没有人一起去早市",
"有没有人知道哪里收旧家具", "有人知道附近哪里卖酥油吗", Hunanese "有冇得哪家有多的蜡烛" (folded to 有没有哪家), "哪个屋里有多的桶借一个", an errand ("有人去菜场吗 帮我带把葱")
ask the people in the group for a favour or a deal; GUIDELINES counts "a
neighbour asking to borrow a ladder" as no request. Read only when the rules found no problem cue: a
question that names the office, asks for help or intervention, or looks for someone (a child, a pet)
stays a question to the office ("有没有人管管", "有没有人看到我家孩子", "有没有人能帮忙背一下").
A neighbour offering to bring something over ("我家有户外电源 我送上来") asks nothing either.
"""
from __future__ import annotations

import re

# put to the people in the group
# (or a buyer, a seller sought: "有没有拼团买车厘子的", "有没有收旧家电的", "楼里有没有出二手婴儿车的")
_TO_NEIGHBOURS = re.compile(r"有没有人|有冇人|有没有哪[家个位]|有没有谁|(?:哪|谁)(?:家|个屋里?|户)有|有没有邻居|有冇邻居|群里有没有|群里有冇|有没有好心人|有没有哪位邻居|有没有一[块起]"
                            r"|有没有(?=[^，,。？?\s]{0,3}(?:拼团|拼单|收旧|收二手|出二手|卖))"
                            r"|有人(?=一起|一块|拼单|拼团|想拼|要拼)"
                            # (or what they know of a shop or a trade: "有人知道附近哪里卖藏香吗", "谁晓得哪有收旧书的")
                            r"|(?:有人|有没有人|谁|哪个|边个)(?:知道|晓得|知)(?=[^，,。？?]{0,8}(?:哪里|哪儿|哪有|边度|在哪))"
                            # (or a group chore proposed to them: "周末要不要组织一下，一起把滑梯擦一擦")
                            r"|要不要(?=[^。？?]{0,8}(?:一起|一块|组队))"
                            # (or the group asked as a whole: "问一下大家家里还有没有蜡烛", "大家屋头有没有多的盐")
                            r"|(?:问一下|问下|请问|想问下?)大家|大家(?:家里|屋里|屋头)?还?有没有")
# a favour or a deal between neighbours, or company sought ("有没有人去吃老爸茶", "有人去钓鱼吗")
# (一块 as "together", 一块去 / 一块儿, not the measure word of 一块大石头 or 一块砖)
_EXCHANGE = re.compile(r"借|去(?:吃|喝|玩|逛|钓|打球|打牌|跑步|爬山|游泳|散步|喝茶|吃茶)|多的|拼单|拼团|拼车|团购|一起|一齐|一块(?=儿|去|买|拼|订|凑|走|玩|吃|搞|弄|做|出|[^\w]|$)|组队|搭子|二手|收旧|卖|想要|有人要|人要|多余|捎|介绍|转让|出闲置")
# ...unless the office is named, help or intervention is asked, or someone is looked for
_NOT_A_DEAL = re.compile(r"社区|物业|居委|楼长|网格|街道|帮忙|帮手|帮帮|帮我联系|管管|管一|有没有人管|看到|看见|见到|见过|找不|找到"
                         r"|不见|急|救|报警|受伤|老人|小孩|孩子|娃|大爷|大妈|阿姨|老头|老太|躺|倒|没动|晕|反映|投诉|看看|坏|不亮|漏|堵"
                         # (or someone asked to come and look: 来看下, Cantonese 来睇下)
                         r"|来看一?下|过来看|来睇|睇下|睇睇")


# an errand asked of whoever is going somewhere ("有人去菜场吗 帮我带把葱", "有没有人下午去社区的 帮我带张表"):
# the place gone to is only the errand's, even the office; not when someone is in trouble
_ERRAND = re.compile(r"有(?:没有)?人[^，,。？?]{0,8}?(?:去|到|路过|经过|回)[^。？?]{0,14}?(?:帮我|帮忙|顺便|顺路|给我)"
                     r"(?:带|捎|拿|取|买|寄)")
_TROUBLE = re.compile(r"救|受伤|晕|倒了|摔|不见|报警|急|病|疼")


# a neighbour offering to bring something over ("我家有充电宝 我送上来", "我拿过去给你"): no ask at all
_OFFER = re.compile(r"我(?:马上|这就|现在|等下|等会儿?)?(?:送|拿|带|搬)(?:上来|上去|下来|下去|过来|过去|给你|给您)")


def offers_help(t: str) -> str | None:
    """A neighbour's offer to bring something ("我送上来"), None when the message is no such offer."""
    if _NOT_A_DEAL.search(t):
        return None
    m = _OFFER.search(t)
    return m.group(0) if m else None


def asks_neighbours(t: str) -> str | None:
    """The favour or deal asked of the neighbours ("借"), None when the question is no such thing."""
    if (errand := _ERRAND.search(t)) and not _TROUBLE.search(t):
        return errand.group(0)[-3:]
    if not _TO_NEIGHBOURS.search(t) or _NOT_A_DEAL.search(t):
        return None
    m = _EXCHANGE.search(t)
    return m.group(0) if m else None
