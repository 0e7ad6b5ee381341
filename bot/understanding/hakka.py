"""Words for "still" and "here too" a text may show with no Cantonese mark at all.

Meizhou Hakka writes "still" as 还系 (还系闪, 还系停用) and "me too" as 都系 closing a clause
(𠊎屋都系，102 = 我家也是，102). Plain Mandarin has 还系 only in 还系统 / 还系着 (still tied), and
都系 only in 都系统 / 都系列, so both are read as Mandarin here, whatever the rest of the text shows.
Residents who mix English in write "still" as the English word ("充电桩 still offline", "still 没修"):
read as 还是, so a later report says the problem is still there as a Mandarin one does.
"""
from __future__ import annotations

import re

# 还系 = 还是 ("still"), not 还系统 / 还系列 / 还系着 / 还系上 (tied)
_STILL = re.compile(r"还系(?![统列数着上好紧])")
# 都系 closing a clause = 也是 ("here too"); 都系 + a noun (成地都系水, "all over") stays for the Cantonese table
_TOO = re.compile(r"都系(?=\s*(?:[，,。.！!？?~、；;]|$))")
# the English word "still", alone (not distilled, stillness)
_STILL_EN = re.compile(r"(?<![a-z])still(?![a-z])", re.IGNORECASE)


def fold_hakka(text: str) -> str:
    """`text` with the Hakka still-word, the clause-final here-too and an English "still" read as Mandarin."""
    if "系" in text:
        text = _TOO.sub("也是", _STILL.sub("还是", text))
    return _STILL_EN.sub("还是", text) if "till" in text.lower() else text
