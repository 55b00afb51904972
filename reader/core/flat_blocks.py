"""Questions and answers out of a flat run of paragraphs (ODT, Word): headings start blocks.

The office formats have no question or answer elements: a paragraph that reads "Vraag 3", "Antwoord 2 en
3", "Antwoord op vragen 4, 5, 6 en 7" starts a block (the same `labels.parse_heading` every parser uses);
the paragraphs before the first heading are the header; a lone "Mededeling" starts a notice. Word letters
print every question in bold: where a question's bold text is followed by plain text without an "Antwoord"
heading, that plain text is the answer to it (`bold_questions`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol

from reader.core import cancel
from reader.core.markup_doc import Parts, RawBlock, check_blocks, heading_text, is_zie_ook
from reader.core.markup_text import TextBuilder
from reader.core.model import Citation, Marker

_HEADER_LINE = re.compile(
    r"\s?(?:\[?\s?Zie\s?ook|(?:Mondelinge\s)?Vragen\svan|(?:Nader\s|Aanvullend\s)?Antwoord\svan|Mededeling\svan)", re.I
)
_HEADER_DATES = re.compile(r"\(\s?(?:ingezonden|ontvangen)\b|Zie\s?ook", re.I)
_STRAY_COMMA = re.compile(r",\s?(en|&)\s")
_MEDEDELING = re.compile(r"\s?Mededeling\s?[.:]?\s?", re.I)


@dataclass
class Para:
    """One paragraph (or table) in reading order, its text already on one line."""

    text: str
    markers: list[Marker] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    table: list[list[str]] | None = None
    bold: bool = False  # (nearly) all of its text is bold
    numbered: bool = False  # an automatically numbered list item (Word)


def heading_of(text: str) -> tuple[str, str] | None:
    """(kind, label) when the paragraph is a heading; "vragen 7, 8, en 9" reads as "7, 8 en 9"."""
    if len(text) > 80 or text.lstrip("*#_ ")[:3].lower() not in ("vra", "ant"):
        return None
    return heading_text(_STRAY_COMMA.sub(r" \1 ", text))


class Piece(Protocol):
    """A paragraph or table in reading order (`Para` here, the HTML parser's units)."""

    @property
    def text(self) -> str: ...
    @property
    def markers(self) -> list[Marker]: ...
    @property
    def citations(self) -> list[Citation]: ...
    @property
    def table(self) -> list[list[str]] | None: ...


def append_piece(tb: TextBuilder, p: Piece) -> None:
    """Add a paragraph or table to the block being built; a table's markers stand where it stands."""
    if p.table is not None:
        tb.markers += [Marker(tb.length, m.number) for m in p.markers]
        tb.table(p.table)
        return
    tb.paragraph()
    tb.add(p.text)
    start = tb.length - len(p.text)
    tb.markers += [Marker(start + m.offset, m.number) for m in p.markers]
    tb.citations += [Citation(start + c.start, start + c.end, c.reference) for c in p.citations]


def close_block(raw: RawBlock, tb: TextBuilder) -> None:
    """The block is complete: its text, markers (none past its end), citations and tables from `tb`."""
    raw.text = tb.text
    end = len(raw.text)
    raw.markers = [Marker(min(m.offset, end), m.number) for m in tb.markers]
    raw.citations = tb.citations
    raw.tables = tb.tables


def assemble(parts: Parts, paras: list[Para], bold_questions: bool = False, name: str = "") -> None:
    """Fill `parts` (header lines, raw blocks, the notice) from the paragraphs in reading order."""
    raw: RawBlock | None = None
    tb = TextBuilder()
    in_notice = False
    bold_seen = False  # the current question has bold text
    for i, p in enumerate(paras):
        if i % 1024 == 0:
            cancel.check()
        head = heading_of(p.text) if p.table is None and p.text else None
        if head is not None:
            if raw is not None:
                close_block(raw, tb)
            raw, tb = RawBlock(head[0], p.text, head[1]), TextBuilder()
            parts.raws.append(raw)
            check_blocks(parts, name)
            in_notice = bold_seen = False
            continue
        if p.table is None and _MEDEDELING.fullmatch(p.text):
            in_notice = True
            continue
        if in_notice:
            if p.text:
                parts.mededeling.append(p.text)
            continue
        if p.table is None and (raw is None or (_HEADER_LINE.match(p.text) and _HEADER_DATES.search(p.text))):
            if raw is None or is_zie_ook(p.text) or _HEADER_DATES.search(p.text):
                parts.header_lines.append(p.text)
            continue
        if raw is None:
            parts.extra_lines.append("\n".join(" | ".join(r) for r in p.table or []))
            continue
        if bold_questions and raw.kind == "vraag" and bold_seen and not p.bold and p.table is None:
            # the plain text after a bold question is its answer, printed without a heading
            close_block(raw, tb)
            raw, tb = RawBlock("antwoord", "", ""), TextBuilder()
            parts.raws.append(raw)
            check_blocks(parts, name)
        bold_seen = bold_seen or p.bold
        append_piece(tb, p)
    if raw is not None:
        close_block(raw, tb)
