"""Rows of cell texts from table markup whose cells may span columns and rows (CALS, HTML, ODF, Word).

A spanning cell keeps its text in its first column and row; the cells it covers are empty strings, so that
every row of a table has the same columns as printed. Spans are capped: a table in an answer has a handful
of columns, and a hostile span ("colspan=1000000") must not make a grid out of nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_COLUMNS = 64
MAX_ROWSPAN = 1_000


@dataclass
class Cell:
    """A cell as marked up: its text, where it starts when the markup says so, how far it spans."""

    text: str
    column: int | None = None  # 0-based; None: the next free column
    colspan: int = 1
    rowspan: int = 1


def span_value(value: str | None, cap: int) -> int:
    """A span attribute as a number in 1..cap ("2" → 2; junk, "0" or negative → 1)."""
    try:
        n = int((value or "1").strip())
    except ValueError:
        return 1
    return min(max(n, 1), cap)


def grid(rows: list[list[Cell]]) -> list[list[str]]:
    """The table as rows of cell texts, spans filled with empty cells, rows padded to the same width."""
    out: list[list[str]] = []
    pending: dict[int, int] = {}  # column → rows it is still covered by a cell from above
    width = 0
    for row in rows:
        cells: dict[int, str] = {col: "" for col in pending}
        pending = {col: n - 1 for col, n in pending.items() if n > 1}
        col = 0
        for cell in row:
            if cell.column is not None and cell.column >= col:
                col = min(cell.column, MAX_COLUMNS - 1)
            while col in cells and col < MAX_COLUMNS:
                col += 1
            if col >= MAX_COLUMNS:
                break
            span = min(cell.colspan, MAX_COLUMNS - col)
            for i in range(span):
                cells[col + i] = cell.text if i == 0 else ""
                if cell.rowspan > 1:
                    pending[col + i] = max(pending.get(col + i, 0), cell.rowspan - 1)
            col += span
        if cells:
            width = max(width, max(cells) + 1)
        out.append([cells.get(i, "") for i in range((max(cells) + 1) if cells else 0)])
    for r in out:
        r.extend([""] * (width - len(r)))
    return [r for r in out if any(c.strip() for c in r)]
