"""A written aligned document and where its pairs stand in it: positions, and geometry laid out lazily.

QtGui only. Geometry (`pair_rect`, `column_tops`) is in document coordinates and lays the document out only
up to the pair asked for: it is computed from block rectangles, never from `frameBoundingRect`, which
finishes the whole layout first.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRectF, QUrl
from PySide6.QtGui import QFont, QTextCursor, QTextDocument, QTextFrame, QTextTable

from reader.core.model import Document, Pair
from reader.presentation.text_style import (
    CELL_BOTTOM_INSET,
    CELL_TOP_INSET,
    AlignedColors,
    clamp_ratio,
    column_constraints,
)

if TYPE_CHECKING:
    from reader.presentation.view import Row, View


class SafeTextDocument(QTextDocument):
    """A QTextDocument that never loads a resource (image, style sheet, …) from anywhere."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.refused_resources: list[tuple[int, str]] = []

    def loadResource(self, type: int, name: QUrl | str) -> object:
        self.refused_resources.append((int(type), name.toString() if isinstance(name, QUrl) else name))
        return None


@dataclass
class PairLayout:
    """Where one pair stands in the built document (positions are QTextDocument character positions)."""

    index: int  # into Document.pairs()
    pair: Pair
    table: QTextTable
    question_positions: list[int] = field(default_factory=list)
    answer_positions: list[int] = field(default_factory=list)
    question_cell_position: int | None = None
    answer_cell_position: int | None = None
    grouped: bool = False
    row: Row | None = None  # what the view model says of the pair
    order: int = 0  # its table's place among all the document's row tables (pairs and pointers)

    @property
    def first_position(self) -> int:
        return self.table.firstPosition()

    @property
    def last_position(self) -> int:
        return self.table.lastPosition()


class AlignedDocument:
    """A built aligned document and where its pairs stand in it. See `reader.presentation.text_document`."""

    def __init__(
        self, document: SafeTextDocument, source: Document, view: View, ratio: float, colors: AlignedColors,
        options: Any = None,
    ) -> None:  # fmt: skip
        self.document = document
        self.source = source
        self.view = view
        self.options = options
        self.colors = colors
        self.pairs: list[PairLayout] = []
        self.tables: list[QTextTable] = []  # the tables of pairs and pointers, in document order
        self.pointer_tables: list[QTextTable] = []
        self.header_frame: QTextFrame | None = None
        self.endnotes_frame: QTextFrame | None = None
        self.endnotes_heading: QTextCursor | None = None  # at the heading "Voetnoten"; follows later edits
        self.ratio = clamp_ratio(ratio)
        self._starts: list[int] = []

    @property
    def endnotes_heading_position(self) -> int | None:
        """Where the heading of the endnotes stands now (the print inserts its column headings above it)."""
        return self.endnotes_heading.position() if self.endnotes_heading is not None else None

    # ---- lookup -----------------------------------------------------------------------------------
    def pair_index_at(self, position: int) -> int:
        """The display index of the pair holding document `position`, or -1."""
        if not self._starts:
            self._starts = [p.first_position for p in self.pairs]
        i = bisect.bisect_right(self._starts, position) - 1
        if 0 <= i < len(self.pairs) and position <= self.pairs[i].last_position:
            return i
        return -1

    def pair_rect(self, i: int) -> QRectF:
        """Pair i's table in document coordinates, from the top of its rule to the top of the next row's
        table (the bottom of its tallest cell for the last one), across the text width.

        Computed from block rectangles, which lay the document out only up to the pair; not from
        `frameBoundingRect`, which finishes the whole layout first (and, in Qt 6, offsets a table by its first
        cell's padding).
        """
        p = self.pairs[i]
        layout = self.document.documentLayout()
        table = p.table
        top = self.block_top(table.cellAt(0, 0).firstPosition()) - CELL_TOP_INSET
        if p.order + 1 < len(self.tables):
            following = self.tables[p.order + 1]
            bottom = self.block_top(following.cellAt(0, 0).firstPosition()) - CELL_TOP_INSET
        else:
            bottom = top
            for c in range(table.columns()):
                cell = table.cellAt(table.rows() - 1, c)
                rect = layout.blockBoundingRect(self.document.findBlock(cell.lastPosition()))
                bottom = max(bottom, rect.bottom())
            bottom += CELL_BOTTOM_INSET
        margin = self.document.documentMargin()
        width = self.document.textWidth()
        if width <= 0:
            width = self.document.pageSize().width()
        return QRectF(margin, top, max(0.0, width - 2 * margin), bottom - top)

    def block_top(self, position: int) -> float:
        """The top of the block holding `position`, in document coordinates."""
        block = self.document.findBlock(position)
        return float(self.document.documentLayout().blockBoundingRect(block).top())

    def column_tops(self, i: int) -> tuple[float | None, float | None]:
        """(question column top, answer column top) of pair i in document coordinates: the top of the first
        block of each column's first cell (a label or a note); None for a hidden column."""
        p = self.pairs[i]
        q = self.block_top(p.question_cell_position) if p.question_cell_position is not None else None
        a = self.block_top(p.answer_cell_position) if p.answer_cell_position is not None else None
        return q, a

    # ---- changes ----------------------------------------------------------------------------------
    def set_ratio(self, ratio: float) -> None:
        """Give the questions column `ratio` of the width in every row (one edit, one relayout)."""
        ratio = clamp_ratio(ratio)
        if abs(ratio - self.ratio) < 1e-4:
            return
        self.ratio = ratio
        cursor = QTextCursor(self.document)
        cursor.beginEditBlock()
        for table in self.tables:
            fmt = table.format()
            if fmt.columns() == 2:
                fmt.setColumnWidthConstraints(column_constraints(ratio, 2))
                table.setFormat(fmt)
        cursor.endEditBlock()

    def set_font(self, font: QFont) -> None:
        """Change the base font (zoom, printer font); every size in the document follows it."""
        self.document.setDefaultFont(font)
