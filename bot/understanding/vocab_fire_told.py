"""Fires, smoke and stove leaks told in plain northern and southern words; things that look red and are not.

Pure data, merged into vocab_data.FAMILIES / MASKS / CONSEQUENCE at import.

- a thing that should not burn said to have "caught" (垃圾箱着了, 电动车也着了): a fire. Only named things:
  着了 after a verb is "got it" (睡着了, 找着了, 捡着了, 看着了), and a stove or a fire that 着了 is lit as meant;
- smoke told by how thick it is or where it pours (烟大得很, 往楼道里灌, 往屋里钻): a fire spreading to people;
- a fire extinguisher called for (谁拿个灭火器, 快拿灭火器): a fire now. One expired or due for a change is no
  call and names none of these words;
- a stove or a stove pipe that leaks (炉子漏了, 烟筒漏烟): coal gas or gas escaping indoors;
- a sheet or sign the wind is about to carry off (随时要飞下来, 要刮下来): something about to fall on people;
- a fall told by slipping (滑了一跤): a person fallen, set aside as usual when told unhurt (人倒是没大事);
- "着了火咋整" (what if it catches fire): the fire imagined, a stated risk, not a fire now.

Masked (no danger word inside): shoes stuck in mud (鞋都拔不出来), a meat box's bloody water (血水), pieces
lying on the floor already (玻璃碴子掉了一地), water knee-deep on a road (not in homes), a chimney that smokes as chimneys do (烟囱冒黑烟), a boundary wall
with a gap fallen in it (围墙塌了一块: nobody under it told; a person hit is told by 砸 words).
"""
from __future__ import annotations

# fmt: off
# Things that burn only when something is wrong (not a stove, a lighter or a fire lit on purpose).
# (not a car, a motorbike or a tricycle: their engine 着了 when it starts, 摩托车打了半天终于着了)
_BURNABLE = ("垃圾箱", "垃圾桶", "垃圾堆", "垃圾站", "电动车", "电瓶车", "电驴",
             "电瓶", "电池", "充电器", "充电宝", "插线板", "插排", "插座", "电表", "电箱", "配电箱", "车棚", "棚子",
             "草堆", "柴堆", "柴火垛", "草垛", "杂物", "纸箱", "纸壳", "沙发", "床垫", "窗帘", "被子", "衣服", "油锅",
             "房子", "屋子", "厨房", "楼道", "仓库", "库房", "储藏室", "地下室", "树", "草坪", "荒草", "干草")
_CAUGHT = ("着了", "也着了", "都着了", "又着了", "给着了", "全着了", "着起来了", "着起来")
_THICK = ("烟大得很", "烟大得", "烟大的很", "烟老大了", "烟可大了", "烟好浓", "烟很浓")
# (smoke told only by these words from a named harmless source, 烧烤摊烟大得很, 烧烤的烟冒上来了, is that
# source's fumes: smoke_nuisance.told_smoke_source)
_POURS = ("里灌", "往里灌", "往进灌", "往进钻", "往屋里钻", "往家里钻", "往楼上窜", "往上窜", "往上冒", "窜上来", "冒上来",
          "楼道里灌", "倒灌进")
# (called for by who or how fast: 我去拿灭火器, 保安拿灭火器上去了 tell someone already handling it; whether
# anyone has one or where it hangs, 谁家有灭火器 / 有没有灭火器 / 灭火器在哪, is an inspection, a purchase or a
# question as often as a call)
_EXTINGUISHER_CALLED = tuple(f"{w}{v}{n}灭火器" for w in ("谁", "快", "赶紧", "谁去", "快去", "谁给")
                             for v in ("拿", "拎", "提", "递", "送", "抱", "扛") for n in ("", "个", "几个", "两个")) \
    + ("灭火器拿来", "灭火器拿过来", "灭火器快拿") \
    + tuple(f"灭火器+{v}" for v in ("快送", "快拿", "赶紧拿", "赶紧送", "快点拿", "快点送", "速送"))
_STOVE = ("炉子", "煤炉", "火炉", "炉灶", "燃气灶", "煤气灶", "灶台", "锅炉", "烟筒", "烟囱", "烟道", "炉筒")
_FUMES = ("烟", "味", "熏", "呛", "往进钻", "往里钻", "头晕", "头疼", "头痛", "恶心", "想吐")
_LEAKS = ("漏了", "漏气", "漏烟", "倒烟", "返烟", "串烟", "窜烟")
_SHEETS = ("彩钢板", "彩钢瓦", "铁皮", "石棉瓦", "瓦片", "顶棚", "雨棚", "遮阳棚", "广告牌", "招牌", "牌子", "灯箱",
           "木板", "板子", "篷布")
