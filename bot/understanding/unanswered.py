"""A phone nobody answers, with nobody named who could be in danger behind it.

"物业电话打了一上午都打不通": the office or a service cannot be reached, a service complaint (yellow),
not a person in danger. The model reads "no answer" as the welfare danger of an old person out of
touch (GUIDELINES red: "an elderly person living alone not answering"); that danger always names the
person (my mother, the old man upstairs, she, a neighbour), so with nobody named the model's red is
not taken. Word lists: vocab_unanswered.py.
"""
from __future__ import annotations

from .vocab_unanswered import ASKS_INSTEAD, DANGER_SIGNS, NO_ANSWER, SOMEONE
from .vocab_vulnerable import VULNERABLE
from .vocabulary import Vocabulary


def nobody_behind_the_phone(text: str, vocab: Vocabulary) -> str | None:
    """The no-answer words, when the text names no person who might be in danger behind them, nor a lift alarm
    unanswered or someone shut in (DANGER_SIGNS)."""
    unanswered = next((w for w in NO_ANSWER if w in text), None)
    if unanswered is None:
        return None
    if vocab.first_in("people", text) or any(w in text for w in SOMEONE + DANGER_SIGNS + tuple(VULNERABLE)):
        return None
    return unanswered


def phone_complaint(text: str, vocab: Vocabulary) -> str | None:
    """The no-answer words of a complaint about an unreachable office (nobody named behind them), unless the
    message asks a question of its own (ASKS_INSTEAD): then the phone only says why it is asked here."""
    unanswered = nobody_behind_the_phone(text, vocab)
    if unanswered is None or any(w in text for w in ASKS_INSTEAD):
        return None
    return unanswered
