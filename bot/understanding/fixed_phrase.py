"""An "already fixed" phrase of a scanned message: the first one that is not a question, a denial, someone's
doing, a home's part replaced while the thing is still broken, a new part that fails, or a fix told of others.

`valid_fixed` reads the "fixed" words of a `Scan` (and its "A+B" combos); the classifier takes the message as a
report that the problem is over when one is found.
"""
from __future__ import annotations

from . import vocab_data as D
from . import vocab_telling as _T
from . import vocab_faults as _F
from .clauses import SEPARATORS
from .not_over import asked_or_lamp, problem_after_job, replaced_not_mended
from .scan import Scan
from .vocabulary import Vocabulary


def _of_others(t: str, start: int) -> bool:
    """The clause ending at `start` opens with the others (别的楼都, 人家小区早就): a fix told of them."""
    clause_start = max((t.rfind(c, 0, start) for c in SEPARATORS), default=-1) + 1
    return t[clause_start:start].startswith(_F.OTHERS_FIXED)


def valid_fixed(scan: Scan, vocab: Vocabulary) -> tuple[str, int] | None:
    """The first 'already fixed' phrase that is not a question or a denial: (phrase, end)."""
    t = scan.text
    for s, e, w in scan.kinds.get("fixed", ()):
        after = t[e:e + 2]
        before = t[max(0, s - 3):s]
        if any(after.startswith(q) for q in D.FIXED_QUESTION_AFTER + list(D.FIXED_PARTIAL_AFTER)):
            continue
        if any(before.endswith(d) for d in D.FIXED_DENIAL_BEFORE):
            continue
        if w in D.FIXED_AT_CLAUSE_END and e < len(t) and t[e] not in SEPARATORS:
            continue
        if before.endswith(_T.FIXED_BY_SOMEONE) and w.startswith(_T.DESTROYING):
            continue
        if w in D.REPLACED and "把" in before:
            continue   # "业主把门锁换了": someone's doing, no mend
        if w in D.REPLACED and replaced_not_mended(t, s, e, vocab.words.get("object", ())):
            continue   # "我家灯泡换了 楼道的还是黑的": a home's part, or the thing still broken
        if w in D.JOB_DONE and problem_after_job(t, e, [(h.start, h.cue) for h in scan.hits]):
            continue   # "门禁换新的了 卡都刷不开": the new part is what fails
        if asked_or_lamp(t, s, w):
            continue
        if _of_others(t, s):
            continue   # "别的楼都来电了": someone else's supply back
        return w, e
    combo = scan.combo(vocab, "fixed")
    if combo and not any(p.startswith("来") and 0 < scan.atoms[p][0] and t[scan.atoms[p][0] - 1] in D.DIRECTIONAL_BEFORE_CAME
                         for p in combo.split("+")) \
            and not any(asked_or_lamp(t, scan.atoms[p][0], p) for p in combo.split("+")):
        return combo, max(scan.atoms[p][0] + len(p) for p in combo.split("+"))
    return None
