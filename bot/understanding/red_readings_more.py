"""More red cues whose words are there but whose danger is not (red_readings.py reads the first ones).

- a collapse only feared under a load: "雪都半米厚了 别给压塌了" — the risk is stated (orange), nothing gives
  way now;
- a body part "exploding": "电钻钻了一上午 头都炸了" — an explosion word right after the head (头, 脑袋) is how
  a nuisance feels, never a blast;
- a thing hung down: "充电线从窗户上吊下来" — 上吊 split across two words (窗户上 | 吊下来): hanging, not self-harm;
- an illness's after-effects: "脑梗后遗症 半边身子不得劲" — the illness over, its lasting effects the person's
  state: the care it needs stays (orange), nothing acute now;
- door-banging as a habit: "他天天上来砸门" — a neighbour's repeated banging with no weapon, blow or threat told:
  a dispute to mediate, not violence now;
- grit crumbling off: "烟囱的砖松了 一刮风就往下掉渣" — what falls is grit or dust (掉渣, 掉灰), no part;
- a part already down, its gap to mend: "门口掉瓷砖那块露着水泥 啥时候贴" — the tiles fell, the bare patch is
  what is asked about, nothing is left to fall;
- a plant drooping onto the eaves: "枝子都耷拉到房檐上了 能不能剪剪" — branches reaching a roof, nothing breaking;
- smoke left from a past burning: "昨晚有人在楼道烧纸 今早还一股烟味" — the burning is over, the smell stays:
  a request to stop it.
Each reading is a pure function over a Scan and the hit: the word it rests on, or None (red_readings tries them,
in its one table, after its own).
"""
from __future__ import annotations

import re

from .red_readings_late import car_under_tree, nobody_passes, past_spark
from .scan import Hit, Scan, clause_bounds
from .vocab_harm import NAMED_PEOPLE
from .vocab_smoke import HARMLESS_SMOKE, SMOKE_ALARM
from .vocab_telling import PAST_DAY
from .vocabulary import Vocabulary

# fmt: off
_HEAD = ("头", "脑袋", "脑子", "脑壳", "脑瓜", "肺", "心态", "耳朵")
# 头 is a body's head only after a person, a 得 / 的, or nothing: not in 外头, 里头, 那头 (a place) or in 插头, 灯头,
# 接头, 充电头 (a fitting): "楼后头炸了一声", "热水器接头炸了" are blasts (round 22)
_HEAD_OWNER = "我你他她俺咱人们的得了个都真把给"
_HEAD_THEN = ("都", "要", "快", "快要", "都要", "都快", "简直", "真", "直接")
_HUNG_DOWN = ("下来", "下去", "下面", "着", "在")
_AFTER_EFFECTS = ("后遗症", "留下的", "恢复期", "康复期")
_HABIT = ("天天", "每天", "成天", "整天", "老是", "总是", "经常", "隔三差五", "三天两头", "一天到晚", "动不动")
_DOOR_BANG = ("砸门", "踹门", "拍门", "捶门")
_WORSE = ("刀", "杀", "打人", "打我", "动手", "威胁", "扬言", "弄死", "报警", "110", "受伤", "流血", "砸坏", "砸开", "正在",
          "现在", "还在砸", "还在踹", "不敢开门", "孩子吓",
          # a cry heard or a now told beside the habit ("天天砸门 今天听见女的在喊救命")
          "救命", "呼救", "尖叫", "哭喊", "惨叫", "今天", "刚才", "这会",
          # ...or tonight's banging, a drunk, a door being broken, a household afraid (round 22: "老是半夜砸门 今晚又
          # 喝多了在砸 我们不敢出去")
          "今晚", "今早", "又来", "又在", "在砸", "在踹", "砸着", "踹着", "喝多", "喝醉", "醉", "砸烂", "踹烂", "踹坏",
          "不敢")
