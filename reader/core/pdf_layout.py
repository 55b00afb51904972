"""Tables on a PDF page, found from where the text stands, written back into the page's text as tab rows.

QtPdf gives a page's text in reading order, one printed line a text line, and the boxes of its text runs
(one box per run of one text object, in the order of the text). A table row is a printed line whose runs
stand apart by wide gaps (more than twice the line's height; a word space or a list's hanging indent is far
narrower); a table is two or more such rows one under the other whose cells fall into the same columns
(cells overlap horizontally with the cells of their column, whether the column is aligned left, right or
centred). Its rows are found in the text with one selection (the text between the table's first and last
run), each row's text is cut into its cells by the widths of the runs, and the row is written back as its
cells separated by tabs, an empty cell where a row has nothing in a column. The text parser's table pass
(`reader.core.parse_text.tables`) reads those rows. Anything that does not fit (rows that do not match the
text's lines, more words than a row can hold) leaves the page's text as it was.

Plain Python over numbers: the caller gives the boxes and a function that finds the text of a region.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field

Rect = tuple[float, float, float, float]  # left, top, width, height (points, y down)
# (first run, last run) → (start, end) character offsets of the text between them, or None
Locate = Callable[[int, int], tuple[int, int] | None]

GAP_HEIGHTS = 2.0  # a gap wider than this many line heights separates cells
ROW_SPACING = 3.0  # rows further apart than this many line heights are not one table
MAX_ROW_WORDS = 80  # a printed line with more words is prose, not a row of cells
MAX_TABLES = 50  # tables looked for on one page
CELL_SEP = "\t"


@dataclass
class _Cell:
    left: float
    right: float
    runs: list[int] = field(default_factory=list)


@dataclass
class _Line:
    centre: float
    height: float
    runs: list[int] = field(default_factory=list)
    cells: list[_Cell] = field(default_factory=list)


def _printed_lines(rects: list[Rect]) -> list[_Line]:
    """The runs grouped into printed lines, top to bottom (a raised note marker stays on its line)."""
    centres = sorted((top + h / 2, h, i) for i, (_, top, _, h) in enumerate(rects))
    lines: list[_Line] = []
    last: _Line | None = None
    for centre, h, i in centres:
        if last is not None and centre - last.centre <= (h if h > last.height else last.height) / 2:
            last.runs.append(i)
            if h > last.height:
                last.height = h
        else:
            last = _Line(centre, h, [i])
            lines.append(last)
    return lines


def _cells(line: _Line, rects: list[Rect]) -> list[_Cell]:
    """The line's runs left to right, merged where the gap between them is narrower than a cell gap."""
    gap = GAP_HEIGHTS * line.height
    cells: list[_Cell] = []
    for i in sorted(line.runs, key=lambda i: rects[i][0]):
        left, _, width, _ = rects[i]
        if cells and left - cells[-1].right <= gap:
            cells[-1].right = max(cells[-1].right, left + width)
            cells[-1].runs.append(i)
        else:
            cells.append(_Cell(left, left + width, [i]))
    return cells


def _columns(rows: list[_Line]) -> list[tuple[float, float]] | None:
    """The columns of rows: the cells' spans merged where they overlap. None when a row has two cells in one
    column, or there are fewer than two columns."""
    spans = sorted((c.left, c.right) for row in rows for c in row.cells)
    cols: list[list[float]] = []
    for left, right in spans:
        if cols and left <= cols[-1][1]:
            cols[-1][1] = max(cols[-1][1], right)
        else:
            cols.append([left, right])
    if len(cols) < 2:
        return None
    out = [(a, b) for a, b in cols]
    for row in rows:
        seen = [_column_of(c, out) for c in row.cells]
        if len(set(seen)) != len(seen):
            return None
    return out


def _column_of(cell: _Cell, cols: list[tuple[float, float]]) -> int:
    return next(k for k, (a, b) in enumerate(cols) if a <= cell.left <= b)


def _wide_gap(rects: list[Rect]) -> bool:
    """Does some run stand far to the right of the run before it in the text, on the same line? (A quick look
    that passes over most pages: a table's cells follow each other in the text.)"""
    for (x0, y0, w0, h0), (x1, y1, _, h1) in itertools.pairwise(rects):
        h = h0 if h0 > h1 else h1
        if x1 - x0 - w0 > GAP_HEIGHTS * h and abs(y1 + h1 / 2 - y0 - h0 / 2) <= h / 2:
            return True
    return False


