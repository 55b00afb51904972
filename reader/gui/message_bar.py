"""A message inside the window (not a modal dialog): import failures, a library moved aside, a refused link.

Shown above the reading area with an icon, plain text, an optional details text and a close button; it never
blocks, so tests and the keyboard user carry on. Escape or the close button hides it.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QToolButton, QVBoxLayout, QWidget

from reader.gui import safety
from reader.gui.i18n import tr


class MessageBar(QFrame):
    INFO, WARNING, ERROR = "info", "warning", "error"
    _COLORS: ClassVar[dict[str, tuple[str, str]]] = {
        INFO: ("#e8f0fb", "#2d5b9a"),
        WARNING: ("#fdf3dc", "#8a5a00"),
        ERROR: ("#fbe9e9", "#a02020"),
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.level = self.INFO
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.setSpacing(10)
        self.icon = QLabel(self)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.text = QLabel(self)
        self.text.setObjectName("message_text")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel(self)
        self.details.setObjectName("message_details")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        texts.addWidget(self.text)
        texts.addWidget(self.details)
        layout.addLayout(texts, 1)
        self.close_button = QToolButton(self)
        self.close_button.setAutoRaise(True)
        self.close_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        self.close_button.setToolTip(tr("Sluiten"))
        self.close_button.setAccessibleName(tr("Melding sluiten"))
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, text: str, level: str = INFO, details: str = "") -> None:
        self.level = level
        pixmap = {
            self.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
            self.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
            self.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
        }[level]
        self.icon.setPixmap(self.style().standardIcon(pixmap).pixmap(20, 20))
        self.text.setText(safety.clean(text))
        self.details.setText(safety.clean(details))
        self.details.setVisible(bool(details))
        bg, fg = self._COLORS[level]
        self.setStyleSheet(
            f"QFrame#message_bar {{ background: {bg}; border: 1px solid {fg}; border-radius: 4px; }}"
            f"QLabel#message_text {{ color: {fg}; font-weight: bold; }} QLabel#message_details {{ color: #333; }}"
        )
        self.setAccessibleName(safety.clean(text))
        self.setAccessibleDescription(safety.clean(details))
        self.show()

    def message(self) -> str:
        return self.text.text()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            event.accept()
            return
        super().keyPressEvent(event)
