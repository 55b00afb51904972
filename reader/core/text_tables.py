"""Table rows in text lines: cells separated by tabs (a PDF's rows found by position, a copied spreadsheet or
Word table), by runs of spaces that line up over consecutive lines (pdftotext -layout), or, where an extractor
kept only single spaces (pypdf), a label followed by as many figures as the rows around it.

A list is not a table: rows whose first cells are all list marks ("1.", "a)", "–") are left alone, and so is
prose whose sentences are set apart by two spaces ("…ja.  Dat…"). Every scan here reads a line once.
"""

from __future__ import annotations

import re

MIN_GAP = 2  # spaces that separate two cells in a -layout line
MAX_CELLS = 64  # cells a row may have (a hostile line of many gaps is not a row)
_GAP = re.compile(r" {2,}")
_LIST_MARK = re.compile(r"[-–—•·*▪◦]|\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)]")
_SENTENCE_END = ".?!:;,"
_FIGURE = re.compile(r"[-+−]?[€$]?\d[\d.,]*%?|[-–—]")  # 1.234 · 12,5% · €40 · a dash for an empty cell
_GLUED_FIGURE = re.compile(r"([^\W\d_][^\W\d_()]*)(\d[\d.,]*%?)")  # "Proef A412": a label glued to its first figure
MAX_LABEL = 60  # characters of a figure row's label: a line of prose that ends in numbers is longer
MIN_FIGURES = 2
_FIGURE_ENDS = frozenset("0123456789%-–—")

Span = tuple[int, int]  # start, end offsets of a cell in its line


def tab_cells(text: str) -> list[str] | None:
    """The cells of a tab-separated row, or None when the line has no tab."""
    if "\t" not in text:
        return None
    cells = [c.strip() for c in text.strip("\r\n").split("\t", MAX_CELLS)]
    return cells if len(cells) >= 2 and len(cells) <= MAX_CELLS else None


def layout_spans(text: str) -> list[Span] | None:
    """Where the cells of a -layout row stand in its line: pieces of text apart by two or more spaces (two
    spaces after a sentence's end are a sentence gap, not a column). None for fewer than two cells."""
    end = len(text.rstrip())
    start = len(text) - len(text.lstrip(" "))
    spans: list[Span] = []
    pos = start
    for gap in _GAP.finditer(text, start, end):
        if gap.end() - gap.start() == MIN_GAP and text[gap.start() - 1] in _SENTENCE_END:
            continue
        spans.append((pos, gap.start()))
        pos = gap.end()
        if len(spans) >= MAX_CELLS:
            return None
    spans.append((pos, end))
    return spans if len(spans) >= 2 else None


def columns(rows: list[list[Span]]) -> list[Span] | None:
    """The columns of rows of spans: spans merged where they overlap; None when a row has two cells in one
    column or there are fewer than two columns."""
    merged: list[list[int]] = []
    for a, b in sorted(s for row in rows for s in row):
        if merged and a < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    if len(merged) < 2:
        return None
    cols = [(a, b) for a, b in merged]
    for row in rows:
        seen = [column_of(s, cols) for s in row]
        if len(set(seen)) != len(seen):
            return None
    return cols


def column_of(span: Span, cols: list[Span]) -> int:
    return next(k for k, (a, b) in enumerate(cols) if a <= span[0] < b)


def layout_table(texts: list[str], spans: list[list[Span]]) -> list[list[str]] | None:
    """The rows of cells of -layout lines (with their `layout_spans`), or None when their cells do not line
    up in columns or the rows are a list."""
    cols = columns(spans)
    if cols is None:
        return None
    rows: list[list[str]] = []
    for text, row in zip(texts, spans, strict=True):
        cells = [""] * len(cols)
        for a, b in row:
            cells[column_of((a, b), cols)] = text[a:b].strip()
        rows.append(cells)
    return None if is_list(rows) else rows


def is_list(rows: list[list[str]]) -> bool:
    """Rows whose first cells are all list marks ("1.", "b)", "–"): a list set out with tabs or spaces."""
    firsts = [r[0] for r in rows if r and r[0]]
    return bool(firsts) and all(_LIST_MARK.fullmatch(c) for c in firsts)


def figure_row(text: str) -> list[str] | None:
    """A row of a table that lost its column gaps: a short label, then two or more figures
    ("Proef B en C 101 99 87" → ["Proef B en C", "101", …]); a label glued to the first figure
    ("Proef A412 515 …") is split from it. None for anything else (prose, a sentence that ends in numbers)."""
    if text.rstrip()[-1:] not in _FIGURE_ENDS:
        return None
    tokens = text.rsplit(None, MAX_CELLS)
    k = len(tokens)
    while k > 0 and _FIGURE.fullmatch(tokens[k - 1]):
        k -= 1
    figures = tokens[k:]
    if k and (glued := _GLUED_FIGURE.fullmatch(tokens[k - 1])):
        figures.insert(0, glued.group(2))
        tokens[k - 1] = glued.group(1)
    if len(figures) < MIN_FIGURES or sum(1 for f in figures if f[-1:].isdigit() or f.endswith("%")) < MIN_FIGURES:
        return None
    label = " ".join(tokens[:k]).strip()
    if len(label) > MAX_LABEL or (label and label[-1] in _SENTENCE_END) or len(tokens) > MAX_CELLS:
        return None
    return [label, *figures]


def figure_table(rows: list[list[str]]) -> list[list[str]] | None:
    """Figure rows (`figure_row`) that make a table: as many figures in every row, and either three rows or
    more, or two rows of three figures or more; only the first (the heading row) may lack a label. A run of
    two numbers at the ends of two lines is prose."""
    widths = {len(r) for r in rows}
    if len(widths) != 1 or not all(r[0] for r in rows[1:]):
        return None
    figures = widths.pop() - 1
    if len(rows) < 3 and figures < 3:
        return None
    return None if is_list(rows) else rows
