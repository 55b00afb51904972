"""Numbers that start a line or stand alone."""

from __future__ import annotations

import re

from reader.core.parse_text.lines import M_OPEN, _strip_sentinels

_NOTE_START = re.compile(r"^\s*(\d{1,3})(?:\s*\)|(?=\D)|$)\s*(.*)$")


def _note_number(line: str, expected: int | None = None) -> tuple[int, str] | None:
    """The number a line starts with and the rest, for "1 Trouw, …", "1Trouw, …", "1) NOS, …".

    With `expected` (inside a run of notes) a number glued to a text that itself starts with digits is
    split: pypdf prints note 6 "1823021 ENE …" as "61823021 ENE …"."""
    s = line.lstrip()
    if s.startswith(M_OPEN):
        return None
    m = _NOTE_START.match(s)
    # "2024 …" is not note 2 followed by "024", but "11 3628105–…" is note 11 (a space between)
    if m and (not m.group(2)[:1].isdigit() or s[m.end(1) : m.end(1) + 1].isspace()):
        return int(m.group(1)), m.group(2)
    if expected is not None:
        want = str(expected)
        m = re.match(r"(\d+)\s*(.*)$", s)
        if m and m.group(1).startswith(want) and len(m.group(1)) > len(want):
            return expected, s[len(want) :]
    return None


def _is_only_markers(text: str) -> bool:
    return bool(re.fullmatch(r"\s*\d{1,3}(?:\s*(?:,|en|&)?\s*\d{1,3})*\s*[.,;:»”’)?!]*\s*", _strip_sentinels(text)))
