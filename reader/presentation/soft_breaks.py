"""Break opportunities for the screen, so that a narrow column wraps at word boundaries only and nothing is
ever wider than its column.

The reading pane wraps at word boundaries only (a word is never broken to fill a line). What a word boundary
cannot wrap is a token longer than a column: a web address or a file name, and the rare compound of more than
thirty letters. `soft_breaks(text)` gives those (and only those) places to break:

- in a token of `LONG` characters or more that is not a word (it holds a "/", "%", "_", "=", "&", "?", a
  digit, or a "." before a letter): a zero-width space after each of "/ - _ . % = & ?", and every `CHUNK`
  characters of a run without any, so an address breaks at its slashes and hyphens first;
- in a word of letters longer than `LONG_WORD`: a soft hyphen (shown as "-" only when the line breaks there)
  every `CHUNK` letters.

Ordinary words and sentences are returned unchanged. The characters added are invisible; `strip_soft_breaks`
removes them again (the reading pane does so for what is copied). Linear: one pass, bounded patterns.
"""

from __future__ import annotations

import re

ZWSP = "\u200b"
SHY = "\u00ad"
LONG = 24  # a token this long that is not a word gets break opportunities
LONG_WORD = 30  # a word of letters this long gets soft hyphens
CHUNK = 12  # at most this many characters between two break opportunities in a long token

_TOKEN = re.compile(r"\S{" + str(LONG) + ",}")
_AFTER = re.compile(r"([/\-_.%=&?])(?=\S)")
_NOT_WORD = re.compile(r"[/%_=&?\d]|\.(?=[^\W\d_])")
_LONG_LETTERS = re.compile(r"[^\W\d_]{" + str(LONG_WORD + 1) + ",}")
_PLAIN_RUN = re.compile(r"[^/\-_.%=&?\u200b]{" + str(CHUNK + 1) + ",}")


def _chunks(run: str, mark: str) -> str:
    return mark.join(run[i : i + CHUNK] for i in range(0, len(run), CHUNK))


def _token(m: re.Match[str]) -> str:
    token = m.group(0)
    if _NOT_WORD.search(token):
        token = _AFTER.sub(lambda a: a.group(1) + ZWSP, token)
        return _PLAIN_RUN.sub(lambda r: _chunks(r.group(0), ZWSP), token)
    return _LONG_LETTERS.sub(lambda w: _chunks(w.group(0), SHY), token)


def soft_breaks(text: str) -> str:
    """`text` with break opportunities in its overlong tokens (see the module docstring)."""
    if len(text) < LONG:
        return text
    return _TOKEN.sub(_token, text)


def strip_soft_breaks(text: str) -> str:
    return text.replace(ZWSP, "").replace(SHY, "")
