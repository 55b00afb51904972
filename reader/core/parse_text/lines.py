"""The text as lines, what each line is, and the marker sentinels the passes write into the lines.

`Lines` keeps one entry per line in each of its columns (text, page, kind) rather than an object per line,
and a line's text as a span of the cleaned text: a text of short lines costs a few dozen bytes a line, and a
pass reads `lines.kind[i]`, `lines.text[i]`.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Iterator
from enum import Enum

# A marker a pass is sure of ("[1 ]" in Markdown, " 1)" in Word, or placed by the marker pass) is written
# into the line as M_OPEN n M_CLOSE (private-use characters: the cleaning pass removes any from the input).
M_OPEN, M_CLOSE = "\ue000", "\ue001"
PAGE = "\f"
SENTINEL = re.compile(re.escape(M_OPEN) + r"(\d+)" + re.escape(M_CLOSE))

# Page furniture, notes and body text are told apart line by line; these say where a cancellable loop looks
# at the cancel token (every CHECK_EVERY + 1 lines).
CHECK_EVERY = 4095


def sentinel(number: int) -> str:
    """The sentinel of note `number`'s marker."""
    return f"{M_OPEN}{number}{M_CLOSE}"


def strip_sentinels(text: str) -> str:
    """`text` without its marker sentinels (digits included)."""
    return SENTINEL.sub("", text) if M_OPEN in text else text


def only_sentinels(text: str) -> bool:
    """Is a (stripped) line nothing but markers and the punctuation after them ("⟨2⟩⟨3⟩.")?"""
    return bool(text) and not strip_sentinels(text).strip(" .,;:»”’)?!")


class LineKind(Enum):
    """What a line is. Lines start as BODY or BLANK; the passes narrow them down."""

    BODY = "body"  # text of the header, a question, an answer or a notice
    BLANK = "blank"  # an empty line of the source: a paragraph break
    HEADING = "heading"  # "Vraag 1", "Antwoord 2 en 3", "Antwoord op vraag 5", a bare "Antwoord"
    MEDEDELING_HEAD = "mededeling_head"  # "Mededeling": a notice's text follows
    NOTE = "note"  # a footnote's line; the first line of each note has its number in `Lines.note`
    JUNK = "junk"  # page furniture (ids, ISSN, masthead), or a blank line that is layout, not a paragraph break
    HEADER = "header"  # "Vragen van … (ingezonden …)", "Antwoord van … (ontvangen …)"


HEADINGS = (LineKind.HEADING, LineKind.MEDEDELING_HEAD)


class Texts:
    """The texts of the lines, read like a list of strings: each a span of one string (the cleaned text), so a
    line costs a few bytes however short it is; a text a pass rewrites is kept apart."""

    __slots__ = ("_base", "_end", "_over", "_start")

    def __init__(self, base: str = "") -> None:
        self._base = base
        self._start = array("i")
        self._end = array("i")
        self._over: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self._start)

    def __getitem__(self, i: int) -> str:
        if i < 0:
            i += len(self._start)
        if self._over:
            text = self._over.get(i)
            if text is not None:
                return text
        return self._base[self._start[i] : self._end[i]]

    def __setitem__(self, i: int, text: str) -> None:
        self._over[i + len(self._start) if i < 0 else i] = text

    def __iter__(self) -> Iterator[str]:
        for i in range(len(self._start)):
            yield self[i]

    def append_span(self, start: int, end: int) -> None:
        self._start.append(start)
        self._end.append(end)

    def append(self, text: str) -> None:
        self.append_span(0, 0)
        if text:
            self._over[len(self._start) - 1] = text

    def copy(self, other: Texts, i: int) -> None:
        """Append line i of `other` (made from the same text)."""
        self.append_span(other._start[i], other._end[i])
        if other._over:
            text = other._over.get(i)
            if text is not None:
                self._over[len(self._start) - 1] = text


class Lines:
    """The lines of a text, column by column: `text[i]`, `page[i]` (1-based) and `kind[i]` of line i;
    `note[i]` the number of the note that starts on line i; `embedded[i]` later notes printed on the same
    line as (offset, number)."""

    __slots__ = ("embedded", "kind", "note", "page", "text")

    def __init__(self, base: str = "") -> None:
        self.text = Texts(base)
        self.page = array("i")
        self.kind: list[LineKind] = []
        self.note: dict[int, int] = {}
        self.embedded: dict[int, list[tuple[int, int]]] = {}

    @classmethod
    def of(cls, texts: Iterable[str], page: int = 1) -> Lines:
        """Lines on one page, BODY or BLANK by their text (for building inputs by hand)."""
        lines = cls()
        for t in texts:
            lines.append(t, page, LineKind.BODY if t.strip() else LineKind.BLANK)
        return lines

    def append(self, text: str, page: int, kind: LineKind = LineKind.BODY) -> None:
        self.text.append(text)
        self.page.append(page)
        self.kind.append(kind)

    def append_span(self, start: int, end: int, page: int, kind: LineKind = LineKind.BODY) -> None:
        """Append the line that is characters start:end of the text the lines are made from."""
        self.text.append_span(start, end)
        self.page.append(page)
        self.kind.append(kind)

    def copy(self, other: Lines, i: int, kind: LineKind | None = None) -> None:
        """Append line i of `other` (made from the same text), with its kind or `kind`."""
        self.text.copy(other.text, i)
        self.page.append(other.page[i])
        self.kind.append(other.kind[i] if kind is None else kind)

    def like(self) -> Lines:
        """New empty lines over the same text."""
        return Lines(self.text._base)

    def __len__(self) -> int:
        return len(self.kind)

    def first(self, *kinds: LineKind) -> int | None:
        """The index of the first line of one of `kinds`."""
        return next((i for i, k in enumerate(self.kind) if k in kinds), None)

    def texts(self, kind: LineKind) -> list[str]:
        """The texts of the lines of `kind`, in order."""
        return [self.text[i] for i, k in enumerate(self.kind) if k is kind]
