"""The one print renderer: print preview, printer and PDF export all go through `PrintRenderer.render()`.

QtGui and QtPrintSupport only, so a PDF can be made on the command line without widgets or a display.

How a page is made
------------------
The aligned view is the view model's (`reader.presentation.view.present`) written by the text-document
writer (`reader.presentation.text_document`: a two-column `QTextTable` per question/answer pair, grouped
answers merged over their questions' rows, notes for unanswered questions, the endnotes), built without its
own margin and laid out *on the printer*: `documentLayout().setPaintDevice(printer)` with the page size of the
printer's body area, so line breaks are those of the paper, not of a screen (Qt scales the document's
pixel lengths — paddings, rules — from 96 dpi to the printer's resolution).

Each page of the printer is split into a header band (document id and subject, and on pages after the first
the column headings "Vraag" / "Antwoord"), the body (one page of the `QTextDocument`) and a footer band
("Pagina i van n"). The bands are drawn in our own page loop: `QTextDocument.print_()` prints no page numbers
for a document with a page size.

Pagination: the pairs are visited in order. A pair that straddles a page break continues on the next page,
both columns flowing on (Qt moves each line that does not fit to the next page, in both cells) under the
headings "Vraag 3 (vervolg)" / "Antwoord 3 (vervolg)", when the rest of the page is larger than a third of
it; else it gets `PageBreak_AlwaysBefore` on its table and starts on the next page. So the header and the
first pair start on page 1 and no page but the last is less than two thirds full. With the option "pairs
always whole" (`PrintOptions.whole_pairs`) a pair that fits on one page is never split: it moves whenever it
straddles a break. A pair taller than a page always flows on; a stub (its headings and a line or two) never
stands alone at the foot of a page. The layout is lazy, so each decision lays out the document only up to
the pair being placed.

The result of a layout is a `PageMap`: the page count and, for every printed pair, its first and last page
and whether it fits on one page. Tests and the preview read it; with "pairs always whole" a pair that fits
never has two pages.

Links: the aligned view's in-app anchors (`note:N`, `doc:<id>`) would become dead links in a PDF; for print
`doc:<id>` becomes the document's official URL and `note:N` loses its anchor. The endnotes (the view's) show
every citation's id and official URL, and the URLs the note names.

Words: the column headings, the "(vervolg)" headings and the footer come from the view, in its language.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextFrameFormat,
    QTextLength,
    QTextTable,
    QTextTableCellFormat,
    QTextTableFormat,
)
from PySide6.QtPrintSupport import QPrinter

from reader.core.citations import official_url
from reader.core.i18n import Text
from reader.core.model import Document, Pair
from reader.presentation.labels import document_title as document_title  # part of this module's API
from reader.presentation.text_document import (
    SPAN_BAR_WIDTH,
    AlignedColors,
    AlignedDocument,
    AlignedOptions,
    write_text_document,
)
from reader.presentation.view import Columns, View, ViewOptions, present
from reader.printing.errors import ExportError
from reader.printing.files import atomic_output, check_target
from reader.printing.options import PrintOptions

CREATOR = "Kamervragen Reader"
GUTTER = 28.0  # px at 96 dpi between the columns (Qt scales it to the printer)
MM_PER_INCH = 25.4
HEADER_POINT_SIZE = 7.5
HEADING_POINT_DELTA = -0.5  # column headings, relative to the body size
BAND_COLOR = QColor("#666666")
# serif faces that set well at 10 pt in a 8 cm column; DejaVu Serif (often the only one) only condensed
PREFERRED_FAMILIES = ("Source Serif 4", "Noto Serif", "Liberation Serif", "DejaVu Serif Condensed", "DejaVu Serif")

_PAPER_IDS: dict[str, QPageSize.PageSizeId] = {
    "a4": QPageSize.PageSizeId.A4,
    "a3": QPageSize.PageSizeId.A3,
    "a5": QPageSize.PageSizeId.A5,
    "letter": QPageSize.PageSizeId.Letter,
    "legal": QPageSize.PageSizeId.Legal,
}


def ensure_gui_application() -> QGuiApplication:
    """A QGuiApplication for fonts and painting; on the command line one is made on the offscreen platform."""
    app = QGuiApplication.instance()
    if app is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["kamervragen-reader"])
    return app  # type: ignore[return-value]


def print_font_family() -> str:
    """A serif family for print when one is installed, else the application font's family."""
    families = set(QFontDatabase.families())
    for family in PREFERRED_FAMILIES:
        if family in families:
            return family
    return QGuiApplication.font().family()


