"""Small widgets shared by the panes: a link-like button that shows document text safely, section titles."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

from reader.gui import safety

LINK_STYLE = """
QPushButton[link="true"] {
    text-align: left; border: 1px solid transparent; border-radius: 3px; padding: 1px 3px;
    color: palette(link); background: transparent;
}
QPushButton[link="true"]:hover { text-decoration: underline; }
QPushButton[link="true"]:focus { border: 1px solid palette(highlight); background: palette(alternate-base); }
"""


class LinkButton(QPushButton):
    """A flat button that reads as a link. Its text is elided to the width (the whole text is in the tool tip)
    and never interpreted: an "&" in document text stays an "&", not a mnemonic."""

    activated = Signal()

    def __init__(self, text: str, parent: QWidget | None = None, *, tip: str | None = None) -> None:
        super().__init__(parent)
        self._full = safety.clean(text)
        self.setProperty("link", True)
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setToolTip(safety.tooltip(tip if tip is not None else self._full))
        self.setAccessibleName(self._full)
        self.clicked.connect(self.activated.emit)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def set_text(self, text: str, tip: str | None = None) -> None:
        self._full = safety.clean(text)
        self.setToolTip(safety.tooltip(tip if tip is not None else self._full))
        self.setAccessibleName(self._full)
        self._elide()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(self.fontMetrics().horizontalAdvance(self._full) + 16, 420), hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(40, super().minimumSizeHint().height())  # it elides rather than widen its row

    def _elide(self) -> None:
        width = max(20, self.width() - 10)
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        super().setText(shown.replace("&", "&&"))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()


class ElidedLabel(QLabel):
    """One line of plain text that shortens itself with "…" at its end when its row is narrow, never in the
    middle of a word (the whole text stays in `full_text()`, the accessible name and the tool tip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._full = ""

    def set_full_text(self, text: str) -> None:
        self._full = safety.clean(text)
        self.setAccessibleName(self._full)
        self.updateGeometry()
        self._elide()

    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 4, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(min(60, self.sizeHint().width()), super().minimumSizeHint().height())

    def _elide(self) -> None:
        super().setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(10, self.width())))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()


def plain_label(text: str, parent: QWidget | None = None, *, muted: bool = False, wrap: bool = True) -> QLabel:
    """A label that shows `text` literally (never as rich text), selectable with the mouse."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(safety.clean(text))
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if muted:
        label.setForegroundRole(label.foregroundRole())
        label.setStyleSheet("color: palette(placeholder-text);")
    return label


def section_title(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 0.92)
    font.setCapitalization(QFont.Capitalization.AllUppercase)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 104)
    label.setFont(font)
    label.setStyleSheet("color: palette(placeholder-text); padding-top: 8px;")
    return label
