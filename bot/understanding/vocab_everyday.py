"""Everyday words for problems the families already know, which the cue lists missed: a report in them had
no family, so nothing tied it to the report before it (repeats) and its colour and category were guessed.

Pure data, merged into vocab_data.FAMILIES at import (matched on the dialect-folded text):

- no gas told as the gas not there or not come (还没有气, 也没有气; Hubei 冇得气 folds to 没有气): not
  没气 alone, which is also a person no longer breathing or a flat tyre;
- a stair light gone dark (灯又黑了, 灯还是黑的; Cantonese 黑咗 folds to 黑了), written in that order:
  "天黑了开灯" is no light out;
- the building's network down (路由器的灯一直红, 网络连不上, 网络挂了) is the property's service;
- water coming into a garage (停车场进水; Cantonese 入水 folds to 进水) is flooding of a common space;
- sewage told by what comes back up (屎汤子, 返上来的全是屎): sewage backing up, not a smell;
- urine left in a lift or a stairwell (又尿了, 狗在电梯里尿尿), told by the act: the mess (sanitation), not
  the lift's fault;
- someone at the doors saying the community or the property sent them (说是社区派来的): a stranger to
  check on (yellow safety), even asked as "is it true?" (a seller alone, "+1 推销的进来了", is left to the
  ticket it joins);
- a fee asked about as "will it rise or not" (物业费涨不涨): the 不 of the question is no complaint
  that the fee is not right ("物业费+不"), but a question about a public matter (blue affairs).
"""
from __future__ import annotations

# fmt: off
_GAS_NONE = ("还没有气", "也没有气", "都没有气", "一直没有气", "没来气", "还没来气")
_DARK = ("灯又黑", "灯黑了", "灯还是黑", "灯还黑", "灯都黑", "灯又不亮")
_ROUTER = ("路由器", "光猫")
_ROUTER_DOWN = ("红", "不亮", "闪", "坏")
_NET = ("网络", "网")

_FEE_OUTCRY = ("凭什么", "这么烂", "这么差", "太烂", "太差", "不合理", "乱收", "乱涨", "黑心", "坑人", "不服务", "啥都不管",
               "什么都不管", "不作为")
_SHARED_OR_ANIMAL = ("电梯", "楼道", "楼梯", "走廊", "门口", "单元", "大堂", "过道", "车库", "花坛", "狗", "猫", "宠物")
MORE_CUES: dict[str, list[str]] = {
    "no_gas": [*_GAS_NONE, "没有气+燃气", "没有气+做饭", "没有气+煮饭", "没有气+饭都"],
    "light_out": list(_DARK),
    "property_complaint": [f"{r}+{d}" for r in _ROUTER for d in _ROUTER_DOWN]
    + [f"{n}+{s}" for n in _NET for s in ("连不上", "挂了")],
    "flooding": ["停车场+进水", "停车场+淹"],
    # fumes let out straight at a home ("饭店的油烟管子正对我们晒台", "排风口对着卧室窗户"): a nuisance told
    # with no ask word is still the complaint
    "smell": [f"{src}+{aim}" for src in ("油烟", "排烟", "排烟管", "排烟口", "排风口", "排气口", "烟道", "烟囱")
              for aim in ("正对", "对着", "直对", "朝着", "冲着")]
    # an oil smell only with the duct letting it out (排烟管又在滴油…一股牛油味): one's own cooking (我家炸带鱼，
    # 一屋子油烟味) is no complaint
    + [f"{src}+{m}" for src in ("排烟管", "排烟口", "排烟", "排风口", "排风", "烟道", "烟囱") for m in ("油味", "油烟味")],
    # rubbish not collected for days, told by the collection ("两天没来收了", "环卫一直不来")
    "garbage": ["天没来收", "天没人收", "天没人来收", *[f"环卫+{n}天没来" for n in ("两", "三", "四", "五", "几", "好几", "多", "2", "3", "4", "5")],
                *[f"环卫+{n}" for n in ("一直没来", "又没来", "老不来", "一直不来", "不来了")]],
    # (one day missed, 环卫今天没来, is no complaint: a neighbour may have swept it already)
    "noise": [f"{v}了{d}" for v in ("吵", "闹") for d in ("一夜", "一宿", "一晚", "一晚上", "一整夜", "一通宵", "半宿")],
    # weak pressure told in English beside the Chinese word (dialect.py folds "water pressure" to 水压)
    "water_quality": [f"水压+{w}" for w in ("weak", "low", "drizzle")],
    "sewage": ["屎汤", "粪汤", "屎水", "返上来+屎", "反上来+屎", "返上来+粪", "冒上来+屎", "冒上来+粪"],
    "safety_minor": ["说是社区派", "说是居委派", "说是物业派", "自称社区", "自称居委", "自称物业", "说是社区的人",
                     "说是物业的人", "说是居委会的"],
    # the fee asked about, not complained of: whether it rises or must be paid now, where to pay it (blue)
    "affairs_q": [f"{f}+{q}" for f in ("物业费", "管理费") for q in ("涨不涨", "交不交", "是不是要涨", "会不会涨", "在哪交",
                                                                  "怎么交", "哪里交")],
    # urine told in a shared place or of an animal: a child's or a patient's own is no one's mess to clean
    "dog_mess": [f"{u}+{w}" for u in ("尿尿", "撒尿", "又尿了", "尿了一", "尿了一地") for w in _SHARED_OR_ANIMAL] + ["骚得"],
}
# ...but the fee complained of when the asking comes with an outcry or the service's failing ("凭什么",
# "服务这么烂"): a property-service complaint (yellow) that outranks the question
MORE_CUES["property_complaint"] += [f"{f}+{c}" for f in ("物业费", "管理费") for c in _FEE_OUTCRY]
# the A-not-A question of a fee ("涨不涨", "交不交"): no 不 of a complaint inside
MASKS: list[str] = [f"{v}不{v}" for v in ("涨", "降", "交", "收", "退", "减", "免", "贵", "加", "是")]
# sewage told as a likeness ("食堂的汤跟屎汤一样"): an insult to the food, no drain backing up
MASKS += [f"{like}{w}" for like in ("跟", "像", "好像", "如同") for w in ("屎汤", "粪汤", "屎水")]
# fmt: on

