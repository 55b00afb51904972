"""A block's text as it is shown: paragraphs of runs (text, footnote markers, citation links) and its tables.

Plain Python. Every writer (screen, print, HTML) takes its paragraphs from here, so a marker, a citation or a
table stands at the same place in all of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reader.core.model import Block, Document, Reference

# characters that never belong in shown text (C0 controls except tab/newline, DEL, the PDF U+FFFE slip)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")
# a line inside a paragraph that starts a list item keeps its line break; other single newlines are wraps
_LIST_ITEM = re.compile(r"\n[ \t]*(?=[-•–*·▪]\s|\d{1,2}[.)]\s|[a-z][.)]\s)")
# what ends a paragraph: a blank line (white space between two line ends)
_BLANK_LINE = re.compile(r"\n[ \t]*(?=\n)")


def clean_text(text: str) -> str:
    """Text as shown: control characters dropped, wraps inside a paragraph joined, list lines kept (as U+2028)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = _LIST_ITEM.sub("\u2028", text)
    return re.sub(r"[ \t]*\n[ \t]*", " ", text)


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


# ---- runs ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Text:
    """Plain text (U+2028 marks a kept list line)."""

    text: str


@dataclass(frozen=True)
class NoteMark:
    """A footnote marker. `tip`: the note's text to show on hover; `after_mark`: it follows another marker
    directly (writers separate the two: "2,3", not "23")."""

    number: int
    tip: str
    after_mark: bool = False


@dataclass(frozen=True)
class Link:
    """A cited document: an inline citation, a "Zie ook" or "Beantwoord in" reference."""

    text: str
    reference: Reference


Run = Text | NoteMark | Link


@dataclass(frozen=True)
class Paragraph:
    runs: tuple[Run, ...]

    @property
    def plain(self) -> str:
        return "".join(r.text if isinstance(r, (Text, Link)) else str(r.number) for r in self.runs)


@dataclass(frozen=True)
class TableView:
    """A table of a block: rows of cleaned cell texts, every row as long as the longest."""

    rows: tuple[tuple[str, ...], ...]

    @property
    def columns(self) -> int:
        return max((len(r) for r in self.rows), default=0)


Part = Paragraph | TableView


# ---- splitting ----------------------------------------------------------------------------------------------
def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every paragraph: the text between blank lines, without its surrounding white space."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for cut in (*(m.start() for m in _BLANK_LINE.finditer(text)), len(text)):
        piece = text[pos:cut]
        stripped = piece.strip()
        if stripped:
            s = pos + len(piece) - len(piece.lstrip())
            spans.append((s, s + len(stripped)))
        pos = cut
    return spans


def _paragraph_of(offset: int, spans: Sequence[tuple[int, int]]) -> int:
    """The paragraph an offset belongs to: the last one starting at or before it (the first for earlier
    offsets), so a marker in the blank lines between two paragraphs joins the one before."""
    target = 0
    for i, (s, _e) in enumerate(spans):
        if offset >= s:
            target = i
    return target


def _markers_per_paragraph(
    text: str, markers: Sequence[tuple[int, int]], spans: Sequence[tuple[int, int]]
) -> list[list[tuple[int, int]]]:
    ordered = sorted(((max(0, min(o, len(text))), n) for o, n in markers), key=lambda x: x[0])
    per_para: list[list[tuple[int, int]]] = [[] for _ in spans]
    for offset, number in ordered:
        target = _paragraph_of(offset, spans)
        s, e = spans[target]
        per_para[target].append((min(max(offset, s), e), number))
    return per_para


def paragraphs_with_markers(text: str, markers: Sequence[tuple[int, int]]) -> list[list[str | int]]:
    """Split a block's text into paragraphs, each a list of text pieces (str) and footnote numbers (int).

    A marker at `offset` stands before text[offset]; a marker in the blank lines between two paragraphs
    joins the end of the paragraph before it.
    """
    spans = _paragraph_spans(text)
    if not spans:
        ordered = sorted(((max(0, min(o, len(text))), n) for o, n in markers), key=lambda x: x[0])
        return [[n for _, n in ordered]] if ordered else []
    out: list[list[str | int]] = []
    for (s, e), ms in zip(spans, _markers_per_paragraph(text, markers, spans), strict=True):
        pieces: list[str | int] = []
        pos = s
        for offset, number in ms:
            if offset > pos:
                pieces.append(clean_text(text[pos:offset]))
            pieces.append(number)
            pos = offset
        if pos < e:
            pieces.append(clean_text(text[pos:e]))
        out.append(pieces)
    return out


