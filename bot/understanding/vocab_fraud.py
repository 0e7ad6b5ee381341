"""A phone or door-to-door fraud under way: someone is about to hand over their savings (GUIDELINES' red:
"a large loss about to happen"). A scam told afterwards, or a warning about scams in general, is no
such danger: the cue needs both the scam's hallmark and the money on its way now.

Pure data, merged into vocab_data.FAMILIES at import; a community extends the family under
`understanding: families:` in config.yaml.
"""
from __future__ import annotations

# fmt: off
# What only a fraudster says: a "safe account", money laundering, a card or account to be frozen.
_HALLMARK = ("安全账户", "涉嫌洗钱", "洗钱", "资金清查", "冻结账户", "账户冻结", "卡被冻结", "要冻结")
# The money on its way now: going to the bank, transferring, drawing cash.
_ON_ITS_WAY = ("去银行", "到银行", "往银行", "拿着存折", "拿存折", "拿着银行卡", "正在转", "要转账", "去转账",
               "转过去", "去取钱", "取钱去", "去汇款", "要汇")
FRAUD_FAMILIES: dict[str, dict] = {
    "fraud_now": {"color": "red", "category": "safety", "note": "a fraud under way, money about to be handed over",
                  "cues": [f"{h}+{w}" for h in _HALLMARK for w in _ON_ITS_WAY]},
}
# fmt: on
