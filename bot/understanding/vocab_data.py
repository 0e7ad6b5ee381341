"""Shipped default vocabulary of message understanding (pure data, no logic).

Every problem *family* (a kind of problem, used also as the repeat-detection
topic) has a colour, a category and cue phrases. A cue is matched as a plain
substring of the normalised text; a cue written ``A+B`` matches when every part
occurs (in any order). Optional family keys:

- ``fallback``: only counts when no ordinary family matched (generic cues).
- ``needs_ask``: only counts when the text also asks something (blue questions).
- ``note``: short English gloss shown in the reasons.

Word lists below (fixed, not_request, ask, ...) are documented in
``bot/understanding/config.py``; a community extends all of them from
config.yaml without code changes.
"""
from __future__ import annotations

from .vocab_harm import ALONE as _ALONE, SWEPT_AWAY
from .vocab_lost import PET_GONE

# fmt: off
# Gas written as people really type it, beside the standard words the cues name: a dropped first character
# (然气 for 天然气 / 燃气), a homophone (媒气, 煤汽, 燃汽), another region's word (瓦斯, 石油气).
# 然气 only after a word it cannot end (有然气味, 一股然气, 有点然气): 虽然 / 突然 / 自然 + 气味 are no gas.
GAS_SPELLINGS: tuple[str, ...] = ("媒气", "煤汽", "燃汽", "瓦斯", "石油气",
                                  *[f"{w}然气" for w in ("有", "股", "点", "到", "些", "丝", "是", "像", "的", "漏")])
# Fire words that, told after "the fire is out", say it is not over: burning again, people still inside.
FIRE_NOT_OVER: tuple[str, ...] = ("复燃", "又着了", "又烧起来", "还有人没下来", "还有人没出来", "有人没下来", "有人没出来")

# who 会不会出事 worries about: an old or lone person, a child left alone, a home gone silent (not a hazard's
# "会不会出事", 线垂下来了 台风来了会不会出事)
_SILENT_WHO = ("老人", "老太", "老头", "大爷", "奶奶", "爷爷", "阿嬷", "阿婆", "阿公", "一个人在家", "独自在家", "自己在家",
               "没动静", "没人应", "没人开门", "没开门", "没出门", "没露面", "没见人", "瘫痪", "卧床")
