"""An e-bike or its battery charged indoors, however the place or the cord is told.

Pure data, merged into vocab_data.FAMILIES["ebike_charging"] at import (a community extends the family under
`understanding: families:` in config.yaml). The base family knows 楼道 / 楼梯间 / 走廊 / 电梯; the ways of
telling it seen across communities also name the lobby or the lift landing (推进大堂充电, 17楼电梯厅...在充电,
楼梯底下充电), the battery carried home (电瓶拎回屋头充), or the cord run to it (拉线 / 插线板 / 拖板 / 线从窗户
吊下来). A charging point (充电桩, 充电棚) is where charging belongs: masked, it names no cue.
"""
from __future__ import annotations

# fmt: off
_VEHICLES = ("电动车", "电瓶车", "电瓶", "电单车", "电摩", "电车", "三轮")
# places inside the building whatever else is told (楼梯底下, 电梯口), and the way home (拎回屋头充)
_INSIDE = ("楼梯口", "楼梯底", "楼梯下", "楼梯脚",
           "回家充", "回屋", "拎回家", "提回家")   # (not 拿回家 / 带上楼: the rule told, "不让带上楼充")
# the lobby or the lift landing only with the charging right after it (推进大堂充电, 电梯口充): "大堂门口那个
#充电棚", "在电梯口被拦下了 充电要去车棚" are outside
_LOBBY = tuple(f"{p}{a}充" for p in ("大堂", "大厅", "门厅", "电梯厅", "电梯口", "电梯间") for a in ("", "里", "里面", "里头"))
_CORDS = ("拉线", "拉了根线", "拉了条线", "拉根线", "插线板", "插排", "拖板", "排插", "线从", "吊下来", "扯进来", "拖进来",
          "扯下来")   # (not 拉下来: a plug pulled out)
MORE_CUES: list[str] = ([f"{v}+{p}+充" for v in _VEHICLES for p in _INSIDE]
                        + [f"{v}+{c}+充" for v in _VEHICLES for c in _CORDS]
                        + [f"{v}+{p}" for v in _VEHICLES for p in _LOBBY])
MASKS: list[str] = ["充电棚", "充电站", "充电柜", "充电桩", "充电车棚", "充电区", "充电宝", "充不上", "充不进"]
# fmt: on