def find_tables(rects: list[Rect]) -> list[list[_Line]]:
    """Runs of two or more printed lines, one under the other, of two or more cells in shared columns."""
    if not _wide_gap(rects):
        return []
    tables: list[list[_Line]] = []
    run: list[_Line] = []

    def close() -> None:
        if len(run) >= 2 and _columns(run) is not None and len(tables) < MAX_TABLES:
            tables.append(list(run))
        run.clear()

    for line in _printed_lines(rects):
        line.cells = _cells(line, rects) if len(line.runs) > 1 else []
        if len(line.cells) < 2:
            close()
            continue
        if run and line.centre - run[-1].centre > ROW_SPACING * max(line.height, run[-1].height):
            close()
        run.append(line)
    close()
    return tables


def split_cells(words: list[str], widths: list[float]) -> list[str] | None:
    """A row's words cut into len(widths) cells whose lengths in characters best follow the cells' printed
    widths (dynamic programming over the cut points); None when there are fewer words than cells."""
    k, n = len(widths), len(words)
    if n < k or k == 0 or n > MAX_ROW_WORDS:
        return None
    total_w = sum(widths) or 1.0
    chars = sum(len(w) for w in words) + (n - k)  # the spaces inside cells
    expect = [chars * w / total_w for w in widths]
    prefix = [0]
    for w in words:
        prefix.append(prefix[-1] + len(w))

    def length(i: int, j: int) -> int:  # words i..j-1 as one cell
        return prefix[j] - prefix[i] + (j - i - 1)

    inf = float("inf")
    best = [[inf] * (n + 1) for _ in range(k + 1)]
    back = [[0] * (n + 1) for _ in range(k + 1)]
    best[0][0] = 0.0
    for c in range(1, k + 1):
        for j in range(c, n - (k - c) + 1):
            for i in range(c - 1, j):
                if best[c - 1][i] == inf:
                    continue
                cost = best[c - 1][i] + abs(length(i, j) - expect[c - 1])
                if cost < best[c][j]:
                    best[c][j], back[c][j] = cost, i
    cells: list[str] = []
    j = n
    for c in range(k, 0, -1):
        i = back[c][j]
        cells.append(" ".join(words[i:j]))
        j = i
    return cells[::-1]


def _row_texts(text: str, start: int, end: int) -> tuple[int, list[tuple[int, int]]]:
    """The text lines (start, end offsets, line ends excluded) from the line holding `start` to the line
    holding `end - 1`, blank lines left out."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", max(end - 1, start))
    hi = len(text) if hi < 0 else hi
    out: list[tuple[int, int]] = []
    pos = lo
    while pos <= hi:
        nl = text.find("\n", pos, hi)
        stop = hi if nl < 0 else nl
        e = stop - 1 if stop > pos and text[stop - 1] == "\r" else stop
        if text[pos:e].strip():
            out.append((pos, e))
        pos = stop + 1
    return lo, out


def tables_into_text(text: str, rects: list[Rect], locate: Locate) -> str:
    """The page's text with the rows of each table found by position written as tab-separated cells."""
    edits: list[tuple[int, int, str]] = []
    for rows in find_tables(rects):
        cols = _columns(rows)
        assert cols is not None  # find_tables kept only tables with columns
        runs = [i for row in rows for i in row.runs]
        span = locate(min(runs), max(runs))
        if span is None:
            continue
        _, lines = _row_texts(text, *span)
        # the rows in text order must be the rows top to bottom, one text line each
        if len(lines) != len(rows) or [min(r.runs) for r in rows] != sorted(min(r.runs) for r in rows):
            continue
        out: list[tuple[int, int, str]] = []
        for row, (s, e) in zip(rows, lines, strict=True):
            cells = split_cells(text[s:e].split(), [c.right - c.left for c in row.cells])
            if cells is None:
                break
            by_col = [""] * len(cols)
            for cell, value in zip(row.cells, cells, strict=True):
                by_col[_column_of(cell, cols)] = value.replace(CELL_SEP, " ")
            out.append((s, e, CELL_SEP.join(by_col)))
        else:
            edits.extend(out)
    if not edits:
        return text
    pieces: list[str] = []
    pos = 0
    for s, e, row_text in sorted(edits):
        pieces.append(text[pos:s])
        pieces.append(row_text)
        pos = e
    pieces.append(text[pos:])
    return "".join(pieces)
