"""A wish, a suggestion or an ask told beside thanks or a laugh ("谢谢楼长 ... 能帮一把就太好了",
"希望能加个... 哈哈", "辛苦了，要我说...就好了"): the thanks or the laugh does not make it chatter.
The rules then leave the decision to the statistical model (as when they find no cue at all).

Pure data; a community extends the list under `understanding:` in config.yaml (`wish`)."""
from __future__ import annotations

# fmt: off
WISH: list[str] = [
    "希望能", "希望可以", "希望社区", "希望物业", "建议", "要我说", "许个愿", "麻烦你们", "帮一把", "能不能",
    "可不可以", "要是能", "能否", "最好能", "就好了", "帮帮忙", "帮个忙",
]
# fmt: on