_CARRIED_OFF = ("随时要飞", "要飞下来", "快飞下来", "要飞下去", "要刮下来", "快刮下来", "要吹下来", "快吹下来", "要刮飞",
                "要被刮飞", "要被吹飞", "快被吹飞", "快被刮飞")
_CHIMNEY_SMOKES = tuple(f"{c}{s}" for c in ("烟囱", "烟筒") for s in ("冒黑烟", "冒烟", "冒的烟", "的黑烟", "里的黑烟"))
# A gap fallen in a boundary wall: a wall part to mend (masked below as no falling danger, kept as a cue).
_WALL_GAP = ("围墙塌了", "院墙塌了", "围墙倒了", "院墙倒了")
# fmt: on
SMOKE_TOLD: tuple[str, ...] = _THICK + _POURS

MORE_CUES: dict[str, list[str]] = {
    "fire": [f"{b}{c}" for b in _BURNABLE for c in _CAUGHT] + list(_THICK)
    + [f"烟+{p}" for p in _POURS] + list(_EXTINGUISHER_CALLED),
    # (a plain 漏了 only with fumes or smoke told beside it: a water-jacket stove 漏了 drips water, and one
    # leaking water says 漏水, which the plain leak families take)
    "gas_leak": [f"{s}{k}" for s in _STOVE for k in _LEAKS if k != "漏了"]
    + [f"{s}漏了+{f}" for s in _STOVE if s not in ("锅炉", "灶台", "烟囱") for f in _FUMES]
    + [f"{s}+{k}" for s in ("炉子", "煤炉", "火炉", "烟筒", "炉筒") for k in ("漏烟", "倒烟", "返烟")],
    # a chimney's smoke and soot over the yard (masked below as no fire): fumes, a nuisance
    "smell": list(_CHIMNEY_SMOKES),
    # a dirt road turned to mud when it rains: the path's surface to mend
    "building_parts": ["泥潭", "泥塘", "烂泥路", "泥巴路", "全是烂泥", *_WALL_GAP],
    # a fall told by slipping (滑了一跤) or tumbling (摔了个跟头): the same as 摔了一跤
    "person_down": ["滑了一跤", "跌了一跤", "滑了个跟头", "摔了个跟头", "摔了个跟斗", "栽了个跟头", "滑了个大跟头"],
    "falling_object": [f"{s}+{c}" for s in _SHEETS for c in _CARRIED_OFF],
}
# smoke told coming into a home with signs of coal-gas poisoning (烟筒冒烟往屋里倒 一家人都头晕恶心): people
# poisoned now, whatever the chimney's smoke outdoors is (the chimney's name sits inside its mask above)
MORE_CUES["gas_leak"] += [f"{i}+{g}" for i in ("往屋里倒", "往屋里灌", "往屋里钻", "往家里倒", "往家里灌", "往家里钻",
                                                "倒进屋", "灌进屋", "进屋了", "倒灌进")
                          for g in ("头晕", "恶心", "想吐", "中毒了", "晕倒", "昏过去", "叫不醒")]
# "着了火咋整": 着了火 put as a supposition, then what to do about it (a real fire is told 着火了).
CONSEQUENCE: list[str] = [f"了火{q}" for q in ("咋整", "咋办", "怎么办", "怎么整", "可咋", "谁负责")]
MASKS: list[str] = [
    "鞋都拔不出来", "鞋拔不出来", "鞋子都拔不出来", "脚都拔不出来", "腿都拔不出来", "血水",
    "掉了一地", "碎了一地", "落了一地", "撒了一地",
    *_CHIMNEY_SMOKES,
    # 着了 of damp, rain or a chill (被子着了潮, 电动车着了雨, 屋子着了凉) is no fire
    *[f"{b}着了{x}" for b in _BURNABLE for x in ("潮", "雨", "水", "凉", "湿", "霉", "灰", "风")],
    *_WALL_GAP,
    # water standing knee-deep on a road or a lane is flooding outside, not water in homes (老人 beside it is
    # someone kept indoors: care today, not a person in the water)
    *[f"{r}{w}" for r in ("路", "路上", "马路", "马路上", "路面", "巷子", "巷子里", "街上", "道上")
      for w in ("积水到膝盖", "水到膝盖", "淹到膝盖", "的水到膝盖", "水没过膝")],
    # kitchen fumes told as thick (油烟大得很) are the fumes' nuisance
    *[f"油{t}" for t in _THICK],
]
