"""Footnotes: which lines are notes, page by page, and the notes they make.

A page's notes are the trailing run of the page that starts with the next expected number; where pdftotext
printed the numbers apart from their texts, the texts are given to the numbers; where a page break left no
trace (the seed's copy), a note is a line starting with the next number whose marker was already seen.
Every page is read in time linear in its lines: the marker candidates of its lines are read once, and a
trailing run tried from one start is not walked again from the next.
"""

from __future__ import annotations

import itertools
import re
from array import array

from reader.core import cancel
from reader.core.citations import find_references, find_urls
from reader.core.model import Footnote
from reader.core.parse_text.lines import CHECK_EVERY, HEADINGS, LineKind, Lines
from reader.core.parse_text.markers import candidates_of
from reader.core.parse_text.numbers import note_number, only_markers, starts_with_digit
from reader.core.parse_text.rules import (
    BARE_NOTE_NUMBER,
    EMBEDDED_NOTE,
    GLUED_NOTE,
    NOT_A_NOTE_START,
    NOTE_CITATION_CHARS,
)
from reader.core.parse_text.state import ParseState
from reader.core.parse_text.textops import collapse_spaces
from reader.core.text_tables import figure_row

_LINK_START = re.compile(r"(?:https?://|www\.)")
_DIGIT_AFTER_SPACE = re.compile(r"\d(?<=\s\d)")
_NONE: list[tuple[int, int]] = []  # no later notes on a line (shared, never changed)
# hyphenation inside a note's words is undone; links keep their hyphens (their text is read from the raw note)
_NOTE_HYPHEN = re.compile(r"(?<=[a-zà-ÿ])-[^\S\n]*+\n\s*+(?=[a-zà-ÿ])(?!\S*/)")
_LONG_NOTE_LINE = 95  # a line of prose is longer; the seed's notes mid-flow end before one


def looks_like_note_text(rest: str) -> bool:
    """A note starts like a citation or a sentence; a marker at a line start continues body text."""
    r = rest.strip()
    if not r or r[0] in ",.;:»”’)":
        return False
    return not NOT_A_NOTE_START.match(r)


def embedded_notes(text: str, n: int) -> list[tuple[int, int]]:
    """Later notes printed on the same line as an earlier one ("… standards 11 10 miljoen …"):
    (offset, number) for n, n+1, … where each stands after a space and before a capital, digit or link."""
    out: list[tuple[int, int]] = []
    if _DIGIT_AFTER_SPACE.search(text, 10) is None:
        return out  # no number after a space, past where a first note's number stands
    want = str(n)
    for m in EMBEDDED_NOTE.pattern.finditer(text):
        if m.group(1) != want:
            continue
        if m.start() < 10:
            break
        out.append((m.start(1), n))
        n += 1
        want = str(n)
    return out


def find_notes(state: ParseState) -> None:
    """Takes the lines from the body start on; gives footnote lines the kind NOTE, and the first line of each
    note its number (`Lines.note`; later notes on the same line in `Lines.embedded`), page by page, the
    numbers counting on from page to page."""
    lines = state.lines
    expected = 1
    i = state.body_start
    while i < len(lines):
        cancel.check()
        page = lines.page[i]
        idx = array("i")
        digits = False  # a note starts with its number: a page without a line starting with a digit has none
        while i < len(lines) and lines.page[i] == page:
            kind = lines.kind[i]
            if kind is not LineKind.JUNK and kind is not LineKind.BLANK:
                idx.append(i)
                digits = digits or (kind is LineKind.BODY and starts_with_digit(lines.text[i]))
            i += 1
        if digits:
            expected = _Page(state, idx).read(expected)


