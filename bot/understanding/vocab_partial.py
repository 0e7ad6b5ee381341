"""A supply that works in part is an ordinary repair (yellow), not a supply cut (orange, GUIDELINES: no
heating is basic living broken).

Pure data, merged into vocab_data.FAMILIES at import (matched on the dialect-folded text):

- a radiator warm at the top and cold below, or warm only half-way (air in it: the bleed valve wants
  turning): the heating is on. "下边凉" is masked, so the "no heating" reading of 暖气 + 凉 does not take
  it; a radiator cold all over ("暖气不热", "暖气冰凉") stays orange and wins when both are written, and
  the model's orange is not taken for it either (winter.radiator_in_part).
"""
from __future__ import annotations

import re

# fmt: off
COLD_BELOW = ("下边凉", "下面凉", "下头凉", "下半截凉", "底下凉", "下边不热", "下面不热", "下半截不热", "下头不热")
WARM_PART = ("热一半", "半截热", "一半热", "上边热", "上面热", "上头热", "上半截热")
HEATING = ("暖气", "暖气片", "散热片")

PARTIAL_FAMILIES: dict[str, dict] = {
    "radiator_part": {"broad": True, "color": "yellow", "category": "utilities",
                      "note": "radiator warm only in part (air in it)", "cues": [
        *[f"{h}+{p}" for h in HEATING for p in COLD_BELOW + WARM_PART], "上热下凉", "上热下冷"]},
}
# Heating out all the same: a radiator cold all over, or the home cold (the orange reading stands).
NO_HEAT: tuple[str, ...] = ("不热", "冰凉", "没暖气", "停暖", "不供暖", "屋里冷", "家里冷", "冻", "凉哇哇", "凉飕飕",
                            "冷飕飕", "也凉", "都凉", "好冷", "太冷", "贼冷", "冷得")
# ...and what keeps the orange whatever the radiator does: the heating stopped, the cold felt in the home or
# falling ill from it, someone ill or bedridden, water escaping (the leak is its own orange).
STILL_ORANGE: tuple[str, ...] = ("冰窖", "冰冷", "不暖", "暖气停", "冷感冒", "冻感冒", "凉得", "冷死", "睡不着",
                                 "发烧", "咳嗽", "感冒", "生病", "瘫痪", "卧床", "月子", "产妇", "婴儿", "宝宝",
                                 "漏水", "滴水", "渗水", "喷水", "全是水", "一地水", "爆了", "水管裂")
# a temperature told: the home cold enough to be stated in degrees (屋里只有十度, 家里才14度)
ROOM_TEMPERATURE = re.compile(r"[0-9零一二两三四五六七八九十]+度")
MASKS: list[str] = list(COLD_BELOW)
# fmt: on
