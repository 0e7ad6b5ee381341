"""Colours told in the styles of new regions (round 21): orange hazards in new words, planned outages asked about.

Pure data, merged into vocab_data at import.

- water rising in a garage or a basement told by its flow or its reach (淹到膝头, 还不停涌入, 淹到第二排车位):
  cars and the electrics next, a growing hazard (orange);
- a fire stair or an escape way blocked (消防楼梯被纸皮堵住, 安全通道被占了, 行都行不过), an ambulance or a fire
  engine that cannot turn in (救护车拐不进来): the fire lane's kind (its words: vocab_escape.py);
- snow heavy enough to crush an old roof (雪...别给压塌): a roof giving way, told (red) or feared (orange:
  red_readings_more.crush_feared);
- an outage asked about by its extent or its day (是全天停还是半天, 礼拜四停水, 四点能准时来气吗, 停多长时间):
  a consultation (blue) when nothing else is broken.
"""
from __future__ import annotations

# fmt: off
_BELOW_GROUND = ("车库", "地库", "地下室", "地下停车场")
_RISING = ("淹到", "淹了", "被淹", "涌入", "涌进", "不停涌", "还在涌", "没过轮", "淹过轮", "第二排")
_SNOW = ("雪",)
_CRUSH = ("压塌", "压垮")
# fmt: on

MORE_CUES: dict[str, list[str]] = {
    "flooding": [f"{b}+{r}" for b in _BELOW_GROUND for r in _RISING],
    "falling_part": [f"{s}+{c}" for s in _SNOW for c in _CRUSH],
    # the extent or the hour of an outage asked (needs an ask, like every utility question)
    "utility_q": ["全天停", "停全天", "停半天", "还是半天", "停几个钟", "停几个小时", "停多长", "停多少时间", "只停",
                  # the supply named with the hour ("四点能准时来气吗"; not "老年大学的课星期二准时来吗": round 22)
                  *[f"{w}{u}" for w in ("准时来", "按时来") for u in "水电气暖"]],
}
# Words telling the outage is one to come (a notice read, a weekday named, a supposition): asked about → blue.
FUTURE_MORE: list[str] = ["通知说", "贴的通知", "准时", "的话",
                          *[f"{w}{d}" for w in ("礼拜", "星期", "周") for d in "一二三四五六日天"]]