# Water standing in a garage or a ground-floor lobby up to some height (车库的水淹到第二排车位; Cantonese 水浸到膝头 folds
# to 水淹到), or the lobby told flooded (大堂水浸 folds to 大堂水淹): flooding of a common space (orange facility), not
# a supply's pipe; a garage "flooded every year" (车库年年淹) or a flooded car asked about names no flooding now.
MORE_CUES["flooding"] += [f"{p}+{w}" for p in ("车库", "地库", "大堂", "大厅", "门厅") for w in ("淹到", "水淹")]
# ... but a flood told as past (去年车库水淹过，今年…; 被水淹过的车) names no water standing now
MASKS += [f"{w}过{e}" for w in ("水淹", "淹到") for e in ("，", ",", "。", " ", "的", "一次", "好几", "几次", "两次")]
MASKS += [f"{w}{e}" for w in ("水淹", "淹到") for e in ("那次", "那回", "那年", "那天")]
# A person still inside the flooded garage or lobby (车库水淹到车门了 里面还有人, 地库淹了 人还在车里): danger to a
# person now (red), not only a flooded space — without it the orange flooding cue above hides the danger.
_SOMEONE_INSIDE = ("里面有人", "里面还有人", "车里有人", "车里还有人", "人在车里", "人还在车里", "还在车里", "人在里面",
                   "有人在里面", "人还在里面", "困在车里", "困在里面", "关在里面", "出不来")
MORE_CUES.setdefault("person_down", [])
MORE_CUES["person_down"] += [f"{p}+{w}+{s}" for p in ("车库", "地库", "大堂", "大厅", "门厅") for w in ("淹", "水淹")
                             for s in _SOMEONE_INSIDE]

# Round 23: someone at the doors claiming to check a supply ("讲是查燃气的", "说是自来水公司抄表的"): a stranger
# to check on (yellow safety), in Mandarin 说是 and southern 讲是.
MORE_CUES["safety_minor"] += [f"{c}{w}" for c in ("说是", "讲是", "说他是", "讲他是", "自称是")
                              for w in ("查燃气", "查煤气", "查天然气", "查水表", "查电表", "查线路", "查消防", "燃气公司",
                                        "煤气公司", "天然气公司", "自来水公司", "供电局", "电力公司", "抄表")]
# a supply suspended on application for an empty home (暖气报停, 水电报停): how to apply is asked (blue affairs)
MORE_CUES["affairs_q"] += ["报停"]
