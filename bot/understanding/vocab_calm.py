"""Words for the calm readings of calm.py: a routine need of a vulnerable person, water with nothing
electrical and nobody in it. Pure data."""
from __future__ import annotations

# fmt: off
# A routine or regular need asked for a vulnerable person: registered, visited now and then, looked in on
# when there is time, a battery changed.
CALM_NEEDS: tuple[str, ...] = ("登记", "有空", "有时间", "多去看看", "常去看看", "多去看", "多照看", "多关照", "多照应",
                               "经常去", "时不时", "隔三差五", "换个电池", "换电池", "买菜", "送药", "拿药", "开药")
# Any sign that the person is in danger now: out of touch or not seen, taken ill or fallen, a hazard at home,
# a cry or an alarm. Any one of them keeps the model's danger reading.
DANGER_SIGNS: tuple[str, ...] = (
    # out of touch, not seen
    "没人接", "没接", "不接", "不回", "没回", "联系不上", "联系不到", "打不通", "关机", "没人应", "没应", "不应", "莫人应",
    "冇人应", "莫得人应", "没人开", "没开门", "没动静", "冇动静", "木动静", "没反应", "冇反应", "莫反应", "没见", "冇见",
    "没看到", "冇看到", "没看见", "不见", "找不到", "找不着", "寻不到", "搵唔到", "没回来", "没到家", "没下楼", "没出门",
    "没露面", "敲门", "叫不醒", "叫不应", "喊不应",
    # the welfare signs of someone alone: deliveries left at the door, a phone always busy, no sound, no light
    "没人拿", "也没拿", "都没拿", "没人取", "没取走", "没拿进去", "占线", "没声音", "没有声音", "没声响", "没开灯",
    "没亮灯", "灯没开", "灯没亮", "灯都没亮",
    # a chest or breath complaint
    "胸闷", "心口", "胸口", "闷得慌", "憋得慌", "上不来气", "透不过气",
    # taken ill or hurt now
    "喘", "晕", "昏", "倒", "摔", "跌", "跶", "血", "疼", "痛", "紫", "吐", "抽搐", "发烧", "烧到", "不舒服", "难受",
    "不行了", "不对劲", "出事", "危险", "救", "120", "110", "急", "哭", "哼", "喊", "叫唤", "糊涂", "迷糊", "说不出",
    "动不了", "起不来", "中毒", "没气", "没呼吸", "想不开", "不想活",
    # a hazard at home
    "火", "烟", "煤气", "燃气", "液化气", "气味", "漏电", "电线", "淹", "困", "卡在", "关在", "出不来", "走丢", "走失")
# A person told in trouble now beside an ordinary problem ("灯坏了 有个老头倒在台阶上 叫不答应"): lying still,
# not answering, crying for help, a home broken into. The model's danger reading counts at the plain threshold.
PERSON_IN_TROUBLE: tuple[str, ...] = (
    "一动不动", "动也不动", "不动了", "躺着", "躺在", "趴着", "倒在", "倒地", "叫不应", "喊不应", "也不应", "不答应", "没反应",
    "叫不醒", "喊不醒", "救命", "呼救", "被撬", "撬门", "撬锁", "入室")
# Water coming into a space ...
# A burning smell or smoke already stopped at its source (the plug pulled, the switch off, the smoke gone):
# what is left is the burnt fitting to check (orange), nothing burning now.
PUT_OUT: tuple[str, ...] = ("烟没了", "不冒烟了", "没烟了", "烟散了", "火灭了", "火扑灭了", "扑灭了")
# (a plug pulled or a switch off says what was done, not that the burning stopped: 插头拔了 但是还有火)
# ... unless it is burning again, sparking, or someone is hurt or shut in.
STILL_BURNING: tuple[str, ...] = ("还在冒", "又冒", "还冒", "还在烧", "又着", "又烧", "火花", "火星", "冒火", "明火", "晕",
                                  "倒", "救", "困", "伤", "120", "119", "煤气", "燃气", "还有火", "还在着", "滋滋", "噼啪",
                                  "焦", "越来越", "烟还", "全是烟", "复燃", "咳", "喘", "没下来", "还有人")
WATER_IN: tuple[str, ...] = ("进水", "往里灌", "灌进", "漫进", "倒灌", "积水", "淹了", "水淹", "泡水", "漫过",
                             # water running to a door or into a home (淌到门口, 从门缝底下进来, 顺着墙流到屋里)
                             # (a door's crack or 流进 alone is no water: gas and smoke come through it too)
                             "淌到", "漫到", "淌进", "水流进", "门缝进水", "门缝渗水", "门缝往里渗", "门缝底下都进",
                             "顺着墙")
# water poured into a home (家里灌), read as water only with water named and none of POURED_NOT_WATER: smoke and
# gas pour into a home in the same words
HOME_POURED: tuple[str, ...] = ("家里灌", "屋里灌", "屋头灌", "屋里头灌", "房里灌", "房间里灌", "往家灌", "往屋灌", "窑里灌")
POURED_NOT_WATER: tuple[str, ...] = ("烟", "气", "味", "灰", "沙", "风")
# ... near something electrical ...
ELECTRICS: tuple[str, ...] = ("电", "灯", "闸", "插座", "开关", "配电", "线路", "电缆")
# ... or with somebody in it.
SOMEONE_IN_WATER: tuple[str, ...] = ("有人", "人在", "个人", "老", "孩", "娃", "他", "她", "谁", "车里", "出不来")
# fmt: on

# fmt: off
# A person only grazed or cut by a thing at fault (手被划破了, 膝盖磕破了皮), told as done: the fault's risk
# stated (orange), no person down now (fall_readings.grazed_only), unless something worse is told.
GRAZES: tuple[str, ...] = ("破了皮", "破点皮", "擦破", "蹭破", "划破", "划伤", "割破", "磕青", "擦伤", "蹭伤",
                           "膝盖磕破", "膝盖都磕破", "手磕破")
# Signs a fallen person is worse off than the fall's word tells: not answering or not knowing people, the
# chest, crying or silent, pale lips, vomiting, still lying or sitting on the ground (red_readings reads a
# fall set aside, or only grazed, as harmless only with none of these).
FALLEN_WORSE: tuple[str, ...] = ("不答应", "叫不应", "喊不应", "也不应", "没人应", "不吭声", "不说话", "说不出话", "糊涂",
                                 "迷糊", "认不出", "胸口", "胸闷", "心慌", "哭", "不动", "躺着", "躺在地", "坐在地",
                                 "地上坐", "地上躺", "还在地上", "嘴唇", "脸色", "发白", "发紫", "吐了", "呕", "抽搐", "发抖",
                                 "一直抖", "想睡")
GRAZE_WORSE: tuple[str, ...] = ("流血", "出血", "血", "头", "起不来", "站不起", "动不了", "骨折", "断", "晕", "昏", "120",
                                "救护车", "救命", "快来人", "没反应", "叫不醒", "医院", "疼得", "肿") + FALLEN_WORSE
# fmt: on
