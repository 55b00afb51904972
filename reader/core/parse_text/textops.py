"""String operations whose memory stays near the size of the text, however many places they change.

`re.sub` keeps a piece for every match until it joins them: on a text with a match every few characters
(hostile input) that is many times the text. These do the same work in bounded pieces.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# the characters `\s` matches (str.isspace), each made a plain space by `collapse_spaces`
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_TO_SPACE = str.maketrans(dict.fromkeys(WHITESPACE, " "))
CHUNK = 1 << 16


def collapse_spaces(text: str) -> str:
    """`re.sub(r"\\s+", " ", text).strip()`: runs of whitespace as one space."""
    text = text.translate(_TO_SPACE)
    return single_spaces(text).strip(" ")


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
