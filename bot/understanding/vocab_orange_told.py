"""Same-day needs and growing hazards told in words the older lists did not foresee (orange, GUIDELINES).

Pure data, merged into vocab_data.FAMILIES at import.

- an old person who cannot eat or get food today (吃不下东西, 出不了门买菜, 送点吃的): care today;
- mud oozing out at the foot of a wall or a slope (墙根往外渗黄泥): the earth behind it washing out;
- a leak from the flat above going on (楼上还在漏): water coming into a home;
- a power line sagging low over a path (线垂下来 低到快碰到人头): a hazard that will grow;
- a shaft cover stolen (井盖让人偷了): an open hole where people walk, as one knocked off or pried open.
"""
from __future__ import annotations

# fmt: off
_OLD = ("老人", "老太", "老头", "老太太", "老爷子", "奶奶", "爷爷", "大爷", "阿婆", "阿嬷", "阿公", "阿伯", "我妈", "我爸",
        "老母亲", "老父亲", "老伴")
_NO_FOOD = ("吃不下东西", "吃不下饭", "不吃东西", "不肯吃", "吃不进", "送点吃的", "送吃的", "送点菜", "买不了菜",
            "出不了门买菜", "断顿")
_WALL_FOOT = ("墙根", "墙脚", "墙底", "挡墙", "护坡", "堡坎", "坡脚")
_OOZES = ("渗黄泥", "渗泥", "往外冒泥", "冒泥浆", "冒黄泥", "渗出泥", "黄泥汤", "泥汤汤", "淌泥")
_COVERS = ("井盖", "下水道盖", "窨井盖", "盖板")
_STOLEN = ("偷了", "偷走", "被人偷", "让人偷", "叫人偷", "让谁偷", "被谁偷")
# (a power line itself sags: 电线垂下来, 杆上的线垂下来; not a branch sagging onto a line, 枝子耷拉下来 快挨着电线了,
# nor a network or clothes line, 网线垂下来了, which is an ordinary repair)
_SAGS = tuple(f"{p}{s}" for p in ("电线", "电缆", "高压线", "杆上的线", "杆子上的线", "电线杆的线")
              for s in ("垂下来", "垂到", "耷拉下来", "耷拉到", "低到", "快碰到人", "都快碰到人"))
# fmt: on

MORE_CUES: dict[str, list[str]] = {
    "care_urgent": [f"{o}+{n}" for o in _OLD for n in _NO_FOOD],
    "railing": [f"{c}+{s}" for c in _COVERS for s in _STOLEN],
    # a power line sagging low over a path, nothing sparking: a risk stated (a storm to come), no danger now
    "wiring_hazard": list(_SAGS),
    "burst_pipe": ["楼上漏", "楼上还在漏", "楼上一直漏", "楼上又漏", "楼上也在漏"],
}
MORE_CUES["retaining_wall"] = [f"{w}+{o}" for w in _WALL_FOOT for o in _OOZES]