FAMILIES: dict[str, dict] = {
    # ------------------------------------------------------------------ red
    "gas_leak": {"color": "red", "category": "safety", "note": "gas smell", "cues": [
        "煤气味", "燃气味", "天然气味", "液化气味", "煤气泄漏", "燃气泄漏", "漏气", "煤气漏", "燃气漏", "泄漏",
        "煤气+味", "燃气+味", "天然气+味", "一股煤气", "一股燃气", "闻到煤气", "闻到燃气", "臭鸡蛋味",
        "煤气中毒", "一氧化碳", "中毒了",
        # gas named as people type it: a dropped or homophone character (然气 for 天然气/燃气, 媒气, 煤汽, 燃汽),
        # or another region's word (瓦斯, 石油气); a smell or a leak told with it is a gas leak, faint or not
        *[f"{g}{s}" for g in GAS_SPELLINGS for s in ("味", "的味", "泄漏", "漏了", "在漏")],
        *[f"{v}{g}" for g in GAS_SPELLINGS for v in ("闻到", "一股", "有股")],
        # the meter runs while nothing is on: gas escapes somewhere
        "燃气表+一直在走", "煤气表+一直在走", "气表+一直在转", "燃气表+走字", "煤气表+走字", "燃气表+在走+没开",
        "煤气表+在走+没开"]},
    "fire": {"color": "red", "category": "safety", "note": "fire or smoke", "cues": [
        "着火", "起火", "失火", "火灾", "冒烟", "浓烟", "烟味", "大火", "火苗", "烧起来", "烧着了", "着了火",
        "火着了", "东西着了", "焦糊味", "烧焦", "糊味", "冒黑烟", "冒火", "火光", "火警", "烟雾报警",
        *FIRE_NOT_OVER]},
    "live_wire": {"color": "red", "category": "safety", "note": "sparks / live wire", "cues": [
        "火星", "打火花", "冒火花", "电火花", "漏电", "电线裸露", "裸露的电线", "电线掉", "电线断", "触电", "电到人",
        "滋滋响+电", "电线+火花", "线+火花", "跳火花", "电箱+火花", "插座+火花", "电箱+冒火", "电表箱+冒火", "电箱+冒烟", "电表箱+冒烟", "电线+冒火", "电线+冒烟", "电线+着了", "电线+着火",
        "电线着",
        # something touching a wire (a branch on the line); not 连着 / 停着 / 拉着, which only say where
        *[f"电线+{c}" for c in ("挨着", "碰着", "搭着", "贴着", "够着", "压着", "挂着", "缠着", "靠着")],
        # wiring heard arcing or felt live (墙里的电线盒滋啦响, 开关麻手); a lamp's buzz alone is the lamp's fault
        *[f"{e}+{s}" for e in ("电线", "开关", "插座", "电箱", "线盒", "接线盒", "电闸")
          for s in ("滋啦", "噼啪", "噼里啪啦", "啪啪响", "嗞嗞", "麻手", "电手", "电了一下", "冒着烟", "还在冒烟")]]},
    "flood_electric": {"color": "red", "category": "utilities", "note": "water reaching electrics", "cues": [
        "淹到配电", "淹到电箱", "水+配电箱", "水+配电室", "水+电表箱", "泡到电箱", "水进电箱", "漫到配电",
        # water running out of a light fitting is water inside the wiring
        "灯口+往下淌", "灯口+流出", "灯口+往下流", "灯座+流出", "灯座+往下淌", "灯座+往下流", "灯座里+流",
        # water running into a light fitting or along to it (water named: paint or bird mess on a lamp is no hazard)
        *[f"{w}+{r}{lamp}" for w in ("漏水", "渗水", "积水", "雨水", "水管", "进水", "的水", "滴水", "淌水", "往下滴", "在漏",
                                     "还在漏")
          for r in ("滴到", "流到", "淌到", "漫到", "渗到")
          for lamp in ("灯", "+吊灯", "+吸顶灯", "+顶灯", "+筒灯", "+壁灯")],   # (流到客厅吊灯: a room between)
        # water running down along a wire, or a leak dripping onto a box or socket (楼上漏水 顺着电线往下流,
        # 楼上还在漏 滴到电表箱上了: the leak's own words name no 水)
        *[f"水+{r}" for r in ("顺着电线", "沿着电线", "顺着电线管", "顺着开关", "顺着插座", "顺着灯线")],
        *[f"{v}{b}" for v in ("滴到", "滴在", "淋到", "渗到", "流到", "淌到", "漏到", "漫到", "泡到")
          for b in ("电表箱", "电箱", "配电箱", "电闸", "插座", "插线板", "插排", "开关", "电表")],
        "水滴到灯", "水流到灯", "水淌到灯", "水漫到灯", "灯罩里全是水", "灯罩里有水", "灯罩里都是水", "灯里进水",
        "灯泡里进水", "灯罩进水", "灯座进水",
        # water standing inside a light fitting (吊顶的灯里面都积水了)
        *[f"{c}+{w}" for c in ("灯里", "灯罩里", "灯座里", "灯壳里", "灯盒里", "灯槽里")
          for w in ("积水", "有水", "全是水", "都是水", "存水", "汪着水", "装满水")]]},
    "distress": {"color": "red", "category": "care", "note": "a cry for help about a person", "cues": []},
    "trapped": {"color": "red", "category": "elevator", "note": "person trapped in lift", "cues": [
        "困在电梯", "被困", "困住", "关在电梯", "卡在电梯", "电梯里有人", "电梯+里面有人", "电梯里好像有人",
        "电梯+困", "电梯+拍门", "电梯+呼救", "电梯里+出不来", "电梯+关里面", "电梯+掉下", "电梯+坠",
        "电梯+关在里面", "电梯+喊救命",
        # a person held told by the verb and a counted person ("卡着个人", "关着俩人")
        "电梯+卡着个人", "电梯+关着个人", "电梯+困着个人", "电梯+卡着一个人", "电梯+关着一个人", "电梯+关着俩人",
        "电梯+卡着俩人"]},
    "person_down": {"color": "red", "category": "care", "note": "person fallen / unconscious / bleeding", "cues": [
        "摔了一跤", "摔倒", "摔伤", "跌倒", "摔在", "摔下", "起不来", "昏迷", "晕倒", "昏倒", "不省人事", "晕过去",
        "没有意识", "没意识", "叫不醒", "流血", "出血", "大出血", "头破", "骨折", "腿好像断", "腿断了", "抽搐",
        "烧伤", "喘不上气", "呼吸困难", "心脏病", "犯病了", "心梗", "脑梗", "中风", "没呼吸", "人+没气了", "老人+没气了", "人不行了",
        "吸氧机+没电", "呼吸机+没电", "制氧机+没电", "氧气+没电", "透不过气", "喘不过气",
        # a life-support machine running on its last battery
        "制氧机+电池", "呼吸机+电池", "吸氧机+电池", "制氧机+撑不了", "呼吸机+撑不了"]},
    "alone_silent": {"color": "red", "category": "care", "note": "person living alone not answering", "cues": [
        "敲门+没人应", "敲门+没人开", "敲门+没反应", "敲门+不开", "敲门+没动静", "好几天没开门", "两天没开门",
        "几天没开门", "没开门+一个人住", "没开门+独居", "没见+独居", "联系不上+老人", "联系不上+一个人住",
        "打电话+不接+老人", "电话不接+独居", "会不会中毒", *[f"{p}+会不会出事" for p in _ALONE + _SILENT_WHO],
        "别出啥事", "别出什么事"]},
    "violence": {"color": "red", "category": "safety", "note": "violence or threat", "cues": [
        "打架", "打人", "打起来", "动手了", "动刀", "拿刀", "持刀", "砍人", "威胁我", "威胁", "要杀", "弄死",
        "打伤", "家暴", "殴打", "捅人", "扬言", "不敢开门", "砸门", "踹门", "耍流氓", "抢劫", "抢东西",
        "打老人", "打老太", "打老头", "打孩子", "打小孩", "打女人", "打老婆", "打媳妇", "往死里打", "打得头破血流"]},
    "self_harm": {"color": "red", "category": "care", "note": "threat of self-harm", "cues": [
        "不想活", "活着没意思", "活着没劲", "轻生", "自杀", "寻死", "想不开", "跳楼", "割腕", "喝药", "上吊"]},
    "missing_person": {"color": "red", "category": "safety", "note": "missing person", "cues": [
        "孩子+不见了", "小孩+不见了", "男孩+不见了", "女孩+不见了", "儿子+不见了", "女儿+不见了", "孩子+走丢",
        "小孩+走丢", "孩子+找不到了", "小孩+找不到了", "老人+走丢", "老人+找不到了", "孩子丢了", "小孩丢了",
        "失踪", "走失", "老人+不见了", "老爷子+不见了", "老太太+不见了", "孙子+不见了", "孙女+不见了"]},
    "falling_part": {"color": "red", "category": "facility", "note": "building part about to fall on people", "cues": [
        "玻璃+斜", "窗+斜了", "瓷砖+掉", "墙皮+掉+底下", "墙皮+掉+砸到人", "墙皮+掉+差点砸", "墙皮+掉+有人走", "墙皮+掉+行人", "外墙皮+掉+楼下", "外墙皮+掉+下面", "玻璃+掉", "外墙+掉", "窗户+要掉", "窗框+掉", "窗户+掉下",
        "玻璃+要掉", "砖+往下掉", "檐+掉", "楼板+掉", "要塌", "墙+塌了", "顶+塌了", "阳台+塌", "楼塌了", "楼房+塌", "倒塌", "坍塌", "大窟窿+小孩", "窟窿+孩子",
        "井盖+小孩"]},
    "falling_object": {"color": "red", "category": "safety", "note": "object about to fall on people", "cues": [
        "要掉下去", "要掉下来", "快掉下来", "快掉下去", "往下掉+下面", "往下掉+底下", "往下掉+有人", "往下掉+行人", "往下掉+路人", "往下掉+砸", "赶紧弄下来",
        "赶紧拆下来", "掉下来一块", "摇摇欲坠", "悬空", "挂在半空", "晃悠+底下", "掉下来+底下", "外机+歪", "外机+锈断",
        "空调架+断", "广告牌+掉", "高空坠物", "高空抛物", "花盆+掉", "冰溜子", "冰挂+掉", "随时会掉", "随时掉", "马上要掉",
        "砸到人", "砸人", "砸下来", "砸伤", "半空+晃", "悬着+晃", "吊着+晃", "耷拉+晃",
        # things hung outside a balcony on a gale-warning day
        "栏杆外+大风", "阳台外+大风", "栏杆外+台风", "阳台外+台风", "栏杆外+风一吹", "阳台外+风一吹"]
        + [f"{o}+{st}" for o in ("广告牌", "招牌", "灯箱", "外机", "花盆", "晾衣架", "雨棚", "遮阳棚", "彩钢瓦", "铁皮",
                                "防盗窗", "空调架", "顶棚", "檐", "花架", "晾衣杆", "铁架子", "架子", "牌子", "灯罩")
           for st in ("要掉", "快掉", "掉下", "脱开", "松动", "松了", "晃悠", "来回晃", "歪了", "悬着", "吊着", "耷拉",
                      "摇摇晃晃", "晃晃悠悠", "摇晃", "晃荡", "悬在外", "悬在半空", "一吹就晃")]
        # ...or about to be blown down, roof sheeting too ("彩钢板让风掀起来半张 随时要飞下来"; lifted or loose and to be
        # nailed back after the wind, "铁皮顶掀起来一块 等风停了找人来钉", "瓦片松了 风一吹咯咯响", is a repair)
        + [f"{o}+{st}" for o in ("广告牌", "招牌", "灯箱", "雨棚", "遮阳棚", "彩钢瓦", "铁皮", "顶棚", "牌子",
                                "彩钢板", "彩钢棚", "石棉瓦", "铁皮棚")
           # (not 吹飞: "雨棚被风吹飞了 掉在绿化带里" is down already, a repair)
           for st in ("要飞", "飞下来")]},
    "tree_falling": {"color": "red", "category": "greenery", "note": "tree about to fall on people", "cues": [
        "树+歪了+人", "树+要倒", "树+倒了+人", "树杈+劈", "树枝+劈", "树枝+挂在", "树杈+挂在",
        "大树+倒", "树+压着", "树枝+砸", "树+砸", "树枝+要掉", "树杈+晃悠", "树+歪了+车"]},
    # asks to keep people away from a hazard: joins the urgent ticket just filed; decides the colour
    # only when the message names no hazard of its own (fallback)
    "cordon": {"color": "red", "category": "other", "note": "asks to cordon off / evacuate a hazard", "attaches": True,
               "needs_ask": True, "fallback": True, "cues": [
        "警戒线", "隔离带", "围起来+危险", "围起来+别让", "拦起来+危险", "拦起来+别让", "封路", "警示牌", "警示标志",
        "别让人靠近", "别让人过", "不让人过", "别让人走", "别让孩子过去", "别让小孩过去", "疏散", "撤离", "绕着走",
        "绕行", "别从那走", "别从底下走", "别在底下"]},
    "explosion": {"color": "red", "category": "safety", "note": "explosion", "cues": ["爆炸", "炸了", "炸开"]},

    # --------------------------------------------------------------- orange
    "heating_cold": {"color": "orange", "category": "utilities", "note": "no heating", "cues": [
        "暖气不热", "暖气+不热", "暖气+冰凉", "暖气+凉", "暖气片+凉", "暖气+温乎", "暖气片+温乎", "没暖气", "暖气+不来",
        "供暖+不热", "不供暖", "停暖", "暖气+太冷", "暖气+贼冷", "暖气+冻", "家里+冰凉", "屋里+冻", "还是不太热",
        "不太热", "一点都不热", "不怎么热", "一点不热", "暖气+不够热", "暖气片+不热", "不热+温乎", "也不热", "还不热", "还是不热", "暖器"]},
    "no_water": {"color": "orange", "category": "utilities", "note": "no water", "cues": [
        "停水", "没水", "没有水", "断水", "不来水", "还没来水", "没来水", "水停了", "不出水", "水龙头+没水", "水压+低",
        "水小+上不去", "水上不去"]},
    "no_power": {"color": "orange", "category": "utilities", "note": "no power", "cues": [
        "停电", "没电", "断电", "跳闸", "没有电", "全黑了", "电停了", "来电+没", "没电了"]},
    "no_gas": {"color": "orange", "category": "utilities", "note": "no gas supply", "cues": [
        "停气", "也没气", "都没气", "没燃气", "没天然气", "没气+燃气", "没气+做饭", "没气+煮饭", "打不着火", "燃气+打不着", "燃气+没气", "天然气+没了"]},
    "generic_outage": {"color": "orange", "category": "utilities", "note": "supply stopped", "fallback": True, "cues": [
        "也停了", "都停了", "停了+热死", "停了+冷"]},
    "burst_pipe": {"color": "orange", "category": "utilities", "note": "burst pipe / leak into homes", "cues": [
        "爆管", "爆了+管", "管子爆", "水管爆", "管子裂", "管道裂", "裂了个口子", "滋水", "呲水", "喷水", "哗哗+漏",
        "漏水+楼下", "渗到楼下", "漏到楼下", "一直滴", "滴成线", "往下流", "吊顶+泡", "吊顶+漏", "天花板+漏",
        "房顶+漏", "顶上+漏", "顶上+滴", "漏水", "渗水", "水漫", "淹了+家", "家里+进水",
        "暖气+漏", "暖气片+漏", "接头+漏", "接口+漏", "阀门+漏", "管子+漏", "水管+漏"]},
    "sewage": {"color": "orange", "category": "utilities", "note": "sewage backing up", "cues": [
        "反水", "返水", "冒黑水", "往上冒", "往上返", "返脏水", "下水道堵", "下水+堵", "马桶+堵", "地漏+冒", "污水+冒",
        "粪水", "化粪池+满", "化粪池+冒", "下水道+冒", "管道堵", "下水管+堵", "下水道+返水", "往上返污水", "返污水", "堵了+马桶"]},
    "lift_out": {"color": "orange", "category": "elevator", "note": "lift out of service", "cues": [
        "电梯坏", "电梯+坏了", "电梯停", "电梯+停了", "电梯不动", "电梯+不动", "电梯+没反应", "电梯+用不了",
        "电梯+停运", "电梯+门关不上", "电梯门+关不上", "电梯+弹开", "电梯+故障", "电梯+修好了没", "电梯+还没修",
        "电梯+不运行", "电梯+下不了楼", "电梯+卡住", "电梯卡", "电梯+不能用", "电梯+停在", "电梯+罢工",
        "电梯+上不去", "电梯+修好没", "电梯+又坏"]},
    "door_lock": {"color": "orange", "category": "facility", "note": "entrance door lock broken", "cues": [
        "单元门+锁坏", "单元门+关不上", "大门锁+坏", "门锁坏", "门禁+坏", "门禁+没反应", "门禁+失灵", "防盗门+坏",
        "单元门+坏", "大门+关不上", "门+一推就开", "门+敞着", "门+夹", "楼门+坏", "门禁+刷不开",
        "楼门+关不上", "单元门+合不上", "门锁+坏了", "锁坏了+门"]},
    "railing": {"color": "orange", "category": "facility", "note": "stair railing loose", "cues": [
        "扶手+松", "扶手+晃", "扶手+断", "栏杆+松", "栏杆+断", "护栏+松", "护栏+断", "栏杆+晃", "护栏+坏",
        "盖子+缺", "井盖+没了", "井盖+丢", "井盖+坏", "井盖+冲跑", "井盖+塌", "没盖子", "盖子+没了",
        "化粪池+盖"]},
    "care_urgent": {"broad": True, "color": "orange", "category": "care", "note": "vulnerable person needs help today", "cues": [
        "送饭", "送餐", "没人给做饭", "没人做饭", "药吃完", "开点药", "开药", "帮忙买药", "买药", "没人照顾", "帮把手",
        "搬不动", "抬不动", "瘫在床", "卧床", "行动不方便+帮", "老人+扛不住", "老人+送个", "老人+太冷", "老人+十三度",
        "老人+帮忙", "老人+冻", "送个电暖器", "吸氧机+停电", "呼吸机+停电", "制氧机+停电", "背下楼", "背一下", "背上楼", "下不去+老", "下不了楼+老", "换尿管", "独居+帮", "残疾+帮忙", "坐轮椅+帮",
        # an elderly household that cannot cook for itself these days (老两口这几天做不了饭)
        *[f"{v}+{c}" for v in ("老两口", "老人", "老太太", "老爷子", "老头", "奶奶", "爷爷", "独居") for c in ("做不了饭", "做不成饭", "没法做饭")]]},
    "fire_lane": {"color": "orange", "category": "safety", "note": "fire lane blocked", "cues": [
        "消防通道+堵", "消防通道+停车", "消防通道+车", "消防通道+占", "消防车+进不来", "安全出口+堵", "消防栓+堵",
        "烟花+楼道", "楼道里+烟花", "堆了+烟花", "煤气罐+楼道", "楼道+易燃", "消防通道+杂物", "消防通道+满", "消防通道+挡", "消防通道+停", "消防车道+停", "消防车道+堵", "消防车道+占"]},
    "ebike_charging": {"color": "orange", "category": "safety", "note": "e-bike charging indoors", "cues": [
        "电动车+充电+楼道", "电瓶车+充电+楼道", "电动车+楼道+充", "电瓶车+楼道+充", "飞线充电", "楼道+充电", "楼梯间+充", "走廊+充电", "过道+充电", "线+楼梯间+充", "往楼道里拉线", "楼道里拉线", "拖到楼梯间+充",
        "电动车+充电+家里", "电瓶+楼道+充", "电瓶车+推进电梯", "电动车+进电梯", "电动车+上楼充", "楼道+插线板",
        "充电+线从窗户", "拉线充电"]},
    "wasp_nest": {"color": "orange", "category": "sanitation", "note": "wasp nest", "cues": [
        "马蜂窝", "蜂窝", "马蜂", "黄蜂"]},
    "flooding": {"color": "orange", "category": "facility", "note": "flooding in common spaces", "cues": [
        "地下室+进水", "地下室+淹", "储藏室+进水", "储藏间+进水", "储藏室+淹", "储藏间+淹",
        *[f"{sp}+{w}" for sp in ("地下室", "储藏室", "储藏间", "车库", "地库") for w in ("水+又上来", "水+上来了", "水+又漫")], "车库+进水", "地库+进水", "地库+淹", "停车场+进水", "停车场+淹", "进水了+没过", "积水+没过", "楼道+进水",
        "水+没过脚", "水+进屋", "进屋了", "水漫进屋", "往屋里灌", "灌进屋", "灌进家", "往家里灌", "水+倒灌进", "漫进家", "淹进屋", "漫到家门口",
        # a 窑洞 is the home of a hillside yard
        "往窑里灌", "灌到窑里", "灌进窑", "水+窑里灌", "窑里+进水", "水+进窑", "淹进窑"]},

    # --------------------------------------------------------------- yellow
    "lift_minor": {"broad": True, "color": "yellow", "category": "elevator", "note": "lift fault, still running", "cues": [
        "电梯+响", "电梯+异响", "电梯+咣", "电梯+晃", "电梯+灯不亮", "电梯里+灯", "电梯+按键", "电梯+年检",
        "电梯+合格证", "电梯+毛病", "电梯+抖", "电梯+噪音", "电梯+空调"]},
    "light_out": {"color": "yellow", "category": "facility", "note": "light out", "cues": [
        "灯不亮", "灯坏", "灯+坏了", "灯泡+坏", "灯+不亮", "黑灯瞎火", "灯+一闪一闪", "感应灯", "声控灯", "路灯+不亮",
        "路灯+坏", "灯+全黑"]},
    "building_parts": {"broad": True, "color": "yellow", "category": "facility", "note": "shared building part broken", "cues": [
        "台阶+坏", "瓷砖+坏", "地砖+坏", "砖+破", "砖破", "地漏+破", "井盖+响", "墙皮+掉", "墙皮", "掉皮", "脱落",
        "信箱+坏", "信箱+锈", "邮箱+坏", "窗户+坏", "窗户+关不上", "玻璃+碎", "玻璃+裂", "门+坏了", "门坏",
        "健身器材+坏", "健身器材+断", "器材+坏", "器材+卡住", "漫步机", "转腰", "秋千+坏", "滑梯+坏", "监控+坏",
        "监控+修", "监控+也得修", "屋顶+漏", "顶楼+漏", "墙+裂", "裂缝", "楼梯+坏", "坑+路面", "路面+坑",
        "坏了一块", "车棚+坏", "雨棚+坏", "门铃+坏", "对讲+坏",
        "可视对讲", "楼道门+坏", "地面+塌陷"]},
    "garbage": {"broad": True, "color": "yellow", "category": "sanitation", "note": "garbage / cleaning", "cues": [
        "垃圾+没人收", "垃圾桶+满", "垃圾+满了", "垃圾+溢出", "垃圾+没收", "垃圾没人", "垃圾+堆", "垃圾+臭",
        "垃圾+好几天", "垃圾+清运", "乱扔垃圾", "一袋垃圾", "垃圾桶", "垃圾+几天", "垃圾+没人", "垃圾房", "垃圾站", "快递盒+堆", "快递盒子+堆", "纸箱+堆", "纸壳+堆", "纸板+堆", "箱子+堆到", "堆到+单元门口", "堆在+单元门口", "堆到+楼道",
        "杂物+堆", "堆楼道", "堆在楼道", "保洁", "打扫", "没人扫", "清理+脏", "脏水+清理", "消毒", "落叶", "脏死",
        "埋汰", "卫生+差", "没人打扫", "小广告", "牛皮癣",
        # dust from works blown into homes (dry grinding, no water sprayed): cleaning, not a building part
        "扬尘", "粉尘", "灰+飘", "干磨", "灰最大", "灰太大", "灰好大"]},
    "smell": {"broad": True, "color": "yellow", "category": "sanitation", "note": "bad smell", "cues": [
        "臭死", "好臭", "很臭", "发臭", "臭味", "恶臭", "异味", "臭烘烘", "熏死", "那股味", "下水道+味", "死老鼠味",
        "一股味", "味道特别大", "味道+大", "骚味", "有股味", "油烟+太大", "油烟+熏", "油烟+呛", "焦味+烧烤"]},
    "pests": {"broad": True, "color": "yellow", "category": "sanitation", "note": "pests", "cues": [
        "老鼠", "蟑螂", "苍蝇", "蚊子", "虫子", "生虫", "毛毛虫", "跳蚤", "臭虫", "白蚁", "蛇", 
        "流浪猫", "流浪狗", "野狗", "野猫"]},
    "dog_mess": {"broad": True, "color": "yellow", "category": "sanitation", "note": "animal mess", "cues": [
        "狗尿", "猫尿", "尿骚", "狗屎", "拉屎", "狗+拉", "粪便", "鸽子屎", "鸟屎", "鸽子粪", "鸽粪", "鸟粪", "鸽子+粪"]},
    "water_quality": {"broad": True, "color": "yellow", "category": "utilities", "note": "water quality / meters / small fault", "cues": [
        "水+黄的", "水发黄", "水有味", "水+有股味", "水浑", "水质", "水箱+清洗", "水箱", "水表+坏", "电表+坏", "水压小",
        "水很小", "水太小", "水特别小", "水流很小", "水流太小",
        "管子+响", "暖气+响", "哗哗响", "电表箱+检查", "热水+不热", "电表箱+彻底"]},
    "noise": {"broad": True, "color": "yellow", "category": "noise", "note": "noise", "cues": [
        "噪音", "扰民", "太吵", "吵死", "吵得", "好吵", "很吵", "大声", "太响", "电钻", "装修+吵", "装修+噪", "装修+天天", "装修+停一停", "装修+早上", "装修+半夜", "装修+睡不着", "装修+受不了",
        "广场舞", "音响", "喇叭", "唱歌", "跺脚", "拖椅子", "咚咚", "狗+叫", "狗叫", "半夜+吵", "打麻将+吵", "麻将+半夜", "麻将+吵", "麻将+响",
        "稀里哗啦", "叫得", "砸墙", "敲敲打打", "轰隆", "施工+噪", "施工+吵", "睡不着", "鞭炮", "放炮"]},
    "dispute": {"broad": True, "color": "yellow", "category": "dispute", "note": "dispute needing mediation", "cues": [
        "调解", "评评理", "评理", "协调一下+吵", "天天吵", "吵架", "吵起来", "矛盾", "纠纷", "说道说道", "不认账",
        "讹人", "骂人", "不讲理", "说了也不管", "说了也不听", "说了也没用", "讲了也不听", "都不理", "说了好几回", "说了好几次", "说了不听", "他家不认", "给个说法+邻居",
        "堆我家门口", "占我家", "吵了一个礼拜", "这俩吵", "不挪", "滴在我家", "滴水+我家", "外机+滴水", "协调+吵", "调解+吵"]},
    "dispute_generic": {"broad": True, "color": "yellow", "category": "dispute", "note": "asks for mediation",
                        "fallback": True, "cues": ["协调一下", "协调下", "调解一下", "给协调协调", "给协调下", "来说说", "说和说和"]},
    "parking": {"broad": True, "color": "yellow", "category": "parking", "note": "parking / cars", "cues": [
        "乱停", "乱放", "车位+占", "占车位", "车位被", "占着", "挡着", "堵着+车", "车+堵着", "堵门", "挪车", "停车",
        "车位", "僵尸车", "僵尸自行车", "自行车+堆", "人行道+停", "车+停在", "电动车+停放", "电动自行车",
        "外来车", "外面的车", "骑得飞快", "减速带", "乱窜", "开得飞快", "开太快", "开得太快", "骑太快", "道闸", "车棚+满", "没地方停", "车开不出去", "出不去"]},
    "safety_minor": {"broad": True, "color": "yellow", "category": "safety", "note": "safety concern", "cues": [
        "生人", "陌生人", "踩点", "小偷", "被偷", "偷了", "丢了+电瓶", "盗窃", "撬锁", "撬门", "群租+管", "群租+查", "烧纸", "放火",
        "可疑", "形迹可疑", "不安全", "安全隐患", "隐患", "门卫+不管", "不踏实", "偷东西"]},
    "greenery": {"broad": True, "color": "yellow", "category": "greenery", "note": "trees / lawns", "cues": [
        "修剪", "剪树", "树+太高", "树+挡", "树枝+挡", "树+倒了", "树+吹倒", "草坪", "绿地", "草+太高", "杂草", "杨絮",
        "柳絮", "树+果子", "银杏", "毁绿", "种菜", "开荒", "树+枯", "枯树", "树枝+断", "绿化", "花坛+坏"]},
    "property_complaint": {"broad": True, "color": "yellow", "category": "other", "note": "complaint / claim", "cues": [
        "谁来赔", "给个说法", "无证经营", "快递柜", "快递+丢", "宠物+丢", "狗+丢了", "猫+丢了", "泰迪+丢", "猫+下不来",
        "猫+跑", "物业+不作为", "物业费+不", "投诉", "宽带", "网线", "弱电井", "光纤"]},

    "generic_fault": {"broad": True, "color": "yellow", "category": "other", "note": "something broken / not fixed",
                      "fallback": True, "cues": [
        "坏了", "又坏", "有毛病", "不好使", "不管用", "没人修", "没人管", "没人理", "报过", "还没修", "也没人修", "失灵", "不亮",
        "漏了", "堵了", "裂了", "松了", "断了", "掉了"]},

    # ----------------------------------------------------------------- blue
    "affairs_q": {"broad": True, "color": "blue", "category": "affairs", "note": "public-service question", "needs_ask": True, "cues": [
        "居住证", "居住证明", "证明", "户口", "身份证+办", "医保", "社保", "养老保险", "老年卡", "高龄津贴", "津贴",
        "补贴", "低保", "残疾证", "年审", "退休", "认证", "养老金", "体检", "疫苗", "登记", "办理", "缴费", "补缴",
        "取暖费", "线上交", "政策", "申请", "准生", "出生证", "计生", "居委会+盖章", "盖章", "介绍信", "入学", "报名",
        "燃气报警器", "独居老人+政策", "困难补助", "补助"]},
    "suggestion": {"broad": True, "color": "blue", "category": "suggestion", "note": "suggestion / wish", "cues": [
        "建议", "提个建议", "希望社区", "希望物业", "能不能+组织", "能不能+搞", "能不能+装个", "能不能+装几", "能不能+安装", "能不能+放几", "能不能+建",
        "能不能+修个", "能不能+改成", "能不能多", "能不能+多装", "能不能+多放", "能不能+多建", "能不能+多种", "能不能+多加", "能不能+加", "能不能+开个", "能不能+办个", "能不能+别发",
        "组织+活动", "教教", "教一下", "活动+几点", "活动+有没有", "有没有+活动", "活动+啥时候", "活动+报名", "讲座", "义诊", "书法", "合唱", "兴趣班", "长椅", "无障碍", "坡道",
        "别发广告", "提前通知", "几点结束", "几号"]},
    "utility_q": {"broad": True, "color": "blue", "category": "utilities", "note": "utility question", "needs_ask": True, "cues": [
        "会停水", "还会停", "换个时间", "改个时间", "要停", "停多久", "停好久", "几点来水", "几点来电", "啥时候来水", "啥时候来电", "明天+停水",
        "明天+停电", "计划停", "改期", "延期", "推迟", "照常停", "还停不停", "停不停", "按计划", "放气阀", "怎么放气", "燃气卡", "电费", "水费", "充值", "交电费", "交水费", "预存"]},
    # compositional object x fault-state reports (see OBJECTS below); no phrases of their own
    **{f"fault_{c}": {"broad": True, "color": "yellow", "category": c, "note": f"{c} object at fault", "cues": []}
       for c in ("facility", "utilities", "greenery", "parking", "sanitation", "safety")},
    "other_q": {"broad": True, "color": "blue", "category": "other", "note": "practical question", "needs_ask": True, "cues": [
        "门禁卡+丢", "门禁卡+补", "补卡", "钥匙+锁屋里", "钥匙+丢", "开锁", "失物", "丢了+钥匙", "钥匙+交"]},
}

