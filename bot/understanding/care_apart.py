"""Someone vulnerable whom an open problem leaves in need: a care request of its own.

After "二单元整个停电了", a neighbour writes "我爸八十多了一个人住 屋里热得受不了 麻烦谁去看一下";
after "整栋楼停水", "独居的奶奶提不动水 谁能给她送两桶". The words read as the outage again, yet
the labelled conversations file each as a care ticket: the person is what must be dealt with, and
merging it would hide them from the responders behind the building's outage (GUIDELINES: a
vulnerable person needs help today).

`hands_for(text, vocab)` tells such a message: it names a particular vulnerable person
(vocab "vulnerable") and asks for someone to go to them or bring them something (vocab_topic
CARE_HANDS). `repeats.match_repeat` then links it only to a care ticket, or to an emergency or a
lift ticket (`keeps`). Pure functions.
"""
from __future__ import annotations

from .still_works import without
from .types import TicketView
from .vocab_topic import CARE_HANDS
from .vocabulary import Vocabulary


# "电梯又瘫痪了", "门禁系统瘫痪": a machine broken down, not a paralysed person
_MACHINE_DOWN = ("瘫痪了", "瘫了", "系统瘫痪", "全瘫")


def hands_for(text: str, vocab: Vocabulary) -> str | None:
    """The ask for hands ("去看一下", "给她送") when the message names a vulnerable person, else None."""
    text = without(text, _MACHINE_DOWN)
    if vocab.first_in("vulnerable", text) is None:
        return None
    return next((w for w in CARE_HANDS if w in text), None)


def keeps(t: TicketView) -> bool:
    """The open tickets such a message may still join: a care ticket, and an emergency or a lift
    ticket (someone trapped or stranded is the person the message is about)."""
    return t.category in ("care", "elevator") or t.color == "red"
