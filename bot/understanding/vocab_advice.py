"""Words of advice given to a neighbour: what "you" should do ("你问下社区", "叫你娃在手机上交").

Pure data for advice_given.py. Second person singular only: "你们" is how residents address the office
("你们物业能不能管一下"), so it is never advice.
"""
from __future__ import annotations

# fmt: off
# "you" in the dialects seen (侬 Wu, 恁 Henan/Shandong, 你 everywhere)
# (not 您: residents say it to the office's people, "您问下师傅几点来")
YOU: tuple[str, ...] = ("你", "侬", "恁")
# softeners between "you" and the advice ("你就问下", "你还是去问问", "你可以直接打")
SOFTENERS: tuple[str, ...] = ("就", "先", "可以", "直接", "自己", "最好", "还是", "也", "得", "要", "不如", "干脆", "去")
# what the neighbour is told to do: ask someone, phone a line, do it online, or get their child to do it
ADVICE: tuple[str, ...] = ("问下", "问一下", "问问", "去问", "打个电话", "打电话", "打客服", "打热线", "打12345",
                           "上网", "在手机上", "在支付宝", "在微信", "用手机", "拿手机")
# ...or a relative of theirs asked to do it for them ("叫你娃", "让你儿子", "喊你孙子")
KIN_HELP: tuple[str, ...] = ("叫", "让", "喊", "等")
KIN: tuple[str, ...] = ("娃", "孩子", "儿子", "女儿", "孙子", "孙女", "家里人", "屋里人", "家人", "崽", "伢")
# An emergency line or a rescue named: "你快打120" tells a neighbour to get help for someone, no advice
URGENT: tuple[str, ...] = ("120", "110", "119", "救护车", "急救", "报警", "救命", "消防")
# fmt: on