# Synonym families: one cue as people actually write it (dialect, voice input, other regions).
# Products of a subject list and a state list keep these general rather than sentence-shaped.
_INSIDE = ("里面", "里头", "里边", "里")
_SOMEONE = ("有人", "有个人", "有个老", "有个小孩", "有个孩子", "有老人", "有孩子", "有小孩", "关着人", "困着人", "人出不来")
_NO_CONTACT = ("没见着", "没见到", "没见人", "没露面", "没出门", "没下楼", "打不通", "不接电话", "电话不接", "联系不上",
               "没人应", "没人开门", "没开门", "没动静", "没回应", "没人答应")
_KIN = ("孩子", "小孩", "娃", "儿子", "女儿", "闺女", "孙子", "孙女", "男孩", "女孩", "老人", "老爷子", "老太太",
        "我妈", "我爸", "奶奶", "爷爷", "姥姥", "姥爷", "外婆", "外公", "老头", "老伴", "老太", "老父亲", "老母亲")
_GONE = ("找不到妈妈", "找不到爸爸", "找不到家", "找不到大人", "走散", "不见了", "走丢", "找不到了", "找不着了", "没影了", "走失", "一直没回来", "还没回来", "到现在没回来", "找不到人了", "人找不到了",
         "到现在也没回来", "联系不上")
_GAS = ("天然气", "燃气", "煤气")
_LIFT_DOWN = ("趴窝", "歇菜", "瘫痪", "不走", "停摆", "失灵", "出故障", "不好使", "不上不下", "动不了", "不运转")
_PARTS = ("台阶", "瓷砖", "地砖", "砖", "地漏", "信箱", "邮箱", "窗户", "窗框", "楼梯", "踏步", "车棚", "雨棚", "门铃",
          "对讲", "路面", "地面", "墙面", "墙", "顶棚", "吊顶", "栏杆", "护栏", "座椅", "长椅", "路牙")
