"""The QTextDocument writer of the view model: the screen's reading pane and the print renderer show it.

QtGui only (no widgets), so a printer or PDF writer can lay the same document out on its own paint device.

Design
------
`build_aligned_document(doc, options)` presents `doc` (`reader.presentation.view.present`) and writes the
`View` (`write_text_document(view, options)`) into a `QTextDocument`:

- a header frame (the kind in words and the id, the subject, the labelled rows, the notice's text), with
  "Zie ook" and "Beantwoord in" references as `doc:<id>` anchors;
- then one two-column `QTextTable` per `Row` of the view. The left column has a row per question ("Vraag 3"
  as a bold label, then the paragraphs and tables). The right cell holds the answer(s) ("Antwoord 3") and,
  when the pair has several questions, is merged over all their rows, with a coloured bar on its left edge
  that marks the span. An empty cell holds the view's italic note (an unanswered question, an answer with
  no question). A `Pointer` of the view is a small one-row table at a question's own place ("Vraag 8:
  beantwoord bij vraag 3");
- with `endnotes`, the view's endnotes as a "Voetnoten" section: number and text, and below each note every
  cited document's id and official page (`doc:<id>` anchors; the print turns them into URLs).

Why tables: the cells of a table row start at the same y, so the top of a question and the top of its answer
stand at the same height *by construction*, at every width, column ratio, zoom and scroll position, in one
document with one scroll bar (no scroll syncing, so no proportional drift as in side-by-side diff viewers). Selection,
copying, find, links, accessibility and printing come with `QTextDocument`.

Safety: the document is built only with `QTextCursor.insertText` and formats; document text is never
parsed as HTML or Markdown, so markup in it is shown as literal text. The only anchors are footnote markers
(`note:N`), references (`doc:<id>`) and, only with `link_urls` (print), http(s) addresses named in a note.
`SafeTextDocument.loadResource` refuses every resource (and records what was asked, for tests), so nothing
in a document can load a remote or local file. Tool tips that Qt may show as rich text are HTML-escaped.

Column widths are percentages of the table width (`AlignedOptions.ratio` is the questions' share), so the same
document lays out on screen and on paper; `AlignedDocument.set_ratio()` changes them in place.

Public API
----------
- `AlignedOptions(ratio=0.5, font=None, columns=Columns.BOTH, endnotes=False, pairs=None, postponed=None,
  postponed_on=None, header=True, language=None, document_margin=20.0, gutter=28.0, link_urls=False)`.
- `AlignedColors` (text_style): `for_print()`, `from_palette(QPalette)`.
- `build_aligned_document(doc, options=None, colors=None, parent=None) -> AlignedDocument`;
  `write_text_document(view, options=None, colors=None, parent=None) -> AlignedDocument`.
- `AlignedDocument` (text_layout): `.document`, `.source`, `.view`, `.options`, `.pairs` (a `PairLayout` per
  shown row), `.header_frame`, `.endnotes_frame`, `.endnotes_heading_position`, `.ratio`; `pair_index_at`,
  `pair_rect`, `column_tops`, `block_top`, `set_ratio`, `set_font`.

For the print renderer: set `document.documentLayout().setPaintDevice(printer)` and `document.setPageSize()`
as usual; each pair is one `QTextTable` (`PairLayout.table`), so a pair that must not straddle a page break
can get `QTextFormat.PageBreak_AlwaysBefore` on its table format.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFrameFormat,
    QTextLength,
    QTextOption,
    QTextTableCellFormat,
    QTextTableFormat,
)

from reader.core.model import Document, Reference
from reader.presentation.dates import format_date
from reader.presentation.labels import pair_label
from reader.presentation.notes import Endnote
from reader.presentation.soft_breaks import soft_breaks
from reader.presentation.text import (
    Link,
    NoteMark,
    Paragraph,
    Part,
    Run,
    TableView,
    clean_text,
    paragraphs_with_markers,
)
from reader.presentation.text_layout import AlignedDocument, PairLayout, SafeTextDocument
from reader.presentation.text_style import (
    CELL_BOTTOM_INSET,
    CELL_TOP_INSET,
    RATIO_MAX,
    RATIO_MIN,
    SPAN_BAR_WIDTH,
    AlignedColors,
    Formats,
    clamp_ratio,
    column_constraints,
)
from reader.presentation.view import BlockView, Columns, Header, Pointer, Row, View, ViewOptions, present

__all__ = [
    "CELL_BOTTOM_INSET",
    "CELL_TOP_INSET",
    "RATIO_MAX",
    "RATIO_MIN",
    "SPAN_BAR_WIDTH",
    "AlignedColors",
    "AlignedDocument",
    "AlignedOptions",
    "Columns",
    "PairLayout",
    "SafeTextDocument",
    "build_aligned_document",
    "clamp_ratio",
    "clean_text",
    "format_date",
    "pair_label",
    "paragraphs_with_markers",
    "write_text_document",
]


@dataclass(frozen=True)
class AlignedOptions:
    """How to build the aligned document.

    ratio: the questions column's share of the table width (clamped to 0.2–0.8).
    font: the base font (family and size); None = the application font.
    columns, pairs, postponed, postponed_on, language, today, answered_in: what to show (see `ViewOptions`).
    endnotes: append the footnotes as a "Voetnoten" section (print; the screen has a sidebar).
    header: include the header frame.
    document_margin, gutter: the page margin and the space between the columns, in pixels (points on paper).
    link_urls: web addresses named in an endnote become links (print); else they are text.
    word_wrap: lines break at word boundaries only, and tokens longer than a column get invisible break
        opportunities (`soft_breaks`): the screen, whose columns keep room for 30 characters. False: a word
        that does not fit a line is broken anywhere (print).
    """

    ratio: float = 0.5
    font: QFont | None = None
    columns: Columns = Columns.BOTH
    endnotes: bool = False
    pairs: Sequence[int] | None = None
    postponed: bool | None = None
    postponed_on: date | None = None
    header: bool = True
    language: str | None = None
    document_margin: float = 20.0
    gutter: float = 28.0
    link_urls: bool = False
    today: date | None = None
    answered_in: Reference | None = None
    word_wrap: bool = False

    def view_options(self) -> ViewOptions:
        return ViewOptions(self.columns, self.pairs, self.postponed, self.postponed_on, self.language, self.today,
                           self.answered_in)  # fmt: skip


def _escaped_tooltip(text: str) -> str:
    """A tool tip Qt shows as rich text, with every character of `text` escaped."""
    return "<p style='white-space:pre-wrap'>" + html.escape(clean_text(text)) + "</p>"


def _web_href(url: str) -> str | None:
    """The link of an address named in a note: http(s) only ("www.…" gets https); None for anything else."""
    if url.startswith(("https://", "http://")):
        return url
    if url.startswith("www."):
        return "https://" + url
    return None


class _Writer:
    def __init__(self, view: View, doc: Document, options: AlignedOptions, colors: AlignedColors,
                 parent: QObject | None) -> None:  # fmt: skip
        self.view = view
        self.options = options
        self.qdoc = SafeTextDocument(parent)
        self.qdoc.setUndoRedoEnabled(False)
        self.qdoc.setDocumentMargin(options.document_margin)
        font = QFont(options.font) if options.font is not None else QFont(QGuiApplication.font())
        self.qdoc.setDefaultFont(font)
        text_option = QTextOption()
        text_option.setWrapMode(
            QTextOption.WrapMode.WordWrap if options.word_wrap else QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
        )
        self.shown = soft_breaks if options.word_wrap else str
        self.qdoc.setDefaultTextOption(text_option)
        self.fmt = Formats(colors, options.gutter, font.pointSizeF())
        self.cols = 2 if view.columns == Columns.BOTH else 1
        self.result = AlignedDocument(self.qdoc, doc, view, options.ratio, colors, options)

    # ---- runs -------------------------------------------------------------------------------------------
    def _runs(self, cursor: QTextCursor, runs: Sequence[Run], base: QTextCharFormat, link: QTextCharFormat) -> None:
        for run in runs:
            if isinstance(run, NoteMark):
                if run.after_mark:  # notes 2, 3 and 4 in a row read "2,3,4", not "234"
                    cursor.insertText(",", self.fmt.marker)
                f = QTextCharFormat(self.fmt.marker)
                f.setAnchor(True)
                f.setAnchorHref(f"note:{run.number}")
                f.setToolTip(_escaped_tooltip(run.tip))
                cursor.insertText(str(run.number), f)
            elif isinstance(run, Link):
                f = QTextCharFormat(link)
                f.setAnchor(True)
                f.setAnchorHref(f"doc:{run.reference.id}")
                tip = run.reference.text or run.reference.id
                f.setToolTip(_escaped_tooltip(tip if tip == run.reference.id else f"{tip}\n{run.reference.id}"))
                cursor.insertText(self.shown(run.text), f)
            elif run.text:
                cursor.insertText(self.shown(run.text), base)

    def _parts(self, cursor: QTextCursor, parts: Sequence[Part]) -> None:
        """The paragraphs and tables of a block, after its label."""
        after_table = False
        for part in parts:
            if isinstance(part, TableView):
                self._table(cursor, part)  # Qt puts a table after the block the cursor is in
                after_table = True
                continue
            if after_table:
                cursor.setBlockFormat(self.fmt.para)  # the block Qt keeps after a table holds the paragraph
                cursor.setBlockCharFormat(self.fmt.body)
            else:
                cursor.insertBlock(self.fmt.para, self.fmt.body)
            self._runs(cursor, part.runs, self.fmt.body, self.fmt.link)
            after_table = False

    def _table(self, cursor: QTextCursor, table: TableView) -> None:
        columns = table.columns
        tf = self.fmt.body_table()  # as wide as its content, at most the column
        qt = cursor.insertTable(len(table.rows), columns, tf)
        for r, row in enumerate(table.rows):
            f = self.fmt.table_head if r == 0 and len(table.rows) > 1 else self.fmt.table_text
            for c, text in enumerate(row):
                cell = qt.cellAt(r, c).firstCursorPosition()
                cell.setBlockFormat(self.fmt.table_block)
                cell.insertText(self.shown(text), f)
        cursor.setPosition(qt.lastPosition() + 1)
        gap = QTextBlockFormat(self.fmt.para)  # the empty block after a table: no taller than a hairline
        gap.setLineHeight(1, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        gap.setBottomMargin(0)
        cursor.setBlockFormat(gap)

    def _block(self, cursor: QTextCursor, block: BlockView, first: bool) -> int:
        """Insert a label and the body of a question or answer; returns the label's position."""
        if first:
            # not setBlockCharFormat: a cell's first block char format holds the cell's own format
            cursor.setBlockFormat(self.fmt.label_block)
        else:
            cursor.insertBlock(self.fmt.next_label_block, self.fmt.label)
        position = cursor.position()
        cursor.insertText(block.heading, self.fmt.label)
        self._parts(cursor, block.parts)
        return position

    def _note(self, cursor: QTextCursor, note: Paragraph) -> None:
        cursor.setBlockFormat(self.fmt.para)
        self._runs(cursor, note.runs, self.fmt.note, self.fmt.note_link)

    def _mark(self, position: int) -> QTextCursor:
        mark = QTextCursor(self.qdoc)
        mark.setPosition(position)
        return mark

    # ---- header -----------------------------------------------------------------------------------------
    def _header(self, cursor: QTextCursor, header: Header) -> None:
        ff = QTextFrameFormat()
        ff.setBottomMargin(10)
        ff.setPadding(0)
        frame = cursor.insertFrame(ff)
        self.result.header_frame = frame
        cursor.setBlockFormat(self.fmt.kicker_block)
        cursor.insertText(header.kicker, self.fmt.small_muted)
        cursor.insertBlock(self.fmt.title_block, self.fmt.title)
        cursor.insertText(header.title, self.fmt.title)
        if header.rows:
            tf = QTextTableFormat()
            tf.setBorder(0)
            tf.setCellSpacing(0)
            tf.setCellPadding(1)
            tf.setBorderCollapse(True)
            tf.setTopMargin(4)
            tf.setColumnWidthConstraints(
                [QTextLength(QTextLength.Type.VariableLength, 0), QTextLength(QTextLength.Type.VariableLength, 0)]
            )
            table = cursor.insertTable(len(header.rows), 2, tf)
            for r, row in enumerate(header.rows):
                lc = table.cellAt(r, 0)
                cf = QTextTableCellFormat()
                cf.setRightPadding(14)
                cf.setTopPadding(1)
                cf.setBottomPadding(1)
                lc.setFormat(cf)
                lc.firstCursorPosition().insertText(row.label, self.fmt.muted)
                self._runs(table.cellAt(r, 1).firstCursorPosition(), row.runs, self.fmt.body, self.fmt.link)
            cursor.setPosition(frame.lastPosition())
        if header.notice:
            cursor.insertBlock(self.fmt.notice_block, self.fmt.note)
            cursor.insertText(header.notice, self.fmt.note)
        if header.status is not None:
            cursor.insertBlock(self.fmt.notice_block, self.fmt.note)
            self._runs(cursor, header.status.runs, self.fmt.note, self.fmt.note_link)

    # ---- rows -------------------------------------------------------------------------------------------
    def _table_format(self) -> QTextTableFormat:
        tf = QTextTableFormat()
        tf.setBorder(0)
        tf.setBorderCollapse(True)
        tf.setCellSpacing(0)
        tf.setCellPadding(0)
        tf.setMargin(0)
        tf.setBottomMargin(0)
        tf.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        tf.setColumnWidthConstraints(column_constraints(self.result.ratio, self.cols))
        return tf

    def _row(self, cursor: QTextCursor, row: Row) -> PairLayout:
        cols = self.cols
        show_q, show_a = self.view.show_questions, self.view.show_answers
        rows = max(1, len(row.questions)) if show_q else 1
        table = cursor.insertTable(rows, cols, self._table_format())
        grouped = show_q and show_a and rows > 1
        if show_a and cols == 2 and rows > 1:
            table.mergeCells(0, 1, rows, 1)
        layout = PairLayout(row.index, row.pair, table, grouped=grouped, row=row)
        # Cells are filled one after another, and text inserted in one cell moves the positions of the cells
        # after it (the merged answer cell stands between the first and the second question row): keep a
        # cursor at each label, which follows the edits, and read the positions at the end.
        q_marks: list[QTextCursor] = []
        a_marks: list[QTextCursor] = []
        if show_q:
            for r, block in enumerate(row.questions):
                cur = table.cellAt(r, 0).firstCursorPosition()
                q_marks.append(self._mark(self._block(cur, block, True)))
            if row.question_note is not None:
                self._note(table.cellAt(0, 0).firstCursorPosition(), row.question_note)
        if show_a:
            cur = table.cellAt(0, cols - 1).firstCursorPosition()
            for k, block in enumerate(row.answers):
                a_marks.append(self._mark(self._block(cur, block, k == 0)))
            if row.answer_note is not None:
                self._note(cur, row.answer_note)
        layout.question_positions = [c.position() for c in q_marks]
        layout.answer_positions = [c.position() for c in a_marks]
        if show_q:
            layout.question_cell_position = table.cellAt(0, 0).firstPosition()
        if show_a:
            layout.answer_cell_position = table.cellAt(0, cols - 1).firstPosition()
        for r in range(rows):
            for c in range(cols):
                cell = table.cellAt(r, c)
                if cell.row() != r or cell.column() != c:
                    continue  # covered by a merged cell
                cell.setFormat(self.fmt.cell(column=c, columns=cols, first_row=r == 0, grouped_span=grouped))
        return layout

    def _pointer(self, cursor: QTextCursor, pointer: Pointer) -> None:
        table = cursor.insertTable(1, self.cols, self._table_format())
        for c in range(self.cols):
            table.cellAt(0, c).setFormat(self.fmt.pointer_cell(column=c, columns=self.cols))
        cur = table.cellAt(0, 0).firstCursorPosition()
        cur.setBlockFormat(self.fmt.label_block)
        cur.insertText(pointer.label, self.fmt.pointer_label)
        cur.insertText("  " + pointer.text, self.fmt.pointer)
        self.result.pointer_tables.append(table)

    # ---- endnotes ---------------------------------------------------------------------------------------
    def _endnotes(self, notes: Sequence[Endnote]) -> None:
        """A "Voetnoten" section: a two-column table (number, note), each citation's id and page below."""
        fmt = self.fmt
        ff = QTextFrameFormat()
        ff.setTopMargin(22)
        ff.setPadding(0)
        ff.setBorder(0)
        cursor = self.qdoc.rootFrame().lastCursorPosition()
        frame = cursor.insertFrame(ff)
        self.result.endnotes_frame = frame
        cursor.setBlockFormat(fmt.end_head_block)
        heading = self._mark(cursor.position())
        heading.setKeepPositionOnInsert(True)  # stays at the heading's start when it is typed and the table follows
        self.result.endnotes_heading = heading
        cursor.insertText(self.view.endnotes_heading, fmt.end_heading)
        tf = QTextTableFormat()
        tf.setBorder(0)
        tf.setBorderCollapse(True)
        tf.setCellSpacing(0)
        tf.setCellPadding(0)
        tf.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        tf.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.FixedLength, 26), QTextLength(QTextLength.Type.VariableLength, 0)]
        )
        table = cursor.insertTable(len(notes), 2, tf)
        cell_format = QTextTableCellFormat()
        cell_format.setTopPadding(3)
        cell_format.setBottomPadding(2)
        for r, note in enumerate(notes):
            for c in range(2):
                table.cellAt(r, c).setFormat(cell_format)
            number = QTextCharFormat(fmt.end_number)
            number.setAnchor(True)
            number.setAnchorNames([f"note-{note.number}"])
            table.cellAt(r, 0).firstCursorPosition().insertText(str(note.number), number)
            cur = table.cellAt(r, 1).firstCursorPosition()
            cur.insertText(note.text, fmt.end_body)
            for ref in note.references:
                cur.insertBlock(fmt.end_ref_block, fmt.end_small)
                cur.insertText(ref.id + "  ", fmt.end_small)
                f = QTextCharFormat(fmt.end_link)
                f.setAnchor(True)
                f.setAnchorHref(f"doc:{ref.id}")
                cur.insertText(ref.url, f)
            for url in note.urls:
                cur.insertBlock(fmt.end_ref_block, fmt.end_small)
                href = _web_href(url) if self.options.link_urls else None
                f = QTextCharFormat(fmt.end_link if href else fmt.end_small)
                if href:
                    f.setAnchor(True)
                    f.setAnchorHref(href)
                cur.insertText(url, f)

    # ---- all --------------------------------------------------------------------------------------------
    def write(self) -> AlignedDocument:
        cursor = QTextCursor(self.qdoc)
        cursor.beginEditBlock()
        if self.options.header:
            self._header(cursor, self.view.header)
            cursor = self.qdoc.rootFrame().lastCursorPosition()
        for item in self.view.items:
            if isinstance(item, Row):
                layout = self._row(cursor, item)
                layout.order = len(self.result.tables)
                self.result.tables.append(layout.table)
                self.result.pairs.append(layout)
            else:
                self._pointer(cursor, item)
                self.result.tables.append(self.result.pointer_tables[-1])
            cursor = self.qdoc.rootFrame().lastCursorPosition()
        if self.options.endnotes and self.view.endnotes:
            self._endnotes(self.view.endnotes)
        cursor.endEditBlock()
        return self.result


def write_text_document(
    view: View,
    doc: Document,
    options: AlignedOptions | None = None,
    colors: AlignedColors | None = None,
    parent: QObject | None = None,
) -> AlignedDocument:
    """Write `view` (of `doc`) as an aligned QTextDocument; what is shown comes from the view, how it is laid
    out (ratio, font, margins, header, endnotes) from `options`."""
    opts = options or AlignedOptions()
    opts = replace(opts, ratio=clamp_ratio(opts.ratio))
    return _Writer(view, doc, opts, colors or AlignedColors.for_print(), parent).write()


def build_aligned_document(
    doc: Document,
    options: AlignedOptions | None = None,
    colors: AlignedColors | None = None,
    parent: QObject | None = None,
) -> AlignedDocument:
    """Present `doc` and write it as an aligned QTextDocument. See the module docstring."""
    opts = options or AlignedOptions()
    return write_text_document(present(doc, opts.view_options()), doc, opts, colors, parent)
