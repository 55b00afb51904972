"""The reading pane: a document's questions on the left, its answers on the right, each pair side by side.

Design
------
`ReadingPane` is a `QTextBrowser` showing the `QTextDocument` that `reader.presentation.text_document`
writes from the view model: a header, then one two-column table per question/answer pair. Because a pair is
one table row, the top of a question and the top of its answer stand at the same height at every width, column
ratio, zoom and scroll position, and the two columns scroll as one (a single vertical scroll bar; nothing to
synchronise, so no drift). Selection, copying, find, link navigation by keyboard and accessibility are
`QTextBrowser`'s own.

- The column divider is a thin `ColumnDivider` widget laid over the viewport at the boundary between the
  columns (the split-cursor, like a `QSplitter` handle). Dragging it changes the column percentages of every
  pair table in one edit (`AlignedDocument.set_ratio`), so alignment holds while dragging; double-click
  resets it to 50/50.
- The current pair is painted behind its table in `paintEvent` (from `AlignedDocument.pair_rect`), so
  highlighting never changes the document and never relays it out. `go_to_pair` adds a brief fading flash.
- Width changes, zoom and ratio changes keep the pair at the top of the view where it was.
- Zoom changes the widget font, which `QTextEdit` copies into the document's default font; every size in the
  document is relative to it (see presentation.text_style), so zoom is a relayout, not a rebuild. The font uses
  `QFont.PreferNoShaping`: a relayout reshapes all text, and skipping shaping halves it (BENCHMARKS.md).
- A palette change (dark mode) rebuilds the document with colours from the new palette.
- Safety: document text is inserted as plain text (see presentation.text_document); `loadResource` refuses everything
  and `doSetSource` never navigates (both record what was asked in `refused_resources`, for tests); links are
  signals, and only http(s) URLs are emitted as external links (the caller opens them with
  `QDesktopServices.openUrl`).

Rejected: two text views in a `QSplitter` with synchronised scrolling (needs per-pair padding or scroll
mapping, drifts, two scroll bars, selection cannot cross); a `QTableView` with a row per pair (rows must be
measured with resizeRowsToContents, which freezes on long documents, and text selection across cells is lost).

Pair indexes are display indexes, in `Document.pairs()` order (the pane always shows every pair).

Public API
----------
Signals: `footnote_activated(int)` (a `note:N` marker clicked or activated by keyboard),
`citation_activated(str)` (a `doc:<id>` reference), `external_link_activated(QUrl)` (http/https only),
`pair_changed(int)` (the current pair changed by click, navigation or find; -1 = none),
`column_ratio_changed(float)` (the divider moved: at the end of a drag, on reset, or by `set_column_ratio`;
for saving in settings), `zoom_changed(float)` (the new point size).

Methods: `set_document(doc: Document | None, *, postponed: bool | None = None, postponed_on: date | None =
None)`, `model_document() -> Document | None`, `aligned() -> AlignedDocument | None`, `pair_count() -> int`,
`pairs() -> list[Pair]`, `current_pair() -> int`, `set_current_pair(i: int) -> None` (highlight, no scroll),
`go_to_pair(i: int, *, flash: bool = True) -> None` (scroll the pair to `TOP_OFFSET` px below the top, make it
current, move the text cursor to it, flash it), `next_pair() -> bool`, `previous_pair() -> bool` (from the
current pair, or from the pair at the top when none is current), `pair_at_top() -> int`,
`pair_at(pos: QPoint) -> int`, `pair_tops(i: int) -> tuple[float, float]` (question top and answer top in
viewport coordinates), `pair_viewport_rect(i: int) -> QRectF`, `column_ratio() -> float`,
`set_column_ratio(r: float) -> None` (0.2–0.8), `divider() -> ColumnDivider`, `zoom_in()`, `zoom_out()`,
`reset_zoom()`, `point_size() -> float`, `default_point_size() -> float`, `set_point_size(pt: float)`,
`set_base_font(font: QFont)` (the reading font; its size becomes 100%), `colors() -> AlignedColors`,
`find_text(text: str, *, backward: bool = False, case_sensitive: bool = False, whole_words: bool = False)
-> bool` (selects the match, wraps around, makes its pair current).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QMimeData,
    QPoint,
    QPointF,
    QRectF,
    Qt,
    QUrl,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QGuiApplication,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from reader.core.model import Document, Pair, Reference
from reader.presentation.soft_breaks import strip_soft_breaks
from reader.presentation.text_document import (
    SPAN_BAR_WIDTH,
    AlignedColors,
    AlignedDocument,
    AlignedOptions,
    Columns,
    build_aligned_document,
    clamp_ratio,
)

ZOOM_SIZES = (6.0, 7.0, 8.0, 9.0, 10.0, 10.5, 11.0, 12.0, 13.0, 14.0, 16.0, 18.0, 20.0, 22.0, 24.0, 28.0, 32.0)
TOP_OFFSET = 10  # where go_to_pair puts the top of a pair, in pixels from the top of the view
FLASH_MS = 900


class ColumnDivider(QWidget):
    """The handle between the two columns: drag to change their widths, double-click for 50/50."""

    WIDTH = 9

    def __init__(self, pane: ReadingPane) -> None:
        super().__init__(pane.viewport())
        self._pane = pane
        self._dragging = False
        self._hover = False
        self.setCursor(Qt.CursorShape.SplitHCursor)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover, True)
        self.setAccessibleName(self.tr("Kolomscheiding"))
        self.setAccessibleDescription(
            self.tr("Sleep om de vragen- en antwoordkolom breder of smaller te maken; dubbelklik voor gelijke breedte.")
        )
        self.setToolTip(self.tr("Sleep om de kolommen te verbreden of te versmallen; dubbelklik voor gelijke breedte"))
        self.hide()

    def line_x(self) -> float:
        """The x of the drawn line in the viewport."""
        return self.x() + self.width() / 2

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        colors = self._pane.colors()
        active = self._dragging or self._hover
        color = QColor(colors.accent if active else colors.rule)
        width = 3 if active else 1
        x = self.width() / 2
        p.setPen(QPen(color, width))
        p.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        p.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.HoverEnter:
            self._hover = True
            self.update()
        elif event.type() == QEvent.Type.HoverLeave:
            self._hover = False
            self.update()
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._dragging = True
            self.update()
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging:
            x = self.mapToParent(event.position().toPoint()).x()
            self._pane._drag_divider_to(x)
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._dragging and event.button() == Qt.MouseButton.LeftButton:
            self._dragging = False
            self.update()
            self._pane._end_divider_drag()
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pane.set_column_ratio(0.5)
            event.accept()


class ReadingPane(QTextBrowser):
    """Questions and answers side by side. See the module docstring."""

    footnote_activated = Signal(int)
    citation_activated = Signal(str)
    external_link_activated = Signal(QUrl)
    pair_changed = Signal(int)
    column_ratio_changed = Signal(float)
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source: Document | None = None
        self._aligned: AlignedDocument | None = None
        self._postponed: bool | None = None
        self._postponed_on: date | None = None
        self._answered_in: Reference | None = None
        self.today: date | None = None  # the date open questions are told on (None: today; fixed in tests)
        self._current = -1
        self._ratio = 0.5
        self._flash_level = 0.0
        self._flash_pair = -1
        self.refused_resources: list[tuple[int, str]] = []

        app_font = QGuiApplication.font()
        self._base_font = QFont(app_font)
        self._default_point_size = max(10.5, round(app_font.pointSizeF() * 1.15 * 2) / 2)
        self._point_size = self._default_point_size
        self._apply_widget_font()

        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.setAcceptDrops(False)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        # The text always wraps to the view (tables are 100% wide; lines break at word boundaries, and a token
        # longer than a column gets invisible break opportunities: presentation.soft_breaks), so there is
        # never anything to scroll sideways. While QTextDocumentLayout lays a long document out
        # lazily, it reports the width of a table's unwrapped trial layout (thousands of pixels) and QTextEdit
        # would show a horizontal scroll bar for it: keep that bar off and its range empty.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.horizontalScrollBar().rangeChanged.connect(self._no_horizontal_range)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Vragen en antwoorden"))
        self.setAccessibleDescription(
            self.tr("Vragen links, antwoorden rechts; elk antwoord staat naast de vraag die het beantwoordt.")
        )
        self.anchorClicked.connect(self._on_anchor_clicked)

        self._divider = ColumnDivider(self)
        self._flash = QVariantAnimation(self)
        self._flash.setStartValue(1.0)
        self._flash.setEndValue(0.0)
        self._flash.setDuration(FLASH_MS)
        self._flash.setEasingCurve(QEasingCurve.Type.InQuad)
        self._flash.valueChanged.connect(self._on_flash)
        self.verticalScrollBar().valueChanged.connect(self._place_divider)
        self.horizontalScrollBar().valueChanged.connect(self._place_divider)
        self._colors = AlignedColors.from_palette(self.palette())
        self._show_empty()

    # ---- the document -----------------------------------------------------------------------------
    def set_document(
        self,
        doc: Document | None,
        *,
        postponed: bool | None = None,
        postponed_on: date | None = None,
        answered_in: Reference | None = None,
    ) -> None:
        """Show `doc` (None: empty). `postponed`/`postponed_on` override what unanswered questions say;
        `answered_in`: the answer the library holds for a document of open questions."""
        self._source = doc
        self._postponed = postponed
        self._postponed_on = postponed_on
        self._answered_in = answered_in
        self._flash.stop()
        self._flash_level = 0.0
        changed = self._current != -1
        self._current = -1
        self._rebuild()
        self.verticalScrollBar().setValue(0)
        self._place_divider()
        if changed:
            self.pair_changed.emit(-1)

    def model_document(self) -> Document | None:
        """The `Document` shown (`document()` is the QTextDocument, as in every QTextEdit)."""
        return self._source

    def aligned(self) -> AlignedDocument | None:
        return self._aligned

    def colors(self) -> AlignedColors:
        return self._colors

    def _show_empty(self) -> None:
        empty = QTextDocument(self)
        self._replace_document(empty)
        self._aligned = None
        self._place_divider()

    def _replace_document(self, new: QTextDocument) -> None:
        old = self.document()
        owned = old is not None and old is not new and old.parent() is self
        self.setDocument(new)
        if owned:
            old.deleteLater()
        new.documentLayout().documentSizeChanged.connect(self._place_divider)

    def _rebuild(self) -> None:
        if self._source is None:
            self._show_empty()
            return
        options = AlignedOptions(
            ratio=self._ratio,
            font=self._zoomed_font(),
            postponed=self._postponed,
            postponed_on=self._postponed_on,
            columns=Columns.AUTO,  # questions without answers in one column
            today=self.today,
            answered_in=self._answered_in,
            word_wrap=True,  # words are never broken (the window keeps room for 30 characters a column)
        )
        aligned = build_aligned_document(self._source, options, self._colors, parent=self)
        self._replace_document(aligned.document)
        self._aligned = aligned

    # ---- pairs ------------------------------------------------------------------------------------
    def pair_count(self) -> int:
        return len(self._aligned.pairs) if self._aligned else 0

    def pairs(self) -> list[Pair]:
        return [p.pair for p in self._aligned.pairs] if self._aligned else []

    def current_pair(self) -> int:
        return self._current

    def set_current_pair(self, i: int) -> None:
        """Make pair i current (highlighted) without scrolling; -1 clears. Emits pair_changed on change."""
        if not self._aligned or not 0 <= i < self.pair_count():
            i = -1
        if i == self._current:
            return
        self._current = i
        self.viewport().update()
        self.pair_changed.emit(i)

    def go_to_pair(self, i: int, *, flash: bool = True) -> None:
        """Scroll pair i to near the top of the view (question and answer tops side by side), make it
        current, put the text cursor at its start and, with `flash`, highlight it briefly."""
        if not self._aligned or not 0 <= i < self.pair_count():
            return
        p = self._aligned.pairs[i]
        cursor = QTextCursor(self.document())
        cursor.setPosition(p.question_cell_position if p.question_cell_position is not None else p.first_position)
        self.setTextCursor(cursor)
        top = self._aligned.pair_rect(i).top()
        self._ensure_scroll_range(top - TOP_OFFSET)
        self.verticalScrollBar().setValue(max(0, round(top - TOP_OFFSET)))
        self.set_current_pair(i)
        if flash:
            self._flash_pair = i
            self._flash.stop()
            self._flash.start()
        self.viewport().update()

    def next_pair(self) -> bool:
        """Go to the pair after the current one (or the first one at the top of the view)."""
        n = self.pair_count()
        if n == 0:
            return False
        target = self.pair_at_top() if self._current < 0 else self._current + 1
        target = max(0, target)
        if target >= n:
            return False
        self.go_to_pair(target)
        return True

    def previous_pair(self) -> bool:
        n = self.pair_count()
        if n == 0:
            return False
        target = self.pair_at_top() if self._current < 0 else self._current - 1
        if target < 0:
            return False
        self.go_to_pair(target)
        return True

    def pair_at_top(self) -> int:
        """The pair at the top of the view (the first pair when the header is visible), or -1."""
        if not self._aligned or not self._aligned.pairs:
            return -1
        y = self.verticalScrollBar().value() + TOP_OFFSET + 1
        if y <= self._aligned.pair_rect(0).top():
            return 0
        # the left edge of the text: inside the questions column of whatever pair stands at y
        x = self.document().documentMargin() + 2
        position = self.document().documentLayout().hitTest(QPointF(x, y), Qt.HitTestAccuracy.FuzzyHit)
        i = self._aligned.pair_index_at(position)
        if i >= 0:
            return i
        return self.pair_count() - 1 if y > self._aligned.pair_rect(self.pair_count() - 1).top() else 0

    def pair_at(self, pos: QPoint) -> int:
        """The pair under viewport point `pos`, or -1."""
        if not self._aligned:
            return -1
        return self._aligned.pair_index_at(self.cursorForPosition(pos).position())

    def pair_viewport_rect(self, i: int) -> QRectF:
        """Pair i's table in viewport coordinates."""
        if not self._aligned or not 0 <= i < self.pair_count():
            return QRectF()
        return self._aligned.pair_rect(i).translated(-self._hscroll(), -self._vscroll())

    def pair_tops(self, i: int) -> tuple[float, float]:
        """(question top, answer top) of pair i in viewport coordinates: the top of the first line of each
        column (its "Vraag"/"Antwoord" label, or the note that stands in for a missing side)."""
        if not self._aligned or not 0 <= i < self.pair_count():
            raise IndexError(i)
        q, a = self._aligned.column_tops(i)
        q = q if q is not None else a  # one column shown (questions only): its top stands for both
        a = a if a is not None else q
        assert q is not None and a is not None
        v = self._vscroll()
        return q - v, a - v

    # ---- columns ----------------------------------------------------------------------------------
    def column_ratio(self) -> float:
        return self._ratio

    def set_column_ratio(self, ratio: float) -> None:
        """Give the questions column `ratio` of the width (0.2–0.8); emits column_ratio_changed on change."""
        if self._apply_ratio(ratio):
            self.column_ratio_changed.emit(self._ratio)

    def divider(self) -> ColumnDivider:
        return self._divider

    def _apply_ratio(self, ratio: float) -> bool:
        ratio = clamp_ratio(ratio)
        if abs(ratio - self._ratio) < 1e-4:
            return False
        anchor = self._scroll_anchor()
        self._ratio = ratio
        if self._aligned:
            self._aligned.set_ratio(ratio)
        self._restore_anchor(anchor)
        self._place_divider()
        self.viewport().update()
        return True

    def _drag_divider_to(self, x: int) -> None:
        if not self._aligned or not self._aligned.pairs:
            return
        rect = self._aligned.pair_rect(0)
        left = rect.left() - self._hscroll()
        if rect.width() <= 0:
            return
        # the line sits on the column boundary (the middle of the answer cell's collapsed left border)
        self._apply_ratio((x - left) / rect.width())

    def _end_divider_drag(self) -> None:
        self.column_ratio_changed.emit(self._ratio)

    def _divider_x(self) -> float | None:
        """Where the column boundary stands in the viewport: in the collapsed border model the answer cell's
        left border is centred on it, and the answer text starts half a gutter after the border."""
        if not self._aligned or not self._aligned.pairs:
            return None
        p = self._aligned.pairs[0]
        if p.answer_cell_position is None:
            return None
        block = self.document().findBlock(p.answer_cell_position)
        left = self.document().documentLayout().blockBoundingRect(block).left()
        return float(left - self._aligned.options.gutter / 2 - SPAN_BAR_WIDTH / 2 - self._hscroll())

    def _place_divider(self) -> None:
        x = self._divider_x()
        if x is None:
            self._divider.hide()
            return
        top = max(0, round(self._aligned.pair_rect(0).top() - self._vscroll())) if self._aligned else 0
        height = self.viewport().height() - top
        if height <= 0:
            self._divider.hide()
            return
        w = ColumnDivider.WIDTH
        self._divider.setGeometry(round(x - w / 2), top, w, height)
        self._divider.show()
        self._divider.raise_()

    # ---- zoom -------------------------------------------------------------------------------------
    def point_size(self) -> float:
        return self._point_size

    def default_point_size(self) -> float:
        return self._default_point_size

    def set_point_size(self, size: float) -> None:
        size = min(ZOOM_SIZES[-1], max(ZOOM_SIZES[0], float(size)))
        if abs(size - self._point_size) < 1e-3:
            return
        anchor = self._scroll_anchor()
        self._point_size = size
        self._apply_widget_font()
        if self._aligned:
            self._aligned.set_font(self._zoomed_font())
        self._restore_anchor(anchor)
        self._place_divider()
        self.zoom_changed.emit(size)

    def zoom_in(self) -> None:
        bigger = [s for s in ZOOM_SIZES if s > self._point_size + 1e-3]
        if bigger:
            self.set_point_size(bigger[0])

    def zoom_out(self) -> None:
        smaller = [s for s in ZOOM_SIZES if s < self._point_size - 1e-3]
        if smaller:
            self.set_point_size(smaller[-1])

    def reset_zoom(self) -> None:
        self.set_point_size(self._default_point_size)

    def set_base_font(self, font: QFont) -> None:
        """The reading font (family, weight); its point size becomes the 100% zoom size."""
        self._base_font = QFont(font)
        if font.pointSizeF() > 0:
            self._default_point_size = font.pointSizeF()
        anchor = self._scroll_anchor()
        self._point_size = self._default_point_size
        self._apply_widget_font()
        if self._aligned:
            self._aligned.set_font(self._zoomed_font())
        self._restore_anchor(anchor)
        self._place_divider()
        self.zoom_changed.emit(self._point_size)

    def _zoomed_font(self) -> QFont:
        f = QFont(self._base_font)
        f.setPointSizeF(self._point_size)
        # Skip OpenType shaping where the script does not need it (Latin: only kerning is lost; accents and
        # combining marks still render). QTextDocumentLayout reshapes every block on every relayout, and
        # shaping is half the cost of a relayout (bench/bench_reading_pane.py).
        f.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        return f

    def _apply_widget_font(self) -> None:
        # QTextEdit copies its font into the document's default font; keep the two the same.
        self.setFont(self._zoomed_font())

    # ---- find -------------------------------------------------------------------------------------
    def find_text(
        self, text: str, *, backward: bool = False, case_sensitive: bool = False, whole_words: bool = False
    ) -> bool:
        """Select the next (or previous) occurrence of `text`, wrapping around; the pair holding it becomes
        current. Returns whether it was found."""
        if not text or not self._aligned:
            return False
        flags = QTextDocument.FindFlag(0)
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        if case_sensitive:
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if whole_words:
            flags |= QTextDocument.FindFlag.FindWholeWords
        found = self.find(text, flags)
        if not found:
            cursor = self.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
            self.setTextCursor(cursor)
            found = self.find(text, flags)
        if found:
            i = self._aligned.pair_index_at(self.textCursor().selectionStart())
            if i >= 0:
                self.set_current_pair(i)
        return found

    # ---- links and resources ----------------------------------------------------------------------
    def doSetSource(
        self, name: QUrl | str, type: QTextDocument.ResourceType = QTextDocument.ResourceType.UnknownResource
    ) -> None:
        """Never navigate: QTextBrowser's history and `setSource` would load files; this pane shows only the
        document given to `set_document`."""
        self.refused_resources.append((int(type.value), QUrl(name).toString()))

    def toPlainText(self) -> str:
        """The text as the reader sees and copies it: without the invisible break opportunities."""
        return strip_soft_breaks(super().toPlainText())

    def createMimeDataFromSelection(self) -> QMimeData:
        """What is copied: the selected text without the invisible break opportunities of overlong tokens."""
        data = super().createMimeDataFromSelection()
        # Changed in place: a QMimeData made here would be owned by Python and by the clipboard both, and
        # freed twice when the application ends (a crash at exit).
        if data.hasText():  # reading the text makes Qt fill in every format first
            text, html = data.text(), data.html() if data.hasHtml() else None
            for kind in data.formats():  # the other formats (ODF) would still hold the break opportunities
                data.removeFormat(kind)
            data.setText(strip_soft_breaks(text))
            if html is not None:
                data.setHtml(strip_soft_breaks(html))
        return data

    def loadResource(self, type: int, name: QUrl | str) -> object:
        """Never load anything: no images, style sheets or files, local or remote."""
        self.refused_resources.append((int(type), QUrl(name).toString()))
        return None

    def _on_anchor_clicked(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme == "note":
            try:
                self.footnote_activated.emit(int(url.path()))
            except ValueError:
                pass
        elif scheme == "doc":
            if url.path():
                self.citation_activated.emit(url.path())
        elif scheme in ("http", "https") and url.isValid() and url.host():
            self.external_link_activated.emit(url)

    # ---- events -----------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        if self._aligned and (self._current >= 0 or self._flash_level > 0):
            painter = QPainter(self.viewport())
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            if self._current >= 0:
                self._paint_pair(painter, self._current, 0.0)
            if self._flash_level > 0 and 0 <= self._flash_pair < self.pair_count():
                self._paint_pair(painter, self._flash_pair, self._flash_level)
            painter.end()
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self.viewport())
            pen = QPen(self._colors.highlight, 2)
            painter.setPen(pen)
            painter.drawRect(QRectF(self.viewport().rect()).adjusted(1, 1, -1, -1))
            painter.end()

    def _paint_pair(self, painter: QPainter, i: int, flash: float) -> None:
        rect = self.pair_viewport_rect(i)
        if rect.isNull():
            return
        margin = self.document().documentMargin()
        rect = QRectF(margin * 0.4, rect.top(), self.viewport().width() - margin * 0.8, rect.height())
        if flash > 0:
            color = QColor(self._colors.highlight)
            color.setAlphaF(0.28 * flash)
            painter.fillRect(rect, color)
            return
        color = QColor(self._colors.highlight)
        color.setAlphaF(0.07)
        painter.fillRect(rect, color)
        bar = QColor(self._colors.accent)
        painter.fillRect(QRectF(rect.left(), rect.top(), 3, rect.height()), bar)

    def _on_flash(self, value: object) -> None:
        self._flash_level = float(value)  # type: ignore[arg-type]
        if 0 <= self._flash_pair < self.pair_count():
            rect = self.pair_viewport_rect(self._flash_pair).toAlignedRect()
            self.viewport().update(rect.adjusted(-rect.left(), -2, self.viewport().width(), 2))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            i = self.pair_at(event.position().toPoint())
            if i >= 0:
                self.set_current_pair(i)

    def resizeEvent(self, event: QResizeEvent) -> None:
        anchor = self._scroll_anchor() if event.oldSize().width() != event.size().width() else None
        super().resizeEvent(event)
        self._restore_anchor(anchor)
        self._place_divider()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            dy = event.angleDelta().y()
            if dy > 0:
                self.zoom_in()
            elif dy < 0:
                self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colors = AlignedColors.from_palette(self.palette())
            if self._source is not None:
                anchor = self._scroll_anchor()
                self._rebuild()
                self._restore_anchor(anchor)
                self._place_divider()

    # ---- scrolling helpers ------------------------------------------------------------------------
    def _no_horizontal_range(self, low: int, high: int) -> None:
        if high != 0 or low != 0:
            self.horizontalScrollBar().setRange(0, 0)

    def _vscroll(self) -> int:
        return self.verticalScrollBar().value()

    def _hscroll(self) -> int:
        return self.horizontalScrollBar().value()

    def _scroll_anchor(self) -> tuple[int, float, bool] | None:
        """(pair, offset, is_fraction) describing what stands at the top of the view, or None at the top."""
        if not self._aligned or not self._aligned.pairs:
            return None
        y = self._vscroll()
        if y <= 0:
            return None
        i = self.pair_at_top()
        if i < 0:
            return None
        rect = self._aligned.pair_rect(i)
        delta = y - rect.top()
        if delta <= 0 or rect.height() <= 0:
            return i, delta, False
        return i, delta / rect.height(), True

    def _restore_anchor(self, anchor: tuple[int, float, bool] | None) -> None:
        if anchor is None or not self._aligned:
            return
        i, offset, fraction = anchor
        rect = self._aligned.pair_rect(i)
        y = rect.top() + (offset * rect.height() if fraction else offset)
        self._ensure_scroll_range(y)
        self.verticalScrollBar().setValue(max(0, round(y)))

    def _ensure_scroll_range(self, y: float) -> None:
        """QTextEdit lays a document out lazily and widens the scroll range as it goes; when y lies beyond
        the range so far, finish the layout now and set the range QTextEdit would set."""
        bar = self.verticalScrollBar()
        if y > bar.maximum():
            height = self.document().documentLayout().documentSize().height()
            bar.setMaximum(max(bar.maximum(), int(height + 0.999) - self.viewport().height()))