_DAMAGED = ("坏", "破", "碎", "碎掉", "裂", "翘", "松动", "塌", "缺", "烂", "鼓包", "起皮", "坑坑洼洼")
_MORE_CUES: dict[str, list[str]] = {
    "trapped": [f"电梯+{i}{w}" for i in _INSIDE for w in _SOMEONE] + [
        "关电梯里", "被关+电梯", "困电梯", "卡电梯里", "电梯+喊人", "电梯+在喊", "电梯+出不去"],
    "fire": ["全是烟", "都是烟", "好多烟", "满楼道烟", "烟很大", "烟好大", "烟特别大", "烟+睁不开", "黑烟", "烧起来",
             "电线烧", "烧了+电线", "线烧了"],
    "gas_leak": [f"{g}管+{b}" for g in _GAS for b in ("断", "破", "裂", "挖")] + [
        f"{g}+{b}" for g in _GAS for b in ("冒气", "嗤嗤", "呲呲", "滋滋", "往外冒", "泄")],
    "person_down": ["滑倒", "绊倒", "栽倒", "摔地上", "磕地上", "磕着头", "叫不应", "喊不应", "喊不醒", "不会动了",
                    "全是血", "都是血", "一地血", "好多血", "淌血", "血流", "磕破", "磕到头", "摔到头", "摔了+动不了",
                    "倒在地上", "倒地+不起", "躺地上+不动", "人事不省", "没反应了+人"],
    "alone_silent": [f"{a}+{n}" for a in _ALONE for n in _NO_CONTACT] + [
        f"老人+{n}" for n in ("打不通", "联系不上", "没人应", "没动静", "没回应")],
    "violence": ["动起手", "干起来了", "打成一团", "厮打", "扭打", "撕打", "拳打脚踢", "被打了", "挨打", "拿着刀",
                 "拎着刀", "手里+刀", "掏出刀", "抄家伙", "菜刀+追", "菜刀+砍", "举着刀"],
    "missing_person": [f"{k}+{g}" for k in _KIN for g in _GONE],
    "lift_out": [f"电梯+{w}" for w in _LIFT_DOWN],
    "light_out": ["灯+没人修", "灯+还没修", "灯+没修", "灯+黑乎乎", "灯+黑咕隆咚", "灯+黑漆漆", "灯+摸黑", "楼道+摸黑",
                  "灯+报修", "灯+报过", "灯+灭", "灯+瞎了", "灯+闪"],
    "building_parts": [f"{p}+{d}" for p in _PARTS for d in _DAMAGED],
    "noise": ["震天响", "震耳", "音乐+响", "音乐+太大", "声音太大", "动静太大", "动静+大", "闹腾"],
    "greenery": ["草长得", "草+齐腰", "草+老高", "草+半人高", "草+没人剪", "草+该剪"],
    "garbage": ["没拖过", "没人拖", "没扫过", "没擦过", "拖地+没", "脏得"],
    "water_quality": ["水+发黄", "自来水+黄", "水+铁锈", "水+锈味", "水+浑浊", "水+沉淀", "水+杂质", "水+发白"],
    "safety_minor": ["私拉电线", "乱拉电线", "电线+乱拉", "乱接电线", "飞线", "迟早出事", "早晚出事", "要出事",
                     "会出事", "出人命"],
}
_ONGOING_W = ("天天", "每天", "一直", "好几天", "老是", "总是", "成天", "整天", "几天了", "到一两点", "到半夜", "每晚")
_EXTRA_CUES: dict[str, list[str]] = {
    "fire": ["火+窜", "火+蹿", "窜出来+火", "火+冒出来", "火+烧着", "火苗+窜"],
    "person_down": ["拔不出来", "卡在+拔不", "头卡在", "手卡在", "脚卡在", "腿卡在", "卡住+出不来+孩子", "卡住+出不来+老人"],
    "trapped": ["电梯+在里面", "电梯+在里头", "电梯+关在"],
    "noise": ["吵到", "吵醒", "划拳", "吵得睡不着", "砰砰", "咚咚咚",
              # renovation shaking the floors ("装修 震得头疼"); (a plea to turn it down, "声音小点", is said to
              # the neighbour as often as to the office: no cue)
              "装修+震得", "震得头疼", "震得睡不着"],
    "smell": ["怪味", "霉味", "腥味", "馊味", "烂了+味", "什么味", "有味儿", "臭到", "臭得",
              # fumes from a grill or an oven below homes (smoke_nuisance.py reads the smoke as no fire)
              "烟熏火燎"],
    "pests": ["消杀", "灭鼠", "灭蟑", "蟑螂药", "鼠药", "耗子", "咬破", "咬烂", "咬坏"],
    "sewage": ["往上翻", "往上涌", "咕嘟咕嘟", "倒灌"],
    "no_water": ["没热水", "热水+没了"],
    "light_out": ["声控"],
    "safety_minor": ["陌生男", "陌生女", "陌生+转悠", "撬了", "被撬"],
    "care_urgent": ["拿药", "取药", "降压药", "药+跑一趟", "药+帮忙", "下不来+老", "起不来床", "下不了床"],
    "property_complaint": ["服务态度", "一个人都没来", "都没人来", "没人来", "不上心", "上点心"],
    # (a broken pane's remaining half still hanging, 还挂着半块: what is left is about to fall)
    "falling_object": [f"{l}+{b}" for l in ("吊在", "吊着", "悬着", "悬在", "一吹就动", "晃", "松了", "要掉", "挂在上面",
                                            "还挂着", "还挂在", "半块挂", "半扇挂", "耷拉着")
                       for b in ("下面是人行道", "底下是人行道", "下面是路", "下面就是", "底下就是", "下面有人", "底下有人")],
    "utility_q": ["也停吗", "会停吗", "还停吗", "要停吗", "停电+会不会", "停水+会不会",
                  # a supply out asked of the future (明天会没水吗, 明天会no water吗 folded)
                  *[f"会{o}" for o in ("没水", "没电", "没气", "没暖气", "断水", "断电")]],
}
for _name, _cues in _EXTRA_CUES.items():
    _MORE_CUES[_name] = _MORE_CUES.get(_name, []) + _cues
for _name, _cues in _MORE_CUES.items():
    FAMILIES[_name]["cues"] = list(FAMILIES[_name]["cues"]) + _cues

# A more urgent family that is the escalation of a milder one (a colour-raising repeat):
ESCALATES: dict[str, tuple[str, ...]] = {
    "person_down": ("care_urgent",),
    "tree_falling": ("greenery",), "falling_part": ("building_parts", "generic_fault"),
    "falling_object": ("building_parts", "generic_fault"), "flood_electric": ("flooding", "burst_pipe"),
    "live_wire": ("no_power", "water_quality", "generic_fault"), "gas_leak": ("smell",), "fire": ("smell",),
    "sewage": ("smell",), "burst_pipe": ("water_quality", "generic_fault"), "railing": ("building_parts",),
    "door_lock": ("building_parts", "generic_fault")}

# When only a generic fault matched, the object named decides the category (the first named in this order).
OBJECT_CATEGORY: dict[str, str] = {
    # shared appliances first (饮水机 is no water supply): a building's equipment to repair
    "油烟机": "facility", "烘干机": "facility", "洗衣机": "facility", "饮水机": "facility",
    # a drain channel or gully before the water in it (排水沟堵了 水退不去: the drain's, facility)
    "排水沟": "facility", "排水口": "facility", "雨水篦子": "facility", "雨水口": "facility", "明沟": "facility",
    # paving and its cement before the water in a word (水泥 is no water supply)
    "水泥": "facility", "石板": "facility",
    "电梯": "elevator", "灯": "facility", "门": "facility", "窗": "facility", "墙": "facility", "锁": "facility",
    "台阶": "facility", "扶手": "facility", "信箱": "facility", "玻璃": "facility", "水管": "utilities",
    "暖气": "utilities", "水": "utilities", "电": "utilities", "燃气": "utilities", "下水": "utilities",
    "垃圾": "sanitation", "车": "parking", "树": "greenery", "草": "greenery", "监控": "facility"}

# A red cue followed in its clause by one of these is a consequence imagined, not a fact
# ("真着火了消防车都进不来"); 咋办/咋整 only count after 真/再/又.
CONSEQUENCE: list[str] = ["进不来", "全完", "跑不了", "就完了", "出不去", "逃不出",
                          # blame asked for a danger not yet come (着火了谁负责, 着火了哪个负责: 哪个 = 谁 in the south)
                          # (the perfective said as each region says it: 咧 in Shaanxi, 嘞 / 啦 / 咯 / 喽, 哒 in Hunan, 咗 in
                          # Cantonese: "着火咧谁负责")
                          *[f"{p}{b}" for p in ("了", "咧", "嘞", "啦", "咯", "喽", "哒", "咗")
                            for b in ("谁负责", "哪个负责", "谁来负责", "哪个来负责", "算谁的", "谁担责", "谁赔")]]
# After a blame phrase, a call for help now: the blame is a cry at a danger happening ("着火啦谁负责的快来", "关人啦谁负责
# 赶紧过来"), not a danger imagined (a bare "着火了谁负责的问题" stays a complaint).
BLAME_THEN_CALL: tuple[str, ...] = ("快来", "快过来", "赶紧", "赶快", "快点", "快打", "救命", "快来人", "119", "120", "110",
                                    "马上来", "快救", "在哭", "喊救命")
CONSEQUENCE_AFTER_IF: list[str] = ["咋办", "咋整", "怎么办", "谁负责", "哪个负责",
                                 "接不上水", "接不到水", "没水救"]   # 真着火了消防栓接不上水: imagined

# "Me too" corroboration of an open ticket (perceived the same thing).
CORROBORATE: list[str] = ["也闻到", "也看见", "也看到", "也听见", "也听到", "也发现", "也闻着", "+1", "我家也是",
                          "我家也", "俺家也", "我们家也", "我这也", "我们这也", "同问", "我也遇到",
                          "楼也是", "家也是", "这边也是", "我们也是", "同求", "我家都是", "家里都是", "我家也一样", "家里也是", "屋里也是", "我家里也", "可不咋的", "可不是嘛", "可不是吗", "确实是", "真的是+也",
                          "我这边也", "我们这边也", "我那也", "我们楼也", "也一样"]

# Phrases that cancel the cue they contain (a longer, harmless reading wins).
MASKS: list[str] = [
    "一塌糊涂", "门禁卡", "打不着火", "打不着", "点不着", "不是着火", "没着火", "没有着火", "不是火", "火锅", "上火", "发火", "火车", "火腿",
    "火爆", "火龙果", "烟花爆竹", "抽烟", "吸烟", "烟头", "烟酒", "香烟", "炊烟", "油烟", "烧纸", "烧烤", "电动车电瓶",
    "热死", "冷死", "吓死", "笑死", "累死", "急死", "气死", "犯困", "困了就睡", "困得", "不困", "困难补助", "困难户", "不是漏",
    "没漏", "不漏了", "没有漏", "充电桩", "停车场", "停车位", "摔门", "说漏", "漏了一句", "电梯好好的", "有电啊",
    "有电", "有水", "来水了", "来电了", "电梯能用", "不堵了", "电话", "打电话", "手机没电", "手机快没电", "电动车没电",
    "车没电", "电瓶没电", "灶台电池没电", "电池没电", "中毒了吧", "困在家", "困在家里", "被困在家", "装修完",
    "吓坏", "气坏", "累坏", "急坏", "坏人", "坏事", "坏蛋", "威胁论", "炸鸡", "炸酱", "油炸", "炸串", "动手能力", "别动手", "全是烟头", "都是烟头", "二手烟", "灯灭", "烧起来+烧烤",
    "不拉个警戒线", "不拉警戒线", "没拉警戒线", "没有警戒线", "没个警戒线", "撤了警戒线", "警戒线撤", "疏散演练",
    "消防演练", "困了好几", "困过好几", "困过人", "困了好多",
    "沟通了", "不通了"]   # talked it over / no longer gets through: nothing fixed

# "Already fixed / over": not a request, fixed_report=True.
FIXED: list[str] = [
    "修好了", "已经好了", "已修好", "修完了", "已修复", "修复了", "弄好了", "搞定了", "好了好了", "没事了", "不用了",
    "恢复了", "已恢复", "恢复正常", "来水了", "来电了", "来气了", "热了热了", "暖和了", "通了", "疏通好了", "不堵了",
    "灭了", "扑灭", "找到了", "人出来了", "救出来了", "出来了+没事", "换好了", "亮了", "亮堂了", "修剪完了",
    "清理完了", "清干净了", "清理干净了", "扫干净了", "清走了", "收走了", "挪走了", "挪好了", "已经挪", "处理好了", "处理完了", "解决了", "已解决",
    "现在好了", "今天好了", "又好了", "已经没事", "水也抽干了", "抽干了", "不响了", "不漏了", "不夹手了",
    "终于", "效率可以", "虚惊一场", "其实是+没事", "原来是+没事", "误报", "已经来了", "已经修", "都修好", "能用了", "可以用了", "正常了", "好使了",
    "锯掉了", "锯了", "清掉了", "拆掉了", "弄走了", "补上了", "换了新的"]
