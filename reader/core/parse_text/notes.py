"""Stage 3: footnotes."""

from __future__ import annotations

import itertools
import re

from reader.core.citations import find_references, find_urls
from reader.core.model import Footnote
from reader.core.parse_text.lines import Line
from reader.core.parse_text.markers import _marker_spans
from reader.core.parse_text.numbers import _is_only_markers, _note_number


def _looks_like_note_text(rest: str) -> bool:
    """A note starts like a citation or a sentence; a marker at a line start continues body text."""
    r = rest.strip()
    if not r or r[0] in ",.;:»”’)":
        return False
    return not re.match(r"(?:en|of|die|dat|wordt|worden|is|zijn|op|van|in|als|te|met|voor|om)\b", r)


def _embedded_notes(text: str, n: int) -> list[tuple[int, int]]:
    """Later notes printed on the same line as an earlier one ("… standards 11 10 miljoen …"):
    (offset, number) for n, n+1, … where each stands after a space and before a capital, digit or link."""
    out: list[tuple[int, int]] = []
    pos = 0
    while True:
        m = re.compile(rf"(?<=\S\s)({n})\s+(?=[A-Z0-9«(\[]|https?:|www\.)").search(text, pos)
        if not m or m.start() < 10:
            return out
        out.append((m.start(1), n))
        pos = m.end()
        n += 1


def _walk_run(lines: list[Line], run: list[int], first: int, mark: bool) -> int | None:
    """Walk a candidate run of notes starting with note `first`; return the number of notes in it, or None
    when the run cannot be notes (a heading inside). With `mark`, set the lines' kinds and numbers."""
    n = first
    empty = False  # the last note started had no text yet
    for k, j in enumerate(run):
        ln = lines[j]
        if ln.kind in ("heading", "mededeling_head"):
            return None
        if ln.kind not in ("body", "note"):
            continue
        got = _note_number(ln.text, n if k > 0 else None)
        if got and got[0] == n:
            if empty:
                return None  # numbers without texts: pdftotext's separated layout, not this one
            if mark:
                ln.kind, ln.note = "note", n
            n += 1
            empty = not got[1].strip()
        elif k == 0 or re.fullmatch(r"\s*\d{1,3}\s*", ln.text):
            return None  # a bare number out of order: pdftotext's separated layout
        else:
            empty = False
            if mark:
                ln.kind = "note"
        emb = _embedded_notes(ln.text, n)
        if emb:
            if mark:
                ln.embedded = emb
            n = emb[-1][1] + 1
    return n - first


def _find_notes(lines: list[Line], body_start: int) -> None:
    """Mark footnote lines (kind 'note'; the first line of each note carries its number)."""
    expected = 1
    pages: dict[int, list[int]] = {}
    for i, ln in enumerate(lines):
        if i >= body_start and ln.kind not in ("junk", "blank"):
            pages.setdefault(ln.page, []).append(i)
    for page in sorted(pages):
        expected = _notes_of_page(lines, pages[page], expected)


def _marker_before(lines: list[Line], idx: list[int], upto: int, n: int) -> bool:
    """Is there a marker for note n in the body lines idx[:upto] (any form, the line-start form included)?"""
    return any(lines[j].kind == "body" and _marker_spans(lines[j].text, n, at_line_start=True) for j in idx[:upto])


def _notes_of_page(lines: list[Line], idx: list[int], expected: int) -> int:
    """The trailing run of a page: the last line starting with `expected` whose successors to the page end
    are later notes or their continuation lines; it must have its marker before it on the page, or look
    like a note (glued "1Trouw", several notes). Mid-page notes are looked for before it."""
    for pos in range(len(idx) - 1, -1, -1):
        ln = lines[idx[pos]]
        if ln.kind != "body":
            continue
        got = _note_number(ln.text)
        if not got or got[0] != expected:
            continue
        count = _walk_run(lines, idx[pos:], expected, mark=False)
        if not count:
            continue
        if not _marker_before(lines, idx, pos, expected) and (
            not _looks_like_note_text(got[1]) or (not _glued_note(ln.text) and count < 2)
        ):
            continue
        _walk_run(lines, idx[pos:], expected, mark=True)
        _mid_page_notes(lines, idx[:pos], expected)
        return expected + count
    separated = _separated_notes(lines, idx, expected)
    if separated is not None:
        return separated
    return _mid_page_notes(lines, idx, expected)


