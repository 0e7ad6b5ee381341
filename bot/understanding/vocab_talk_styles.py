"""Chatter and reports told in styles the older lists lacked (round 23: Kunming, Guangxi, Baoding, Shenyang
talk). Pure data, merged at the end of vocab_data (matched on the dialect-folded text).
"""
from __future__ import annotations

# fmt: off
# --- a threat or a warning for next time ("以后哪个再敢在楼道里充电 我第一个举报", "谁再把垃圾扔楼道 我就拍照"):
# the cue after it is what someone might do again, not a fault now (a fault told as a fact in its own clause stays)
HYPOTHETICAL: list[str] = ["以后谁再", "以后哪个再", "以后哪家再", "以后再有人", "下回谁再", "谁要是再", "谁再敢", "哪个再敢",
                           "再让我看到", "再让我看见", "再被我看到", "再被我看见", "再让我逮到", "再被我逮到"]

# --- a heated flat told warm again, by a neighbour joining the good news ("俺家也热乎了", "终于热乎了")
FIXED: list[str] = ["也热乎了", "都热乎了", "终于热乎了", "可算热乎了", "总算热乎了"]

# ...but one room or radiator still cold beside it ("也热乎了 就是卧室那组还是冰凉的"): the heating is still out there
STILL_COLD: list[str] = [f"{w}+{c}" for w in FIXED for c in ("还是冰凉", "还是凉", "还冰凉", "还凉着", "还是不热", "还不热",
                                                              "还是冰的", "还冰着")]

# --- a retort between neighbours, closing with 嘛 / 么 as well as 吗 ("都是一个村的 至于嘛")
REPLY: list[str] = ["至于嘛", "至于么", "至于吧", "至于不"]
# fmt: on

# fmt: off
# --- bottled gas smelt, told with the 的 of "the smell of" ("一股液化气的味道"): the gas_leak family names 煤气 /
# 燃气 / 天然气 with a smell word anywhere after them, 液化气 only right before 味
GAS_SMELL: list[str] = ["液化气的味", "一股液化气", "闻到液化气"]
# fmt: on