def page_layout_for(options: PrintOptions) -> QPageLayout:
    size = QPageSize(_PAPER_IDS.get(options.paper.lower(), QPageSize.PageSizeId.A4))
    orientation = QPageLayout.Orientation.Landscape if options.landscape else QPageLayout.Orientation.Portrait
    margins = QMarginsF(options.margin_left, options.margin_top, options.margin_right, options.margin_bottom)
    layout = QPageLayout(size, orientation, QMarginsF(), QPageLayout.Unit.Millimeter)
    # margins beyond what the paper allows are clamped rather than refused
    layout.setMode(QPageLayout.Mode.StandardMode)
    if not layout.setMargins(margins):
        layout.setMargins(QMarginsF(10, 10, 10, 10))
    return layout


def configure_printer(printer: QPrinter, options: PrintOptions, doc: Document) -> None:
    """Paper, orientation, margins and the PDF metadata (title, creator) from the options."""
    printer.setPageLayout(page_layout_for(options))
    printer.setDocName(document_title(doc))
    printer.setCreator(CREATOR)


def new_pdf_printer(path: str | Path, options: PrintOptions, doc: Document) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    configure_printer(printer, options, doc)
    return printer


# ---- the page map -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PairPlacement:
    """Where one printed pair landed. Pages are 1-based, as printed in the footer."""

    index: int  # into Document.pairs()
    first_page: int
    last_page: int
    fits: bool | None  # the pair fits on one page; None: not measured (it continues on the next page anyway)
    height: float  # its height in device pixels, as laid out from its first page (including any jump)
    room: float | None = None  # when it straddled a page break where it first stood: the room left above it
    moved: bool = False  # it was moved to start on the next page

    @property
    def split(self) -> bool:
        return self.last_page > self.first_page


@dataclass(frozen=True)
class PageMap:
    page_count: int
    pairs: tuple[PairPlacement, ...]
    page_height: float  # body height in device pixels
    resolution: int

    def placement(self, index: int) -> PairPlacement | None:
        for p in self.pairs:
            if p.index == index:
                return p
        return None

    def pairs_on(self, page: int) -> list[int]:
        """The pair indexes with content on `page` (1-based)."""
        return [p.index for p in self.pairs if p.first_page <= page <= p.last_page]


@dataclass
class _Geometry:
    width: float
    height: float
    dpi_x: float
    dpi_y: float
    header_height: float
    footer_height: float
    header_font: QFont
    heading_font: QFont
    min_start: float  # the least of a long pair worth starting at the foot of a page: headings and 3 lines

    @property
    def body_height(self) -> float:
        return self.height - self.header_height - self.footer_height

    def key(self) -> tuple[float, ...]:
        return (round(self.width, 2), round(self.height, 2), self.dpi_x, self.dpi_y)

    def mm(self, value: float) -> float:
        return value * self.dpi_y / MM_PER_INCH