class _Page:
    """The notes of one page (`idx`: its line indexes from the body start on, furniture left out)."""

    def __init__(self, state: ParseState, idx: array[int]) -> None:
        self.state = state
        self.lines: Lines = state.lines
        self.idx = idx
        # positions (in idx) of the lines read so far with a marker candidate, per note number
        self._marks: dict[int, list[int]] = {}
        self._mark_next: dict[int, int] = {}
        self._read_upto = 0  # the lines before idx[_read_upto] have been read for candidates
        # the ends of walks (`_walk`) from a line starting with a digit, by (position, number, empty)
        self._walks: dict[int, int | None] = {}
        self._embedded_seen: dict[int, tuple[int, list[tuple[int, int]]]] = {}

    def read(self, expected: int) -> int:
        """The trailing run of the page: the last line starting with `expected` whose successors to the page
        end are later notes or their continuation lines; it must have its marker before it on the page, or
        look like a note (glued "1Trouw", several notes). Mid-page notes are looked for before it."""
        lines, idx = self.lines, self.idx
        last_heading = max((p for p, j in enumerate(idx) if lines.kind[j] in HEADINGS), default=-1)
        for pos in range(len(idx) - 1, last_heading, -1):
            j = idx[pos]
            if not pos & CHECK_EVERY:
                cancel.check()
            if lines.kind[j] is not LineKind.BODY or not starts_with_digit(lines.text[j]):
                continue
            got = note_number(lines.text[j])
            if not got or got[0] != expected:
                continue
            end = self._walk(pos + 1, expected + 1, not got[1].strip(), lines.text[j])
            if end is None:
                continue
            count = end - expected
            if not self._marker_before(pos, expected) and (
                not looks_like_note_text(got[1]) or (not GLUED_NOTE.match(lines.text[j]) and count < 2)
            ):
                continue
            self._mark_run(pos, expected)
            self._mid_page(pos, expected)
            return self._under_table(pos, expected + count)
        separated = self._separated(expected)
        if separated is not None:
            return separated
        return self._mid_page(len(idx), expected)

    def _walk(self, k: int, n: int, empty: bool, first_text: str) -> int | None:
        """Walk the run after a note start at idx[k - 1] (note n - 1): the number after its last note, or None
        when it cannot be a run of notes (a heading in it, a bare number out of order, a number without
        text followed by the next). Walks from different starts that reach the same line in the same state
        share the rest of the walk."""
        emb = embedded_notes(first_text, n)
        if emb:
            n = emb[-1][1] + 1
        lines, idx = self.lines, self.idx
        path: list[int] = []
        result: int | None
        while True:
            if k >= len(idx):
                result = n
                break
            j = idx[k]
            kind = lines.kind[j]
            text = lines.text[j] if kind is LineKind.BODY or kind is LineKind.NOTE else ""
            # walks can only part or meet where a line may start a note: the states there are remembered
            key = (k << 22 | n << 1 | empty) if starts_with_digit(text) else -1
            if key >= 0:
                if key in self._walks:
                    result = self._walks[key]
                    break
                path.append(key)
            k += 1
            if kind in HEADINGS:
                result = None
                break
            if kind is not LineKind.BODY and kind is not LineKind.NOTE:
                continue
            got = note_number(text, n)
            if got and got[0] == n:
                if empty:
                    result = None  # numbers without texts: pdftotext's separated layout, not this one
                    break
                n += 1
                empty = not got[1].strip()
            elif BARE_NOTE_NUMBER.fullmatch(text):
                result = None  # a bare number out of order: pdftotext's separated layout
                break
            else:
                empty = False
            emb = self._embedded(j, text, n)
            if emb:
                n = emb[-1][1] + 1
        for key in path:
            self._walks[key] = result
        return result

    def _embedded(self, j: int, text: str, n: int) -> list[tuple[int, int]]:
        """`embedded_notes(text, n)` of line j, read once for the walk and the marking after it."""
        seen = self._embedded_seen.get(j)
        if seen is not None and seen[0] == n:
            return seen[1]
        found = embedded_notes(text, n) or _NONE
        self._embedded_seen[j] = (n, found)
        return found

    def _mark_run(self, pos: int, n: int) -> None:
        """Mark the run found by `_walk` from idx[pos]: note starts with their numbers, the rest as their
        continuation lines."""
        lines = self.lines
        for k in range(pos, len(self.idx)):
            j = self.idx[k]
            if lines.kind[j] is not LineKind.BODY and lines.kind[j] is not LineKind.NOTE:
                continue
            got = note_number(lines.text[j], n if k > pos else None)
            lines.kind[j] = LineKind.NOTE
            if got and got[0] == n:
                lines.note[j] = n
                n += 1
            emb = self._embedded(j, lines.text[j], n)
            if emb:
                lines.embedded[j] = emb
                n = emb[-1][1] + 1

    def _marker_before(self, pos: int, n: int) -> bool:
        """Is there a marker for note n in a body line before idx[pos] (any form)? The page's lines are read
        for candidates once, in order, only as far as a question needs."""
        found = self._marks.setdefault(n, [])
        k = self._mark_next.get(n, 0)
        while True:
            # lines only ever stop being body lines: one that did can be passed for good
            while k < len(found) and self.lines.kind[self.idx[found[k]]] is not LineKind.BODY:
                k += 1
            self._mark_next[n] = k
            if k < len(found):
                return found[k] < pos
            if self._read_upto >= pos:
                return False
            self._read_next()

    def _read_next(self) -> None:
        """Read the next line of the page for marker candidates."""
        p = self._read_upto
        self._read_upto += 1
        j = self.idx[p]
        if self.lines.kind[j] is LineKind.BODY:
            for number in candidates_of(self.state, j):
                self._marks.setdefault(number, []).append(p)

    def _separated(self, expected: int) -> int | None:
        """pdftotext (without -layout) prints a page's note numbers apart from their texts, in a block of
        bare number lines and text lines, sometimes out of order ("9", texts, "11", text, "12", text, "10").
        When the page ends in such a block, the texts are given to the numbers in numeric order."""
        lines, idx = self.lines, self.idx
        want = str(expected)
        first = next(
            (p for p, j in enumerate(idx) if lines.kind[j] is LineKind.BODY and lines.text[j].strip() == want), None
        )
        if first is None:
            return None
        block = idx[first:]
        numbers: list[int] = []
        seen: set[int] = set()
        texts: list[int] = []
        for j in block:
            if lines.kind[j] in HEADINGS:
                return None
            if lines.kind[j] is not LineKind.BODY:
                continue
            s = lines.text[j].strip()
            if BARE_NOTE_NUMBER.fullmatch(s) and int(s) >= expected and int(s) not in seen:
                numbers.append(int(s))
                seen.add(int(s))
            else:
                texts.append(j)
        numbers.sort()
        if numbers != list(range(expected, expected + len(numbers))) or not texts or len(texts) > 4 * len(numbers):
            return None
        if len(texts) < len(numbers):
            return None
        # one text line in `texts` starts each note: the first, and the lines that most look like a start
        # (not after a hyphen, slash or open link; a capital, digit or link) — as many as there are numbers
        scores = [
            (_note_start_score(lines.text[a], lines.text[b]), -k)
            for k, (a, b) in enumerate(itertools.pairwise(texts), start=1)
        ]
        chosen = {0} | {-neg for _, neg in sorted(scores, reverse=True)[: len(numbers) - 1]}
        for j in block:
            if lines.kind[j] is LineKind.BODY and BARE_NOTE_NUMBER.fullmatch(lines.text[j].strip()):
                lines.kind[j] = LineKind.JUNK
        n = expected
        for k, j in enumerate(texts):
            lines.kind[j] = LineKind.NOTE
            if k in chosen:
                lines.note[j] = n
                lines.text[j] = f"{n} {lines.text[j].strip()}"
                n += 1
        return n

    def _mid_page(self, limit: int, expected: int) -> int:
        """Notes left in the middle of the flow (before idx[limit]) where a page break left no trace (the
        seed's form): a line starting with the next note number whose marker was already seen, running until
        a line that opens the next page (leading space), a heading, or a long line of prose."""
        lines, idx = self.lines, self.idx
        pos = 0
        while pos < limit:
            if not pos & CHECK_EVERY:
                cancel.check()
            j = idx[pos]
            text = lines.text[j]
            got = note_number(text) if lines.kind[j] is LineKind.BODY and starts_with_digit(text) else None
            if (
                not got
                or got[0] != expected
                or not looks_like_note_text(got[1])
                or only_markers(text)
                or not self._marker_before(pos, expected)
            ):
                pos += 1
                continue
            pos, expected = self._take(pos, limit, expected)
        return expected

    def _take(self, pos: int, limit: int, n: int) -> tuple[int, int]:
        """Make idx[pos] the start of note n and the lines after it its text (and later notes), until a line
        that opens the next page (leading space), a heading, or a long line of prose: the position after them
        and the next note number."""
        lines, idx = self.lines, self.idx
        j = idx[pos]
        lines.kind[j] = LineKind.NOTE
        lines.note[j] = n
        n += 1
        pos += 1
        while pos < limit:
            j = idx[pos]
            if lines.kind[j] is not LineKind.BODY:
                break
            text = lines.text[j]
            got = note_number(text)
            if got and got[0] == n and self._marker_before(pos, n):
                lines.kind[j] = LineKind.NOTE
                lines.note[j] = n
                n += 1
            elif text[:1].isspace() or got or len(text.strip()) > _LONG_NOTE_LINE:
                break
            else:
                lines.kind[j] = LineKind.NOTE
            pos += 1
        return pos, n

    def _under_table(self, limit: int, expected: int) -> int:
        """A table's own note, printed under the table above the page's other notes and numbered after them
        ("2 Alleen proeven in het eigen laboratorium." below a table whose row "Proef A2412 515 618" holds
        its marker): a line starting with the next number, right after a row of figures, whose marker stands
        before it."""
        lines, idx = self.lines, self.idx
        for pos in range(1, limit):
            j = idx[pos]
            if lines.kind[j] is not LineKind.BODY or not starts_with_digit(lines.text[j]):
                continue
            got = note_number(lines.text[j])
            above = idx[pos - 1]
            if (
                got
                and got[0] == expected
                and looks_like_note_text(got[1])
                and lines.kind[above] is LineKind.BODY
                and figure_row(lines.text[above]) is not None
                and self._marker_before(pos, expected)
            ):
                expected = self._take(pos, limit, expected)[1]
        return expected