_GRIT = ("渣", "灰", "沫", "土", "面子", "碎末", "碎屑", "沙")
_FALL_WORDS = ("往下掉", "掉", "往下落", "落")
# (and, round 22, a slab crumbling as its crack grows, or grit over a school gate or a pavement)
_BIGGER = ("大块", "整块", "砖头掉", "砖掉", "砸", "有人", "行人", "孩子", "小孩",
           "塌", "越来越大", "越来越多", "幼儿园", "学校", "人行道", "路过")
_GAP = ("露着", "露出", "露了", "光秃秃", "缺了一块", "缺了几块", "秃了")
_HIGH = ("外墙", "楼上", "高处", "楼顶", "房檐", "头顶", "上面", "上头", "顶上", "下面", "底下", "砸", "还有", "松", "空鼓",
         "鼓起", "随时", "要掉", "快掉")
_PLANT = ("枝", "树", "藤", "杈", "叶")
_REACH = ("耷拉到", "耷拉在", "垂到", "垂在", "搭到", "搭在", "伸到", "压到", "压在", "挨着", "碰到")
_PLANT_WORSE = ("断", "劈", "裂", "折", "晃", "砸", "要掉", "快掉", "电线", "人")
_CRUSH = ("压塌", "压垮")
_SMELL_ONLY = ("烟味", "烟火味", "糊味", "烧的味")
# fmt: on
_ALARM = re.compile(SMOKE_ALARM)


def _at(scan: Scan, h: Hit, word: str) -> int:
    """Where `word` (one of the cue's parts, or the cue itself) stands in the text, from the hit on."""
    at = scan.text.find(word, h.start)
    return at if at >= 0 else scan.text.find(word)


# a real blast told beside the hyperbole ("头都炸了 楼下那声巨响 玻璃全震碎了"): never set aside
_BLAST = ("巨响", "一声响", "轰的一声", "砰的一声", "震碎", "震得", "震裂", "爆炸", "冒烟", "着火", "起火")


def head_exploding(scan: Scan, h: Hit) -> str | None:
    """"头都炸了": the head and its adverb right before an explosion word, or None."""
    if h.family.name != "explosion" or "炸" not in h.cue or any(b in scan.text for b in _BLAST):
        return None
    before = scan.text[max(0, h.start - 6):h.start]
    for head in _HEAD:
        i = before.rfind(head)
        if i >= 0 and (between := before[i + len(head):]) in ("",) + _HEAD_THEN:
            if head == "头" and i > 0 and before[i - 1].isalnum() and before[i - 1] not in _HEAD_OWNER:
                return None
            return head + between + h.cue
    return None


_HANGING_WHO = NAMED_PEOPLE + ("阿姨", "有人", "一个人", "个人", "人在")


def hung_down(scan: Scan, h: Hit) -> str | None:
    """"窗户上吊下来": 上吊 read across two words, a thing hung down (吊下来, 吊着), or None."""
    if h.family.name != "self_harm" or h.cue != "上吊":
        return None
    end = h.start + len(h.cue)
    nxt = next((w for w in _HUNG_DOWN if scan.text.startswith(w, end)), None)
    if nxt is None:
        return None
    # ...a thing, not a person hanging there ("三楼阿姨在窗户上吊着 快来人"): a person or a cry for help keeps it red
    before = scan.text[:h.start]
    if any(p in before for p in _HANGING_WHO) or re.search(r"[他她](?!家)", before) \
            or any(c in scan.text for c in ("快来人", "救命", "救人")):
        return None
    return f"吊{nxt}"


def after_effects(scan: Scan, h: Hit) -> str | None:
    """"脑梗后遗症": the illness word followed by its after-effects, or None."""
    if h.family.name != "person_down" or "+" in h.cue:
        return None
    end = h.start + len(h.cue)
    return next((w for w in _AFTER_EFFECTS if scan.text.startswith(w, end)), None)


