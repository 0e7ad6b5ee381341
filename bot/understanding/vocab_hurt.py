"""Words of a person hurt or nearly hurt by what fell, and of the people who could be below.

One home for what several readings ask: a near miss (差点 砸到人), a person struck or bleeding, and who
passes or stands under a thing (the young and the old first of all). Each use keeps its own named list
where its words differ, drawn from the shared bases below; every list is read word by word (`in`, `any`),
except `NEARLY`, an alternation in `bystander`'s pattern (its order kept).
"""
from __future__ import annotations

# fmt: off
# Something already falls and nearly hit a person: the near miss shows a present danger, not a fear.
NEAR_MISS = ("差点", "差一点", "险些")
# ...and a fall nearly taken (bystander: 差点儿 reaches one character further before the fall word)
NEARLY = (*NEAR_MISS, "差点儿")
# a person struck by what fell
STRUCK = ("砸到人", "砸着人", "砸伤")
# a person injured, bleeding
BLEEDING = ("受伤", "流血", "出血")
# A person hurt now (worsened: a new emergency of its own, never a repair's worsening).
HURT_WORDS = (*STRUCK, "砸晕", "砸到了", "被电", "电到", "头破", *BLEEDING, "倒在地", "晕倒", "昏迷", "不动了", "救护车",
              "120")

# the young and the old: every list of who may be below names them
YOUNG_AND_OLD = ("孩子", "小孩", "老人", "学生")
# ...and by the kin words a neighbour calls them
BY_KIN = ("小朋友", "大爷", "大妈", "阿姨", "奶奶", "爷爷", "老太")
# Someone under a near miss or a feared fall (red_falling): any person word (人), a head, a rider.
PASSER = ("人", "骑车", "头", *YOUNG_AND_OLD, *BY_KIN)
# Someone named going under it after all (red_readings_late.nobody_passes: 但是小孩爱在那玩, 早上人多): not bare
# 人 (找人拆了吧).
SOMEONE_GOES = ("有人", "人多", "行人", "路人", "娃", *YOUNG_AND_OLD, *BY_KIN, "老头", "骑车", "上学", "放学", "上班",
                "工人", "师傅", "快递", "外卖", "保安", "保洁", "干活", "取件", "停车")
# Anyone named under or near a tree's fruit, or hurt by it (red_readings_late.car_under_tree).
SOMEONE_UNDER = ("有人", "行人", "路人", "路过", "过路", "人走", "人过", "娃", *YOUNG_AND_OLD, "头上", "底下", "下面", "下头",
                 *NEAR_MISS, *STRUCK, *BLEEDING)
# fmt: on
