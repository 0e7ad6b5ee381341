"""A red danger told as past (round 24): a fire of an earlier occasion (去年, 上次, 之前 at a clause head) told as
the reason for an ask, and a graze from a fall on a past day told in the clause after the fall ("昨晚绊了一跤
膝盖都磕破了"). Both are over, the risk they show stays (red.py reads them as feared); anything told worse since
that day (heavy or ongoing bleeding, fainting, a break, lying there) or said to be so now is not."""
from __future__ import annotations

from collections.abc import Sequence

from .scan import SEPARATORS, Scan, clause_bounds
from .vocab_calm import GRAZE_WORSE, GRAZES
from .vocab_past import FALL_TOLD, LONG_AGO, LONG_AGO_AT_HEAD


def fire_long_ago(scan: Scan, t: str, start: int, now: Sequence[str]) -> str | None:
    """An earlier occasion (去年, 上次) before a fire in its clause, and nothing said to be so now."""
    if any(n in t for n in now):
        return None
    c = scan.clause(start)
    for w in LONG_AGO:
        i = t.rfind(w, 0, start)
        if i < 0 or scan.clause(i) != c:
            continue
        if w in LONG_AGO_AT_HEAD and i > 0 and t[i - 1] not in SEPARATORS and scan.clause(i - 1) == c:
            continue
        return w
    return None


# The hurt a past fall left that is over: a graze or a cut (磕破, 擦破流血了), even on the head; not heavy or
# ongoing bleeding, fainting, a break, lying there (GRAZE_WORSE less the head and a graze's blood).
_PAST_GRAZES = GRAZES + ("磕破",)
_PAST_GRAZE_WORSE = tuple(w for w in GRAZE_WORSE if w not in ("头", "血", "流血", "出血")) + (
    "好多血", "很多血", "一地血", "全是血", "都是血", "满脸血", "一直", "还在", "止不住", "不停", "现在")


def hurt_in_a_past_fall(scan: Scan, t: str, start: int) -> str | None:
    """A past day and then a fall told in an earlier clause of the same sentence, the hurt named after it only a
    graze (膝盖磕破了, nothing worse told): the hurt came from that fall (over), not someone down
    now. Bleeding, fainting, a break or lying there told after a past fall may be so now: that stays red."""
    after = t[clause_bounds(t, start)[0]:]
    if not any(w in after for w in _PAST_GRAZES):   # the hurt's clause tells a graze
        return None
    stop = max((i for i in range(start) if t[i] in "。！!？?；;\n"), default=-1)
    for s, e, w in scan.kinds.get("past_day", ()):
        if stop < s and e <= start and any(f in t[e:start] for f in FALL_TOLD) \
                and not any(x in t[s:] for x in _PAST_GRAZE_WORSE):   # told worse since that day
            return w
    return None