def _note_start_score(prev: str, cur: str) -> int:
    p, c = prev.rstrip(), cur.strip()
    if not c:
        return -9
    score = 0
    if p.endswith(("-", "/", "_", ",", "|", "–", "(")) or c[0] in "%/)-–":
        score -= 3
    if _LINK_START.match(c):
        score += 2
    elif c[0].islower():
        score -= 1
    if p[-1:] in ".?!»)”’" or p[-1:].isdigit():
        score += 1
    if c[0].isupper() or c[0].isdigit() or c[0] in "«(":
        score += 1
    return score


def collect_notes(state: ParseState) -> None:
    """Takes the NOTE lines; gives the footnotes: number, text (hyphenation undone, one line), and the
    citations and links in it."""
    lines = state.lines
    notes: list[Footnote] = []
    number: int | None = None  # the note being read
    cur: list[str] = []  # its lines

    def flush() -> None:
        if number is not None:
            raw = "\n".join(cur)
            text = collapse_spaces(_NOTE_HYPHEN.sub("", raw))
            head = raw[:NOTE_CITATION_CHARS]
            notes.append(Footnote(number, text, find_references(head), find_urls(head)))

    for i, kind in enumerate(lines.kind):
        if kind is not LineKind.NOTE:
            continue
        text = lines.text[i]
        cuts: list[tuple[int, int | None]] = [(0, lines.note.get(i)), *lines.embedded.get(i, [])]
        for k, (offset, starts) in enumerate(cuts):
            end = cuts[k + 1][0] if k + 1 < len(cuts) else len(text)
            piece = text[offset:end]
            if starts is not None:
                got = note_number(piece, starts)
                flush()
                number, cur = starts, [got[1] if got else piece]
            elif k == 0:
                cur.append(piece)  # a continuation line (dropped before the first note starts)
    flush()
    # in number order: a table's note printed above the page's notes has a higher number than theirs
    state.notes = sorted(notes, key=lambda f: f.number)
