"""Words of something about to fall on people (red_falling.py). Who could be below, and a near miss, are
vocab_hurt's."""
from __future__ import annotations

# fmt: off
# A fall feared onto someone (万一 / 怕 / 别 ... 砸着人): the thing is up there now, over people.
FEARED_FALL = ("万一", "怕", "就怕", "别", "担心", "迟早", "免得", "省得", "以防", "生怕")
FALLING = ("falling_object", "falling_part", "tree_falling")
# ...or feared to fall where people walk below while it is loose, swaying or tilting now ("整扇窗在晃，万一掉下去
# 楼下就是人行道", "外机是斜的挂在那里 下面就是单元门口 掉下来就不得了"): the state now is told before the fear.
WALKWAY_BELOW = ("人行道", "楼下就是", "下面就是", "底下就是", "下边就是", "下头就是", "楼下是", "下面是", "底下是",
                  "人来人往", "人进人出")
# ...or hanging there now (挂了好多冰凌, 悬着一块水泥) over an entrance people go through ("正对单元门口 娃娃放学都从
# 那里进"): the weight above the way in is the danger now, however the fall is feared.
HANGS_NOW = ("挂了", "挂着", "挂满", "悬着", "悬在", "吊着", "耷拉着", "垂下来", "垂着", "支出来", "探出来")
ENTRANCE = ("门口", "单元门", "楼门", "大门", "出入口", "入口", "门洞", "进门", "过道", "通道", "巷口", "路口")
PASSING = ("进进出出", "进出", "经过", "路过", "走过", "过路", "从那里进", "从那进", "从这里进", "从那里过", "从下面过",
            "从下面走", "底下过", "下面过", "放学", "上学", "上班", "天天走", "都要走", "都从", "必经", "人多")
SWAYS_NOW = ("在晃", "直晃", "来回晃", "晃来晃去", "晃荡", "晃悠", "摇晃", "在摇", "松了", "松动", "吹松", "斜的", "斜着",
              "歪着", "歪了", "挂在那", "吊在那")
# Nobody goes under it (red_readings_late.nobody_passes): "底下是煤棚子 平时没人走", "那边封了 不走人".
NOBODY_PASSES = ("没人走", "没有人走", "没什么人走", "没啥人走", "没人过", "没有人过", "没人经过", "没有人经过",
                 "没人去", "没有人去", "不走人", "没人路过", "没人从那走", "没人从那过", "没人从下面走", "没人从下面过", "平时不走")
# ...unless someone is named going there after all (vocab_hurt.SOMEONE_GOES).
# ...or a walkway with people on it named below
WALKWAY_PEOPLE = ("人行道", "人来人往", "人进人出")
# fmt: on