def _separated_notes(lines: list[Line], idx: list[int], expected: int) -> int | None:
    """pdftotext (without -layout) prints a page's note numbers apart from their texts, in a block of
    bare number lines and text lines, sometimes out of order ("9", texts, "11", text, "12", text, "10").
    When the page ends in such a block, the texts are given to the numbers in numeric order."""
    first = None
    for pos, j in enumerate(idx):
        if lines[j].kind == "body" and lines[j].text.strip() == str(expected):
            first = pos
            break
    if first is None:
        return None
    block = idx[first:]
    numbers: list[int] = []
    texts: list[int] = []
    for j in block:
        ln = lines[j]
        if ln.kind in ("heading", "mededeling_head"):
            return None
        if ln.kind != "body":
            continue
        s = ln.text.strip()
        if re.fullmatch(r"\d{1,3}", s) and int(s) >= expected and int(s) not in numbers:
            numbers.append(int(s))
        else:
            texts.append(j)
    numbers.sort()
    if numbers != list(range(expected, expected + len(numbers))) or not texts or len(texts) > 4 * len(numbers):
        return None
    # one text line in `texts` starts each note: the first, and the lines that most look like a start
    # (not after a hyphen, slash or open link; a capital, digit or link) — as many as there are numbers
    if len(texts) < len(numbers):
        return None
    scores = [
        (_note_start_score(lines[a].text, lines[b].text), -k)
        for k, (a, b) in enumerate(itertools.pairwise(texts), start=1)
    ]
    chosen = {0} | {-neg for _, neg in sorted(scores, reverse=True)[: len(numbers) - 1]}
    starts = [k in chosen for k in range(len(texts))]
    n = expected
    for j in block:
        ln = lines[j]
        if ln.kind == "body" and re.fullmatch(r"\d{1,3}", ln.text.strip()):
            ln.kind = "junk"
    for k, j in enumerate(texts):
        lines[j].kind = "note"
        if starts[k]:
            lines[j].note = n
            lines[j].text = f"{n} {lines[j].text.strip()}"
            n += 1
    return n


def _note_start_score(prev: str, cur: str) -> int:
    p, c = prev.rstrip(), cur.strip()
    if not c:
        return -9
    score = 0
    if p.endswith(("-", "/", "_", ",", "|", "–", "(")) or c[0] in "%/)-–":
        score -= 3
    if re.match(r"(?:https?://|www\.)", c):
        score += 2
    elif c[0].islower():
        score -= 1
    if p[-1:] in ".?!»)”’" or p[-1:].isdigit():
        score += 1
    if c[0].isupper() or c[0].isdigit() or c[0] in "«(":
        score += 1
    return score


def _glued_note(text: str) -> bool:
    """pypdf glues a note's number to its text: "1Trouw, …"."""
    return bool(re.match(r"^\s*\d{1,3}[^\d\s,.;:)]", text))


def _mid_page_notes(lines: list[Line], idx: list[int], expected: int) -> int:
    """Notes left in the middle of the flow where a page break left no trace (the seed's form): a line
    starting with the next note number whose marker was already seen, running until a line that opens
    the next page (leading space), a heading, or a long line of prose."""
    pos = 0
    while pos < len(idx):
        ln = lines[idx[pos]]
        got = _note_number(ln.text) if ln.kind == "body" else None
        if (
            not got
            or got[0] != expected
            or not _looks_like_note_text(got[1])
            or _is_only_markers(ln.text)
            or not _marker_before(lines, idx, pos, expected)
        ):
            pos += 1
            continue
        ln.kind, ln.note = "note", expected
        expected += 1
        pos += 1
        while pos < len(idx):
            nxt = lines[idx[pos]]
            if nxt.kind != "body":
                break
            got = _note_number(nxt.text)
            if got and got[0] == expected and _marker_before(lines, idx, pos, expected):
                nxt.kind, nxt.note = "note", expected
                expected += 1
            elif nxt.text[:1].isspace() or got or len(nxt.text.strip()) > 95:
                break
            else:
                nxt.kind = "note"
            pos += 1
    return expected


def _collect_notes(lines: list[Line]) -> list[Footnote]:
    pieces: list[tuple[int | None, str]] = []  # (number of a note that starts here, or None; text)
    for ln in lines:
        if ln.kind != "note":
            continue
        cuts = [(0, ln.note), *ln.embedded]
        for k, (offset, cut_number) in enumerate(cuts):
            end = cuts[k + 1][0] if k + 1 < len(cuts) else len(ln.text)
            text = ln.text[offset:end]
            if cut_number is not None:
                got = _note_number(text, cut_number)
                text = got[1] if got else text
            if k == 0 and cut_number is None:
                pieces.append((None, text))
            elif cut_number is not None:
                pieces.append((cut_number, text))
    notes: list[Footnote] = []
    cur: list[str] = []
    number: int | None = None

    def flush() -> None:
        if number is None:
            return
        raw = "\n".join(cur)
        text = re.sub(r"\s+", " ", _dehyphenate_note(raw)).strip()
        notes.append(Footnote(number, text, find_references(raw), find_urls(raw)))

    for num, text in pieces:
        if num is not None:
            flush()
            number, cur = num, [text]
        else:
            cur.append(text)
    flush()
    return notes


def _dehyphenate_note(raw: str) -> str:
    # hyphenation inside words is undone; URLs keep their hyphens (find_urls read them from `raw`)
    return re.sub(r"(?<=[a-zà-ÿ])-\s*\n\s*(?=[a-zà-ÿ])(?![^\s]*/)", "", raw)
