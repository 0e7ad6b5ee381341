"""Words for a phone nobody answers and for the people who might be behind it (unanswered.py; pure data)."""
from __future__ import annotations

# fmt: off
NO_ANSWER: tuple[str, ...] = ("打不通", "没人接", "无人接听", "不接电话", "电话不接", "一直占线", "老是占线", "没人听")
# Someone who could be in danger when their phone is not answered (besides vocab_vulnerable / people at risk).
SOMEONE: tuple[str, ...] = ("他", "她", "邻居", "家里人", "家人", "老公", "老婆", "儿子", "女儿", "朋友", "同事", "室友",
                            "租客", "住户", "业主", "阿姨", "叔叔", "伯", "姐", "哥", "弟", "妹", "妈", "爸", "婆", "公",
                            "爷", "奶", "老", "一个人", "独")
# A lift's alarm bell or a call button unanswered, or someone shut in: a danger told, not an office out of reach.
DANGER_SIGNS: tuple[str, ...] = ("警铃", "报警铃", "报警按钮", "紧急按钮", "呼叫按钮", "应急按钮", "对讲", "救命", "被关", "被困",
                                 "关在", "困在", "卡在", "出不去", "出不来", "我被")
# fmt: on

# A question asked beside the unanswered phone ("物业电话打不通 想问下停车证怎么办"): the question is what the
# message asks (blue), the phone only why it is asked here.
ASKS_INSTEAD: tuple[str, ...] = ("想问", "请问", "问下", "问一下", "咨询", "在哪", "哪里", "哪儿", "怎么办理", "怎么交",
                                 "怎么申请", "如何", "几点", "什么时候", "啥时候", "多少钱")