FIXED += [f"{p}+{r}" for p in ("昨天", "昨晚", "前天", "上周") for r in ("来了", "好了", "恢复", "修好")]
# a fix told in a worker's words: unblocked, the bad part replaced (已疏通, 已经换了一截)
FIXED += ["已疏通", "已经疏通", "已清通", "已更换", "已经更换", "已经换了", "已换好", "换了一截", "换了一段", "换了一根新"]
# ...and the broken part named as replaced ("锁换了 谢谢楼长", "灯泡换了", "已换新")
REPLACED: tuple[str, ...] = ("锁换了", "灯换了", "灯泡换了", "灯管换了")
FIXED += [*REPLACED, "已换新", "换新了"]
# ...a part put in new or welded back, told as finished ("井盖换新的了", "扶手焊好了"); not a thing installed
# ("装上了", "安上了", "焊上了"): what someone put up may be the problem ("防盗窗装上了 把窗户封死了", "安全出口
#被焊上了"); nor a cleaning job done ("拖完了", "扫完了"): it is as often the cause of what follows ("楼上拖完了地
# 水就往我家滴", "拖完了 地滑得老人不敢下楼"). A job done is no mend of a problem cue told after it ("门禁换新的了
# 卡都刷不开"): the new part is what fails (fixed_phrase.valid_fixed)
JOB_DONE: tuple[str, ...] = ("换新的了", "换成新的了", "焊好了")
FIXED += [*JOB_DONE]
# ...not one's own home's part ("我家入户门锁换了", "家里灯泡换了"): the shared one is not mended by it
REPLACED_AT_HOME: tuple[str, ...] = ("我家", "我们家", "家里", "屋里", "入户", "自己家", "自家")
# ...nor a part replaced and then "still" or "when will it be mended" ("灯泡换了 还是不亮")
REPLACED_YET_BROKEN: tuple[str, ...] = ("还是", "还没", "还不", "照样", "依然", "怎么还", "咋还",
                                        "什么时候修", "啥时候修", "几时修", "什么时候能修", "啥时候能修")
# ...but not someone's doing told with 把 ("业主把门锁换了 两边在吵"): a dispute, no mend
# ...only at the end of a clause: "已经换了两次还漏" is a complaint, not a fix
FIXED_AT_CLAUSE_END: tuple[str, ...] = ("已经换了", "已更换", "已经更换", "锁换了", "灯换了", "灯泡换了", "灯管换了")

# Words that make a following/preceding fixed phrase a question or a denial ("修好了没", "还没修好").
FIXED_QUESTION_AFTER: list[str] = ["没", "吗", "么", "嘛", "没有", "?", "？", "不"]
# ...or only part done ("锯了一半就没人管了", "修了一半"): nothing is over
FIXED_PARTIAL_AFTER: tuple[str, ...] = ("一半",)
FIXED_DENIAL_BEFORE: list[str] = ["没", "还没", "没有", "不", "咋还", "怎么还", "还不", "没能"]

# A problem stated after one of these, once a fixed phrase came first, is a new request.
CONTRAST: list[str] = ["但是", "但", "就是", "不过", "可是", "只是", "然而", "还是"]

# The supply-outage families (water, power, gas, heating, an outage unnamed).
OUTAGE_FAMILIES = frozenset({"no_water", "no_power", "no_gas", "heating_cold", "generic_outage"})

# Chatter that is never a request (adverts, greetings, thanks, acknowledgements, borrowing).
NOT_REQUEST: list[str] = [
    "出租", "出售", "转让", "卖新鲜", "有意向", "私聊", "拎包入住", "接龙", "团购", "代购", "优惠", "特价", "促销",
    "要的联系", "需要的私", "土鸡蛋", "扫码", "加微信", "新年快乐", "节日快乐", "中秋快乐", "万事如意", "早上好",
    "晚上好", "大家好", "早安", "晚安", "生日快乐", "恭喜", "借我用", "借我", "借一下", "借用", "谁家有+借",
    "有没有邻居家有", "放错", "快递放错", "我放楼下", "帮我看看哪个", "拼车", "顺风车", "求推荐", "推荐一下",
    "有没有懂的", "有没有会修", "哪里买", "在哪买", "联系我", "私信我", "详询", "八折", "九折", "首单", "新客户",
    "链接", "欢迎来电", "转发", "【转", "突发!", "提醒大家", "群公告", "公告没看", "没看通知", "没看公告"]
# Replies between neighbours (retorts, "that's mine", advice): not requests unless they also ask the office.
REPLY: list[str] = [
    "那是我家", "是我家亲戚", "我家就是", "我就是楼上", "我就是楼下", "我就是对门", "我就是隔壁", "我就是那", "你别",
    "你再", "你们自己说", "你糊弄", "至于吗", "你倒是", "我不同意", "电话贴在", "贴着+电话", "不是我家的", "关你什么事",
    "关你啥事", "有本事", "你管得着", "又不碍着",
    # a cause guessed at in reply ("还不是有人天天喂野猫", "那味道就是这个造成的吧")
    "还不是有人", "还不是因为", "造成的吧", "引起的吧"]
# Pure acknowledgement / thanks — not a request when nothing else is said.
ACK: list[str] = [
    "收到", "好的", "好滴", "嗯嗯", "嗯", "谢谢", "感谢", "多谢", "辛苦", "哈哈", "呵呵", "点赞", "赞", "ok", "明白",
    "知道了", "了解", "好嘞", "行", "可以", "厉害", "给力", "真棒", "吓死我了"]

# Asking the community / property to act, or asking a question.
ASK: list[str] = [
    "能不能", "能否", "可不可以", "可以吗", "麻烦", "请", "帮忙", "帮帮", "帮着", "帮我看", "帮我问", "管管", "管一下", "管不管",
    "有人管", "谁管", "来人", "派人", "看看", "看一下", "看一眼", "查查", "查一下", "处理", "修修", "修一下", "修理",
    "协调", "调解", "反映", "投诉", "怎么办", "咋办", "咋整", "怎么弄", "咋弄", "怎么整", "赶紧", "快来", "快点", "快点啊",
    "快派", "尽快", "抓紧", "给个说法", "吗", "嘛", "么", "？", "?", "啥时候", "什么时候", "几点", "在哪", "去哪",
    "哪里", "咋", "怎么", "如何", "多少钱", "要不要", "是不是", "能来", "说一声", "说说", "救命", "救救", "求求",
    "急死", "求助", "清理一下", "通一下", "修剪一下", "填了", "换一批", "联系", "通知", "赔", "要收费", "得消毒",
    "得修", "也得修", "注意一下", "有没有", "啥", "为啥", "行不", "能不", "可不", "中不", "晓不晓得", "知不知道", "请问", "想问", "问一下", "咨询", "建议", "希望", "吧",
    # Jianghuai (Nanjing, Hefei) questions: 阿 + verb asks "can it / may it" (阿能上门, 阿可以代领)
    "阿能", "阿可以"]
# Words addressing the office / property (a mention makes chatter-looking text a request).
ADDRESS: list[str] = [
    "@物业", "@网格", "@社区", "@楼长", "@管家", "@客服", "@居委", "@书记", "@所有人", "物业", "网格员", "网格长",
    "社区", "楼长", "居委会", "管家", "保安", "门卫", "维修", "师傅"]

# A red cue after one of these (within a few characters) is a hypothetical or a warning, not a fact.
HYPOTHETICAL: list[str] = [
    "要是", "万一", "如果", "假如", "真着", "下回", "下次", "容易", "怕", "担心", "小心", "防止", "预防", "以免",
    "差点", "会不会着", "别", "不要", "千万别", "禁止", "严禁", "不能", "注意", "当心", "避免", "不然", "否则", "就怕",
    "一旦", "迟早", "热得", "热到", "晒得", "烫得", "急得",
    # what a suggestion is meant to spare ("统一搭个架子 免得家家挂在栏杆外面 风一吹就掉"): avoided, not so now
    "免得", "省得", "以防", "生怕"]
# Negations right before a cue.
NEGATION: list[str] = ["不是", "没有", "并没", "并不是", "没", "无"]

# Vulnerable people and stated risk (raise yellow to orange when a danger is also stated).
PEOPLE_AT_RISK: list[str] = [
    "老人", "孩子", "小孩", "孙子", "孙女", "婴儿", "宝宝", "孕妇", "老太太", "老头", "老爷子", "残疾", "轮椅",
    "学生", "小朋友",
    # a child in regional words (Hefei 小伢, northwest and southwest 娃娃 / 娃儿)
    "小伢", "伢子", "娃娃", "娃儿", "小娃"]
DANGER: list[str] = ["危险", "差点", "险些", "夹了", "夹到", "受伤", "伤到", "砸到", "摔着", "太危险",
                     # a person cut or grazed by the thing at fault
                     "划破", "划伤", "割破", "割伤", "擦破", "磕破"]
URGENT_MEDICAL: list[str] = ["去医院", "透析", "急诊", "救护车", "化疗", "住院", "看病", "复查", "医院"]
# A near miss told as past ("上次差点撞到") is no risk stated now.
PAST: list[str] = ["上次", "上回", "以前", "之前", "去年", "那次"]
# Time words that make an outage a planned one (asked about → blue).
FUTURE: list[str] = ["明天", "后天", "下周", "会不会", "还会", "要停", "计划", "通知上", "是不是要", "要停好久", "停多久"]

# Responders announce or answer; their messages are not requests unless they report an emergency.
ANSWER_MARKERS: list[str] = [
    "收到", "已经", "已", "马上", "正在", "通知", "大家", "请", "各位", "@所有人", "别", "不要", "注意", "安排", "联系",
    "过去", "到现场", "我去", "我来", "稍等", "放心", "没事", "没人受伤", "处理", "找到了", "拉走了", "灭了"]

# Place nouns (which part of the building); two reports naming different ones are different problems.
PLACE_WORDS: list[str] = [
    "地下室", "地库", "车库", "楼道", "楼梯", "单元门", "大门", "门口", "电梯", "阳台", "屋顶", "楼顶", "天台", "大厅",
    "车棚", "广场", "草坪", "花坛", "卫生间", "厨房", "家里", "屋里", "进屋", "外墙", "窗户", "电表箱", "配电",
    "东门", "南门", "西门", "北门", "楼前", "楼后", "人行道", "垃圾桶", "健身器材", "水箱", "暖气片"]

# After a noun, these make it a landmark ("窗户外边", "电梯旁边"), not the broken thing of a combo cue.
BESIDE: tuple[str, ...] = ("口", "外边", "外面", "外头", "旁边", "边上", "对面", "附近", "隔壁")

# Words repeat reports use ("me too", "again").
REPEAT_MARKERS: list[str] = ["+1", "也是", "也", "同样", "一样", "还是", "又", "仍然", "依然", "到现在", "还没", "同问"]

# Important problem words whose homophone typos are recognised (电体 -> 电梯, 拉级 -> 垃圾).
TYPO_WORDS: list[str] = [
    "电梯", "垃圾", "楼道", "漏水", "没水", "没电", "停水", "停电", "井盖", "燃气", "煤气", "暖气", "通道", "消防",
    "着火", "冒烟", "被困", "下水道", "马桶", "单元", "物业", "社区", "网格员", "楼梯", "扶手", "窗户", "瓷砖",
    "噪音", "装修", "停车", "车位", "老鼠", "蟑螂", "堵了", "漏电", "电线", "配电箱", "电表箱", "门禁", "门锁",
    "灯不亮", "楼长", "暖气片", "化粪池", "摔倒", "不热", "反水", "返水", "冒水", "异味", "烟味", "救命", "业主",
    "水管", "管子", "维修", "外机", "玻璃", "树枝", "医保", "社保", "证明"]
# Everyday phrases that read like a typo of one (没睡好 is no 没水, 没点素质 no 没电) and jieba's dictionary lacks.
# (谁管: "who sees to it", asked far more often than 水管 is mistyped)
NOT_TYPOS: list[str] = ["没睡", "没点", "没店", "没税", "没垫", "谁管"]
# Words whose two characters are both often mistyped (拉级 -> 垃圾); others: one character.
TYPO_DOUBLE: list[str] = ["垃圾", "楼道", "电梯"]
# fmt: on

