"""The numbers a line starts with or consists of: a note's number, a line of markers."""

from __future__ import annotations

from reader.core.parse_text.lines import strip_sentinels
from reader.core.parse_text.rules import MAX_NOTE, NOTE_START, ONLY_MARKERS


def note_number(line: str, expected: int | None = None) -> tuple[int, str] | None:
    """The number a line starts with and the rest, for "1 Trouw, …", "1Trouw, …", "1) NOS, …".

    With `expected` (inside a run of notes) a number glued to a text that itself starts with digits is
    split: pypdf prints note 6 "1823021 ENE …" as "61823021 ENE …"."""
    s = line.lstrip()
    if not s[:1].isdecimal():  # also a line starting with a sentinel (M_OPEN)
        return None
    m = NOTE_START.pattern.match(s)
    # "2024 …" is not note 2 followed by "024", but "11 3628105–…" is note 11 (a space between)
    if m and (not m.group(2)[:1].isdigit() or s[m.end(1) : m.end(1) + 1].isspace()):
        return int(m.group(1)), m.group(2)
    if expected is not None and expected <= MAX_NOTE:
        want = str(expected)
        if s.startswith(want) and s[len(want) : len(want) + 1].isdecimal():
            return expected, s[len(want) :]
    return None


def only_markers(text: str) -> bool:
    """Is the line nothing but marker numbers: "1", "1 2", "2, 3 en 4", "4.", "6».", "6 7,"?"""
    return ONLY_MARKERS.fullmatch(strip_sentinels(text)) is not None


def starts_with_digit(text: str) -> bool:
    """Can the line start a note (its first non-space character is a digit)?"""
    s = text.lstrip()
    return s[:1].isdecimal()
