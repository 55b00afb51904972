"""Folding text for matching: "Gabriëls" and "gabriels", "GroenLinks–PvdA" and "groenlinks-pvda" are equal."""

from __future__ import annotations

import re
import unicodedata


def fold(text: str) -> str:
    """Lower case, accents removed, every run of non-alphanumerics one space, trimmed."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", " ", plain.casefold()).strip()


def fold_key(text: str) -> str:
    """`fold` without spaces: a key that ignores spacing and punctuation ("Van  Dijk" = "vandijk")."""
    return fold(text).replace(" ", "")