def _note_tip(doc: Document, number: int, fallback: str) -> str:
    note = doc.footnote(number)
    return f"{number}. {note.text}" if note is not None else fallback


def block_paragraphs(block: Block, doc: Document, note_fallback: str) -> list[Paragraph]:
    """The paragraphs of a block as runs: text, footnote markers and inline citations (links).

    `note_fallback` is the tip of a marker whose note the document lacks ("Voetnoot {}" in the interface
    language). A citation that runs past its paragraph is cut at the paragraph's end; a marker inside a
    citation splits its link in two.
    """
    text = block.text
    markers = [(m.offset, m.number) for m in block.markers]
    spans = _paragraph_spans(text)
    if not spans:
        marks = [n for _, n in sorted(markers)]
        runs: list[Run] = [NoteMark(n, _note_tip(doc, n, note_fallback.format(n)), k > 0) for k, n in enumerate(marks)]
        return [Paragraph(tuple(runs))] if runs else []
    cites: list[list[tuple[int, int, Reference]]] = [[] for _ in spans]
    for c in sorted(block.citations, key=lambda c: (c.start, c.end)):
        if not 0 <= c.start < c.end:
            continue
        i = _paragraph_of(c.start, spans)
        s, e = spans[i]
        start, end = max(c.start, s), min(c.end, e)
        if start < end and (not cites[i] or start >= cites[i][-1][1]):  # overlapping citations: the first wins
            cites[i].append((start, end, c.reference))
    out: list[Paragraph] = []
    for (s, e), ms, cs in zip(spans, _markers_per_paragraph(text, markers, spans), cites, strict=True):
        cuts = sorted({s, e, *(o for o, _ in ms), *(a for a, _, _ in cs), *(b for _, b, _ in cs)})
        runs = []
        mi = 0
        previous_mark = False
        for a, b in zip(cuts, [*cuts[1:], e], strict=True):
            while mi < len(ms) and ms[mi][0] <= a:
                number = ms[mi][1]
                runs.append(NoteMark(number, _note_tip(doc, number, note_fallback.format(number)), previous_mark))
                previous_mark = True
                mi += 1
            if b <= a:
                continue
            piece = clean_text(text[a:b])
            if not piece:
                continue
            ref = next((r for cs_a, cs_b, r in cs if cs_a <= a and b <= cs_b), None)
            runs.append(Text(piece) if ref is None else Link(piece, ref))
            previous_mark = False
        while mi < len(ms):  # markers at the very end
            number = ms[mi][1]
            runs.append(NoteMark(number, _note_tip(doc, number, note_fallback.format(number)), previous_mark))
            previous_mark = True
            mi += 1
        out.append(Paragraph(tuple(runs)))
    return out


def block_parts(block: Block, doc: Document, note_fallback: str) -> tuple[Part, ...]:
    """The paragraphs of a block with its tables at their positions (after `Table.position` paragraphs)."""
    paragraphs = block_paragraphs(block, doc, note_fallback)
    if not block.tables:
        return tuple(paragraphs)
    tables = sorted(block.tables, key=lambda t: t.position)
    parts: list[Part] = []
    k = 0
    for i, paragraph in enumerate(paragraphs):
        while k < len(tables) and tables[k].position <= i:
            parts.append(table_view(tables[k].rows))
            k += 1
        parts.append(paragraph)
    parts.extend(table_view(t.rows) for t in tables[k:])
    return tuple(p for p in parts if not isinstance(p, TableView) or p.rows)


def table_view(rows: Sequence[Sequence[str]]) -> TableView:
    width = max((len(r) for r in rows), default=0)
    cleaned = [tuple(clean_text(c).replace("\u2028", " ").strip() for c in r) for r in rows]
    return TableView(tuple(r + ("",) * (width - len(r)) for r in cleaned if any(r)))
