"""A lift that still runs with one part faulty is an ordinary repair (yellow), not a lift out of
service (orange): one floor's button, the fan, the light, a knock or a shake on the way.

Also: a neighbour's air conditioner dripping onto a balcony is a matter between neighbours; rain
through the roof is the roof's (facility), not a pipe's.

Pure data; a community extends the lists under `understanding:` in config.yaml
(`lift_parts`, `lift_stopped`, `ac_drip`, `asked_neighbour`, `roof_leak`, `pipe_source`)."""
from __future__ import annotations

# fmt: off
# What is faulty when the lift still runs: a button (Cantonese 掣), the fan, the light or a
# screen in the car, a noise or a jolt, one floor only.
LIFT_PARTS: list[str] = [
    "按键", "按钮", "按扭", "按纽", "掣", "风扇", "排风扇", "电扇", "灯不亮", "灯坏", "灯泡", "广告屏", "镜子",
    "咯噔", "咣当", "咣咣", "哐哐", "哐当", "异响", "吱吱", "嘎吱", "一顿", "一抖", "晃", "抖", "其他楼层正常",
    "别的楼层正常", "只能按", "要按好几", "按好几下", "按几次", "关门慢", "关得慢",
]
# ... unless it says the lift does not run: stopped, dark, someone inside, people climbing the stairs.
LIFT_STOPPED: list[str] = [
    "停", "不动", "不走", "黑", "困", "关人", "关在", "卡住", "卡在", "趴窝", "罢工", "用不了", "不能用", "不能坐",
    "不运行", "上不去", "下不去", "上不来", "下不来", "关不上", "合不上", "弹开", "故障", "都没反应", "全没反应",
    "都按不", "一个都", "歇菜", "瘫痪", "不上不下", "动不了", "不运转",
    "按哪", "按啥都", "按什么都", "全部", "爬楼", "爬上", "爬了", "走楼梯", "坏了好几天", "冒烟", "着火", "掉",
]
# Water dripping from a neighbour's air conditioner onto a balcony or a sill is a matter between
# neighbours (yellow), not a leak into a home; once they have been asked, it needs mediation.
AC_DRIP: list[str] = ["外机", "冷凝水", "空调水", "空调滴", "空调管", "空调的水", "空调漏", "空调一直滴", "空调往下滴"]
# ... unless water comes through a ceiling: that is a leak into the home.
CEILING: tuple[str, ...] = ("天花板", "吊顶", "顶棚", "棚顶", "房顶", "屋顶", "顶上")
ASKED_NEIGHBOUR: list[str] = ["说了", "说过", "讲了", "讲过", "不听", "不理", "不改", "不管", "协调", "调解", "敲门"]
# Rain or melting snow coming through the roof is the building's roof (facility: its waterproofing),
# not a water pipe (utilities) ...
# (Not 房顶 or 屋顶 alone: 厨房顶上 and 我屋顶上 are a kitchen's and a home's ceiling.)
ROOF_LEAK: list[str] = ["楼顶", "天台", "防水", "下雨", "落雨", "一下雨", "雨水", "漏雨", "化雪", "雪一化", "雪化",
                        "顶楼+漏", "顶楼+滴", "顶楼+渗", "屋顶漏", "梅雨", "黄梅天"]
# ... unless a pipe or a tank is named as the source.
PIPE_SOURCE: list[str] = ["水管", "管子", "管道", "水箱", "暖气", "爆", "跑水", "楼上+卫生间", "楼上+厨房", "楼上+漏"]
# fmt: on
