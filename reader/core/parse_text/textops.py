"""String operations whose memory stays near the size of the text, however many places they change.

`re.sub` keeps a piece for every match until it joins them: on a text with a match every few characters
(hostile input) that is many times the text. These do the same work in bounded pieces.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_SPACE = re.compile(r"\s")
CHUNK = 1 << 16


def collapse_spaces(text: str) -> str:
    """`re.sub(r"\\s+", " ", text).strip()`: runs of whitespace as one space (split into words a piece of the
    text at a time, so that the words of a long text are never all held at once)."""
    out: list[str] = []
    start = 0
    while start < len(text):
        m = _SPACE.search(text, start + CHUNK) if start + CHUNK < len(text) else None
        end = m.start() if m else len(text)
        words = " ".join(text[start:end].split())
        if words:
            out.append(words)
        start = end
    return " ".join(out)


def single_spaces(text: str) -> str:
    """`re.sub("  +", " ", text)`: runs of spaces as one."""
    while "  " in text:
        text = text.replace("  ", " ")
    return text


def chunked_sub(
    pattern: re.Pattern[str], repl: str | Callable[[re.Match[str]], str], text: str, cut: re.Pattern[str]
) -> str:
    """`pattern.sub(repl, text)`, done on pieces of about CHUNK characters. `cut` finds (zero-width) a place
    where the text may be cut: no match of `pattern`, nor what it looks at around it, crosses that place."""
    if len(text) <= CHUNK:
        return pattern.sub(repl, text)
    out: list[str] = []
    start = 0
    while start < len(text):
        m = cut.search(text, start + CHUNK) if start + CHUNK < len(text) else None
        end = m.start() if m else len(text)
        out.append(pattern.sub(repl, text[start:end]))
        start = end
    return "".join(out)