# Compositional object x fault-state cues live in vocab_objects.py (one concept per module).
from .vocab_objects import FAULT_STATES, OBJECTS, REPAIR_ASKS  # noqa: E402,F401

# Smoking makes a smell of smoke a nuisance, not a fire; a drill or lesson makes fire words not a fact.
SMOKING: list[str] = ["抽烟", "吸烟", "烟头", "二手烟", "烟民", "吃香烟", "吃烟", "抽香烟", "叼着烟"]
DRILL: list[str] = ["演练", "培训", "教教", "讲座", "学习", "宣传", "知识"]
# Questions to the office about a service, a policy or a time (blue unless a problem is stated).
QUESTION_OFFICE: list[str] = [
    "请问", "想问", "问一下", "问下", "问问", "咨询", "在哪领", "在哪办", "去哪领", "去哪办", "哪里领", "哪里办",
    "在哪交", "往哪送", "往哪", "怎么申请", "如何申请", "怎么办理", "怎么报名", "怎么预约", "能不能预约",
    "什么时候能", "什么时候开", "什么时候加", "什么时候恢复", "什么时候修", "有没有", "能换个时间", "换个时间"]
# A nuisance that goes on: a complaint, a request even without an ask word.
ONGOING: list[str] = ["天天", "每天", "一直", "好几天", "好几回", "老是", "总是", "总有", "成天", "整天", "经常",
                      "每次", "几天了", "好久了", "一个多月", "到现在"]
# A cry for help: red when a person is named (a child, an old man, someone) and nothing marks a joke.
DISTRESS: list[str] = ["救命", "救救", "快来人", "来人啊", "快救"]

# Red families in their many wordings (a present danger to a person, however mildly told).
# fmt: off
_ROOF = ("楼顶", "天台", "房顶", "屋顶", "楼沿", "楼顶边", "顶楼平台", "女儿墙")
_ON_EDGE = ("站边上", "站在边上", "坐边上", "坐在边上", "站在边", "坐在边", "蹲在边", "翻出去", "翻过栏杆",
            "翻到外边", "翻到外面", "往下瞅", "往下看", "要跳", "想跳", "往下跳", "人+站着", "人+坐着", "人+站那",
            "人还在", "有人站", "有个人站", "有人坐", "有个人坐",
            # told of the edge itself: 楼顶边上坐着, 天台边沿上站着
            "边上坐着", "边上站着", "边上蹲着", "边沿上坐", "边沿上站", "边沿上蹲")
_CHILD = ("孩子", "小孩", "娃", "宝宝", "婴儿", "小朋友", "老人", "狗", "猫")
_IN_CAR = ("锁车里", "锁在车里", "反锁车里", "反锁在车里", "关车里", "关在车里", "困车里", "困在车里", "落车里",
           "落在车里", "锁车上", "关车上")
_HISS = ("嘶嘶", "咝咝", "丝丝", "呲呲", "哧哧", "嗤嗤", "滋滋", "嘶啦", "漏气")
_GAS_SPOTS = ("燃气表", "煤气表", "气表", "燃气管", "煤气管", "天然气管", "表前阀", "燃气灶", "煤气灶", "灶台", "减压阀",
              "胶管", "软管+气")
_ELECTRIC = ("电箱", "配电箱", "电表箱", "电闸", "电线", "线路", "插座", "插排", "插线板", "开关", "变压器", "电缆", "电表")
_ARCING = ("噼里啪啦", "噼啪", "劈里啪啦", "啪啪响", "滋滋", "吱吱响", "冒火", "冒火星", "火星子", "打火", "打火花",
           "冒烟", "冒蓝光", "蓝光", "闪火", "焦味", "糊味", "烧焦", "烧糊", "发烫+冒烟", "烫手+味")
_ELDER = ("老人", "大爷", "大妈", "奶奶", "爷爷", "老太太", "老爷子", "老头", "老太", "阿姨", "大娘", "老大爷", "老两口")
_DAYS_UNSEEN = ("好几天没见", "几天没见", "两天没见", "三天没见", "好几天没下楼", "几天没下楼", "好几天没出门", "几天没出门",
                "几天没露面", "好几天没动静", "几天没动静", "敲门也没人应", "敲门没人应", "敲门没反应", "敲门也没反应",
                "敲门也不开", "叫门没人应", "喊门没人应", "电话也没人接", "电话没人接+敲门", "屋里没动静")
_FACADE = ("瓷砖", "墙砖", "墙皮", "外墙", "水泥块", "砖头", "墙面", "外墙皮", "保温层", "保温板", "空鼓", "窗户", "玻璃",
           "阳台+东西")
_FALLS_ON = ("砸车上", "砸到车", "砸在车上", "砸了车", "砸坏+车", "砸车", "砸着人", "砸到人", "砸人", "差点砸", "差一点砸",
             "险些砸", "掉下来+车", "掉下来+人")
# outdoors, anything coming off the facade falls onto the path below
_OUTER = ("外墙", "外墙皮", "外墙砖", "保温层", "保温板", "空鼓", "水泥块", "楼檐", "房檐")
_FALLS_OUT = ("往下掉", "往下落", "往下崩", "掉了一块", "掉下来一块", "飞下来", "崩下来", "掉下来", "掉渣+大块")
_RED_MORE: dict[str, list[str]] = {
    "edge_danger": [f"{r}+{e}" for r in _ROOF for e in _ON_EDGE] + [
        f"{c}+{w}" for c in ("孩子", "小孩", "娃", "小朋友") for w in ("爬窗台", "爬上窗台", "站窗台", "站在窗台",
                                                                  "窗台外", "挂在窗外", "挂在窗", "爬到阳台外",
                                                                  "骑在栏杆", "翻栏杆", "爬防盗窗")]
        + ["站在楼顶边", "坐在楼顶边", "楼顶边上+人", "要跳楼", "想跳楼"],
    "locked_in_car": [f"{c}+{w}" for c in _CHILD for w in _IN_CAR + ("车里锁着", "车里关着", "车里困着", "锁车里头")]
    + ["自己反锁车里", "反锁车里"],
    "trapped": ["电梯关人", "电梯+关人", "电梯+困人", "电梯+夹人", "电梯+人+出不来", "电梯+有人喊", "电梯+喊人",
                "电梯+有人拍", "电梯+砸门", "电梯+叫人", "电梯+求救", "电梯+人+卡住"],
    "gas_leak": [f"{g}+{h}" for g in _GAS_SPOTS for h in _HISS] + [f"{g}+漏" for g in _GAS_SPOTS],
    "live_wire": [f"{e}+{a}" for e in _ELECTRIC for a in _ARCING],
    "alone_silent": [f"{e}+{d}" for e in _ELDER for d in _DAYS_UNSEEN] + [f"{a}+{d}" for a in _ALONE for d in _DAYS_UNSEEN],
    "falling_part": [f"{f}+{o}" for f in _FACADE for o in _FALLS_ON] + [f"{f}+{o}" for f in _OUTER for o in _FALLS_OUT],
}
# fmt: on
FAMILIES["edge_danger"] = {"color": "red", "category": "safety", "note": "person at a roof edge or window", "cues": []}
FAMILIES["locked_in_car"] = {"color": "red", "category": "safety", "note": "child or pet locked in a car", "cues": []}
for _name, _cues in _RED_MORE.items():
    FAMILIES[_name]["cues"] = list(FAMILIES[_name]["cues"]) + _cues
# first aid called for (distress.py: only in a hurry, someone is down)
FIRST_AID: tuple[str, ...] = ("谁懂急救", "谁会急救", "谁会心肺复苏")
DISTRESS += [*FIRST_AID, "赶紧报警", "快报警", "快打110", "快打120", "快叫救护车", "赶紧叫救护车", "赶紧打120", "赶紧打110", "谁赶紧报警"]

# Everyday faults and wishes as written by voice input and in the north.
_MORE_D: dict[str, list[str]] = {
    "lift_out": ["电梯+停着", "电梯+还停", "电梯+还没好", "电梯+还坏着", "电梯+一直停"],
    "burst_pipe": [f"{h}+进水" for h in ("门槛", "家门口", "屋里", "屋子", "一楼人家", "家都", "炕上", "床底下")],
    "property_complaint": ["没信号", "没有信号", "信号不好", "信号+断", "断网", "没网了", "网+断了", "有线电视", "机顶盒"],
    "suggestion": [f"{v}+{e}" for v in ("盖个", "建个", "修个", "装个", "搞个", "弄个", "添个", "放几个", "种点")
                   for e in ("呗", "吧", "就好了", "多好")] + ["再盖个", "再建个", "再装个", "再添个", "多装几个", "多放几个"]
    + [f"{q}+{w}" for q in ("能不能", "可不可以", "能否") for w in ("开到", "延长", "晚点关", "早点开", "多开", "改到", "换到", "挪到", "开放到")]
    # a place to be turned into something ("那块空地能不能弄成小花园")
    + [f"{q}+{w}" for q in ("能不能", "可不可以", "能否") for w in ("弄成", "建成", "做成", "改造成", "修成", "规划成")],
}
for _name, _cues in _MORE_D.items():
    FAMILIES[_name]["cues"] = list(FAMILIES[_name]["cues"]) + _cues
QUESTION_OFFICE += ["上哪儿", "上哪", "去哪儿", "找谁", "找哪个", "哪儿办", "哪儿领", "哪儿弄", "上哪弄", "咋申请", "咋办理"]
# An old or lone person taken ill: help needed today (orange); "疼得厉害" is no praise.
FAMILIES["care_urgent"]["cues"] += [f"{e}+{s}" for e in _ELDER + _ALONE for s in (
    "头晕", "血压高", "发烧", "发高烧", "胸闷", "病倒", "犯病", "不舒服", "难受得")]
MASKS += ["得厉害", "的厉害"]

# Storm, flood and winter dangers to people (typhoon nights, northern estates).
_PANE = ("窗户玻璃", "玻璃", "窗玻璃", "落地窗", "窗户", "窗框", "阳台窗")
_CRACKED = ("裂了", "裂开", "碎了", "震裂", "吹裂", "裂缝", "松了", "鼓出来", "往外鼓")
_STORM_OR_BELOW = ("警戒", "别让人", "别让孩子", "绕着走", "绕一下", "绕开", "别从底下")   # a cordon asked below it
_WATER_IN = ("水漫进", "水灌进", "水进屋", "水进家", "水淹进", "淹进屋", "淹到床", "淹到膝盖", "淹到腰", "水到腰",
             "水到膝盖", "水没过膝", "漫进屋", "灌进屋",
             # ...told with an aspect or a possessor between (水进了我家, 水入了我屋: Hakka/Cantonese 入 = 进)
             *{f"水{v}{a}{p}{h}" for v in ("进", "入", "灌进", "漫进", "涌进") for a in ("", "了")
               for p in ("", "我", "我们") for h in ("屋", "家")} - {"水进屋", "水进家"})
