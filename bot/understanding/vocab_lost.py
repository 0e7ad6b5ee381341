"""Lost and misdelivered property told among neighbours ("who took my parcel by mistake", "a
parcel for 601 came to my door, I left it downstairs", "found a key"): a notice to an owner,
not a request for the office. The words are also chatter cues (vocab_data.NOT_REQUEST); when
the rules find no problem beside them, the statistical model may not overrule them either.

Pure data; a community extends the list under `understanding:` in config.yaml (`lost_property`)."""
from __future__ import annotations

# fmt: off
LOST_PROPERTY: list[str] = [
    "捡到", "失物招领", "拿错快递", "谁拿错", "错拿", "拿错了我", "拿错我", "有谁拿错", "快递被拿错",
    "放错", "快递放错", "我放楼下",
    # Cantonese: picked up, who dropped, left with me
    "执到", "边个跌咗", "边个唔见咗", "放咗喺我度", "放喺我度",
    # a neighbour left the item with the gate keeper
    "放门卫了", "放在门卫", "放到门卫", "先放门卫", "交给门卫了",
    # whose thing blew down or was found, its owner asked to come for it ("谁家的拖把掉院里了 来领一下")
    "谁家+来领", "谁家+来拿", "谁的+来领", "来认领",
]
# a found item told with where it was put for its owner ("谁丢了一只快递 ... 放在门口了"); the item named keeps
# a dumped bag of rubbish ("谁丢了垃圾放在楼道") a complaint
LOST_PROPERTY += [f"{who}+{item}+{put}" for who in ("谁丢了", "谁掉了") for put in ("放在", "放到", "搁在")
                  for item in ("快递", "包裹", "钥匙", "钱包", "手机", "门禁卡", "饭卡", "雨伞")]
# fmt: on

# A pet lost or found ("我家猫不见了 ... 谁看到说一声", "丢了只橘猫在我家门口"): a notice among neighbours,
# unless it asks the office (the classifier lets an ask to the office through). Extend with `lost_pet`.
# fmt: off
LOST_PET: list[str] = [
    "猫丢了", "狗丢了", "猫不见了", "狗不见了", "猫跑丢", "狗跑丢", "猫走丢", "狗走丢", "丢了一只", "丢了只",
    "猫跑出去", "狗跑出去", "猫唔见咗", "狗唔见咗",
    # someone's pet found loose, its owner sought ("谁家的橘猫跑我家阳台上了", "谁家狗跑出来了 在楼梯间蹲着")
    "谁家+猫+跑", "谁家+狗+跑", "谁家+泰迪+跑",
]
# fmt: on

# A pet told gone in the words of a missing person ("只白猫走失了", "狗狗失踪两天"): a lost pet, never the
# red missing-person cue; these are also masks over 走失 / 失踪 (vocab_data.MASKS).
_PET_NAMES = ("猫", "猫咪", "狗", "狗狗", "泰迪", "鹦鹉", "兔子", "八哥")
PET_GONE: list[str] = [f"{p}{g}" for p in _PET_NAMES for g in ("走失", "失踪")]
LOST_PET += PET_GONE

# ...unless the pet makes trouble as well: mess, bites, noise ("谁家的狗跑到电梯里尿了一大滩") is a complaint
PET_TROUBLE: tuple[str, ...] = ("尿", "屎", "拉了", "咬", "叫唤", "乱叫", "狂叫", "狂吠", "吵", "抓伤", "扑人", "扑倒", "吓到",
                                "追", "冲人", "呲牙", "龇牙", "没拴", "不敢出门", "大狗", "烈性犬")

# Someone lost since a recent day and not told back ("我家老人昨天走失了 有没有人看到") is still missing: the absence
# began then and goes on. Only an earlier episode (上次出门找不到家) or one told as had (走丢过) is over; a bare 走失
# names no person (a pet lost last night stays over) (red.py).
STILL_LOST_SINCE = ("昨天", "昨晚", "前天", "前两天", "前几天", "前两日", "前几日", "前些天")
