"""Text that is never wider than its place: the sidebar's notes and links wrap, they never push the sidebar
wider than the window gives it (so it never scrolls sideways and never cuts a line off).

A `QLabel` wraps only at word boundaries, and its minimum width is its longest unbreakable token: one long web
address in a note ("…/2022-03/220315_%20Regenboogbeleid%20provincies%202022.pdf") made the whole sidebar as
wide as the address. Both widgets here lay their text out with `QTextOption.WrapAtWordBoundaryOrAnywhere`:
lines break at word boundaries, and Qt's line breaking allows a break after "/" and "-" inside an address, so
an address breaks there first; only a run with no such place is broken where the line ends.

- `WrappedText`: plain text, selectable with the mouse (a read-only `QTextEdit` without frame or scroll bars,
  exactly as tall as its text at its width: height-for-width).
- `WrappedLink`: a `LinkButton` (focusable, Enter/Space/click activate it) whose text wraps instead of being
  elided.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextDocument,
    QTextLayout,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QStyle, QStyleOptionButton, QTextEdit, QWidget

from reader.gui import safety
from reader.gui.widgets import LinkButton

WRAP = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
PREFERRED_WIDTH = 260  # what a wrapped text asks for before its place is known


class WrappedText(QTextEdit):
    """Plain text that wraps to its width (see the module docstring). `text()` and `textFormat()` answer like a
    plain-text `QLabel`'s."""

    def __init__(self, text: str, parent: QWidget | None = None, *, muted: bool = False) -> None:
        self._text = ""
        self._heights: dict[int, int] = {}
        super().__init__(parent)
        self.setObjectName("wrapped_text")
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setAcceptRichText(False)
        self.setFrameShape(QTextEdit.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(WRAP)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.viewport().setAutoFillBackground(False)
        self.setAutoFillBackground(False)
        self.document().setDocumentMargin(0)
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        if muted:
            palette = self.palette()
            palette.setColor(QPalette.ColorRole.Text, palette.color(QPalette.ColorRole.PlaceholderText))
            self.setPalette(palette)
        self.set_text(text)

    def set_text(self, text: str) -> None:
        self._text = safety.clean(text)
        self._heights.clear()
        self.setPlainText(self._text)
        self.updateGeometry()

    def text(self) -> str:
        return self._text

    def textFormat(self) -> Qt.TextFormat:
        return Qt.TextFormat.PlainText

    # ---- height for width --------------------------------------------------------------------------------
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        width = max(1, width - 2 * self.frameWidth())
        if width not in self._heights:
            measure = QTextDocument()
            measure.setDocumentMargin(0)
            measure.setDefaultFont(self.font())
            option = QTextOption()
            option.setWrapMode(WRAP)
            measure.setDefaultTextOption(option)
            measure.setPlainText(self._text)
            measure.setTextWidth(width)
            self._heights[width] = math.ceil(measure.size().height()) + 2 * self.frameWidth()
        return self._heights[width]

    def sizeHint(self) -> QSize:
        return QSize(PREFERRED_WIDTH, self.heightForWidth(PREFERRED_WIDTH))

    def minimumSizeHint(self) -> QSize:
        return QSize(40, math.ceil(QFontMetricsF(self.font()).height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.height() != self.heightForWidth(self.width()):
            self.updateGeometry()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # nothing to scroll here: the sidebar scrolls


class WrappedLink(LinkButton):
    """A link whose text wraps (see the module docstring)."""

    PAD_X, PAD_Y = 4, 2

    def __init__(self, text: str, parent: QWidget | None = None, *, tip: str | None = None) -> None:
        self._heights: dict[int, int] = {}  # height for width: layouts ask many times per step through the pairs
        super().__init__(text, parent, tip=tip)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _elide(self) -> None:
        self._heights.clear()
        super(LinkButton, self).setText(self._full.replace("&", "&&"))  # shown whole; painted wrapped

    def _layout(self, width: float, underline: bool = False) -> tuple[QTextLayout, float]:
        font = QFont(self.font())
        font.setUnderline(underline)
        layout = QTextLayout(self._full, font)
        option = QTextOption()
        option.setWrapMode(WRAP)
        layout.setTextOption(option)
        layout.beginLayout()
        y = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(1.0, width))
            line.setPosition(QPointF(0, y))
            y += line.height()
        layout.endLayout()
        return layout, y

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if width not in self._heights:
            _layout, height = self._layout(width - 2 * self.PAD_X)
            self._heights[width] = math.ceil(height) + 2 * self.PAD_Y + 2
        return self._heights[width]

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()

    def sizeHint(self) -> QSize:
        width = min(PREFERRED_WIDTH, math.ceil(QFontMetricsF(self.font()).horizontalAdvance(self._full)) + 12)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(40, math.ceil(QFontMetricsF(self.font()).height()) + 2 * self.PAD_Y + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super(LinkButton, self).resizeEvent(event)
        if self.height() != self.heightForWidth(self.width()):
            self.updateGeometry()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        self.style().drawControl(QStyle.ControlElement.CE_PushButtonBevel, option, painter, self)
        layout, _height = self._layout(self.width() - 2 * self.PAD_X, underline=self.underMouse())
        painter.setPen(self.palette().color(QPalette.ColorRole.Link))
        layout.draw(painter, QPointF(self.PAD_X, self.PAD_Y + 1))
        painter.end()