_CANNOT_LEAVE = ("瘫痪", "卧床", "走不了", "动不了", "出不来", "出不去", "下不了床", "坐轮椅", "困在家", "被水困", "困在屋")
_POWER = ("电线", "电线杆", "电缆", "高压线", "电线杆子", "变压器", "路灯杆")
_DOWN_ON = ("压在", "砸在", "砸断", "压断", "倒在", "搭在", "挂在")
_WET = ("泡在水", "掉水里", "掉进水", "水里", "积水里", "泡水")
_STOVE = ("炉子", "煤炉", "火炉", "炉灶", "烧煤", "蜂窝煤", "煤球", "火墙", "土暖气", "烧炕", "炕")
_GASSED = ("头晕", "头疼", "头痛", "恶心", "想吐", "吐了", "迷糊", "站不稳", "犯迷糊", "浑身没劲")
_ICE = ("冰上", "冰面", "结冰", "冰溜", "路滑", "滑倒", "摔")
_STORM_RED: dict[str, list[str]] = {
    "falling_part": [f"{p}+{c}+{w}" for p in _PANE for c in _CRACKED for w in _STORM_OR_BELOW],
    "person_down": [f"{w}+{c}" for w in _WATER_IN for c in _ELDER + _CHILD[:6] + _CANNOT_LEAVE]
    + [f"{c}+{w}" for c in _CANNOT_LEAVE for w in ("水漫", "水淹", "进水了", "水涨", "水灌", "撤离", "转移", "疏散")]
    + [f"{a}+{b}" for a, b in (("进屋", "瘫痪"), ("进屋", "卧床"), ("进家", "瘫痪"), ("进屋", "动不了"), ("进屋", "走不了"))]
    + ["被水困", "困在水里", "水里+被困", *SWEPT_AWAY]
    + [f"{s}+{g}" for s in _STOVE for g in _GASSED] + [f"{i}+起不来" for i in _ICE] + [f"{i}+动不了" for i in _ICE],
    "live_wire": [f"{p}+{d}" for p in _POWER for d in _DOWN_ON] + [f"{p}+{w}" for p in _POWER for w in _WET]
    + [f"树+{d}+电线" for d in ("压", "砸", "倒", "搭")],
    "cordon": ["拉警戒", "拉起警戒", "拉个警戒"],
    "gas_leak": [f"{a}+{r}" for a in ("一氧化碳报警器", "煤气报警器", "燃气报警器", "报警器") for r in ("响了", "一直响", "叫了", "在叫", "滴滴")]
    + [f"{g}+{s}" for g in ("一氧化碳", "燃气", "煤气", "热水器") for s in _GASSED],
}
for _name, _cues in _STORM_RED.items():
    FAMILIES[_name]["cues"] = list(FAMILIES[_name]["cues"]) + _cues
MASKS += ["一氧化碳报警器", "煤气报警器", "燃气报警器", "篮球架"]

# Reports from other regions and building types (northern work-unit compounds, southern high-rises).
# fmt: off
_SMOKE_SPREADS = ("进楼道", "进屋", "飘进", "飘过来", "灌进", "窜进", "从门缝", "门缝里", "顺着门", "往外冒", "往外飘",
                  "呛得", "呛人", "满走廊", "满楼道")
_ELECTRICS = ("配电箱", "电箱", "电表箱", "配电柜", "配电房", "配电间", "配电室", "电井", "插座", "灯座")
_GETS_WET = ("湿了", "进水", "泡了", "泡水", "滴水", "渗水", "淋湿", "在滴", "滴在", "漏进")
_TILTS = ("往下斜", "斜了", "倾斜", "往外斜", "歪下来", "耷拉下来", "锈断", "锈穿")
_SMART_LOCK = ("智能锁", "指纹锁", "密码锁", "电子锁", "入户门锁", "家门锁")
_LOCK_FAILS = ("没反应", "打不开", "开不了", "失灵", "进不去", "坏了", "没电了")
_SLIPPERY = ("冻冰", "结冰", "结了冰", "溜滑", "滑溜", "溜冰场", "滑得站不住", "一层冰")
_WALKWAY = ("台阶", "门口", "路面", "地面", "地上", "坡道", "楼梯", "大堂", "路上", "道上")
_GEN: dict[str, list[str]] = {
    # smoke told by where it has spread to, not by the word "fire"
    "fire": [f"烟+{w}" for w in _SMOKE_SPREADS] + ["烟都进", "烟都冒"],
    # water dripping or seeping onto a distribution box / into a cable shaft
    "flood_electric": [f"{e}+{w}" for e in _ELECTRICS for w in _GETS_WET]
    + ["水+配电房", "水+配电间", "水+配电柜", "水+电井"],
    # an outdoor unit / bracket already tilting over a path
    "falling_object": [f"{o}+{t}" for o in ("外机", "空调架", "支架", "广告牌", "招牌", "灯箱", "花架", "雨棚", "防盗窗")
                       for t in _TILTS],
    # a flat's own smart lock failing leaves the household locked out
    "door_lock": [f"{lk}+{f}" for lk in _SMART_LOCK for f in _LOCK_FAILS],
    # ice or a slippery floor where people walk: a hazard that grows (people will fall)
    "railing": [f"{w}+{s}" for w in _WALKWAY for s in _SLIPPERY]
    + [f"{c}+{s}" for c in ("井盖", "下水井盖", "下水道盖", "窨井盖") for s in ("不见了", "丢了", "碎了", "碎", "被偷")],
    "sewage": ["往外溢", "马桶+溢", "地漏+溢", "溢出来+脏", "满地都是+马桶"],
    "heating_cold": ["冷得直哆嗦", "冷得+哆嗦", "屋里+冷得", "家里+冷得", "冻得+睡不着", "冻得+受不了"],
}
for _name, _cues in _GEN.items():
    FAMILIES[_name]["cues"] = list(FAMILIES[_name]["cues"]) + _cues
# A shop's machine humming or roaring under homes (a kitchen's exhaust fan, a freezer compressor): noise, not
# a machine to repair; a noise told as going on still (还是吵) is the same complaint again.
_MACHINES = ("风机", "排风扇", "排气扇", "抽风机", "鼓风机", "冰柜", "冰机", "压缩机", "冷库")
_HUMS = ("嗡嗡", "轰轰", "隆隆", "呜呜", "哐哐", "咣咣", "震得")
# Smoke from a named grill, oven or chimney told as an everyday nuisance is fumes (smoke_nuisance.py drops
# its fire reading), even in words no fire cue has ("烟囱的烟还是那么大").
from .vocab_smoke import HABITUAL, STANDING_SOURCES  # noqa: E402
FAMILIES["smell"]["cues"] += [f"{s}+烟+{h}" for s in STANDING_SOURCES for h in HABITUAL]
FAMILIES["noise"]["cues"] += [f"{m}+{h}" for m in _MACHINES for h in _HUMS] + ["还是吵", "还在吵", "还那么吵"]
# singing late (a karaoke room, a neighbour's 唱K): noise, whatever the writer's head does (脑袋快炸了)
FAMILIES["noise"]["cues"] += [f"{s}+{w}" for s in ("唱到", "唱K", "唱k", "K歌", "k歌", "ktv", "KTV", "卡拉OK", "卡拉ok")
                              for w in ("半夜", "凌晨", "深夜", "一两点", "两三点")]   # (唱K吗 天天加班: no noise)
# A walkway iced over or slippery, no fall or person at risk told (the ice sheet, 溜冰场, 全是冰 is the orange
# "railing" hazard above): vocab_winter's icy_path, yellow facility, which a told risk raises. Slippery whenever
# it rains is a standing condition a suggestion names, not ice now (masked).
ESCALATES["railing"] = ESCALATES["railing"] + ("icy_path",)
# Signing up for an activity (a class, a party, a match): a wish about community life (suggestion), not a
# public service to apply for (affairs_q 报名); a place still free (还有名额) is asked of activities.
_ACTIVITIES = ("活动", "晚宴", "晚会", "联谊", "比赛", "球赛", "演出", "课", "旅游", "亲子", "讲座", "培训班")
FAMILIES["suggestion"]["cues"] += [f"{a}+{w}" for a in _ACTIVITIES for w in ("报名", "名额")] + ["还有名额", "有没有名额"]
MASKS += ["下雨滑得很", "下雨就滑", "一下雨就滑", "下雨天滑"]
FAMILIES["care_urgent"]["cues"] += [f"{e}+{s}" for e in _ELDER + _ALONE + ("我妈", "我爸", "老母亲", "老父亲")
                                    for s in ("血压还高", "血压又高", "哮喘", "冷得", "心脏不好")]
# too ill to get out of bed is care today, not a fall (起不来床); a pane broken off (碎掉一块) has fallen already,
# nothing left about to fall; an anti-wandering wristband or tag (防走失手环) names a device, nobody lost
MASKS += ["起不来床", "下不了床", "碎掉", "防走失"] + PET_GONE
# A detour forced on everyone by something in the way ("进出都得绕着走", "只能绕道"): an obstruction to clear,
# not a warning to keep clear of a danger (the cordon cue 绕着走); what is in the way names the category.
FAMILIES["obstruction"] = {"broad": True, "color": "yellow", "category": "other", "note": "a passage obstructed",
                           "cues": ["得绕着走", "只能绕着走", "只好绕着走", "得绕道", "只能绕道", "只好绕道"]}
FAMILIES["building_parts"]["cues"] += ["玻璃+碎掉"]
# A damp floor in humid weather (回南天: 地砖返潮, 拖完又湿返): a yellow repair, not a hazard to cordon off
FAMILIES["building_parts"]["cues"] += [f"{p}+{d}" for p in ("地砖", "瓷砖", "地面", "地板", "楼梯", "大堂", "大厅")
                                       for d in ("返潮", "回潮", "湿返", "又湿")]
# "rusted badly", "leaking badly": no praise; a fridge gone quiet is a symptom of a power cut, not a fix
MASKS += ["得很厉害", "得太厉害", "得特别厉害", "得挺厉害", "得非常厉害", "冰箱都不响", "冰箱不响", "冰箱也不响"]
# a device beeping on and on (呼叫器一直滴滴叫) is a sound, not water dripping (一直滴)
MASKS += ["一直滴滴叫", "一直滴滴响", "一直嘀嘀叫"]
# A found or misdelivered item is a notice to its owner, lost property asked of neighbours is between
# residents: not requests (vocab_lost.py; there the model may not overrule them either).
from .vocab_lost import LOST_PROPERTY  # noqa: E402
NOT_REQUEST += [w for w in LOST_PROPERTY if w not in NOT_REQUEST]
# fmt: on

# fmt: off
# A person's need caused by an outage: life support without power, an elder stranded upstairs, dialysis.
_LIFE_SUPPORT = ("制氧机", "吸氧机", "呼吸机", "吸氧", "雾化机")
_NO_POWER = ("没电", "没有电", "断电", "停电", "停了电")
_KIN = ("我妈", "我爸", "老母亲", "老父亲", "老娘", "老爹", "婆婆", "公公", "奶奶", "爷爷", "外婆", "外公", "老人")
FAMILIES["care_urgent"]["cues"] += ([f"{d}+{n}" for d in _LIFE_SUPPORT for n in _NO_POWER]
                                    + [f"{k}+{s}" for k in _KIN for s in ("下不来", "下不了楼", "下不去", "上不去", "上不来")]
                                    + ["透析", "化疗"])
# ...or the machine itself broken (制氧机坏了 不出气): someone who needs it tonight needs help today (stopped while in
# use, 制氧机停了, is red: vocab_dangers).
FAMILIES["care_urgent"]["cues"] += [f"{d}+{b}" for d in _LIFE_SUPPORT + ("氧气机", "供氧机")
                                    for b in ("坏了", "坏掉", "不出气", "不出氧", "不制氧", "出故障", "有故障", "修不好")]
# A damaged pane, wall or facade with people walking right below or beside it: about to fall on them.
_BROKEN_OVER = ("玻璃", "窗户", "窗子", "窗框", "围墙", "外墙", "墙", "砖", "瓷砖", "墙皮")   # (a facade tile, the render)
_BROKEN_HOW = ("裂了", "碎了", "碎了一半", "挂在框", "往外鼓", "鼓出来", "掉了几块", "掉了一块", "泡软", "松了")
_PEOPLE_BELOW = ("下面正对", "正对着单元门", "底下就是", "下面就是", "外面就是人行道", "旁边就是人行道", "放学走的路",
                 "好多人走", "人来人往", "天天有人走", "都从底下走", "都从下面走", "楼下就是",
                 # a place of people, children above all, right below (楼下是幼儿园, 下面是学校门口)
                 *[f"{b}{p}" for b in ("楼下是", "下面是", "底下是") for p in ("幼儿园", "学校", "小学", "单元门", "大门", "菜市场")])
# (下面是人行道 is falling_object's already: a pane hanging over the walkway is safety)
FAMILIES["falling_part"]["cues"] += [f"{o}+{h}+{b}" for o in _BROKEN_OVER for h in _BROKEN_HOW for b in _PEOPLE_BELOW]
# The guard put round such a part is down again (the tape blown off, the barrier knocked over) while people,
# children above all, pass right under it: the danger is back in the open.
_GUARD = ("警戒带", "警戒线", "隔离带", "围挡", "警示带")
_GUARD_DOWN = ("刮断", "吹断", "断了", "刮跑", "吹跑", "刮倒", "吹倒", "倒了", "被扯", "扯掉", "被拆", "拆了", "没了")
_PASS_UNDER = ("底下过", "下面过", "底下走", "下面走", "从底下", "从下面", "旁边过", "孩子+过", "放学+过")
FAMILIES["falling_part"]["cues"] += [f"{g}+{d}+{p}" for g in _GUARD for d in _GUARD_DOWN for p in _PASS_UNDER]
# Radiators told cold by touch (暖器片冰的, 咋还冰凉着).
FAMILIES["heating_cold"]["cues"] += [f"{h}+{c}" for h in ("暖气", "暖器", "供暖", "换热站", "暖气片", "暖器片")
                                     for c in ("冰凉", "冰的", "冰冰的", "还凉", "凉的", "冰手", "冰着")]
