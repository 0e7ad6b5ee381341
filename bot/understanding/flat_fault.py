"""One flat's own supply fault, not the building's outage: "我家跳闸了 别人家都有电", "我家水表坏了 别家都有水".

A building's water or power is out and one more household writes: usually one more report of the outage
(still_same.same_spot). But a household that says the others have supply (别人家都有, 就我家, 只有我家), or names
its own trip switch or meter (跳闸, 空开, 电闸, 水表坏), has a fault of its own flat: an electrician's or a
plumber's job, not the outage once more. A trip switch told with "here too" ("我家也是，电闸跳了", "我家也停电了 是不是
跳闸了") is the outage still, and so is "还以为就我家" (only thought so).

Pure functions over normalised text.
"""
from __future__ import annotations

import re

# The others have supply, only this flat does not.
# (not asked: "别人家都有水吗", "是就我家吗")
_ONLY_MINE = re.compile(r"(?:(?:别人家|别家|邻居家?|隔壁家?|其他人家|其他家|楼上楼下)都有|就我家|只有我家|单单我家|光我家)"
                        r"(?![^\s,.!?;:，。！？；：]{0,4}(?:吗|嘛|么|没有|不|\?|？))")
# One flat's own switch or meter (a trip switch is one flat's, not the building's power).
ONE_FLAT: tuple[str, ...] = ("跳闸", "推不上", "空开", "电闸")
_OWN_METER: tuple[str, ...] = ("水表坏", "电表坏", "表坏了")
# Only thought or guessed so: "还以为就我家", "是不是跳闸了".
_THOUGHT = ("以为", "当是", "是不是", "会不会", "是否", "难道")


def flat_fault(text: str) -> str | None:
    """The words by which `text` tells its own flat's supply fault (module doc), else None."""
    if (m := _ONLY_MINE.search(text)) is not None and not _thought(text, m.start()):
        return m.group(0)
    if (w := next((w for w in _OWN_METER if w in text), None)) is not None:
        return w
    if "也" in text:
        return None
    return next((w for w in ONE_FLAT if (i := text.find(w)) >= 0 and not _thought(text, i)), None)


def _thought(text: str, at: int) -> bool:
    """The words at `at` are only thought or guessed ("还以为就我家", "是不是跳闸了")."""
    return any(w in text[max(0, at - 4):at] for w in _THOUGHT)