# ---- the renderer -------------------------------------------------------------------------------------------
class PrintRenderer:
    """Lay out and paint the aligned view of `doc` on a QPrinter (preview, printer or PDF).

    `current_pair` is the pair shown in the window (for `Scope.CURRENT`); `view` a view model of `doc` to print
    instead of the one made from the options (its rows and columns are what is printed). `layout(printer)`
    paginates for that printer's paper and returns the `PageMap`; `render(printer)` paints every page (or the
    printer's page range) and returns it too. A renderer can be used again for another printer: the layout is
    redone when the paper, margins or resolution differ (the preview's page setup changes them).
    """

    def __init__(
        self,
        doc: Document,
        options: PrintOptions | None = None,
        *,
        current_pair: int | None = None,
        font_family: str | None = None,
        view: View | None = None,
    ) -> None:
        ensure_gui_application()
        self.doc = doc
        self.options = options or PrintOptions()
        self.all_pairs: list[Pair] = doc.pairs()
        self.pair_indexes: list[int] | None = self.options.resolved_pairs(len(self.all_pairs), current_pair)
        # what is printed: the view model of the document (a caller may hand over one it made)
        self.view = view or present(doc, ViewOptions(columns=self.options.columns, pairs=self.pair_indexes))
        self.font_family = font_family or print_font_family()
        self.colors = AlignedColors.for_print()
        self.aligned: AlignedDocument | None = None
        self.page_map: PageMap | None = None
        self._geometry: _Geometry | None = None
        self._heading_table: QTextTable | None = None
        self._column_x: list[float] | None = None

    # ---- public ------------------------------------------------------------------------------------------
    @property
    def printed_indexes(self) -> list[int]:
        return [r.index for r in self.view.rows]

    def layout(self, printer: QPrinter) -> PageMap:
        geometry = self._measure(printer)
        if self.page_map is not None and self._geometry is not None and self._geometry.key() == geometry.key():
            return self.page_map
        self._geometry = geometry
        self._column_x = None
        self._build(printer, geometry)
        self.page_map = self._paginate(geometry)
        return self.page_map

    def render(self, printer: QPrinter) -> PageMap:
        """Paint the pages on `printer`; raises ExportError when the printer cannot be opened."""
        page_map = self.layout(printer)
        pages = self._pages_to_print(printer, page_map.page_count)
        painter = QPainter()
        if not painter.begin(printer):
            reason = QCoreApplication.translate("PrintRenderer", "de printer kon niet worden geopend")
            raise ExportError("cannot_write", path=printer.outputFileName() or printer.printerName(), reason=reason)
        try:
            for n, page in enumerate(pages):
                if n:
                    printer.newPage()
                self.paint_page(painter, page)
        finally:
            painter.end()
        return page_map

    def paint_page(self, painter: QPainter, page: int) -> None:
        """Paint page `page` (1-based) with the painter's origin at the top left of the printable area."""
        assert self.aligned is not None and self._geometry is not None and self.page_map is not None
        g = self._geometry
        qdoc = self.aligned.document
        body_h = g.body_height
        top = (page - 1) * body_h
        painter.save()
        painter.translate(0, g.header_height - top)
        clip = QRectF(0, top, g.width, body_h)
        painter.setClipRect(clip)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.clip = clip
        ctx.palette.setColor(ctx.palette.ColorRole.Text, Qt.GlobalColor.black)
        qdoc.documentLayout().draw(painter, ctx)
        painter.restore()
        self._paint_bands(painter, page)

    # ---- geometry ----------------------------------------------------------------------------------------
    def _measure(self, printer: QPrinter) -> _Geometry:
        width = float(printer.width())
        height = float(printer.height())
        dpi_x, dpi_y = float(printer.logicalDpiX()), float(printer.logicalDpiY())
        header_font = self._font(HEADER_POINT_SIZE)
        heading_font = self._font(self.options.font_size + HEADING_POINT_DELTA, bold=True)
        fm_header = QFontMetricsF(header_font, printer)
        fm_heading = QFontMetricsF(heading_font, printer)
        mm = dpi_y / MM_PER_INCH
        # header: the id/subject line, a hairline, the column headings, then room before the body
        header_height = fm_header.height() + 1.5 * mm + fm_heading.height() + 2.5 * mm
        footer_height = 4.0 * mm + fm_header.height()
        if height - header_height - footer_height < 20 * mm:  # absurd margins: still leave a body
            header_height = footer_height = max(1.0, (height - 20 * mm) / 2)
        body_line = QFontMetricsF(self._font(self.options.font_size), printer).lineSpacing() * 1.25
        min_start = 5 * body_line + 4 * mm
        return _Geometry(
            width, height, dpi_x, dpi_y, header_height, footer_height, header_font, heading_font, min_start
        )

    def _font(self, point_size: float, bold: bool = False) -> QFont:
        font = QFont(self.font_family)
        font.setPointSizeF(point_size)
        # print metrics must not depend on a screen's hinting (same breaks in preview and on paper)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        # no "fi"/"fl" ligatures: text copied or searched in the PDF must read "financiering", not "ﬁnanciering"
        font.setFeature(QFont.Tag("liga"), 0)
        if bold:
            font.setWeight(QFont.Weight.Bold)
        return font

    # ---- building ----------------------------------------------------------------------------------------
    def _build(self, printer: QPrinter, g: _Geometry) -> None:
        opts = AlignedOptions(
            ratio=self.options.ratio,
            font=self._font(self.options.font_size),
            columns=self.view.columns,
            endnotes=self.options.footnotes,
            header=True,
            document_margin=0.0,  # the page margins come from the printer
            gutter=GUTTER,
            link_urls=True,
        )
        self.aligned = write_text_document(self.view, self.doc, opts, self.colors)
        qdoc = self.aligned.document
        qdoc.documentLayout().setPaintDevice(printer)
        qdoc.setPageSize(QSizeF(g.width, g.body_height))
        cursor = QTextCursor(qdoc)
        cursor.beginEditBlock()
        self._rewrite_links(qdoc)
        self._heading_table = self._insert_headings()
        cursor.endEditBlock()

    def _rewrite_links(self, qdoc: QTextDocument) -> None:
        """In-app anchors become official URLs (doc:) or plain text (note:); see the module docstring."""
        edits: list[tuple[int, int, QTextCharFormat]] = []
        block = qdoc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                fmt = frag.charFormat()
                if fmt.isAnchor():
                    href = fmt.anchorHref()
                    new = QTextCharFormat(fmt)
                    new.clearProperty(QTextFormat.Property.TextToolTip)
                    if href.startswith("doc:"):
                        new.setAnchorHref(official_url(href[4:]))
                    elif href.startswith("note:"):
                        new.setAnchor(False)
                        new.clearProperty(QTextFormat.Property.AnchorHref)
                    edits.append((frag.position(), frag.length(), new))
                it += 1
            block = block.next()
        cursor = QTextCursor(qdoc)
        for position, length, fmt in edits:
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(fmt)

    def _heading_format(self) -> QTextCharFormat:
        f = QTextCharFormat()
        f.setFontWeight(QFont.Weight.Bold)
        f.setFontPointSize(self.options.font_size + HEADING_POINT_DELTA)
        f.setForeground(self.colors.accent)
        return f

    def _insert_headings(self) -> QTextTable | None:
        """The column headings of page 1, as the last row of the document's header (later pages draw theirs)."""
        assert self.aligned is not None
        frame = self.aligned.header_frame
        if frame is None or not self.aligned.pairs:
            return None
        columns = self._heading_texts()
        tf = QTextTableFormat()
        tf.setBorder(0)
        tf.setBorderCollapse(True)
        tf.setCellSpacing(0)
        tf.setCellPadding(0)
        tf.setMargin(0)
        tf.setTopMargin(14)
        tf.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        tf.setColumnWidthConstraints(self.aligned.pairs[0].table.format().columnWidthConstraints())
        cursor = frame.lastCursorPosition()
        table = cursor.insertTable(1, len(columns), tf)
        for c, text in enumerate(columns):
            cell = table.cellAt(0, c)
            cf = QTextTableCellFormat()
            cf.setBottomPadding(4)
            cf.setLeftPadding(GUTTER / 2 if c > 0 else 0)
            cf.setRightPadding(GUTTER / 2 if c < len(columns) - 1 else 0)
            if c > 0:  # the answer cells reserve the grouped-answer bar; keep the heading above their text
                cf.setLeftBorder(SPAN_BAR_WIDTH)
                cf.setLeftBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
                cf.setLeftBorderBrush(QColor(0, 0, 0, 0))
            cell.setFormat(cf)
            cell.firstCursorPosition().insertText(text, self._heading_format())
        return table

    def _heading_texts(self) -> list[str]:
        return list(self.view.headings)

    # ---- pagination --------------------------------------------------------------------------------------
    def _extent(self, table: QTextTable) -> tuple[float, float]:
        """(top of the first text, bottom of the last text) of a pair's table, in document coordinates."""
        assert self.aligned is not None
        qdoc = self.aligned.document
        layout = qdoc.documentLayout()
        top = math.inf
        bottom = -math.inf
        for c in range(table.columns()):
            first = table.cellAt(0, c)
            top = min(top, layout.blockBoundingRect(qdoc.findBlock(first.firstPosition())).top())
        for r in range(table.rows()):
            for c in range(table.columns()):
                cell = table.cellAt(r, c)
                if cell.row() != r or cell.column() != c:
                    continue
                rect = layout.blockBoundingRect(qdoc.findBlock(cell.lastPosition()))
                bottom = max(bottom, rect.bottom())
        return top, bottom

    def _page_of(self, y: float, page_h: float) -> int:
        return int(y // page_h) + 1

    @staticmethod
    def _set_break(frame: QTextFrame, on: bool) -> None:
        fmt = frame.frameFormat()
        fmt.setPageBreakPolicy(
            QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore if on else QTextFormat.PageBreakFlag.PageBreak_Auto
        )
        frame.setFrameFormat(fmt)

    def _paginate(self, g: _Geometry) -> PageMap:
        """Place the pairs one by one (see the module docstring): a pair that straddles a page break moves to
        the next page, or continues there, by `PrintOptions.whole_pairs`."""
        assert self.aligned is not None
        qdoc = self.aligned.document
        page_h = g.body_height
        placements: list[PairPlacement] = []
        for k, pl in enumerate(self.aligned.pairs):
            table = pl.table
            top, bottom = self._extent(table)
            first, last = self._page_of(top, page_h), self._page_of(bottom - 1, page_h)
            fits: bool | None = True
            moved = False
            room: float | None = None
            if last > first:
                room = first * page_h - top  # from the pair's first line to the foot of its page
                if top - (first - 1) * page_h < g.mm(12):
                    fits = False  # it already starts at the top of a page: no page is tall enough
                elif self._continues(k, room, g):
                    fits = None  # not measured: it goes on on the next page whatever its height
                else:
                    # would it fit on a page of its own? Try: start it on the next page and look again
                    self._set_break(table, True)
                    top2, bottom2 = self._extent(table)
                    first2, last2 = self._page_of(top2, page_h), self._page_of(bottom2 - 1, page_h)
                    fits = last2 == first2
                    moved = self._moves(fits, room, g)
                    if moved:
                        top, bottom, first, last = top2, bottom2, first2, last2
                        if k == 0:
                            self._remove_headings()  # page 1 keeps the title; page 2 draws the headings
                    else:
                        self._set_break(table, False)  # it flows on from here
            placements.append(PairPlacement(pl.index, first, last, fits, bottom - top, room, moved))
        self._keep_endnotes_heading(page_h)
        self._split_blocks_at_page_breaks(page_h)
        page_count = max(1, qdoc.pageCount())
        return PageMap(page_count, tuple(placements), page_h, int(g.dpi_y))

    def _continues(self, k: int, room: float, g: _Geometry) -> bool:
        """Whether the k-th printed pair, straddling a page break with `room` left above the break, goes on on
        the next page whatever its height: by default when more than a third of the page is left (so that
        no page but the last stands less than two thirds full), and always for the first pair (the header and
        the first pair start on page 1). Never with "pairs always whole", nor when only a stub (its headings
        and a line or two: less than `min_start`) would stand at the foot of the page."""
        if self.options.whole_pairs or room < g.min_start:
            return False
        return k == 0 or room > g.body_height / 3

    def _moves(self, fits: bool, room: float, g: _Geometry) -> bool:
        """Whether a pair that does not simply continue (see `_continues`) starts on the next page: when it
        fits on a page, or when only a stub of it would stand at the foot of this one. A pair taller than a
        page otherwise flows on from here (moving it would leave the rest of this page empty for nothing)."""
        return fits or room < g.min_start

    def _split_blocks_at_page_breaks(self, page_h: float) -> None:
        """End every paragraph that runs over a page break at the break, and go on in a new paragraph.

        QTextLayout.draw() also draws the last line *above* its clip rectangle (its first-line search keeps
        the index of the last line that is out), so a paragraph running over a page break would put its last
        line of the page, clipped and invisible, into the next page's PDF text too: found twice by search,
        copied twice. Split at the break, the part above is a block of its own that the next page does not
        draw. The layout stays the same: the lines of both parts break as before, the part below starts at
        the top of the page where its first line already stood, and the two parts have no margin between them.
        """
        assert self.aligned is not None
        qdoc = self.aligned.document
        layout = qdoc.documentLayout()
        # First find every break (reading the layout only), then split from the end backwards in one edit: each
        # edit would otherwise lay the document out again, and positions before an edit do not move.
        splits: list[tuple[int, list[int]]] = []  # (block position, positions where a new page starts)
        block = qdoc.begin()
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            lines = block.layout().lineCount()
            if lines > 1 and self._page_of(rect.top(), page_h) != self._page_of(rect.bottom() - 1, page_h):
                tl = block.layout()
                page = self._page_of(rect.top() + tl.lineAt(0).y(), page_h)
                at: list[int] = []
                for i in range(1, lines):
                    line = tl.lineAt(i)
                    line_page = self._page_of(rect.top() + line.y(), page_h)
                    if line_page != page:
                        at.append(block.position() + line.textStart())
                        page = line_page
                if at:
                    splits.append((block.position(), at))
            block = block.next()
        if not splits:
            return
        cursor = QTextCursor(qdoc)
        cursor.beginEditBlock()
        for start, at in reversed(splits):
            base = qdoc.findBlock(start).blockFormat()
            for k, split_at in enumerate(reversed(at)):
                part = QTextBlockFormat(base)  # the part from here on: no margin above, no first-line indent
                part.setTopMargin(0)
                part.setTextIndent(0)
                if k:
                    part.setBottomMargin(0)  # not the last part: no margin below either
                cursor.setPosition(split_at)
                if qdoc.characterAt(split_at - 1) == "\u2028":
                    # a kept list line ends right here: the new paragraph replaces its line separator
                    cursor.setPosition(split_at - 1, QTextCursor.MoveMode.KeepAnchor)
                    cursor.removeSelectedText()
                cursor.insertBlock(part, cursor.charFormat())
            above = QTextBlockFormat(base)
            above.setBottomMargin(0)
            cursor.setPosition(start)
            cursor.setBlockFormat(above)
        cursor.endEditBlock()

    def _remove_headings(self) -> None:
        """Take the page-1 column headings out when the first pair starts on page 2 (no orphan headings)."""
        table = self._heading_table
        if table is None:
            return
        cursor = QTextCursor(table.document())
        cursor.setPosition(table.firstPosition() - 1)
        cursor.setPosition(table.lastPosition() + 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        self._heading_table = None

    def _keep_endnotes_heading(self, page_h: float) -> None:
        """Never leave the heading "Voetnoten" alone at the foot of a page."""
        assert self.aligned is not None
        frame, position = self.aligned.endnotes_frame, self.aligned.endnotes_heading_position
        if frame is None or position is None:
            return
        qdoc = self.aligned.document
        layout = qdoc.documentLayout()
        head = qdoc.findBlock(position)
        first_note = head.next()
        if not first_note.isValid():
            return
        a = layout.blockBoundingRect(head)
        b = layout.blockBoundingRect(first_note)
        if self._page_of(a.top(), page_h) != self._page_of(b.top() + min(b.height(), page_h) / 2, page_h):
            self._set_break(frame, True)

    # ---- bands -------------------------------------------------------------------------------------------
    def _pages_to_print(self, printer: QPrinter, count: int) -> list[int]:
        pages = list(range(1, count + 1))
        if printer.printRange() == QPrinter.PrintRange.PageRange:
            ranges = printer.pageRanges()
            if not ranges.isEmpty():
                pages = [p for p in pages if ranges.contains(p)]
            elif printer.fromPage() > 0:
                pages = [p for p in pages if printer.fromPage() <= p <= (printer.toPage() or count)]
        if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
            pages.reverse()
        return pages or [1]

    def _paint_bands(self, painter: QPainter, page: int) -> None:
        assert self._geometry is not None and self.page_map is not None
        g = self._geometry
        painter.save()
        fm = QFontMetricsF(g.header_font, painter.device())
        painter.setFont(g.header_font)
        painter.setPen(BAND_COLOR)
        title = fm.elidedText(document_title(self.doc), Qt.TextElideMode.ElideRight, g.width)
        painter.drawText(QPointF(0, fm.ascent()), title)
        rule_y = fm.height() + 0.6 * g.mm(1)
        pen = QPen(QColor("#b0b0b0"))
        pen.setWidthF(max(1.0, g.dpi_y / 300))  # a hairline of about 0.25 pt
        painter.setPen(pen)
        painter.drawLine(QPointF(0, rule_y), QPointF(g.width, rule_y))
        if page > 1:
            self._paint_headings(painter, page, rule_y + 1.5 * g.mm(1))
        footer = self.view.page_words.format(page, self.page_map.page_count)
        painter.setFont(g.header_font)
        painter.setPen(BAND_COLOR)
        baseline = g.height - fm.descent()
        painter.drawText(QPointF((g.width - fm.horizontalAdvance(footer)) / 2, baseline), footer)
        painter.restore()

    def _paint_headings(self, painter: QPainter, page: int, y: float) -> None:
        """The column headings at the top of a page that shows pairs; a pair carried over says so."""
        assert self._geometry is not None and self.page_map is not None and self.aligned is not None
        g = self._geometry
        on_page = [p for p in self.page_map.pairs if p.first_page <= page <= p.last_page]
        if not on_page:
            return
        continued = on_page[0] if on_page[0].first_page < page else None
        texts = self._heading_texts()
        if continued is not None:
            texts = self._continued_texts(continued.index, page)
        xs = self._column_xs()
        fm = QFontMetricsF(g.heading_font, painter.device())
        painter.setFont(g.heading_font)
        painter.setPen(self.colors.accent)
        for text, x in zip(texts, xs, strict=False):
            painter.drawText(QPointF(x, y + fm.ascent()), text)

    def _continued_texts(self, index: int, page: int) -> list[str]:
        """Headings over a pair carried over: "Vraag 3 (vervolg)" over a column that goes on on this page."""
        assert self.aligned is not None and self._geometry is not None
        pl = next(pl for pl in self.aligned.pairs if pl.index == index)
        assert pl.row is not None
        q, a = pl.row.continued
        plain = self._heading_texts()
        columns = self.view.columns
        labelled = [q, a] if columns == Columns.BOTH else [q if columns == Columns.QUESTIONS else a]
        table = pl.table
        qdoc = self.aligned.document
        layout = qdoc.documentLayout()
        out = []
        for c, (text, fallback) in enumerate(zip(labelled, plain, strict=True)):
            bottom = max(
                layout.blockBoundingRect(qdoc.findBlock(table.cellAt(r, c).lastPosition())).bottom()
                for r in range(table.rows())
            )
            goes_on = self._page_of(bottom - 1, self._geometry.body_height) >= page
            out.append(text if goes_on else fallback)
        return out

    def _column_xs(self) -> list[float]:
        """The x where each column's text starts, read from the first pair's laid-out cells."""
        assert self.aligned is not None
        if self._column_x is None:
            qdoc = self.aligned.document
            layout = qdoc.documentLayout()
            table = self.aligned.pairs[0].table if self.aligned.pairs else None
            xs = [0.0]
            if table is not None:
                xs = [layout.blockBoundingRect(qdoc.findBlock(table.cellAt(0, c).firstPosition())).left()
                      for c in range(table.columns())]  # fmt: skip
            self._column_x = xs
        return self._column_x


# ---- PDF export ---------------------------------------------------------------------------------------------
def export_pdf(
    doc: Document,
    path: str | Path,
    options: PrintOptions | None = None,
    *,
    current_pair: int | None = None,
    overwrite: bool = False,
    view: View | None = None,
) -> PageMap:
    """Write the aligned print of `doc` to `path` as PDF; returns the page map. Raises ExportError.

    `view`: the view model to print (the window's, which knows what the library knows, e.g. that a set was
    postponed); by default the one the options ask for.

    Written to a temporary file in the same folder and moved into place when complete (see files.py), so a
    failure never leaves a half-written PDF and never damages an existing file.
    """
    opts = options or PrintOptions()
    check_target(path, overwrite)  # before the work: a refused target costs nothing
    renderer = PrintRenderer(doc, opts, current_pair=current_pair, view=view)
    pages: list[int] = []

    def verify(written: Path) -> None:
        verify_pdf(written, pages[0], str(path))

    with atomic_output(path, overwrite, verify) as tmp:
        page_map = renderer.render(new_pdf_printer(tmp, opts, doc))
        pages.append(page_map.page_count)
    return page_map


def verify_pdf(written: Path, pages: int, shown: str) -> None:
    """The PDF as written opens, whole, with `pages` pages; else ExportError (a full disk, a size limit)."""
    from PySide6.QtPdf import QPdfDocument

    reason: Text | None = None
    try:
        size = written.stat().st_size
        with written.open("rb") as fh:
            fh.seek(max(0, size - 1024))
            tail = fh.read()
    except OSError as exc:
        raise ExportError("pdf_failed", path=shown, reason=exc.strerror or str(exc)) from exc
    if size == 0 or b"%%EOF" not in tail:
        reason = Text("pdf_incomplete")
    else:
        pdf = QPdfDocument()
        pdf.load(str(written))
        if pdf.status() != QPdfDocument.Status.Ready or pdf.pageCount() != pages:
            reason = Text("pdf_incomplete")
        pdf.close()
    if reason:
        raise ExportError("pdf_failed", path=shown, reason=reason)
