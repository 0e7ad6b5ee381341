"""Words telling that something is past: an earlier occasion, a fall already told (red_past.py)."""
from __future__ import annotations

# fmt: off
# An occasion long enough ago that a fire told of it is over (not 昨晚 / 前天: a fire then may still smoulder).
LONG_AGO = ("去年", "前年", "上次", "上回", "以前", "之前", "那次", "那年", "上个月", "前些年", "早些年")
# ...but 之前 / 以前 after a word is "before it", which may be minutes ago ("十分钟之前着火了", "睡觉之前起火了"):
# they name an earlier occasion only at the head of their clause ("之前就有人家窗帘被点着了").
LONG_AGO_AT_HEAD = ("之前", "以前")
# The fall itself told before the harm it did ("昨晚在梯子上绊了一跤 膝盖都磕破了"): the harm is that day's.
FALL_TOLD = ("一跤", "摔了", "摔倒", "跌倒", "跌了", "绊倒", "绊了", "滑倒", "滑了", "栽了", "踩空")
# An earlier occasion a danger is told of (上次砸到过人): red.py, red_falling.py.
EARLIER = ("上次", "上回", "以前", "之前", "去年", "那次")
# fmt: on