# A lone parent out of touch (电话关机, 一直没跟我联系): red as stated; a power strip or light fitting in water.
_OUT_OF_TOUCH = ("电话关机", "手机关机", "没跟我联系", "一直没联系", "没联系上", "电话都不接", "电话也不接", "敲门也莫反应",
                 "敲门也没反应", "敲门也没人应", "敲门莫得反应")
FAMILIES["alone_silent"]["cues"] += [f"{a}+{n}" for a in _ALONE for n in _OUT_OF_TOUCH]
FAMILIES["flood_electric"]["cues"] += [f"{e}+{w}" for e in ("插线板", "插排", "接线板", "排插", "吸顶灯", "灯座", "电线")
                                       for w in ("泡着", "泡在水", "在水里", "渗水", "往下滴水", "进水了")]
# Water told running toward a socket, a strip or a box ("水顺着墙往插线板那里流", "往电表箱那边淌"): it is reaching
# the electrics now, whichever way the direction is said (往 / 朝 / 向, with or without 那里 / 那边).
_TOWARD_ELECTRIC = ("插线板", "插排", "接线板", "排插", "插座", "电箱", "电表箱", "配电箱", "电闸", "电表", "开关")
FAMILIES["flood_electric"]["cues"] += [f"{d}{e}{p}{v}" for d in ("往", "朝", "向") for e in _TOWARD_ELECTRIC
                                       for p in ("", "那里", "那边", "那儿", "那块", "这边", "那头", "底下", "下面")
                                       for v in ("流", "淌", "漫", "渗", "滴", "灌")] \
    + [f"{v}向{e}" for v in ("流", "淌", "漫") for e in _TOWARD_ELECTRIC]
# Water rising toward a box told apart from it ("电闸就在地下室墙上 水快淹到了"): about to reach the electrics.
FAMILIES["flood_electric"]["cues"] += [f"{e}+水快{v}到" for e in ("配电箱", "电箱", "电表箱", "电闸", "配电柜", "插座", "插线板")
                                       for v in ("淹", "漫", "泡", "涨")]
# Water pouring into homes told with a place between (已经往12号楼一楼屋头灌了: 屋头 is read 家里): flooding into homes.
# (Not 灌水: 灌水泥 is pouring concrete, 群里灌水 is spamming a chat.)
FAMILIES["flooding"]["cues"] += [f"{h}{v}" for h in ("家里", "屋里") for v in ("灌了", "在灌", "灌进来")] \
    + [f"{v}到{h}" for v in ("灌", "漫", "淹", "涌") for h in ("家里", "屋里", "家门里")]
# fmt: on

# How a danger is told (news from elsewhere, the law, a near or rhetorical risk, a past near miss,
# responders on the scene) and welfare dangers told by circumstances: vocab_telling.py.
from . import vocab_telling as _T  # noqa: E402

FAMILIES["life_support"] = dict(_T.LIFE_SUPPORT_FAMILY)
ESCALATES["life_support"] = ("care_urgent",)
for _name, _cues in _T.WELFARE_RED.items():
    FAMILIES[_name]["cues"] = list(FAMILIES[_name]["cues"]) + _cues
MASKS += _T.MASKS
FIXED_DENIAL_BEFORE += _T.FIXED_DENIAL_BEFORE
FAMILIES["ebike_charging"]["cues"] = list(FAMILIES["ebike_charging"]["cues"]) + _T.EBIKE_CHARGING
for _name, _cues in _T.ORANGE_MORE.items():
    FAMILIES[_name]["cues"] = list(FAMILIES[_name]["cues"]) + _cues
FAMILIES["utility_q"]["cues"] = list(FAMILIES["utility_q"]["cues"]) + _T.OUTAGE_QUESTIONS
FUTURE += _T.FUTURE_MORE

# Hazards that will grow, told in words the lists above did not foresee: vocab_hazards.py.
from . import vocab_hazards as _H  # noqa: E402

FAMILIES["safety_minor"]["cues"] = [c for c in FAMILIES["safety_minor"]["cues"] if c not in _H.WIRING]
FAMILIES.update({_k: dict(_v) for _k, _v in _H.HAZARD_FAMILIES.items()})
for _name, _cues in _H.MORE_CUES.items():
    FAMILIES[_name]["cues"] = list(FAMILIES[_name]["cues"]) + _cues
MASKS += _H.MASKS

# Dangers now, told in words the lists above did not foresee: vocab_dangers.py.
from . import vocab_dangers as _DG  # noqa: E402

for _name, _cues in _DG.MORE_CUES.items():
    FAMILIES[_name]["cues"] = list(FAMILIES[_name]["cues"]) + _cues
FAMILIES.update({_k: dict(_v) for _k, _v in _DG.DANGER_FAMILIES.items()})
DIRECTIONAL_BEFORE_CAME = _DG.DIRECTIONAL_BEFORE_CAME
FIXED_QUESTION_AFTER += _DG.FIXED_QUESTION_AFTER
CONSEQUENCE += _DG.CONSEQUENCE
CONSEQUENCE_AFTER_IF += _DG.CONSEQUENCE_AFTER_IF
FIXED += _DG.FIXED
HYPOTHETICAL += _DG.HYPOTHETICAL
NOT_REQUEST += _DG.NOT_REQUEST
MASKS += _DG.MASKS
# "腿脚不好的", "方便的话 好的话": no acknowledgement inside
MASKS += ["不好的", "不太好的", "好的话"]

# Things piled in a stairwell, however the pile is told: vocab_clutter.py.
from . import vocab_clutter as _CL  # noqa: E402

FAMILIES["garbage"]["cues"] = list(FAMILIES["garbage"]["cues"]) + _CL.GARBAGE_MORE
FAMILIES["fire_lane"]["cues"] = list(FAMILIES["fire_lane"]["cues"]) + _CL.FIRE_LANE_MORE

# A lift named by its number or side (1号梯, 东梯): vocab_lifts.py.
from . import vocab_lifts as _LF  # noqa: E402

for _name, _cues in _LF.MORE_CUES.items():
    FAMILIES[_name]["cues"] = list(FAMILIES[_name]["cues"]) + _cues
MASKS += _LF.MASKS

# Things thrown down from the flats above: vocab_throwing.py.
from . import vocab_throwing as _TH  # noqa: E402

FAMILIES.update({_k: dict(_v) for _k, _v in _TH.THROWING_FAMILIES.items()})
MASKS += _TH.MASKS

# An e-bike charged indoors, told by the lobby, the lift landing or the cord: vocab_charging.py.
from . import vocab_charging as _CH  # noqa: E402

FAMILIES["ebike_charging"]["cues"] = list(FAMILIES["ebike_charging"]["cues"]) + _CH.MORE_CUES
MASKS += _CH.MASKS

# A fraud under way, money about to be handed over: vocab_fraud.py.
from . import vocab_fraud as _FR  # noqa: E402

FAMILIES.update({_k: dict(_v) for _k, _v in _FR.FRAUD_FAMILIES.items()})
MASKS += _FR.MASKS

# Names of things that hold a danger word (电线杆, 排烟管, a smoke alarm as a device): vocab_named_things.py.
from . import vocab_named_things as _NT  # noqa: E402

for _name, _cues in _NT.MORE_CUES.items():
    FAMILIES[_name]["cues"] = list(FAMILIES[_name]["cues"]) + _cues
MASKS += _NT.MASKS

# The tap gives not a drop (一滴水都没有, 龙头一滴都不出): vocab_dry_tap.py.
from . import vocab_dry_tap as _DT  # noqa: E402

FAMILIES["no_water"]["cues"] = list(FAMILIES["no_water"]["cues"]) + _DT.MORE_CUES["no_water"]
MASKS += _DT.MASKS

# Chatter beside a problem (adverts), weather moans, an outage's end, replacements asked about, bills not
# credited: vocab_chatter.py (its patterns are read by chatter.py).
from . import vocab_chatter as _CT  # noqa: E402

NOT_REQUEST += _CT.ADVERT
HYPOTHETICAL += _CT.HYPOTHETICAL
FIXED += _CT.FIXED
QUESTION_OFFICE += _CT.QUESTION_OFFICE
FAMILIES.update({_k: dict(_v) for _k, _v in _CT.BILL_FAMILY.items()})
FAMILIES["greenery"]["cues"] = list(FAMILIES["greenery"]["cues"]) + _CT.GREENERY_MORE
MASKS += _CT.MASKS

# Everyday words for known problems the lists missed (还没有气, 灯又黑了, 路由器灯一直红): vocab_everyday.py.
from . import vocab_everyday as _EV  # noqa: E402

for _name, _cues in _EV.MORE_CUES.items():
    FAMILIES[_name]["cues"] = list(FAMILIES[_name]["cues"]) + _cues
MASKS += _EV.MASKS

# An ice storm in a southern town: icy slopes and steps, grit and mats asked for, pest poison asked for,
# the storm named 冰冻, the power back (来电后): vocab_winter.py.
from . import vocab_winter as _WI  # noqa: E402

FAMILIES.update({_k: dict(_v) for _k, _v in _WI.ICY_FAMILY.items()})
for _name, _cues in _WI.MORE_CUES.items():
    FAMILIES[_name]["cues"] = list(FAMILIES[_name]["cues"]) + _cues
MASKS += _WI.MASKS

# Harm to a person told by what happened to them (poisoning, a fall into a shaft, a purple face, speech gone,
# a relative fallen, a cry for help heard): vocab_harm.py.
from . import vocab_harm as _HM  # noqa: E402

FAMILIES.update({_k: dict(_v) for _k, _v in _HM.HARM_FAMILIES.items()})

for _name, _cues in _HM.MORE_CUES.items():
    FAMILIES[_name]["cues"] = list(FAMILIES[_name]["cues"]) + _cues
MASKS += _HM.MASKS

# A supply that works in part (a radiator warm at the top, cold below): vocab_partial.py.
from . import vocab_partial as _PT  # noqa: E402

FAMILIES.update({_k: dict(_v) for _k, _v in _PT.PARTIAL_FAMILIES.items()})
MASKS += _PT.MASKS

# Fires and smoke told in plain words (垃圾箱着了, 烟往楼道里灌, 谁拿个灭火器), stoves that leak, sheets about to
# be carried off by the wind, and words that only look red (鞋都拔不出来, 血水): vocab_fire_told.py.
from . import vocab_fire_told as _FT  # noqa: E402

for _name, _cues in _FT.MORE_CUES.items():
    FAMILIES[_name]["cues"] = list(FAMILIES[_name]["cues"]) + _cues
CONSEQUENCE += _FT.CONSEQUENCE
MASKS += _FT.MASKS

# Same-day needs and growing hazards in new words (an old person not eating, mud
# oozing at a wall's foot, a leak from upstairs, a stolen shaft cover): vocab_orange_told.py.
from . import vocab_orange_told as _OT  # noqa: E402

for _name, _cues in _OT.MORE_CUES.items():
    FAMILIES[_name]["cues"] = list(FAMILIES[_name]["cues"]) + _cues

# Orange hazards and planned outages asked about, in the words of new regions (round 21): vocab_colour_styles.py.
from . import vocab_colour_styles as _CS  # noqa: E402

for _name, _cues in _CS.MORE_CUES.items():
    FAMILIES[_name]["cues"] = list(FAMILIES[_name]["cues"]) + _cues
FUTURE += _CS.FUTURE_MORE

from . import vocab_talk_styles as _TS  # noqa: E402

HYPOTHETICAL += _TS.HYPOTHETICAL
FIXED += _TS.FIXED
FAMILIES["heating_cold"]["cues"] = list(FAMILIES["heating_cold"]["cues"]) + _TS.STILL_COLD
REPLY += [w for w in _TS.REPLY if w not in REPLY]
FAMILIES["gas_leak"]["cues"] = list(FAMILIES["gas_leak"]["cues"]) + _TS.GAS_SMELL
