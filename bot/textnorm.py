"""Small text normalisations shared by parsers that read what people type."""
from __future__ import annotations

_ASCII_DIGITS = str.maketrans("０１２３４５６７８９－", "0123456789-")


def ascii_digits(text: str) -> str:
    """Full-width digits (and the full-width hyphen of 5－2－301) as ASCII."""
    return text.translate(_ASCII_DIGITS)