def banging_habit(scan: Scan, h: Hit) -> str | None:
    """"他天天上来砸门": door-banging told as a habit, no weapon, blow or threat told, or None."""
    if h.family.name != "violence" or h.cue not in _DOOR_BANG:
        return None
    t = scan.text
    if any(w in t for w in _WORSE):
        return None
    a, _b = clause_bounds(t, h.start)
    return next((w for w in _HABIT if w in t[a:h.start]), None)


def grit_falling(scan: Scan, h: Hit) -> str | None:
    """"往下掉渣": what falls is grit or dust, nothing bigger told falling, or None."""
    if h.family.name not in ("falling_part", "falling_object"):
        return None
    t = scan.text
    for part in h.cue.split("+"):
        if part not in _FALL_WORDS and not part.endswith("掉"):
            continue
        at = _at(scan, h, part)
        end = at + len(part)
        if at >= 0 and t.startswith(_GRIT, end):
            rest = t[end:]
            return None if any(w in rest for w in _BIGGER) else part + t[end]
    return None


def gap_left(scan: Scan, h: Hit) -> str | None:
    """"掉瓷砖那块露着水泥": a part fallen already (the fall word before the part), its bare patch told, low down
    and nothing more loose or above anyone, or None."""
    if h.family.name != "falling_part" or "+" not in h.cue:
        return None
    t = scan.text
    part, verb = h.cue.split("+")[:2]
    if t.find(verb + part) < 0 or any(w in t for w in _HIGH):
        return None
    return next((w for w in _GAP if w in t), None)


def plant_drooping(scan: Scan, h: Hit) -> str | None:
    """"枝子都耷拉到房檐上了": branches reaching a roof, nothing breaking, swaying or over people, or None."""
    if h.family.name != "falling_object":
        return None
    t = scan.text
    reach = next((w for w in _REACH if w in t), None)
    if reach is None or any(w in t for w in _PLANT_WORSE):
        return None
    return reach if any(p in t[:t.find(reach)] for p in _PLANT) else None


def smoke_left(scan: Scan, h: Hit) -> str | None:
    """"昨晚有人烧纸 今早还一股烟味": a smell left from a harmless burning told on a past day, or None."""
    if h.family.name != "fire" or h.cue not in _SMELL_ONLY or _ALARM.search(scan.text):
        return None
    t = scan.text
    day = next((d for d in PAST_DAY if d in t[:h.start]), None)
    if day is None:
        return None
    source = next((s for s in HARMLESS_SMOKE if s in t[t.find(day):h.start]), None)
    return f"{day}…{source}" if source else None


def crush_feared(scan: Scan, h: Hit) -> str | None:
    """"雪都半米厚了 别给压塌了": a roof or a shed feared crushed under a load (别 / 怕 / 万一 before the crush word in
    its clause): the risk stays stated, nothing giving way now; or None."""
    if h.family.name != "falling_part" or not any(c in h.cue for c in _CRUSH):
        return None
    at = next((scan.text.find(c, h.start) for c in _CRUSH if c in h.cue), -1)
    return scan.preceded_in_clause("hypothetical", at) if at >= 0 else None


def fault_left(scan: Scan, h: Hit, vocab: Vocabulary) -> Hit | None:
    """A part set aside as grit crumbling off or as fallen already, a tree dropping fruit on cars, or a box that
    sparked on a past day, is still a fault to mend: the hit of the part's own family (瓷砖: facility, 树:
    greenery), or None."""
    if not (grit_falling(scan, h) or gap_left(scan, h) or car_under_tree(scan, h) or past_spark(scan, h)
            or nobody_passes(scan, h)):
        return None
    part = next((p for p in h.cue.split("+") if p in vocab.objects), None)
    # (a part the vocabulary names no object for, 砖: a fault of its own category's, a building part's)
    family = vocab.families.get(vocab.objects[part] if part else f"fault_{h.family.category}")
    return Hit(family, h.start, part or h.cue, obj=part is not None) if family else None
