"""A phone or door-to-door fraud under way: a named person is about to hand over their savings (GUIDELINES'
red: "a large loss about to happen"). The cue needs three things: the scam's hallmark, a person named as
the one taken in (我妈, 老人, 邻居), and the money on its way now (去银行, 正在转). A scam told afterwards
lacks the money on its way; a warning about scams in general ("有人冒充公安说你涉嫌洗钱, 让你去银行转账,
千万别信") names nobody taken in: its script speaks to 你, and its 千万别去银行 / 提醒老人 are read as a
warning by the fraud rule alone (WARNING).

Pure data, merged into vocab_data.FAMILIES at import (WARNING is read by scan.py); a community extends the family under
`understanding: families:` in config.yaml.
"""
from __future__ import annotations

# fmt: off
# What only a fraudster says: a "safe account", money laundering, a card or account to be frozen.
_HALLMARK = ("安全账户", "涉嫌洗钱", "洗钱", "资金清查", "冻结账户", "账户冻结", "卡被冻结", "要冻结", "账户被冻结")
# The one taken in, named: a relative, an old neighbour.
_PERSON = ("我妈", "我爸", "老妈", "老爸", "我婆婆", "我公公", "我岳母", "我丈母娘", "奶奶", "爷爷", "外婆", "姥姥", "外公",
           "姥爷", "老人", "老太太", "老爷子", "老大爷", "大爷", "大妈", "阿姨", "邻居", "老伴", "我老公", "我媳妇", "我老婆",
           # ...or the speaker: 我接到电话说我涉嫌洗钱, 让我去银行 (a scam told afterwards lacks the money on its way)
           "我接到", "让我", "叫我", "要我", "我涉嫌", "我的卡", "我卡", "我的账户", "我账户", "我该怎么办", "自己的卡")
# The money on its way now: going to the bank, transferring, drawing cash.
_ON_ITS_WAY = ("去银行", "到银行", "往银行", "拿着存折", "拿存折", "拿着银行卡", "正在转", "要转账", "去转账",
               "转过去", "去取钱", "取钱去", "去汇款", "要汇")
# Someone claiming to come from the office or the property, inside a home now: "说是物业派来修水管的, 正在我家",
# "自称社区的人进了独居老人家里", "...现在还在里面". Told with an old person there or money asked, it is a
# safety matter today (orange); money pressed from an old person there now is a fraud under way (red).
CLAIM = ("说是社区", "说是居委", "说是物业", "说是街道", "自称社区", "自称居委", "自称物业", "自称是社区", "自称是物业",
          "自称街道", "冒充社区", "冒充物业", "冒充居委", "假冒社区", "假冒物业")
INSIDE_NOW = ("在我家", "在我妈家", "在我爸家", "在我奶奶家", "在我爷爷家", "在我外婆家", "在我姥姥家", "在老人家里",
               "在她家", "在他家", "还在里面", "还在屋里", "还在家里", "赖着不走", "进了+家里", "进了+家门", "进屋了")
OLD = ("老人", "老太", "老头", "老爷子", "奶奶", "爷爷", "外婆", "姥姥", "外公", "姥爷", "我妈", "我爸", "独居", "老两口",
        "老年人", "老伴")
MONEY_PRESSED = ("交钱", "要钱", "给钱", "付钱", "掏钱", "转账", "收钱", "交费")
MONEY_ASKED = (*MONEY_PRESSED, "推销", "卖保健品", "买保健品", "办卡", "收费")
FRAUD_FAMILIES: dict[str, dict] = {
    "fraud_now": {"color": "red", "category": "safety", "note": "a fraud under way, money about to be handed over",
                  "cues": [f"{h}+{p}+{w}" for h in _HALLMARK for p in _PERSON for w in _ON_ITS_WAY]
                  + [f"{c}+{i}+{o}+{m}" for c in CLAIM for i in INSIDE_NOW for o in OLD for m in MONEY_PRESSED]},
    "impostor_inside": {"color": "orange", "category": "safety",
                        "note": "someone claiming to be from the office inside a home now",
                        "cues": [f"{c}+{i}+{w}" for c in CLAIM for i in INSIDE_NOW for w in (*OLD, *MONEY_ASKED)]},
}
# A warning, not a fraud under way: the scam's script told to 你 (让你去银行, 说你涉嫌洗钱), the advice not to go
# (千万别去银行; not 别去银行 alone: "快拦住她别去银行" is the plea of a fraud under way; nor 你去银行 alone: "哥你去银行
#拦住她" is a plea), the people to warn (提醒老人, 转告家里老人, 老人们), a warning named (反诈, 千万别信).
# Read by the fraud rule only (scan.py), not shared masks: "楼里的老人们都冻得受不了" is still the old people's need.
_WARN_PERSON = ("提醒", "转告", "告诉", "叮嘱", "提醒家里", "转告家里", "告诉家里", "叮嘱家里", "让家里")
_DONT = ("让你", "要你", "叫你", "千万别", "千万不要", "切勿", "一定不要")
WARNING: tuple[str, ...] = tuple([f"{d}{w}" for d in _DONT for w in _ON_ITS_WAY]
                                 + [f"{a}{p}" for a in _WARN_PERSON for p in _PERSON[:26]]
                                 + [f"{p}们" for p in _PERSON[:26]]
                                 + ["反诈", "防诈", "别信", "不要信", "都是骗子", "都是诈骗", "一律是诈骗", "谨防"])
MASKS: list[str] = []
# fmt: on
